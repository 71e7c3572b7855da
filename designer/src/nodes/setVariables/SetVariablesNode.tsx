import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';

/** Computed variables: the names it sets. */
export const SetVariablesNode = memo(function SetVariablesNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="≔" typeLabel="Set variables" summary={Object.keys((step.set as Record<string, string> | undefined) ?? {}).join(", ")} />;
});
