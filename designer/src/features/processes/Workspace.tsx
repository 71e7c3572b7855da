import { useReactFlow, type XYPosition } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { definitionsApi, type DefinitionProblem, type VersionSummary } from '../../api/definitions';
import { ApiError } from '../../api/problem';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/SessionContext';
import type { StepTypeInfo } from '../../api/stepTypes';
import type { TemplateSummary } from '../../api/templates';
import type { Definition } from '../../lib/definition';
import { keepShownPositions, moveNodes, pasteStages, pasteSteps } from '../../lib/edit';
import { groupProblems, pointerToTarget } from '../../lib/pointer';
import { definitionToStageGraph, layoutStageGraph, type StageCanvasNode, type StageEdge } from '../../lib/stageGraph';
import { layoutStepGraph, stageToGraph, type StepCanvasNode, type StepEdge } from '../../lib/stepGraph';
import { stageNodeTypes, stepNodeTypes } from '../../nodes/nodeTypes';
import { clipboard } from '../../store/clipboard';
import { historyOf, historyReducer } from '../../store/history';
import { FlowCanvas } from './FlowCanvas';
import { Palette, type PaletteItem } from './Palette';
import { ProblemList } from './ProblemList';
import { PublishDialog } from './PublishDialog';
import { processCanvasCommands, stageCanvasCommands } from './canvasCommands';
import { SelectionPanel } from './SelectionPanel';
import { useShortcuts } from './useShortcuts';
import { useUnsavedWarning } from './useUnsavedWarning';
import { useValidation } from './useValidation';

interface Props {
  initial: Definition;
  revision: number | undefined;
  initialProblems: DefinitionProblem[];
  versions: VersionSummary[];
  stepTypes: StepTypeInfo[];
  templates: TemplateSummary[];
  onPublished: () => void;
}

const PROCESS_ITEMS: PaletteItem[] = [
  { key: 'stage', label: 'Stage', category: 'process', description: 'A stage: a flowchart of steps that ends with an outcome.' },
  { key: 'finish', label: 'Finish', category: 'process', description: 'Where the engagement finishes, with a result.' },
];
const END_ITEM: PaletteItem = { key: 'end', label: 'End of stage', category: 'flow', description: 'Ends the stage with an outcome.' };
const PASTE_OFFSET = { x: 40, y: 40 };


