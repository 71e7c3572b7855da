import type { Edge, Node } from '@xyflow/react';
import { autoLayout } from './autoLayout';
import type { Definition, Position, Stage, Step } from './definition';
import { connectStep, END_PREFIX, exitSlots, stepConnections, targetNodeId, targetOfNode, withoutConnections } from './exits';

/** A step on a stage's canvas. The node carries the step without its connections; the edges carry those. */
export type StepNodeData = {
  step: Step;
  isStart: boolean;
  /** Validation messages for this step, shown as a badge. */
  problems: string[];
};

/** Where the stage ends with an outcome: the target of `end` connections. */
export type EndNodeData = { outcome: string };

export type StepNode = Node<StepNodeData, string>;
export type EndNode = Node<EndNodeData, 'end'>;
export type StepCanvasNode = StepNode | EndNode;

export type StepEdgeData = { handle: string };
export type StepEdge = Edge<StepEdgeData>;

export interface StepGraph {
  nodes: StepCanvasNode[];
  edges: StepEdge[];
}

const COLUMN = 260;
const ROW = 140;

/** Step types with a node component of their own; anything else shows as the generic step node. */
export const STEP_NODE_TYPES = [
  'humanTask', 'sendEmail', 'renderDocument', 'decision', 'setVariables', 'timer', 'waitForClient', 'waitForSignal', 'parallel', 'join',
] as const;

export function stepNodeType(type: string): string {
  return (STEP_NODE_TYPES as readonly string[]).includes(type) ? type : 'generic';
}

export function isEndNode(node: StepCanvasNode): node is EndNode {
  return node.type === 'end';
}

function fallbackPosition(index: number): Position {
  return { x: (index % 4) * COLUMN, y: Math.floor(index / 4) * ROW };
}

export function edgeLabel(step: Step, handle: string): string {
  const slot = exitSlots(step).find((s) => s.handle === handle);
  if (handle.startsWith('case:') && !slot) return handle;
  return slot?.label ?? '';
}

/** A stage's steps as nodes and their connections as edges; `end:<outcome>` nodes mark how the stage ends. */
export function stageToGraph(definition: Definition, stageId: string, problems: Record<string, string[]> = {}): StepGraph {
  const stage = definition.stages.find((s) => s.id === stageId);
  if (!stage) return { nodes: [], edges: [] };
  const positions = definition.layout?.[stageId]?.steps ?? {};
  const nodes: StepCanvasNode[] = stage.steps.map((step, i) => ({
    id: step.id,
    type: stepNodeType(step.type),
    position: positions[step.id] ?? fallbackPosition(i),
    data: { step: withoutConnections(step), isStart: stage.start === step.id, problems: problems[step.id] ?? [] },
  }));

  const edges: StepEdge[] = [];
  const ends: string[] = [];
  for (const step of stage.steps) {
    for (const { handle, target } of stepConnections(step)) {
      const targetId = targetNodeId(target);
      if ('end' in target && !ends.includes(target.end)) ends.push(target.end);
      edges.push({
        id: `${step.id}|${handle}|${targetId}`,
        source: step.id,
        sourceHandle: handle,
        target: targetId,
        label: edgeLabel(step, handle) || undefined,
        data: { handle },
        ...(handle === 'join' ? { animated: false, style: { strokeDasharray: '6 4' } } : {}),
      });
    }
  }
  // End markers placed in the layout but not (yet) reached stay on the canvas as connection targets.
  for (const key of Object.keys(positions)) {
    if (key.startsWith(END_PREFIX) && !ends.includes(key.slice(END_PREFIX.length))) ends.push(key.slice(END_PREFIX.length));
  }
  ends.forEach((outcome, i) => {
    const id = END_PREFIX + outcome;
    nodes.push({ id, type: 'end', position: positions[id] ?? { x: 4 * COLUMN, y: i * ROW }, data: { outcome } });
  });

  // A stage nobody has laid out yet (a hand-written definition) gets dagre's positions for the nodes it lacks.
  const unplaced = nodes.filter((n) => !positions[n.id]);
  if (unplaced.length > 0) {
    const laid = layoutStepGraph({ nodes, edges });
    for (const node of unplaced) node.position = laid[node.id] ?? node.position;
  }
  return { nodes, edges };
}

/** Dagre positions for a stage's canvas, sized by how many ports each step shows. */
export function layoutStepGraph(graph: StepGraph): Record<string, Position> {
  return autoLayout({
    nodes: graph.nodes.map((n) => ({ id: n.id, width: 180, height: isEndNode(n) ? 40 : 70 + 20 * exitSlots(n.data.step).length })),
    edges: graph.edges,
  });
}

/** The definition with stage `stageId`'s steps, start and step positions taken from the graph. */
export function graphToStage(definition: Definition, stageId: string, graph: StepGraph): Definition {
  const stage = definition.stages.find((s) => s.id === stageId);
  if (!stage) return definition;
  const byId = new Map<string, Step>();
  let start = stage.start;
  for (const node of graph.nodes) {
    if (isEndNode(node)) continue;
    byId.set(node.id, node.data.step);
    if (node.data.isStart) start = node.id;
  }
  for (const edge of graph.edges) {
    const step = byId.get(edge.source);
    if (!step) continue;
    byId.set(edge.source, connectStep(step, edge.sourceHandle ?? edge.data?.handle ?? 'out', targetOfNode(edge.target)));
  }
  const steps: Stage['steps'] = [...byId.values()];
  const positions: Record<string, Position> = {};
  for (const node of graph.nodes) positions[node.id] = { x: node.position.x, y: node.position.y };

  const stageLayout = definition.layout?.[stageId] ?? { x: 0, y: 0 };
  return {
    ...definition,
    stages: definition.stages.map((s) => (s.id === stageId ? { ...s, start, steps } : s)),
    layout: { ...definition.layout, [stageId]: { ...stageLayout, steps: positions } },
  };
}
