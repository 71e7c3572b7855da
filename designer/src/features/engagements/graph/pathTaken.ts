import type { JournalEntry } from '../../../api/engagements';

/** Where an engagement has been, read from its journal. */
export interface PathTaken {
  /** Stages in the order they were entered; a stage entered twice (a second proposal round) appears twice. */
  entered: string[];
  /** Transitions taken, as `from|outcome`. */
  taken: Set<string>;
  /** The result the engagement finished with, if it did. */
  finish: string | null;
}

export const transitionKey = (from: string, on: string) => `${from}|${on}`;

export function pathTaken(journal: readonly JournalEntry[]): PathTaken {
  const entered: string[] = [];
  const taken = new Set<string>();
  let finish: string | null = null;
  for (const entry of [...journal].sort((a, b) => a.id - b.id)) {
    if (entry.kind === 'stageEntered' && entry.stage) entered.push(entry.stage);
    else if (entry.kind === 'stageExited' && entry.stage && entry.outcome) taken.add(transitionKey(entry.stage, entry.outcome));
    else if (entry.kind === 'engagementCompleted') finish = entry.outcome;
  }
  return { entered, taken, finish };
}
