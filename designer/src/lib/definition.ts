/** The process definition format (workflows/workflow.schema.json), as the designer reads and writes it. */

export interface Position {
  x: number;
  y: number;
}

/** Where a path goes: to a step of the same stage (next) or out of the stage with an outcome (end). */
export interface Exit {
  next?: string;
  end?: string;
}

/** A task outcome or a client response: a named choice and where it leads. */
export interface Choice extends Exit {
  name: string;
  label?: string;
}

/** A decision branch, taken when its condition is true. */
export interface Case extends Exit {
  when: string;
}

export interface FormField {
  name: string;
  type: string;
  label?: string;
  required?: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  options?: string[];
  help?: string;
  default?: unknown;
}

export interface Form {
  fields?: FormField[];
}

/** A step; which properties apply depends on its type (the step-type metadata says which). */
export interface Step extends Exit {
  id: string;
  type: string;
  name?: string;
  outcomes?: Choice[];
  responses?: Choice[];
  cases?: Case[];
  otherwise?: Exit;
  onTimeout?: Exit;
  branches?: string[];
  join?: string;
  form?: Form;
  [property: string]: unknown;
}

export interface Stage {
  id: string;
  name?: string;
  description?: string;
  onEnter?: { emails?: string[] };
  start: string;
  steps: Step[];
}

/** When stage `from` ends with outcome `on`: enter stage `to`, or finish the engagement with a result. */
export interface Transition {
  from: string;
  on: string;
  to?: string;
  finish?: string;
}

/**
 * Designer coordinates, kept apart from the executable part: a stage's position on the process canvas, and its
 * steps' (and stage-end markers') positions on the stage's canvas. Keys starting with `finish:` place finish markers.
 */
export interface StageLayout extends Position {
  steps?: Record<string, Position>;
}

export type Layout = Record<string, StageLayout>;

export interface Definition {
  $schema?: string;
  schemaVersion: number;
  id: string;
  name: string;
  description?: string;
  variables?: Record<string, unknown>;
  start: string;
  stages: Stage[];
  transitions?: Transition[];
  layout?: Layout;
  [property: string]: unknown;
}

/** A fresh, deliberately incomplete process: the designer's validation then says what to add. */
export function newDefinition(id: string, name: string): Definition {
  return {
    $schema: './workflow.schema.json',
    schemaVersion: 1,
    id,
    name,
    start: '',
    stages: [],
    transitions: [],
    layout: {},
  };
}

/** Lower-case kebab-case from a display name: "Client onboarding" → "client-onboarding". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The first of `base-1`, `base-2`… not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function findStage(definition: Definition, stageId: string): Stage | undefined {
  return definition.stages.find((s) => s.id === stageId);
}

/** The outcomes a stage can end with: every `end` among its steps' exits, in first-seen order. */
export function stageOutcomes(stage: Stage): string[] {
  const outcomes: string[] = [];
  const add = (exit: Exit | undefined) => {
    if (exit?.end && !outcomes.includes(exit.end)) outcomes.push(exit.end);
  };
  for (const step of stage.steps) {
    add(step);
    step.outcomes?.forEach(add);
    step.responses?.forEach(add);
    step.cases?.forEach(add);
    add(step.otherwise);
    add(step.onTimeout);
  }
  return outcomes;
}
