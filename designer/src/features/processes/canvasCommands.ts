import type { Connection, IsValidConnection } from '@xyflow/react';
import type { Definition, Position } from '../../lib/definition';
import {
  addEnd, addFinish, addStage, addStep, connectStages, connectSteps, disconnectSteps, removeStages, removeSteps, removeTransitions,
} from '../../lib/edit';
import { END_PREFIX } from '../../lib/exits';
import { FINISH_PREFIX, type StageEdge } from '../../lib/stageGraph';
import type { StepEdge } from '../../lib/stepGraph';

type Edit = (change: (d: Definition) => Definition) => void;

/** The first of `base`, `base-2`, `base-3`… not taken. */
function unique(base: string, taken: string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** What the canvas of stage `stageId` does on a drop, a connection and a delete, as definition edits. */
export function stageCanvasCommands(definition: Definition, stageId: string, edit: Edit, select: (ids: string[]) => void) {
  const stage = definition.stages.find((s) => s.id === stageId);
  const dropOnStage = (item: string, position: Position) => {
    if (!stage) return;
    if (item === 'end') {
      const taken = Object.keys(definition.layout?.[stageId]?.steps ?? {}).filter((k) => k.startsWith(END_PREFIX)).map((k) => k.slice(END_PREFIX.length));
      const outcome = unique('done', taken);
      edit((d) => addEnd(d, stageId, outcome, position));
      select([END_PREFIX + outcome]);
      return;
    }
    const added = addStep(definition, stageId, item, position);
    edit((d) => addStep(d, stageId, item, position).definition);
    select([added.id]);
  };

  const connectOnStage = (c: Connection) => {
    if (!c.source || !c.target) return;
    edit((d) => connectSteps(d, stageId, c.source, c.sourceHandle ?? 'out', c.target));
  };

  const deleteOnStage = (nodeIds: string[], edges: StepEdge[]) => {
    if (!stageId) return;
    edit((d) => {
      let result = d;
      for (const e of edges) {
        if (!nodeIds.includes(e.source)) result = disconnectSteps(result, stageId, e.source, e.data?.handle ?? e.sourceHandle ?? 'out', e.target);
      }
      return nodeIds.length ? removeSteps(result, stageId, nodeIds) : result;
    });
    select([]);
  };

  const validStepConnection: IsValidConnection = (c) => {
    if (c.target.startsWith(END_PREFIX)) return c.sourceHandle !== 'branch' && c.sourceHandle !== 'join';
    return c.source !== c.target || c.sourceHandle !== 'branch';
  };

  return { drop: dropOnStage, connect: connectOnStage, remove: deleteOnStage, isValid: validStepConnection };
}

/** What the process canvas does on a drop, a connection and a delete, as definition edits. */
export function processCanvasCommands(definition: Definition, edit: Edit, select: (ids: string[]) => void) {
  const dropOnProcess = (item: string, position: Position) => {
    if (item === 'finish') {
      const taken = Object.keys(definition.layout ?? {}).filter((k) => k.startsWith(FINISH_PREFIX)).map((k) => k.slice(FINISH_PREFIX.length));
      const result = unique('completed', [...taken, ...(definition.transitions ?? []).flatMap((t) => (t.finish ? [t.finish] : []))]);
      edit((d) => addFinish(d, result, position));
      select([FINISH_PREFIX + result]);
      return;
    }
    const added = addStage(definition, position);
    edit((d) => addStage(d, position).definition);
    select([added.id]);
  };

  const connectOnProcess = (c: Connection) => {
    if (!c.source || !c.target || !c.sourceHandle?.startsWith('outcome:')) return;
    const outcome = c.sourceHandle.slice('outcome:'.length);
    edit((d) => connectStages(d, c.source, outcome, c.target));
  };

  const deleteOnProcess = (nodeIds: string[], edges: StageEdge[]) => {
    edit((d) => {
      const result = removeTransitions(d, edges.map((e) => ({ from: e.source, on: e.data?.outcome ?? '' })));
      return nodeIds.length ? removeStages(result, nodeIds) : result;
    });
    select([]);
  };

  const validStageConnection: IsValidConnection = (c) => !!c.sourceHandle?.startsWith('outcome:') && !c.target.startsWith('outcome');

  return { drop: dropOnProcess, connect: connectOnProcess, remove: deleteOnProcess, isValid: validStageConnection };
}
