import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ReactNode } from 'react';
import { exitSlots } from '../../lib/exits';
import type { StepNode } from '../../lib/stepGraph';
import { ProblemBadge } from './ProblemBadge';
import './nodes.css';

interface Props {
  node: NodeProps<StepNode>;
  icon: string;
  typeLabel: string;
  /** The line that says what this step does (a task's title, an email's template…). */
  summary?: string | undefined;
  children?: ReactNode;
}

/** The look every step node shares: an input port, a header, a summary, and an output port per exit. */
export function StepNodeFrame({ node, icon, typeLabel, summary, children }: Props) {
  const { id, data, selected } = node;
  const slots = exitSlots(data.step);
  const hasProblems = data.problems.length > 0;
  return (
    <div
      className={`step-node type-${data.step.type}${selected ? ' selected' : ''}${hasProblems ? ' invalid' : ''}`}
      data-testid={`step-node-${id}`}
    >
      <Handle type="target" position={Position.Left} id="in" data-testid={`port-${id}-in`} aria-label={`Into ${id}`} />
      <div className="node-header">
        <span className="node-icon" aria-hidden="true">{icon}</span>
        <span className="node-type">{typeLabel}</span>
        {data.isStart && <span className="badge start-badge">start</span>}
        <ProblemBadge nodeId={id} problems={data.problems} />
      </div>
      <div className="node-title">{data.step.name || id}</div>
      {summary && <div className="node-summary" title={summary}>{summary}</div>}
      {children}
      {slots.length > 0 && (
        <ul className="node-ports">
          {slots.map((slot) => (
            <li key={slot.handle} className={`port port-${slot.kind}`}>
              <span>{slot.label}</span>
              <Handle
                type="source"
                position={Position.Right}
                id={slot.handle}
                data-testid={`port-${id}-${slot.handle}`}
                aria-label={`${id} ${slot.label || 'next'}`}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
