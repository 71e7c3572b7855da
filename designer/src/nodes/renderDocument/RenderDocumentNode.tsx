import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { StepNode } from '../../lib/stepGraph';
import { StepNodeFrame } from '../shared/StepNodeFrame';
import { str } from '../shared/str';

/** A rendered document: its template and the name it is stored as. */
export const RenderDocumentNode = memo(function RenderDocumentNode(props: NodeProps<StepNode>) {
  const step = props.data.step;
  return <StepNodeFrame node={props} icon="▤" typeLabel="Render document" summary={step.as ? `${str(step.template)} → ${str(step.as)}` : str(step.template)} />;
});