/** The designer itself: toolbar, palette, canvas (process or stage), properties and problems. */
export function Workspace({ initial, revision: initialRevision, initialProblems, versions, stepTypes, templates, onPublished }: Props) {
  const { me } = useSession();
  // Managers may look at processes; only operations and admins save and publish (the server checks it too).
  const canEdit = can.design(me);
  const params = useParams();
  const navigate = useNavigate();
  const flow = useReactFlow();
  const splat = params['*'] ?? '';
  const stageId = splat.startsWith('stages/') ? decodeURIComponent(splat.slice('stages/'.length)) : null;

  const [history, dispatch] = useReducer(historyReducer<Definition>, initial, historyOf);
  const definition = history.present;
  const [saved, setSaved] = useState(initial);
  const [revision, setRevision] = useState(initialRevision);
  const [selection, setSelection] = useState<string[]>([]);
  const [fitSignal, setFitSignal] = useState(0);
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<string | null>(null);
  const { problems, checking } = useValidation(definition, initialProblems);

  const edit = useCallback((change: (d: Definition) => Definition) => dispatch({ type: 'edit', change }), []);
  const stage = stageId ? definition.stages.find((s) => s.id === stageId) : undefined;
  const grouped = useMemo(() => groupProblems(definition, problems), [definition, problems]);
  const typeInfo = useMemo(() => new Map(stepTypes.map((t) => [t.type, t])), [stepTypes]);

  useEffect(() => {
    setFitSignal((n) => n + 1);
  }, [stageId]);

  const stepGraph = useMemo(
    () => (stageId ? stageToGraph(definition, stageId, grouped.byStep[stageId] ?? {}) : null),
    [definition, stageId, grouped],
  );
  const stageGraph = useMemo(() => (stageId ? null : definitionToStageGraph(definition, grouped.byStage)), [definition, stageId, grouped]);

  const centre = (): XYPosition => {
    const box = document.querySelector('.canvas')?.getBoundingClientRect();
    const at = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    return { x: Math.round(at.x - 100), y: Math.round(at.y - 30) };
  };

  // Canvas edits on a stage first keep the positions dagre gave its unplaced nodes, so nothing else moves.
  const editStage = useCallback((change: (d: Definition) => Definition) => {
    const shown = Object.fromEntries((stepGraph?.nodes ?? []).map((n) => [n.id, n.position]));
    edit((d) => change(stageId ? keepShownPositions(d, stageId, shown) : d));
  }, [edit, stepGraph, stageId]);
  const onStage = stageCanvasCommands(definition, stageId ?? '', editStage, setSelection);
  const onProcess = processCanvasCommands(definition, edit, setSelection);

  // ----- shared commands -----
  const layoutView = () => {
    if (stepGraph && stageId) {
      const positions = layoutStepGraph(stepGraph);
      edit((d) => moveNodes(d, stageId, positions));
    } else if (stageGraph) {
      const positions = layoutStageGraph(stageGraph);
      edit((d) => moveNodes(d, null, positions));
    }
    setFitSignal((n) => n + 1);
  };

  // Positions as shown (stored, or laid out for a stage nobody placed yet), so copies land beside their originals.
  const shownAt = (id: string) => (stepGraph ?? stageGraph)?.nodes.find((n) => n.id === id)?.position ?? { x: 0, y: 0 };

  const copy = () => {
    if (stageId && stage) {
      const items = stage.steps.filter((s) => selection.includes(s.id)).map((step) => ({ step, position: shownAt(step.id) }));
      if (items.length) { clipboard.set({ kind: 'steps', items }); setStatus(`Copied ${items.length} step(s)`); }
    } else {
      const items = definition.stages.filter((s) => selection.includes(s.id)).map((s) => ({ stage: s, position: shownAt(s.id) }));
      if (items.length) { clipboard.set({ kind: 'stages', items }); setStatus(`Copied ${items.length} stage(s)`); }
    }
  };

  const paste = () => {
    const copied = clipboard.get();
    if (!copied) return;
    if (stageId && copied.kind === 'steps') {
      const pasted = pasteSteps(definition, stageId, copied.items, PASTE_OFFSET);
      editStage((d) => pasteSteps(d, stageId, copied.items, PASTE_OFFSET).definition);
      setSelection(pasted.ids);
    } else if (!stageId && copied.kind === 'stages') {
      const pasted = pasteStages(definition, copied.items, PASTE_OFFSET);
      edit((d) => pasteStages(d, copied.items, PASTE_OFFSET).definition);
      setSelection(pasted.ids);
    }
  };

  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const shortcuts = useMemo(() => ({ undo, redo, copy, paste }), [undo, redo, copy, paste]);
  useShortcuts(shortcuts);

  const save = async (): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await definitionsApi.saveDraft(definition, revision);
      setRevision(result.revision);
      setSaved(definition);
      setStatus(`Draft saved (revision ${result.revision})${result.valid ? '' : ` with ${result.problems.length} problem(s) to fix`}`);
      return true;
    } catch (e) {
      setStatus(e instanceof ApiError ? `Not saved: ${e.message}` : `Not saved: ${String(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const publish = async (note: string) => {
    setBusy(true);
    setPublishError(null);
    try {
      if (definition !== saved && !(await save())) return;
      const version = await definitionsApi.publish(definition.id, note);
      setPublishing(false);
      setStatus(`Published version ${version.version}`);
      onPublished();
    } catch (e) {
      const problem = e instanceof ApiError ? e : null;
      const count = problem?.problem.errors ? Object.keys(problem.problem.errors).length : 0;
      setPublishError(problem ? `${problem.message}${count ? ` (${count} problem(s): see the list)` : ''}` : String(e));
    } finally {
      setBusy(false);
    }
  };

  const selectProblem = (problem: DefinitionProblem) => {
    const target = pointerToTarget(definition, problem.path);
    if (target.kind === 'step') {
      if (target.stageId !== stageId) navigate(`/processes/${encodeURIComponent(definition.id)}/stages/${encodeURIComponent(target.stageId)}`);
      setSelection([target.stepId]);
    } else {
      if (stageId) navigate(`/processes/${encodeURIComponent(definition.id)}`);
      setSelection(target.kind === 'stage' ? [target.stageId] : target.kind === 'transition' ? [target.from] : []);
    }
  };

  const openStage = (id: string) => {
    if (definition.stages.some((s) => s.id === id)) {
      setSelection([]);
      navigate(`/processes/${encodeURIComponent(definition.id)}/stages/${encodeURIComponent(id)}`);
    }
  };

  const panel = (
    <SelectionPanel
      definition={definition}
      stageId={stageId}
      selection={selection}
      problems={grouped}
      typeInfo={typeInfo}
      templates={templates}
      stageGraph={stageGraph}
      edit={edit}
      setSelection={setSelection}
      openStage={openStage}
    />
  );

  const stepItems: PaletteItem[] = useMemo(
    () => [...stepTypes.map((t) => ({ key: t.type, label: t.label, category: t.category, description: t.description })), END_ITEM],
    [stepTypes],
  );
  const dirty = definition !== saved;
  useUnsavedWarning(dirty);
  const latest = versions.filter((v) => !v.retractedAt).reduce<number | null>((max, v) => (max === null || v.version > max ? v.version : max), null);
  const base = `/processes/${encodeURIComponent(definition.id)}`;

  return (
    <div className="designer">
      <header className="designer-toolbar">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/processes">Processes</Link> › {stageId ? <Link to={base}>{definition.name || definition.id}</Link> : <strong>{definition.name || definition.id}</strong>}
          {stageId && <> › <strong>{stage?.name || stageId}</strong></>}
        </nav>
        <span className="muted status-line">
          {latest ? `published v${latest}` : 'not published'} · {dirty ? 'unsaved changes' : revision ? `draft rev ${revision}` : 'draft'}
        </span>
        <div className="toolbar-buttons">
          <button type="button" onClick={undo} disabled={!history.past.length} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">↶ Undo</button>
          <button type="button" onClick={redo} disabled={!history.future.length} aria-keyshortcuts="Control+Y" title="Redo (Ctrl+Y)">↷ Redo</button>
          <button type="button" onClick={layoutView}>Auto-layout</button>
          <Link className="button-link" to={`${base}/history`}>History</Link>
          {canEdit && <button type="button" onClick={() => void save()} disabled={busy}>Save draft</button>}
          {canEdit && <button type="button" className="primary" onClick={() => { setPublishError(null); setPublishing(true); }} disabled={busy}>Publish…</button>}
        </div>
      </header>
      {status && <p className="status" role="status" data-testid="status">{status}</p>}
      <div className="designer-body">
        {stageId ? (
          <Palette title="Steps" items={stepItems} onAdd={(key) => onStage.drop(key, centre())} />
        ) : (
          <Palette title="Process" items={PROCESS_ITEMS} onAdd={(key) => onProcess.drop(key, centre())} />
        )}
        <div className="canvas-column">
          {stageId && !stage ? (
            <p className="error" role="alert">There is no stage '{stageId}' in this process. <Link to={base}>Back to the stages</Link></p>
          ) : stepGraph ? (
            <FlowCanvas<StepCanvasNode, StepEdge>
              label={`Steps of stage ${stageId}`}
              nodes={stepGraph.nodes}
              edges={stepGraph.edges}
              nodeTypes={stepNodeTypes}
              selection={selection}
              onSelectionChange={setSelection}
              onMove={(positions) => stageId && editStage((d) => moveNodes(d, stageId, positions))}
              onConnect={onStage.connect}
              isValidConnection={onStage.isValid}
              onDelete={onStage.remove}
              onDropItem={onStage.drop}
              fitSignal={fitSignal}
            />
          ) : stageGraph ? (
            <FlowCanvas<StageCanvasNode, StageEdge>
              label="Stages of the process"
              nodes={stageGraph.nodes}
              edges={stageGraph.edges}
              nodeTypes={stageNodeTypes}
              selection={selection}
              onSelectionChange={setSelection}
              onMove={(positions) => edit((d) => moveNodes(d, null, positions))}
              onConnect={onProcess.connect}
              isValidConnection={onProcess.isValid}
              onDelete={onProcess.remove}
              onDropItem={onProcess.drop}
              onOpenNode={openStage}
              fitSignal={fitSignal}
            />
          ) : null}
          <p className="shortcut-hints muted">
            <kbd>Delete</kbd> remove · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo · <kbd>Ctrl</kbd>+<kbd>Y</kbd> redo · <kbd>Ctrl</kbd>+<kbd>C</kbd>/<kbd>V</kbd> copy/paste · <kbd>Shift</kbd>+click select more
            {!stageId && ' · double-click a stage to open it'}
          </p>
        </div>
        <aside className="side-panel" aria-label="Properties and problems">
          <div className="side-properties">{panel}</div>
          <ProblemList problems={problems} checking={checking} onSelect={selectProblem} />
        </aside>
      </div>
      {publishing && <PublishDialog busy={busy} error={publishError} onPublish={(note) => void publish(note)} onCancel={() => setPublishing(false)} />}
    </div>
  );
}
