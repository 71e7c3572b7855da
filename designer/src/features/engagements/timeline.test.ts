import type { DocumentSummary, EmailSummary } from '../../api/engagements';
import { entry } from './graph/journalFixture';
import { buildTimeline, describeData } from './timeline';

const email: EmailSummary = {
  id: 'm1', to: 'ada@example.com', subject: 'Welcome', template: 'emails/welcome', status: 'sent', attempts: 1,
  createdAt: '2026-03-01T09:00:01Z', nextAttemptAt: '2026-03-01T09:00:01Z', sentAt: '2026-03-01T09:05:00Z', lastError: null,
};
const document: DocumentSummary = { id: 'd1', name: 'proposal', version: 2, template: 'documents/proposal', createdAt: '2026-03-01T09:10:00Z', sentAt: null };

describe('buildTimeline', () => {
  const journal = [
    entry('engagementStarted', null, null, { at: '2026-03-01T09:00:00Z', data: { definition: 'client-engagement', version: 1 } }),
    entry('stageEntered', 'handoff', null, { at: '2026-03-01T09:00:00Z', data: { name: 'Handoff' } }),
    entry('emailQueued', 'handoff', null, { at: '2026-03-01T09:00:00Z', data: { template: 'emails/welcome' } }),
    entry('taskCreated', 'handoff', null, { at: '2026-03-01T09:00:00Z', data: { task: 't1', title: 'Contact Ada', assignee: 'account1' } }),
    entry('taskCompleted', 'handoff', 'contacted', { at: '2026-03-01T09:20:00Z', stepId: 'contact', data: { task: 't1', data: { needs: 'SEO', budget: null } } }),
    entry('stageExited', 'handoff', 'contacted', { at: '2026-03-01T09:20:00Z' }),
    entry('clientResponded', 'proposal', 'accept', { at: '2026-03-01T09:30:00Z', actor: 'client', data: { data: { comment: 'Looks good' } } }),
  ];

  it('tells the story newest first, keeping journal order within the same instant', () => {
    const items = buildTimeline(journal, [email], [document]);
    expect(items.map((i) => i.title)).toEqual([
      'Client answered: accept',
      'Completed: Contact Ada → contacted',
      'Document proposal (version 2)',
      'Email “Welcome” to ada@example.com',
      'Task: Contact Ada',
      'Entered stage Handoff',
      'Engagement started',
    ]);
  });

  it('shows what was submitted and answered, the email status and a link to the document', () => {
    const items = Object.fromEntries(buildTimeline(journal, [email], [document]).map((i) => [i.kind + ':' + i.title, i]));
    expect(items['task:Completed: Contact Ada → contacted']!.detail).toBe('needs: SEO');
    expect(items['answer:Client answered: accept']!.detail).toBe('comment: Looks good');
    expect(items['email:Email “Welcome” to ada@example.com']!.detail).toBe('sent');
    expect(items['document:Document proposal (version 2)']!.href).toBe('/api/documents/d1');
  });

  it('leaves the default outcome out, and names a task it has no title for by its step', () => {
    const done = entry('taskCompleted', 'brief', 'done', { stepId: 'capture', data: { task: 't9' } });
    expect(buildTimeline([done], [], [])[0]!.title).toBe('Completed: capture');
  });

  it('says why an email failed', () => {
    const failed = { ...email, status: 'failed' as const, sentAt: null, lastError: '550 mailbox unavailable' };
    expect(buildTimeline([], [failed], [])[0]!.detail).toBe('failed: 550 mailbox unavailable');
  });
});

describe('describeData', () => {
  it('lists the non-empty values, lists joined', () => {
    expect(describeData({ a: 'x', b: null, c: ['seo', 'ads'], d: 3 })).toBe('a: x; c: seo, ads; d: 3');
    expect(describeData(null)).toBeUndefined();
  });
});
