import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StageNode as StageNodeType } from './processGraph';

/** A stage on the engagement's map: its name, and the steps it waits in when it is the current stage. */
export const StageNode = memo(function StageNode({ data }: NodeProps<StageNodeType>) {
  return (
    <div className={`graph-stage ${data.state}`} aria-current={data.state === 'current' ? 'step' : undefined}>
      <Handle type="target" position={Position.Left} id="in" isConnectable={false} />
      <Handle type="target" position={Position.Top} id="back-in" isConnectable={false} />
      <strong>{data.label}</strong>
      {data.activeSteps.length > 0 && <span className="graph-steps">{data.activeSteps.join(', ')}</span>}
      <Handle type="source" position={Position.Right} id="out" isConnectable={false} />
      <Handle type="source" position={Position.Top} id="back-out" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} id="down" isConnectable={false} />
    </div>
  );
});
