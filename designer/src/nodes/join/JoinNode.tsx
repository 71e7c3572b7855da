import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';

/** Where parallel branches meet. */
export const JoinNode = memo(function JoinNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="⋈" typeLabel="Join" summary={step.end ? `ends: ${step.end}` : undefined} />;
});
