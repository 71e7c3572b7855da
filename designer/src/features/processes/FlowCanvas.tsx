import {
  Background, Controls, MiniMap, ReactFlow, useReactFlow,
  type Connection, type Edge, type EdgeChange, type IsValidConnection, type Node, type NodeChange, type NodeTypes, type XYPosition,
} from '@xyflow/react';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { Position } from '../../lib/definition';
import { PALETTE_MIME } from './Palette';

interface Props<N extends Node, E extends Edge> {
  label: string;
  nodes: N[];
  edges: E[];
  nodeTypes: NodeTypes;
  selection: string[];
  onSelectionChange: (ids: string[]) => void;
  onMove: (positions: Record<string, Position>) => void;
  onConnect: (connection: Connection) => void;
  isValidConnection?: IsValidConnection;
  onDelete: (nodeIds: string[], edges: E[]) => void;
  onDropItem: (item: string, position: XYPosition) => void;
  onOpenNode?: (id: string) => void;
  /** Bumped to ask for a fit of the view (after a layout or a view change). */
  fitSignal: number;
}

/**
 * A React Flow canvas driven by the definition: nodes and edges come in derived from it, moves and selection are
 * kept locally while they happen, and every lasting change goes back out as a definition edit.
 */
export function FlowCanvas<N extends Node, E extends Edge>(props: Props<N, E>) {
  const { nodes: derived, edges: derivedEdges, selection, onSelectionChange, onMove, onDelete, onDropItem, fitSignal } = props;
  const flow = useReactFlow();
  const [nodes, setNodes] = useState<N[]>(derived);
  const [edges, setEdges] = useState<E[]>(derivedEdges);

  // Keep what React Flow measured, so nodes do not flash while they are measured again after every edit.
  useEffect(() => {
    setNodes((previous) => {
      const before = new Map(previous.map((n) => [n.id, n]));
      return derived.map((n) => {
        const old = before.get(n.id);
        return { ...n, selected: selection.includes(n.id), ...(old?.measured ? { measured: old.measured } : {}) };
      });
    });
  }, [derived, selection]);

  useEffect(() => {
    setEdges((previous) => {
      const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
      return derivedEdges.map((e) => ({ ...e, selected: selected.has(e.id) }));
    });
  }, [derivedEdges]);

  useEffect(() => {
    const timer = window.setTimeout(() => void flow.fitView({ padding: 0.2, maxZoom: 1.2 }), 50);
    return () => window.clearTimeout(timer);
  }, [fitSignal, flow]);

  const onNodesChange = useCallback((changes: NodeChange<N>[]) => {
    setNodes((current) => {
      let next = current;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          const at = change.position;
          next = next.map((n) => (n.id === change.id ? { ...n, position: at, dragging: change.dragging ?? false } : n));
        } else if (change.type === 'dimensions' && change.dimensions) {
          const size = change.dimensions;
          next = next.map((n) => (n.id === change.id ? { ...n, measured: size } : n));
        }
      }
      return next;
    });
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length) {
      const ids = new Set(selection);
      for (const change of selects) {
        if (change.type !== 'select') continue;
        if (change.selected) ids.add(change.id);
        else ids.delete(change.id);
      }
      onSelectionChange([...ids]);
    }
  }, [selection, onSelectionChange]);

  const onEdgesChange = useCallback((changes: EdgeChange<E>[]) => {
    setEdges((current) => current.map((e) => {
      const change = changes.find((c) => c.type === 'select' && c.id === e.id);
      return change && change.type === 'select' ? { ...e, selected: change.selected } : e;
    }));
  }, []);

  const onNodeDragStop = useCallback((_: unknown, __: Node, dragged: Node[]) => {
    onMove(Object.fromEntries(dragged.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }])));
  }, [onMove]);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent) => {
    const item = event.dataTransfer.getData(PALETTE_MIME);
    if (!item) return;
    event.preventDefault();
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    onDropItem(item, { x: Math.round(at.x - 100), y: Math.round(at.y - 30) });
  };

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas" aria-label={props.label} role="region">
      <ReactFlow<N, E>
        nodes={nodes}
        edges={edges}
        nodeTypes={props.nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={props.onConnect}
        isValidConnection={props.isValidConnection}
        onDelete={({ nodes: gone, edges: cut }) => onDelete(gone.map((n) => n.id), cut)}
        onNodeDoubleClick={(_, node) => props.onOpenNode?.(node.id)}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        defaultEdgeOptions={{ type: 'smoothstep' }}
        minZoom={0.2}
        maxZoom={2}
        fitView
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Minimap" />
      </ReactFlow>
    </div>
  );
}
