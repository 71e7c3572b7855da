import type { JournalEntry, JournalKind } from '../../../api/engagements';

/** Journal entries for tests, numbered and a second apart in the order they are made. */
let id = 0;
export const entry = (kind: JournalKind, stage: string | null, outcome: string | null = null, extra: Partial<JournalEntry> = {}): JournalEntry => ({
  id: ++id,
  at: new Date(Date.UTC(2026, 2, 1, 9, 0, id)).toISOString(),
  kind,
  stage,
  stepId: null,
  actor: 'account1',
  outcome,
  data: null,
  ...extra,
});
