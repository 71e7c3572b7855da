import type { Definition, Stage, Step, Transition } from './definition';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One readable difference between two versions of a process, e.g. "Stage brief › step capture: title changed". */
export interface Change {
  kind: ChangeKind;
  /** Where, as words: `process`, `stage brief`, `stage brief › step capture`, `transition brief on analysed`. */
  where: string;
  /** The property that changed, for `changed`. */
  property?: string;
  before?: string;
  after?: string;
}

/** JSON with object keys sorted, so two values compare equal whatever order their keys were written in. */
export function stableJson(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : stableJson(value);
}

function compareProperties(where: string, before: object, after: object, skip: string[], changes: Change[]): void {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.includes(k));
  for (const key of keys) {
    if (stableJson(a[key]) === stableJson(b[key])) continue;
    const change: Change = { kind: 'changed', where, property: key };
    const was = show(a[key]);
    const now = show(b[key]);
    if (was !== undefined) change.before = was;
    if (now !== undefined) change.after = now;
    changes.push(change);
  }
}

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function compareKeyed<T extends object>(
  before: T[],
  after: T[],
  key: (item: T) => string,
  where: (k: string) => string,
  inner: (k: string, a: T, b: T) => void,
  changes: Change[],
): void {
  const a = byKey(before, key);
  const b = byKey(after, key);
  for (const [k] of a) if (!b.has(k)) changes.push({ kind: 'removed', where: where(k) });
  for (const [k, item] of b) {
    const old = a.get(k);
    if (!old) changes.push({ kind: 'added', where: where(k) });
    else inner(k, old, item);
  }
}

const transitionKey = (t: Transition) => `${t.from} on ${t.on}`;

/**
 * The structural difference between two versions: stages, steps and transitions added or removed, and each
 * changed property. Designer positions (`layout`) are left out: they do not change what runs.
 */
export function diffDefinitions(before: Definition, after: Definition): Change[] {
  const changes: Change[] = [];
  compareProperties('process', before, after, ['stages', 'transitions', 'layout', 'variables', '$schema'], changes);
  compareKeyed(
    Object.entries(before.variables ?? {}),
    Object.entries(after.variables ?? {}),
    ([name]) => name,
    (name) => `variable ${name}`,
    (name, [, a], [, b]) => {
      if (stableJson(a) !== stableJson(b)) {
        const change: Change = { kind: 'changed', where: `variable ${name}`, property: 'declaration' };
        change.before = stableJson(a);
        change.after = stableJson(b);
        changes.push(change);
      }
    },
    changes,
  );
  compareKeyed<Stage>(
    before.stages ?? [],
    after.stages ?? [],
    (s) => s.id,
    (id) => `stage ${id}`,
    (id, a, b) => {
      compareProperties(`stage ${id}`, a, b, ['steps'], changes);
      compareKeyed<Step>(
        a.steps ?? [],
        b.steps ?? [],
        (s) => s.id,
        (stepId) => `stage ${id} › step ${stepId}`,
        (stepId, x, y) => compareProperties(`stage ${id} › step ${stepId}`, x, y, ['id'], changes),
        changes,
      );
    },
    changes,
  );
  compareKeyed<Transition>(
    before.transitions ?? [],
    after.transitions ?? [],
    transitionKey,
    (k) => `transition ${k}`,
    (k, a, b) => compareProperties(`transition ${k}`, a, b, ['from', 'on'], changes),
    changes,
  );
  return changes;
}

/** One line per change, for lists and tests: "changed stage brief › step capture: title "A" → "B"". */
export function describeChange(change: Change): string {
  if (change.kind !== 'changed') return `${change.kind} ${change.where}`;
  const from = change.before === undefined ? '(none)' : JSON.stringify(change.before);
  const to = change.after === undefined ? '(none)' : JSON.stringify(change.after);
  return `changed ${change.where}: ${change.property} ${from} → ${to}`;
}
