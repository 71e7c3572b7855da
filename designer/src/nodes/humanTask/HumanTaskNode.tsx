import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';
import { str } from '../shared/str';

/** A task in someone's inbox: its title and assignee. */
export const HumanTaskNode = memo(function HumanTaskNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="☺" typeLabel="Task" summary={str(step.title) + (step.assignee ? ` · ${str(step.assignee)}` : "")} />;
});
