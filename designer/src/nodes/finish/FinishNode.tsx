import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FinishNode as FinishNodeType } from '../../lib/stageGraph';
import '../shared/nodes.css';

/** Where the engagement finishes with a result (won, lost…). */
export const FinishNode = memo(function FinishNode({ id, data, selected }: NodeProps<FinishNodeType>) {
  return (
    <div className={`finish-node${selected ? ' selected' : ''}`} data-testid={`finish-node-${data.result}`}>
      <Handle type="target" position={Position.Left} id="in" data-testid={`port-${id}-in`} aria-label={`Finish ${data.result}`} />
      ■ finish: {data.result}
    </div>
  );
});
