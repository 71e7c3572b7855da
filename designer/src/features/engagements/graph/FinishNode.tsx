import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FinishNode as FinishNodeType } from './processGraph';

/** A way the engagement can end (won and renewed, lost, …). */
export const FinishNode = memo(function FinishNode({ data }: NodeProps<FinishNodeType>) {
  return (
    <div className={`graph-finish ${data.state}`}>
      <Handle type="target" position={Position.Top} id="in" isConnectable={false} />
      {data.label}
    </div>
  );
});
