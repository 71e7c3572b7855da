import type { Exit, Step } from './definition';

/**
 * The ports a step's connections leave from. `out` is the step's own next/end; the others name the choice, case
 * or timeout the connection belongs to. `branch` and `join` are a parallel step's branch starts and its join.
 */
export type SlotKind = 'out' | 'outcome' | 'response' | 'case' | 'otherwise' | 'timeout' | 'branch' | 'join';

export interface ExitSlot {
  /** The React Flow handle id, e.g. `out`, `outcome:approve`, `case:0`. */
  handle: string;
  kind: SlotKind;
  label: string;
}

/** A connection target on a stage's canvas: a step, or the end of the stage with an outcome. */
export type Target = { step: string } | { end: string };

export const END_PREFIX = 'end:';

export function targetNodeId(target: Target): string {
  return 'step' in target ? target.step : END_PREFIX + target.end;
}

export function targetOfNode(nodeId: string): Target {
  return nodeId.startsWith(END_PREFIX) ? { end: nodeId.slice(END_PREFIX.length) } : { step: nodeId };
}

function exitTarget(exit: Exit | undefined): Target | null {
  if (exit?.next) return { step: exit.next };
  if (exit?.end) return { end: exit.end };
  return null;
}

const withTimeout = new Set(['waitForClient', 'waitForSignal']);
const withoutNext = new Set(['decision', 'waitForClient', 'parallel']);

/** The ports a step shows, whether or not they are connected yet. */
export function exitSlots(step: Step): ExitSlot[] {
  const slots: ExitSlot[] = [];
  if (step.type === 'parallel') {
    slots.push({ handle: 'branch', kind: 'branch', label: 'branches' }, { handle: 'join', kind: 'join', label: 'join' });
    return slots;
  }
  step.outcomes?.forEach((o) => slots.push({ handle: `outcome:${o.name}`, kind: 'outcome', label: o.label || o.name }));
  step.responses?.forEach((r) => slots.push({ handle: `response:${r.name}`, kind: 'response', label: r.label || r.name }));
  step.cases?.forEach((c, i) => slots.push({ handle: `case:${i}`, kind: 'case', label: c.when || `case ${i + 1}` }));
  if (step.type === 'decision') slots.push({ handle: 'otherwise', kind: 'otherwise', label: 'otherwise' });
  if (!withoutNext.has(step.type) && !step.outcomes?.length) slots.push({ handle: 'out', kind: 'out', label: '' });
  if (withTimeout.has(step.type)) slots.push({ handle: 'timeout', kind: 'timeout', label: 'on timeout' });
  return slots;
}

/** Every connection a step makes, as (handle, target) pairs in definition order. */
export function stepConnections(step: Step): { handle: string; target: Target }[] {
  const found: { handle: string; target: Target }[] = [];
  const add = (handle: string, exit: Exit | undefined) => {
    const target = exitTarget(exit);
    if (target) found.push({ handle, target });
  };
  add('out', step);
  step.outcomes?.forEach((o) => add(`outcome:${o.name}`, o));
  step.responses?.forEach((r) => add(`response:${r.name}`, r));
  step.cases?.forEach((c, i) => add(`case:${i}`, c));
  add('otherwise', step.otherwise);
  add('timeout', step.onTimeout);
  step.branches?.forEach((b) => found.push({ handle: 'branch', target: { step: b } }));
  if (step.join) found.push({ handle: 'join', target: { step: step.join } });
  return found;
}

function setExit<T extends Exit>(exit: T, target: Target | null): T {
  const { next: _next, end: _end, ...rest } = exit;
  if (!target) return rest as T;
  return ('step' in target ? { ...rest, next: target.step } : { ...rest, end: target.end }) as T;
}

