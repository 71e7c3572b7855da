import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';
import { str } from '../shared/str';

/** A wait for a duration or until a date. */
export const TimerNode = memo(function TimerNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="◷" typeLabel="Timer" summary={str(step.duration) || str(step.until)} />;
});
