import { api } from './client';

export interface TemplateSummary {
  name: string;
  folder: string;
  hasText: boolean;
  updatedAt: string;
}

export interface TemplateView {
  name: string;
  html: string;
  text: string | null;
  updatedAt: string;
}

export interface PreviewRequest {
  name?: string;
  html: string;
  text?: string | null;
  engagementId?: string | null;
  data?: Record<string, unknown> | null;
}

export interface Preview {
  html: string;
  text: string;
  subject: string | null;
}

/** A template mistake where the editor can show it. */
export interface TemplateError {
  template: string;
  message: string;
  line: number;
  column: number;
}

/** Engagements to preview against (the list endpoint's page of summaries; only what the picker shows). */
export interface EngagementOption {
  id: string;
  clientName: string;
  clientCompany: string | null;
  stage: string | null;
}

const path = (name: string) => `/api/templates/${name.split('/').map(encodeURIComponent).join('/')}`;

export const templatesApi = {
  list: () => api.get<TemplateSummary[]>('/api/templates'),
  get: (name: string) => api.get<TemplateView>(path(name)),
  save: (name: string, html: string, text: string | null) => api.put<TemplateView>(path(name), { html, text }),
  preview: (body: PreviewRequest) => api.post<Preview>('/api/templates/preview', body),
  engagements: () => api.get<{ items: EngagementOption[] }>('/api/engagements?pageSize=50').then((page) => page.items),
};
