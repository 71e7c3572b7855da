import { Background, Controls, ReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { ProcessView } from '../../../api/engagements';
import { FinishNode } from './FinishNode';
import { describePosition, processToGraph, type EngagementPosition } from './processGraph';
import { StageNode } from './StageNode';

const nodeTypes: NodeTypes = { stage: StageNode, finish: FinishNode };

interface Props {
  process: ProcessView;
  position: EngagementPosition;
}

/** The engagement's process, read-only: the current stage highlighted, the path taken drawn in colour. */
export function ProcessMap({ process, position }: Props) {
  const { nodes, edges } = useMemo(() => processToGraph(process, position), [process, position]);
  return (
    <div className="process-map" role="group" aria-label={`Process ${process.name}, version ${process.version}`}>
      <p className="visually-hidden">{describePosition(process, position)}</p>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        minZoom={0.3}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        zoomOnScroll={false}
        preventScrolling={false}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
