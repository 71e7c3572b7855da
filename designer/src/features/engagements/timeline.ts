import type { DocumentSummary, EmailSummary, JournalEntry } from '../../api/engagements';
import type { JsonValue } from '../../forms/formField';

export type TimelineKind = 'start' | 'stage' | 'task' | 'answer' | 'signal' | 'timer' | 'email' | 'document' | 'incident' | 'end';

/** One line of the engagement's story. */
export interface TimelineItem {
  key: string;
  at: string;
  kind: TimelineKind;
  title: string;
  detail?: string;
  actor?: string;
  /** A link to open (a document's HTML). */
  href?: string;
}

function text(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(text).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `field: value; …` for submitted data, leaving out empty fields. */
export function describeData(data: JsonValue | undefined): string | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const parts = Object.entries(data)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${text(v)}`);
  return parts.length ? parts.join('; ') : undefined;
}

function fromJournal(e: JournalEntry, titles: Map<string, string>): TimelineItem | null {
  const base = { key: `j${e.id}`, at: e.at, actor: e.actor ?? undefined };
  const data = e.data ?? {};
  switch (e.kind) {
    case 'engagementStarted':
      return { ...base, kind: 'start', title: 'Engagement started', detail: data.version != null ? `${text(data.definition)} version ${text(data.version)}` : undefined };
    case 'stageEntered':
      return { ...base, kind: 'stage', title: `Entered stage ${text(data.name) || e.stage || ''}` };
    case 'taskCreated':
      return { ...base, kind: 'task', title: `Task: ${text(data.title)}`, detail: `for ${text(data.assignee)}` };
    case 'taskClaimed':
      return { ...base, kind: 'task', title: `Task ${e.stepId ?? ''} claimed` };
    case 'taskReleased':
      return { ...base, kind: 'task', title: `Task ${e.stepId ?? ''} given back to its group` };
    case 'taskReassigned':
      return { ...base, kind: 'task', title: `Task ${e.stepId ?? ''} reassigned`, detail: describeData(data) };
    case 'taskCompleted':
      return {
        ...base,
        kind: 'task',
        title: `Completed: ${titles.get(text(data.task)) ?? e.stepId ?? 'task'}${e.outcome && e.outcome !== 'done' ? ` → ${e.outcome}` : ''}`,
        detail: describeData(data.data),
      };
    case 'taskCancelled':
      return { ...base, kind: 'task', title: `Task ${e.stepId ?? ''} withdrawn` };
    case 'clientResponded':
      return { ...base, kind: 'answer', title: `Client answered${e.outcome ? `: ${e.outcome}` : ''}`, detail: describeData(data.data) };
    case 'signalReceived':
      return { ...base, kind: 'signal', title: `Signal ${e.outcome ?? ''} received`, detail: describeData(data.data) };
    case 'timerFired':
      return { ...base, kind: 'timer', title: e.outcome === 'timeout' ? `Waited too long at ${e.stepId ?? ''}` : `Timer ${e.stepId ?? ''} fired` };
    case 'incidentRaised':
      return { ...base, kind: 'incident', title: `Incident at ${e.stepId ?? ''}`, detail: text(data.message) };
    case 'incidentResolved':
      return { ...base, kind: 'incident', title: `Incident at ${e.stepId ?? ''} resolved`, detail: data.reason ? text(data.reason) : undefined };
    case 'engagementCompleted':
      return { ...base, kind: 'end', title: `Engagement finished${e.outcome ? `: ${e.outcome}` : ''}` };
    case 'engagementCancelled':
      return { ...base, kind: 'end', title: 'Engagement cancelled', detail: text(data.reason) || undefined };
    default:
      // Stage exits, step completions, variable changes repeat what the lines around them say; documents and
      // emails come from their own lists, which know whether they were sent.
      return null;
  }
}

function fromEmail(m: EmailSummary): TimelineItem {
  const status = m.status === 'sent' ? 'sent' : m.status === 'failed' ? `failed: ${m.lastError ?? 'refused'}` : `waiting to be sent (attempt ${m.attempts + 1})`;
  return { key: `e${m.id}`, at: m.sentAt ?? m.createdAt, kind: 'email', title: `Email “${m.subject}” to ${m.to}`, detail: status };
}

function fromDocument(d: DocumentSummary): TimelineItem {
  return {
    key: `d${d.id}`,
    at: d.createdAt,
    kind: 'document',
    title: `Document ${d.name} (version ${d.version})`,
    detail: d.sentAt ? 'sent to the client' : 'not sent yet',
    href: `/api/documents/${d.id}`,
  };
}

/** The engagement's timeline, newest first: its journal, the emails sent, the documents made and the client's answers. */
export function buildTimeline(journal: readonly JournalEntry[], emails: readonly EmailSummary[], documents: readonly DocumentSummary[]): TimelineItem[] {
  // A completion names its task by id; the task's title is in the entry that created it.
  const titles = new Map(journal.flatMap((e) => (e.kind === 'taskCreated' && e.data ? [[text(e.data.task), text(e.data.title)] as const] : [])));
  const items = [
    ...journal.map((e) => fromJournal(e, titles)).filter((i): i is TimelineItem => i !== null),
    ...emails.map(fromEmail),
    ...documents.map(fromDocument),
  ];
  // Stable: items at the same instant keep journal order (a stage is entered before its task is created).
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(b.item.at) - Date.parse(a.item.at) || b.index - a.index)
    .map(({ item }) => item);
}
