import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StageNode as StageNodeType } from '../../lib/stageGraph';
import { ProblemBadge } from '../shared/ProblemBadge';
import '../shared/nodes.css';

/** A stage on the process canvas: its name, step count, and an outcome port per way it can end. */
export const StageNode = memo(function StageNode({ id, data, selected }: NodeProps<StageNodeType>) {
  const { stage, outcomes, isStart, problems } = data;
  return (
    <div className={`stage-node${selected ? ' selected' : ''}${problems.length ? ' invalid' : ''}`} data-testid={`stage-node-${id}`}>
      <Handle type="target" position={Position.Left} id="in" data-testid={`port-${id}-in`} aria-label={`Into ${id}`} />
      <div className="node-header">
        <span className="node-icon" aria-hidden="true">▭</span>
        <span className="node-type">Stage</span>
        {isStart && <span className="badge start-badge">start</span>}
        <ProblemBadge nodeId={id} problems={problems} />
      </div>
      <div className="node-title">{stage.name || id}</div>
      <div className="stage-meta">{stage.steps.length} step{stage.steps.length === 1 ? '' : 's'} · double-click to open</div>
      {outcomes.length > 0 && (
        <ul className="node-ports">
          {outcomes.map((outcome) => (
            <li key={outcome} className="port port-outcome">
              <span>{outcome}</span>
              <Handle
                type="source"
                position={Position.Right}
                id={`outcome:${outcome}`}
                data-testid={`port-${id}-outcome:${outcome}`}
                aria-label={`${id} ends ${outcome}`}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
