import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';
import { str } from '../shared/str';

/** A wait for the client's answer: one port per answer, plus the timeout. */
export const WaitForClientNode = memo(function WaitForClientNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="⇄" typeLabel="Wait for client" summary={str(step.template)} />;
});
