import type { Edge, Node } from '@xyflow/react';
import { autoLayout } from './autoLayout';
import { stageOutcomes, type Definition, type Position, type Stage, type Transition } from './definition';

/** A stage on the process canvas, with a port per outcome it can end with. */
export type StageNodeData = {
  stage: Stage;
  isStart: boolean;
  /** Outcomes the stage's steps end with, plus any a transition already names. */
  outcomes: string[];
  problems: string[];
};

/** Where the engagement finishes, with a result (won, lost…). */
export type FinishNodeData = { result: string };

export type StageNode = Node<StageNodeData, 'stage'>;
export type FinishNode = Node<FinishNodeData, 'finish'>;
export type StageCanvasNode = StageNode | FinishNode;
export type StageEdge = Edge<{ outcome: string }>;

export interface StageGraph {
  nodes: StageCanvasNode[];
  edges: StageEdge[];
}

export const FINISH_PREFIX = 'finish:';
const COLUMN = 260;

export function isFinishNode(node: StageCanvasNode): node is FinishNode {
  return node.type === 'finish';
}

export function transitionEdgeId(t: Transition): string {
  return `${t.from}|${t.on}`;
}

/** The process's stages as nodes and its transitions as outcome-labelled edges; finish markers for each result. */
export function definitionToStageGraph(definition: Definition, problems: Record<string, string[]> = {}): StageGraph {
  const layout = definition.layout ?? {};
  const transitions = definition.transitions ?? [];
  const nodes: StageCanvasNode[] = definition.stages.map((stage, i) => {
    const outcomes = stageOutcomes(stage);
    for (const t of transitions) if (t.from === stage.id && t.on && !outcomes.includes(t.on)) outcomes.push(t.on);
    const at = layout[stage.id];
    return {
      id: stage.id,
      type: 'stage',
      position: at ? { x: at.x, y: at.y } : { x: i * COLUMN, y: 0 },
      data: { stage, isStart: definition.start === stage.id, outcomes, problems: problems[stage.id] ?? [] },
    };
  });

  const results: string[] = [];
  for (const t of transitions) if (t.finish && !results.includes(t.finish)) results.push(t.finish);
  for (const key of Object.keys(layout)) {
    if (key.startsWith(FINISH_PREFIX) && !results.includes(key.slice(FINISH_PREFIX.length))) results.push(key.slice(FINISH_PREFIX.length));
  }
  // Finish markers without a position go in a column to the right of the stages.
  const right = Math.max(0, ...nodes.map((n) => n.position.x)) + COLUMN + 40;
  results.forEach((result, i) => {
    const id = FINISH_PREFIX + result;
    const at = layout[id];
    nodes.push({ id, type: 'finish', position: at ? { x: at.x, y: at.y } : { x: right, y: i * 70 }, data: { result } });
  });

  const edges: StageEdge[] = transitions.map((t) => ({
    id: transitionEdgeId(t),
    source: t.from,
    sourceHandle: `outcome:${t.on}`,
    target: t.to ?? FINISH_PREFIX + (t.finish ?? ''),
    label: t.on,
    data: { outcome: t.on },
  }));
  return { nodes, edges };
}

/** The transition a connection from `source`'s outcome port to `target` (a stage or a finish marker) stands for. */
export function transitionFor(source: string, outcome: string, target: string): Transition {
  return target.startsWith(FINISH_PREFIX)
    ? { from: source, on: outcome, finish: target.slice(FINISH_PREFIX.length) }
    : { from: source, on: outcome, to: target };
}

/** The definition with its stages, transitions and stage positions taken from the graph. */
export function stageGraphToDefinition(definition: Definition, graph: StageGraph): Definition {
  const stages: Stage[] = [];
  let start = definition.start;
  const layout = { ...definition.layout };
  for (const node of graph.nodes) {
    const position: Position = { x: node.position.x, y: node.position.y };
    if (isFinishNode(node)) {
      layout[node.id] = position;
      continue;
    }
    stages.push(node.data.stage);
    if (node.data.isStart) start = node.id;
    layout[node.id] = { ...layout[node.id], ...position };
  }
  const transitions = graph.edges.map((e) => transitionFor(e.source, e.data?.outcome ?? String(e.label ?? ''), e.target));
  return { ...definition, start, stages, transitions, layout };
}

/** Dagre positions for the process canvas, sized by how many outcome ports each stage shows. */
export function layoutStageGraph(graph: StageGraph): Record<string, Position> {
  return autoLayout({
    nodes: graph.nodes.map((n) => ({ id: n.id, width: 200, height: isFinishNode(n) ? 40 : 70 + 20 * n.data.outcomes.length })),
    edges: graph.edges,
  });
}
