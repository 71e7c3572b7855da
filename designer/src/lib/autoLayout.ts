import dagre from '@dagrejs/dagre';
import type { Position } from './definition';

export interface LayoutInput {
  nodes: { id: string; width?: number; height?: number }[];
  edges: { source: string; target: string }[];
}

/** Left-to-right positions (top-left corners) for a graph, by dagre. */
export function autoLayout({ nodes, edges }: LayoutInput, direction: 'LR' | 'TB' = 'LR'): Record<string, Position> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: direction, nodesep: 40, ranksep: 60, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width ?? 200, height: node.height ?? 80 });
  for (const edge of edges) if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const positions: Record<string, Position> = {};
  for (const node of nodes) {
    const laid = graph.node(node.id);
    positions[node.id] = { x: Math.round(laid.x - laid.width / 2), y: Math.round(laid.y - laid.height / 2) };
  }
  return positions;
}
