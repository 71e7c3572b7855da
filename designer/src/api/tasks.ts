import type { FormField, JsonValue } from '../forms/formField';
import { api, query } from './client';
import type { Page } from './page';

export type TaskStatus = 'open' | 'completed' | 'cancelled';
export type TaskPriority = 'low' | 'normal' | 'high' | 'urgent';
export type EngagementStatus = 'running' | 'waiting' | 'faulted' | 'completed' | 'cancelled';

/** A task as the inbox lists it (TaskSummary on the server). */
export interface TaskSummary {
  id: string;
  engagementId: string;
  stage: string;
  stepId: string;
  title: string;
  description: string | null;
  assigneeUser: string | null;
  assigneeGroup: string | null;
  claimedBy: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  createdAt: string;
  dueAt: string | null;
  completedAt: string | null;
  completedBy: string | null;
  outcome: string | null;
  clientName: string;
  clientCompany: string | null;
}

export interface EngagementState {
  id: string;
  stage: string | null;
  status: EngagementStatus;
}

export interface Outcome {
  name: string;
  label: string;
}

export interface TaskComment {
  id: number;
  author: string;
  text: string;
  createdAt: string;
}

/** A task with its form, outcomes, prefilled values and comments (TaskDetail on the server). */
export interface TaskDetail {
  task: TaskSummary;
  engagement: EngagementState;
  form: FormField[];
  outcomes: Outcome[];
  values: Record<string, JsonValue>;
  data: Record<string, JsonValue> | null;
  comments: TaskComment[];
  canWork: boolean;
}

export interface CompleteResponse {
  task: TaskSummary;
  engagement: EngagementState;
  openTasks: TaskSummary[];
}

/** The inbox's filters; see TaskQuery on the server. */
export interface TaskFilter {
  status?: 'open' | 'completed' | 'cancelled' | 'all';
  /** Omitted: mine and my groups'. A user name, `group:x` or `all`. */
  assignee?: string;
  stage?: string;
  dueBefore?: string;
  sort?: 'due' | 'priority' | 'created';
  page?: number;
  pageSize?: number;
}

export const tasksApi = {
  list: (filter: TaskFilter, signal?: AbortSignal) => api.get<Page<TaskSummary>>(`/api/tasks${query({ ...filter })}`, signal),
  get: (id: string, signal?: AbortSignal) => api.get<TaskDetail>(`/api/tasks/${id}`, signal),
  claim: (id: string) => api.post<TaskSummary>(`/api/tasks/${id}/claim`),
  unclaim: (id: string) => api.post<TaskSummary>(`/api/tasks/${id}/unclaim`),
  complete: (id: string, outcome: string, data: Record<string, JsonValue>) =>
    api.post<CompleteResponse>(`/api/tasks/${id}/complete`, { outcome, data }),
  reassign: (id: string, user: string) => api.post<TaskSummary>(`/api/tasks/${id}/reassign`, { user }),
  comment: (id: string, text: string) => api.post<TaskComment>(`/api/tasks/${id}/comments`, { text }),
};
