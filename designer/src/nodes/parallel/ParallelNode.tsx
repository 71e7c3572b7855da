import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';

/** Branches started at once, and the join where they meet. */
export const ParallelNode = memo(function ParallelNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="‖" typeLabel="Parallel" summary={step.branches?.length ? `${step.branches.length} branches` : undefined} />;
});
