import type { NodeTypes } from '@xyflow/react';
import { DecisionNode } from './decision/DecisionNode';
import { EndNode } from './end/EndNode';
import { FinishNode } from './finish/FinishNode';
import { GenericStepNode } from './generic/GenericStepNode';
import { HumanTaskNode } from './humanTask/HumanTaskNode';
import { JoinNode } from './join/JoinNode';
import { ParallelNode } from './parallel/ParallelNode';
import { RenderDocumentNode } from './renderDocument/RenderDocumentNode';
import { SendEmailNode } from './sendEmail/SendEmailNode';
import { SetVariablesNode } from './setVariables/SetVariablesNode';
import { StageNode } from './stage/StageNode';
import { TimerNode } from './timer/TimerNode';
import { WaitForClientNode } from './waitForClient/WaitForClientNode';
import { WaitForSignalNode } from './waitForSignal/WaitForSignalNode';

// Defined once at module level: React Flow re-mounts every node when this object changes identity.

/** Node components of a stage's canvas: one per step type, plus the stage-end marker. */
export const stepNodeTypes: NodeTypes = {
  humanTask: HumanTaskNode,
  sendEmail: SendEmailNode,
  renderDocument: RenderDocumentNode,
  decision: DecisionNode,
  setVariables: SetVariablesNode,
  timer: TimerNode,
  waitForClient: WaitForClientNode,
  waitForSignal: WaitForSignalNode,
  parallel: ParallelNode,
  join: JoinNode,
  generic: GenericStepNode,
  end: EndNode,
};

/** Node components of the process canvas. */
export const stageNodeTypes: NodeTypes = { stage: StageNode, finish: FinishNode };
