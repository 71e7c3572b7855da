import type { Position, Stage, Step } from '../lib/definition';

/** What Ctrl+C copied in the designer: steps of a stage or whole stages, with where they were. */
export type Copied =
  | { kind: 'steps'; items: { step: Step; position: Position }[] }
  | { kind: 'stages'; items: { stage: Stage; position: Position }[] };

// Kept for the page's lifetime (not the system clipboard), so copies move between stages and processes.
let copied: Copied | null = null;

export const clipboard = {
  get: (): Copied | null => copied,
  set: (value: Copied) => {
    copied = value;
  },
};
