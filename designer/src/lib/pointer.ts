import type { Definition } from './definition';

/** What a problem's JSON Pointer is about, as the designer can show it: the process, a stage, a step or a transition. */
export type ProblemTarget =
  | { kind: 'process' }
  | { kind: 'stage'; stageId: string }
  | { kind: 'step'; stageId: string; stepId: string }
  | { kind: 'transition'; from: string; on: string };

/** Splits an RFC 6901 JSON Pointer into its unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Maps a JSON Pointer (`/stages/2/steps/0/next`) to the node it is about, by the definition's indexes. A pointer
 * below a step (its form, an outcome) still selects the step; an index out of range falls back to its parent.
 */
export function pointerToTarget(definition: Definition, pointer: string): ProblemTarget {
  const [top, stageIndex, below, stepIndex] = pointerTokens(pointer);
  if (top === 'stages' && stageIndex !== undefined) {
    const stage = definition.stages[Number(stageIndex)];
    if (!stage) return { kind: 'process' };
    const step = below === 'steps' && stepIndex !== undefined ? stage.steps[Number(stepIndex)] : undefined;
    return step ? { kind: 'step', stageId: stage.id, stepId: step.id } : { kind: 'stage', stageId: stage.id };
  }
  if (top === 'transitions' && stageIndex !== undefined) {
    const transition = definition.transitions?.[Number(stageIndex)];
    if (transition) return { kind: 'transition', from: transition.from, on: transition.on };
  }
  return { kind: 'process' };
}

/** The node id a target selects on the process canvas (a transition selects the stage it leaves). */
export function stageNodeOf(target: ProblemTarget): string | null {
  switch (target.kind) {
    case 'stage':
    case 'step':
      return target.stageId;
    case 'transition':
      return target.from;
    default:
      return null;
  }
}

export interface Problem {
  path: string;
  message: string;
  line?: number | null;
  column?: number | null;
}

/** Problem messages grouped by the node that shows them: stage ids on the process canvas, step ids per stage. */
export function groupProblems(definition: Definition, problems: Problem[]) {
  const byStage: Record<string, string[]> = {};
  const byStep: Record<string, Record<string, string[]>> = {};
  for (const problem of problems) {
    const target = pointerToTarget(definition, problem.path);
    const stageNode = stageNodeOf(target);
    if (stageNode) (byStage[stageNode] ??= []).push(problem.message);
    if (target.kind === 'step') ((byStep[target.stageId] ??= {})[target.stepId] ??= []).push(problem.message);
  }
  return { byStage, byStep };
}
