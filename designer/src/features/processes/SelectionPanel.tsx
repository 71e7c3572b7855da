import { useNavigate } from 'react-router';
import type { StepTypeInfo } from '../../api/stepTypes';
import type { TemplateSummary } from '../../api/templates';
import type { Definition } from '../../lib/definition';
import {
  connectStages, removeTransitions, renameFinish, renameOutcome, renameStage, renameStep, replaceStep, updateStage,
} from '../../lib/edit';
import { END_PREFIX } from '../../lib/exits';
import { FINISH_PREFIX, type StageGraph } from '../../lib/stageGraph';
import { MarkerProperties } from './properties/MarkerProperties';
import { ProcessProperties } from './properties/ProcessProperties';
import { StageProperties } from './properties/StageProperties';
import { StepProperties } from './properties/StepProperties';
import { TransitionsEditor } from './properties/TransitionsEditor';

interface Props {
  definition: Definition;
  /** The open stage, or null on the process canvas. */
  stageId: string | null;
  selection: string[];
  problems: { byStage: Record<string, string[]>; byStep: Record<string, Record<string, string[]>> };
  typeInfo: Map<string, StepTypeInfo>;
  templates: TemplateSummary[];
  stageGraph: StageGraph | null;
  edit: (change: (d: Definition) => Definition) => void;
  setSelection: (ids: string[]) => void;
  openStage: (id: string) => void;
}

/** The property panel for what is selected: a step, a stage, an end or finish marker, or else the stage or process. */
export function SelectionPanel({ definition, stageId, selection, problems: grouped, typeInfo, templates, stageGraph, edit, setSelection, openStage }: Props) {
  const navigate = useNavigate();
  const stage = stageId ? definition.stages.find((s) => s.id === stageId) : undefined;
  const single = selection.length === 1 ? selection[0] : undefined;
  if (stageId && stage) {
    const step = single ? stage.steps.find((s) => s.id === single) : undefined;
    if (step) {
      return (
        <StepProperties
          step={step}
          isStart={stage.start === step.id}
          info={typeInfo.get(step.type)}
          context={{ stepIds: stage.steps.map((s) => s.id).filter((s) => s !== step.id), templates }}
          problems={grouped.byStep[stageId]?.[step.id] ?? []}
          onChange={(next) => edit((d) => replaceStep(d, stageId, next))}
          onRename={(to) => { edit((d) => renameStep(d, stageId, step.id, to)); setSelection([to]); }}
          onMakeStart={() => edit((d) => updateStage(d, stageId, { start: step.id }))}
        />
      );
    }
    if (single?.startsWith(END_PREFIX)) {
      const outcome = single.slice(END_PREFIX.length);
      return (
        <MarkerProperties
          title="Stage end" label="Outcome" value={outcome}
          help="The stage ends with this outcome; on the process canvas a transition on it picks the next stage."
          onRename={(to) => { edit((d) => renameOutcome(d, stageId, outcome, to)); setSelection([END_PREFIX + to]); }}
        />
      );
    }
    return (
      <StageProperties
        stage={stage}
        isStart={definition.start === stage.id}
        problems={grouped.byStage[stage.id] ?? []}
        onChange={(change) => edit((d) => updateStage(d, stage.id, change))}
        onRename={(to) => { edit((d) => renameStage(d, stage.id, to)); navigate(`/processes/${encodeURIComponent(definition.id)}/stages/${encodeURIComponent(to)}`, { replace: true }); }}
        onMakeStart={() => edit((d) => ({ ...d, start: stage.id }))}
      />
    );
  }
  const selectedStage = single ? definition.stages.find((s) => s.id === single) : undefined;
  if (selectedStage) {
    return (
      <StageProperties
        stage={selectedStage}
        isStart={definition.start === selectedStage.id}
        problems={grouped.byStage[selectedStage.id] ?? []}
        onChange={(change) => edit((d) => updateStage(d, selectedStage.id, change))}
        onRename={(to) => { edit((d) => renameStage(d, selectedStage.id, to)); setSelection([to]); }}
        onMakeStart={() => edit((d) => ({ ...d, start: selectedStage.id }))}
        onOpen={() => openStage(selectedStage.id)}
        transitions={
          <TransitionsEditor
            stageId={selectedStage.id}
            outcomes={stageGraph?.nodes.flatMap((n) => (n.id === selectedStage.id && n.type === 'stage' ? n.data.outcomes : [])) ?? []}
            transitions={definition.transitions ?? []}
            stages={definition.stages.map((s) => s.id)}
            results={stageGraph?.nodes.flatMap((n) => (n.type === 'finish' ? [n.data.result] : [])) ?? []}
            onChange={(outcome, target) => edit((d) => (target ? connectStages(d, selectedStage.id, outcome, target) : removeTransitions(d, [{ from: selectedStage.id, on: outcome }])))}
          />
        }
      />
    );
  }
  if (single?.startsWith(FINISH_PREFIX)) {
    const result = single.slice(FINISH_PREFIX.length);
    return (
      <MarkerProperties
        title="Finish" label="Result" value={result}
        help="The engagement finishes with this result (won, lost, completed…)."
        onRename={(to) => { edit((d) => renameFinish(d, result, to)); setSelection([FINISH_PREFIX + to]); }}
      />
    );
  }
  return <ProcessProperties definition={definition} onChange={(change) => edit((d) => ({ ...d, ...change }))} />;
}
