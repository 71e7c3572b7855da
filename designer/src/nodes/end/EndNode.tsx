import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EndNode as EndNodeType } from '../../lib/stepGraph';
import '../shared/nodes.css';

/** The end of the stage with an outcome; a transition on the outcome picks the next stage. */
export const EndNode = memo(function EndNode({ id, data, selected }: NodeProps<EndNodeType>) {
  return (
    <div className={`end-node${selected ? ' selected' : ''}`} data-testid={`end-node-${data.outcome}`}>
      <Handle type="target" position={Position.Left} id="in" data-testid={`port-${id}-in`} aria-label={`End with ${data.outcome}`} />
      ◉ end: {data.outcome}
    </div>
  );
});
