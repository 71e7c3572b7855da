import dagre from '@dagrejs/dagre';
import type { Edge, Node } from '@xyflow/react';
import type { ProcessView } from '../../../api/engagements';
import type { JsonValue } from '../../../forms/formField';
import { transitionKey, type PathTaken } from './pathTaken';

export const stageSize = { width: 170, height: 64 };
export const finishSize = { width: 120, height: 36 };

export type NodeState = 'current' | 'visited' | 'ahead';

export interface StageNodeData extends Record<string, unknown> {
  label: string;
  state: NodeState;
  /** Names of the steps the engagement waits in right now (open tasks, client answers, timers). */
  activeSteps: string[];
}

export interface FinishNodeData extends Record<string, unknown> {
  label: string;
  state: NodeState;
}

export type StageNode = Node<StageNodeData, 'stage'>;
export type FinishNode = Node<FinishNodeData, 'finish'>;
export type ProcessNode = StageNode | FinishNode;

/** What the graph highlights: the current stage, where the engagement has been and what it waits on. */
export interface EngagementPosition {
  stage: string | null;
  path: PathTaken;
  /** Step ids of the current waits, per stage. */
  activeSteps: Record<string, string[]>;
}

export const finishId = (result: string) => `finish:${result}`;

function point(value: JsonValue | undefined): { x: number; y: number } | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { x, y } = value;
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : null;
}

/** The designer's position of a stage: `layout[stageId]`, or `layout.stages[stageId]`. */
export function layoutPosition(layout: ProcessView['layout'], stageId: string): { x: number; y: number } | null {
  if (!layout) return null;
  const nested = layout.stages;
  const fromNested = nested && typeof nested === 'object' && !Array.isArray(nested) ? point(nested[stageId]) : null;
  return fromNested ?? point(layout[stageId]);
}

/**
 * The engagement's process as a read-only graph: a node per stage and per way of finishing, an edge per pair of
 * nodes (outcomes between the same two stages share it), highlighted by where the engagement is and has been.
 * Positions come from the definition's layout when it places every stage, otherwise from dagre.
 */
export function processToGraph(process: ProcessView, at: EngagementPosition): { nodes: ProcessNode[]; edges: Edge[] } {
  const entered = new Set(at.path.entered);
  const stateOf = (id: string): NodeState => (id === at.stage ? 'current' : entered.has(id) ? 'visited' : 'ahead');
  const stepNames = new Map(process.stages.flatMap((s) => s.steps.map((step) => [`${s.id}/${step.id}`, step.name ?? humanise(step.id)] as const)));

  const nodes: ProcessNode[] = process.stages.map((stage) => ({
    id: stage.id,
    type: 'stage',
    position: { x: 0, y: 0 },
    data: {
      label: stage.name,
      state: stateOf(stage.id),
      activeSteps: (at.activeSteps[stage.id] ?? []).map((step) => stepNames.get(`${stage.id}/${step}`) ?? humanise(step)),
    },
  }));
  const finishes = [...new Set(process.transitions.flatMap((t) => (t.finish ? [t.finish] : [])))];
  for (const result of finishes) {
    nodes.push({
      id: finishId(result),
      type: 'finish',
      position: { x: 0, y: 0 },
      data: { label: result, state: at.path.finish === result ? 'current' : 'ahead' },
    });
  }

  const merged = new Map<string, { source: string; target: string; labels: string[]; taken: boolean }>();
  for (const t of process.transitions) {
    const target = t.to ?? (t.finish ? finishId(t.finish) : null);
    if (!target) continue;
    const key = `${t.from}->${target}`;
    const edge = merged.get(key) ?? { source: t.from, target, labels: [], taken: false };
    edge.labels.push(t.on);
    edge.taken ||= at.path.taken.has(transitionKey(t.from, t.on));
    merged.set(key, edge);
  }

  placeNodes(process, nodes, [...merged.values()]);
  const x = new Map(nodes.map((n) => [n.id, n.position.x]));
  const edges: Edge[] = [...merged.entries()].map(([key, e]) => {
    const finishing = e.target.startsWith('finish:');
    const backwards = !finishing && (x.get(e.target) ?? 0) < (x.get(e.source) ?? 0);
    return {
      id: key,
      source: e.source,
      target: e.target,
      sourceHandle: finishing ? 'down' : backwards ? 'back-out' : 'out',
      targetHandle: finishing ? 'in' : backwards ? 'back-in' : 'in',
      label: e.labels.join(' / '),
      className: e.taken ? 'taken' : undefined,
      animated: e.taken,
    };
  });
  return { nodes, edges };
}

function placeNodes(process: ProcessView, nodes: ProcessNode[], edges: { source: string; target: string }[]): void {
  const positions = new Map(process.stages.map((s) => [s.id, layoutPosition(process.layout, s.id)] as const));
  if (process.stages.length > 0 && [...positions.values()].every((p) => p !== null)) {
    // The designer placed the stages; put the finishes a stage leads to side by side under it.
    const sourceOf = (id: string) => edges.find((e) => e.target === id)?.source ?? '';
    const finishNodes = nodes.filter((n) => n.type === 'finish');
    for (const node of nodes) {
      if (node.type === 'stage') node.position = positions.get(node.id)!;
    }
    for (const [source, group] of groupBy(finishNodes, (n) => sourceOf(n.id))) {
      const origin = positions.get(source) ?? { x: 0, y: 0 };
      const centre = origin.x + stageSize.width / 2;
      const gap = 16;
      group.forEach((node, i) => {
        const offset = (i - (group.length - 1) / 2) * (finishSize.width + gap);
        node.position = { x: centre + offset - finishSize.width / 2, y: origin.y + stageSize.height + 60 };
      });
    }
    return;
  }

  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 30, ranksep: 70 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, node.type === 'stage' ? { ...stageSize } : { ...finishSize });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  for (const node of nodes) {
    const placed = graph.node(node.id);
    const size = node.type === 'stage' ? stageSize : finishSize;
    // dagre gives centres; React Flow wants top-left corners.
    node.position = { x: placed.x - size.width / 2, y: placed.y - size.height / 2 };
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** `capture_brief` → `Capture brief`: step ids are the names people see when a step has none. */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The map in words, for screen readers: the stages entered in order, and where the engagement is now. */
export function describePosition(process: ProcessView, at: EngagementPosition): string {
  const name = (id: string) => process.stages.find((s) => s.id === id)?.name ?? id;
  const path = at.path.entered.map(name).join(' → ');
  const now = at.stage ? `Current stage: ${name(at.stage)}.` : at.path.finish ? `Finished: ${at.path.finish}.` : '';
  return [path ? `Path taken: ${path}.` : 'Not started.', now].filter(Boolean).join(' ');
}
