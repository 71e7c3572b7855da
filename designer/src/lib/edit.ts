import { uniqueId, type Definition, type Position, type Stage, type Step, type Transition } from './definition';
import { connectStep, disconnectStep, END_PREFIX, mapExits, retarget, targetOfNode } from './exits';
import { FINISH_PREFIX, transitionFor } from './stageGraph';

// Every edit is a pure function from one definition to the next, so undo/redo is a list of definitions.

function mapStage(definition: Definition, stageId: string, change: (stage: Stage) => Stage): Definition {
  return { ...definition, stages: definition.stages.map((s) => (s.id === stageId ? change(s) : s)) };
}

function mapSteps(definition: Definition, stageId: string, change: (step: Step) => Step): Definition {
  return mapStage(definition, stageId, (s) => ({ ...s, steps: s.steps.map(change) }));
}

function placeStep(definition: Definition, stageId: string, nodeId: string, position: Position): Definition {
  const stageLayout = definition.layout?.[stageId] ?? { x: 0, y: 0 };
  return {
    ...definition,
    layout: { ...definition.layout, [stageId]: { ...stageLayout, steps: { ...stageLayout.steps, [nodeId]: position } } },
  };
}

/** A new step of `type` at `position`; the first step of a stage becomes its start. */
export function addStep(definition: Definition, stageId: string, type: string, position: Position): { definition: Definition; id: string } {
  const stage = definition.stages.find((s) => s.id === stageId);
  if (!stage) return { definition, id: '' };
  const id = uniqueId(type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), stage.steps.map((s) => s.id));
  const step: Step = { id, type };
  const next = mapStage(definition, stageId, (s) => ({ ...s, start: s.start || id, steps: [...s.steps, step] }));
  return { definition: placeStep(next, stageId, id, position), id };
}

/** A marker for ending the stage with `outcome`, to connect steps to. */
export function addEnd(definition: Definition, stageId: string, outcome: string, position: Position): Definition {
  return placeStep(definition, stageId, END_PREFIX + outcome, position);
}

/** A new, empty stage at `position`; the first stage becomes the process's start. */
export function addStage(definition: Definition, position: Position): { definition: Definition; id: string } {
  const id = uniqueId('stage', definition.stages.map((s) => s.id));
  const stage: Stage = { id, name: `Stage ${definition.stages.length + 1}`, start: '', steps: [] };
  return {
    definition: {
      ...definition,
      start: definition.start || id,
      stages: [...definition.stages, stage],
      layout: { ...definition.layout, [id]: { ...position, steps: {} } },
    },
    id,
  };
}

/** A finish marker for the result `result`, to connect stage outcomes to. */
export function addFinish(definition: Definition, result: string, position: Position): Definition {
  return { ...definition, layout: { ...definition.layout, [FINISH_PREFIX + result]: position } };
}

export function connectSteps(definition: Definition, stageId: string, source: string, handle: string, target: string): Definition {
  return mapSteps(definition, stageId, (s) => (s.id === source ? connectStep(s, handle, targetOfNode(target)) : s));
}

export function disconnectSteps(definition: Definition, stageId: string, source: string, handle: string, target: string): Definition {
  return mapSteps(definition, stageId, (s) => (s.id === source ? disconnectStep(s, handle, targetOfNode(target)) : s));
}

/** Removes steps (and end markers) and every connection to them; a removed start step leaves the start unset. */
export function removeSteps(definition: Definition, stageId: string, nodeIds: string[]): Definition {
  const gone = new Set(nodeIds);
  let result = mapStage(definition, stageId, (stage) => {
    let steps = stage.steps.filter((s) => !gone.has(s.id));
    for (const id of gone) {
      if (id.startsWith(END_PREFIX)) {
        const outcome = id.slice(END_PREFIX.length);
        steps = steps.map((s) => clearEnd(s, outcome));
      } else {
        steps = steps.map((s) => retarget(s, id, null));
      }
    }
    return { ...stage, start: gone.has(stage.start) ? '' : stage.start, steps };
  });
  const stageLayout = result.layout?.[stageId];
  if (stageLayout?.steps) {
    const steps = Object.fromEntries(Object.entries(stageLayout.steps).filter(([id]) => !gone.has(id)));
    result = { ...result, layout: { ...result.layout, [stageId]: { ...stageLayout, steps } } };
  }
  return result;
}

function clearEnd(step: Step, outcome: string): Step {
  return mapExits(step, <T extends { end?: string }>(exit: T): T => {
    if (exit.end !== outcome) return exit;
    const { end: _end, ...rest } = exit;
    return rest as T;
  });
}

