import type { Definition } from '../lib/definition';
import type { Problem as DefinitionProblem } from '../lib/pointer';
import { api, request } from './client';

export type { DefinitionProblem };

/** A process in the list: its draft's state and its newest live version. */
export interface DefinitionSummary {
  id: string;
  name: string;
  draftRevision: number | null;
  draftUpdatedAt: string | null;
  draftUpdatedBy: string | null;
  latestVersion: number | null;
  latestPublishedAt: string | null;
  versionCount: number;
}

export interface VersionSummary {
  version: number;
  name: string;
  publishedAt: string;
  publishedBy: string | null;
  note: string | null;
  retractedAt: string | null;
  retractedBy: string | null;
}

/** A draft too broken to parse comes back as its text. */
export interface DraftView {
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
  definition: Definition | string | null;
  problems: DefinitionProblem[];
}

export interface VersionDetail {
  version: VersionSummary;
  definition: Definition | string | null;
}

export interface DefinitionDetail {
  id: string;
  draft: DraftView | null;
  published: VersionDetail | null;
  versions: VersionSummary[];
}

export interface DraftSaved {
  id: string;
  revision: number;
  valid: boolean;
  problems: DefinitionProblem[];
}

export interface Validation {
  valid: boolean;
  problems: DefinitionProblem[];
}

const base = '/api/definitions';
const enc = encodeURIComponent;

export const definitionsApi = {
  list: () => api.get<DefinitionSummary[]>(base),
  get: (id: string) => api.get<DefinitionDetail>(`${base}/${enc(id)}`),
  version: (id: string, version: number) => api.get<VersionDetail>(`${base}/${enc(id)}/versions/${version}`),
  saveDraft: (definition: Definition, revision?: number) =>
    request<DraftSaved>('PUT', `${base}/${enc(definition.id)}/draft${revision ? `?revision=${revision}` : ''}`, definition),
  publish: (id: string, note: string) => api.post<VersionSummary>(`${base}/${enc(id)}/publish`, { note: note || null }),
  retract: (id: string, version?: number) => api.post<{ id: string; version: number; retracted: boolean }>(`${base}/${enc(id)}/retract`, { version }),
  validate: (definition: Definition, signal?: AbortSignal) => request<Validation>('POST', `${base}/validate`, definition, signal),
};
