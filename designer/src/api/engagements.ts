import type { JsonValue } from '../forms/formField';
import { api, query } from './client';
import type { Page } from './page';
import type { EngagementState, EngagementStatus, TaskSummary } from './tasks';

/** An engagement in a list (EngagementSummary on the server). */
export interface EngagementSummary {
  id: string;
  definitionId: string;
  definitionVersion: number;
  clientName: string;
  clientCompany: string | null;
  clientEmail: string | null;
  owner: string | null;
  stage: string | null;
  status: EngagementStatus;
  result: string | null;
  nextDueAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WaitView {
  id: string;
  kind: 'timer' | 'clientResponse' | 'signal';
  name: string | null;
  stage: string;
  stepId: string;
  dueAt: string | null;
  createdAt: string;
}

export interface DocumentSummary {
  id: string;
  name: string;
  version: number;
  template: string;
  createdAt: string;
  sentAt: string | null;
}

export interface EmailSummary {
  id: string;
  to: string;
  subject: string;
  template: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export interface IncidentView {
  id: string;
  stage: string;
  stepId: string;
  message: string;
  raisedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  attempts: number;
  emailId: string | null;
}

export interface EngagementDetail {
  engagement: EngagementSummary;
  stageEnteredAt: string | null;
  completedAt: string | null;
  variables: Record<string, JsonValue>;
  openTasks: TaskSummary[];
  waits: WaitView[];
  documents: DocumentSummary[];
  emails: EmailSummary[];
  incidents: IncidentView[];
}

export type JournalKind =
  | 'engagementStarted'
  | 'stageEntered'
  | 'stageExited'
  | 'stepCompleted'
  | 'taskCreated'
  | 'taskClaimed'
  | 'taskReleased'
  | 'taskReassigned'
  | 'taskCompleted'
  | 'taskCancelled'
  | 'timerFired'
  | 'clientResponded'
  | 'signalReceived'
  | 'variablesChanged'
  | 'documentRendered'
  | 'emailQueued'
  | 'emailSent'
  | 'emailFailed'
  | 'incidentRaised'
  | 'incidentResolved'
  | 'engagementCompleted'
  | 'engagementCancelled';

export interface JournalEntry {
  id: number;
  at: string;
  kind: JournalKind;
  stage: string | null;
  stepId: string | null;
  actor: string | null;
  outcome: string | null;
  data: Record<string, JsonValue> | null;
}

export interface ProcessStep {
  id: string;
  type: string;
  name: string | null;
}

export interface ProcessStage {
  id: string;
  name: string;
  description: string | null;
  start: string | null;
  steps: ProcessStep[];
}

export interface ProcessTransition {
  from: string;
  on: string;
  to: string | null;
  finish: string | null;
}

/** The map of the process version an engagement runs (GET /api/engagements/{id}/process). */
export interface ProcessView {
  definitionId: string;
  version: number;
  name: string;
  start: string | null;
  stages: ProcessStage[];
  transitions: ProcessTransition[];
  /** Designer coordinates per stage id, when the definition has them. */
  layout: Record<string, JsonValue> | null;
}

export interface EngagementFilter {
  status?: string;
  stage?: string;
  owner?: string;
  client?: string;
  overdue?: boolean;
  page?: number;
  pageSize?: number;
}

/** What Sales knows when it hands a client over (HandoffRequest on the server). */
export interface HandoffRequest {
  client: { name: string; company: string; email: string; phone?: string };
  owner?: string;
  notes?: string;
  budget?: number;
  currency?: string;
}

export const engagementsApi = {
  list: (filter: EngagementFilter, signal?: AbortSignal) =>
    api.get<Page<EngagementSummary>>(`/api/engagements${query({ ...filter, overdue: filter.overdue || undefined })}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<EngagementDetail>(`/api/engagements/${id}`, signal),
  journal: (id: string, signal?: AbortSignal) => api.get<JournalEntry[]>(`/api/engagements/${id}/journal?limit=1000`, signal),
  process: (id: string, signal?: AbortSignal) => api.get<ProcessView>(`/api/engagements/${id}/process`, signal),
  handoff: (request: HandoffRequest) => api.post<{ id: string }>('/api/engagements', request),
  retryIncident: (id: string, incidentId: string) => api.post<EngagementState>(`/api/engagements/${id}/incidents/${incidentId}/retry`),
};