/** Adds (or re-points) the transition from `source` on `outcome`. */
export function connectStages(definition: Definition, source: string, outcome: string, target: string): Definition {
  const transition = transitionFor(source, outcome, target);
  const transitions = definition.transitions ?? [];
  const existing = transitions.findIndex((t) => t.from === source && t.on === outcome);
  return {
    ...definition,
    transitions: existing < 0 ? [...transitions, transition] : transitions.map((t, i) => (i === existing ? transition : t)),
  };
}

export function removeTransitions(definition: Definition, keys: { from: string; on: string }[]): Definition {
  const drop = (t: Transition) => keys.some((k) => k.from === t.from && k.on === t.on);
  return { ...definition, transitions: (definition.transitions ?? []).filter((t) => !drop(t)) };
}

/** Removes stages (and finish markers) and every transition to or from them. */
export function removeStages(definition: Definition, nodeIds: string[]): Definition {
  const gone = new Set(nodeIds);
  const finishes = new Set(nodeIds.filter((id) => id.startsWith(FINISH_PREFIX)).map((id) => id.slice(FINISH_PREFIX.length)));
  const layout = Object.fromEntries(Object.entries(definition.layout ?? {}).filter(([id]) => !gone.has(id)));
  return {
    ...definition,
    start: gone.has(definition.start) ? '' : definition.start,
    stages: definition.stages.filter((s) => !gone.has(s.id)),
    transitions: (definition.transitions ?? []).filter(
      (t) => !gone.has(t.from) && !(t.to !== undefined && gone.has(t.to)) && !(t.finish !== undefined && finishes.has(t.finish)),
    ),
    layout,
  };
}

/** Stores node positions: the process canvas's when `stageId` is null, otherwise that stage's. */
export function moveNodes(definition: Definition, stageId: string | null, positions: Record<string, Position>): Definition {
  if (stageId === null) {
    const layout = { ...definition.layout };
    for (const [id, p] of Object.entries(positions)) layout[id] = { ...layout[id], x: p.x, y: p.y };
    return { ...definition, layout };
  }
  const stageLayout = definition.layout?.[stageId] ?? { x: 0, y: 0 };
  return {
    ...definition,
    layout: { ...definition.layout, [stageId]: { ...stageLayout, steps: { ...stageLayout.steps, ...positions } } },
  };
}

export function replaceStep(definition: Definition, stageId: string, step: Step): Definition {
  return mapSteps(definition, stageId, (s) => (s.id === step.id ? step : s));
}

/** Renames a step everywhere it is referred to: connections, the stage's start and the layout. */
export function renameStep(definition: Definition, stageId: string, from: string, to: string): Definition {
  if (!to || from === to) return definition;
  const stage = definition.stages.find((s) => s.id === stageId);
  if (!stage || stage.steps.some((s) => s.id === to)) return definition;
  let result = mapStage(definition, stageId, (s) => ({
    ...s,
    start: s.start === from ? to : s.start,
    steps: s.steps.map((step) => retarget(step.id === from ? { ...step, id: to } : step, from, to)),
  }));
  const stageLayout = result.layout?.[stageId];
  const at = stageLayout?.steps?.[from];
  if (stageLayout?.steps && at) {
    const steps = Object.fromEntries(Object.entries(stageLayout.steps).map(([id, p]) => [id === from ? to : id, p]));
    result = { ...result, layout: { ...result.layout, [stageId]: { ...stageLayout, steps } } };
  }
  return result;
}

export function updateStage(definition: Definition, stageId: string, change: Partial<Omit<Stage, 'id' | 'steps'>>): Definition {
  return mapStage(definition, stageId, (s) => ({ ...s, ...change }));
}

/** Renames a stage everywhere it is referred to: transitions, the process's start and the layout. */
export function renameStage(definition: Definition, from: string, to: string): Definition {
  if (!to || from === to || definition.stages.some((s) => s.id === to)) return definition;
  const layout = Object.fromEntries(Object.entries(definition.layout ?? {}).map(([id, p]) => [id === from ? to : id, p]));
  return {
    ...definition,
    start: definition.start === from ? to : definition.start,
    stages: definition.stages.map((s) => (s.id === from ? { ...s, id: to } : s)),
    transitions: (definition.transitions ?? []).map((t) => ({
      ...t,
      ...(t.from === from ? { from: to } : {}),
      ...(t.to === from ? { to } : {}),
    })),
    layout,
  };
}

/**
 * Pastes copied steps into a stage under fresh ids, offset from where they were. Connections among the copies
 * follow the copies; connections to steps that were not copied are dropped.
 */
