import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';

/** A decision: one port per case, plus otherwise. */
export const DecisionNode = memo(function DecisionNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="◇" typeLabel="Decision" summary={step.cases?.length ? `${step.cases.length} cases` : undefined} />;
});
