import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';
import { str } from '../shared/str';

/** A wait for a named signal, with its timeout port. */
export const WaitForSignalNode = memo(function WaitForSignalNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="⚑" typeLabel="Wait for signal" summary={str(step.signal)} />;
});