export function pasteSteps(
  definition: Definition,
  stageId: string,
  copied: { step: Step; position: Position }[],
  offset: Position,
): { definition: Definition; ids: string[] } {
  const stage = definition.stages.find((s) => s.id === stageId);
  if (!stage || copied.length === 0) return { definition, ids: [] };
  const taken = stage.steps.map((s) => s.id);
  const renames = new Map<string, string>();
  for (const { step } of copied) {
    const id = uniqueId(step.id.replace(/-\d+$/, ''), taken);
    taken.push(id);
    renames.set(step.id, id);
  }
  const copiedIds = new Set(copied.map((c) => c.step.id));
  const pasted = copied.map(({ step }) => {
    let copy: Step = { ...step, id: renames.get(step.id) ?? step.id };
    // Drop connections leaving the copied set, then point the rest at the copies.
    for (const target of referencedSteps(step)) {
      copy = copiedIds.has(target) ? retarget(copy, target, renames.get(target) ?? target) : retarget(copy, target, null);
    }
    return copy;
  });
  let result = mapStage(definition, stageId, (s) => ({ ...s, start: s.start || (pasted[0]?.id ?? ''), steps: [...s.steps, ...pasted] }));
  for (const { step, position } of copied) {
    result = placeStep(result, stageId, renames.get(step.id) ?? step.id, { x: position.x + offset.x, y: position.y + offset.y });
  }
  return { definition: result, ids: pasted.map((s) => s.id) };
}

function referencedSteps(step: Step): string[] {
  const ids = new Set<string>();
  const add = (id: string | undefined) => id && ids.add(id);
  add(step.next);
  step.outcomes?.forEach((o) => add(o.next));
  step.responses?.forEach((r) => add(r.next));
  step.cases?.forEach((c) => add(c.next));
  add(step.otherwise?.next);
  add(step.onTimeout?.next);
  step.branches?.forEach(add);
  add(step.join);
  return [...ids];
}

/** Pastes copied stages under fresh ids; transitions are not copied (they name the original stages). */
export function pasteStages(
  definition: Definition,
  copied: { stage: Stage; position: Position }[],
  offset: Position,
): { definition: Definition; ids: string[] } {
  let result = definition;
  const ids: string[] = [];
  for (const { stage, position } of copied) {
    const id = uniqueId(stage.id.replace(/-\d+$/, ''), result.stages.map((s) => s.id));
    ids.push(id);
    const steps = definition.layout?.[stage.id]?.steps ?? {};
    result = {
      ...result,
      stages: [...result.stages, { ...stage, id }],
      layout: { ...result.layout, [id]: { x: position.x + offset.x, y: position.y + offset.y, steps } },
    };
  }
  return { definition: result, ids };
}

/** Renames a stage outcome: every step exit ending with it, its end marker, and the transitions on it. */
export function renameOutcome(definition: Definition, stageId: string, from: string, to: string): Definition {
  if (!to || from === to) return definition;
  const fix = <T extends { end?: string }>(exit: T): T => (exit.end === from ? { ...exit, end: to } : exit);
  let result = mapSteps(definition, stageId, (step) => {
    let s = fix(step);
    if (s.outcomes) s = { ...s, outcomes: s.outcomes.map(fix) };
    if (s.responses) s = { ...s, responses: s.responses.map(fix) };
    if (s.cases) s = { ...s, cases: s.cases.map(fix) };
    if (s.otherwise) s = { ...s, otherwise: fix(s.otherwise) };
    if (s.onTimeout) s = { ...s, onTimeout: fix(s.onTimeout) };
    return s;
  });
  result = {
    ...result,
    transitions: (result.transitions ?? []).map((t) => (t.from === stageId && t.on === from ? { ...t, on: to } : t)),
  };
  const stageLayout = result.layout?.[stageId];
  if (stageLayout?.steps) {
    const steps = Object.fromEntries(
      Object.entries(stageLayout.steps).map(([id, p]) => [id === END_PREFIX + from ? END_PREFIX + to : id, p]),
    );
    result = { ...result, layout: { ...result.layout, [stageId]: { ...stageLayout, steps } } };
  }
  return result;
}

/** Renames a finish result in every transition finishing with it and in the layout. */
export function renameFinish(definition: Definition, from: string, to: string): Definition {
  if (!to || from === to) return definition;
  const layout = Object.fromEntries(
    Object.entries(definition.layout ?? {}).map(([id, p]) => [id === FINISH_PREFIX + from ? FINISH_PREFIX + to : id, p]),
  );
  return {
    ...definition,
    transitions: (definition.transitions ?? []).map((t) => (t.finish === from ? { ...t, finish: to } : t)),
    layout,
  };
}

/**
 * Stores the positions a stage's canvas shows for nodes the layout does not have yet (laid out by dagre), so that
 * the first edit on a hand-written stage does not make its other nodes jump when the layout is computed again.
 */
export function keepShownPositions(definition: Definition, stageId: string, shown: Record<string, Position>): Definition {
  const stored = definition.layout?.[stageId]?.steps ?? {};
  const missing = Object.fromEntries(Object.entries(shown).filter(([id]) => !stored[id]));
  return Object.keys(missing).length ? moveNodes(definition, stageId, missing) : definition;
}
