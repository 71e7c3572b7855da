import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';
import { str } from '../shared/str';

/** An email sent through the outbox: its template. */
export const SendEmailNode = memo(function SendEmailNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="✉" typeLabel="Send email" summary={str(step.template)} />;
});
