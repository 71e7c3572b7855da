import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';

/** Any step type without a node of its own. */
export const GenericStepNode = memo(function GenericStepNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="•" typeLabel={step.type} summary={step.type} />;
});