/** The step with the exit behind `handle` pointing at `target` (null clears it). A branch is added, not replaced. */
export function connectStep(step: Step, handle: string, target: Target | null): Step {
  const [kind, key = ''] = splitHandle(handle);
  switch (kind) {
    case 'out':
      return setExit(step, target);
    case 'outcome':
      return { ...step, outcomes: (step.outcomes ?? []).map((o) => (o.name === key ? setExit(o, target) : o)) };
    case 'response':
      return { ...step, responses: (step.responses ?? []).map((r) => (r.name === key ? setExit(r, target) : r)) };
    case 'case':
      return { ...step, cases: (step.cases ?? []).map((c, i) => (String(i) === key ? setExit(c, target) : c)) };
    case 'otherwise':
      return { ...step, otherwise: setExit(step.otherwise ?? {}, target) };
    case 'timeout':
      return { ...step, onTimeout: setExit(step.onTimeout ?? {}, target) };
    case 'branch': {
      if (!target || !('step' in target)) return step;
      const branches = step.branches ?? [];
      return branches.includes(target.step) ? step : { ...step, branches: [...branches, target.step] };
    }
    case 'join':
      if (target && !('step' in target)) return step;
      return target ? { ...step, join: target.step } : withoutKey(step, 'join');
    default:
      return step;
  }
}

/** The step without the connection from `handle` to `target`. */
export function disconnectStep(step: Step, handle: string, target: Target): Step {
  if (handle === 'branch' && 'step' in target) {
    const branches = (step.branches ?? []).filter((b) => b !== target.step);
    return { ...step, branches };
  }
  return connectStep(step, handle, null);
}

/** The step with every connection removed: what a graph node carries, the edges carrying the rest. */
export function withoutConnections(step: Step): Step {
  let bare = setExit(step, null);
  if (bare.outcomes) bare = { ...bare, outcomes: bare.outcomes.map((o) => setExit(o, null)) };
  if (bare.responses) bare = { ...bare, responses: bare.responses.map((r) => setExit(r, null)) };
  if (bare.cases) bare = { ...bare, cases: bare.cases.map((c) => setExit(c, null)) };
  if (bare.otherwise) bare = { ...bare, otherwise: {} };
  if (bare.onTimeout) bare = { ...bare, onTimeout: {} };
  if (bare.branches) bare = { ...bare, branches: [] };
  return withoutKey(bare, 'join');
}

/** The step with `fix` applied to each of its exits: its own, each outcome, response and case, otherwise and on-timeout. */
export function mapExits(step: Step, fix: <T extends Exit>(exit: T) => T): Step {
  let result = fix(step);
  if (result.outcomes) result = { ...result, outcomes: result.outcomes.map(fix) };
  if (result.responses) result = { ...result, responses: result.responses.map(fix) };
  if (result.cases) result = { ...result, cases: result.cases.map(fix) };
  if (result.otherwise) result = { ...result, otherwise: fix(result.otherwise) };
  if (result.onTimeout) result = { ...result, onTimeout: fix(result.onTimeout) };
  return result;
}

/** The step with every reference to step `id` replaced by `replacement` (null removes it). */
export function retarget(step: Step, id: string, replacement: string | null): Step {
  const fix = <T extends Exit>(exit: T): T => {
    if (exit.next !== id) return exit;
    return replacement ? { ...exit, next: replacement } : setExit(exit, null);
  };
  let result = mapExits(step, fix);
  if (result.branches?.includes(id)) {
    result = {
      ...result,
      branches: replacement ? result.branches.map((b) => (b === id ? replacement : b)) : result.branches.filter((b) => b !== id),
    };
  }
  if (result.join === id) result = replacement ? { ...result, join: replacement } : withoutKey(result, 'join');
  return result;
}

function splitHandle(handle: string): [string, string | undefined] {
  const colon = handle.indexOf(':');
  return colon < 0 ? [handle, undefined] : [handle.slice(0, colon), handle.slice(colon + 1)];
}

export function withoutKey<T extends object>(value: T, key: string): T {
  const copy = { ...value } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}
