import { api } from './client';

/** Which editor the property panel shows (the server's PropertyKinds). */
export type PropertyKind =
  | 'text' | 'textTemplate' | 'expression' | 'choice' | 'duration' | 'userOrRole' | 'template' | 'documentName'
  | 'documents' | 'form' | 'choices' | 'cases' | 'exit' | 'stepRef' | 'stepRefs' | 'outcome' | 'variableMap';

export interface StepPropertyInfo {
  name: string;
  label: string;
  kind: PropertyKind;
  required: boolean;
  help: string | null;
  options: string[] | null;
  /** Properties sharing a group are alternatives: setting one clears the others. */
  group: string | null;
  folder: string | null;
}

export interface StepTypeInfo {
  type: string;
  label: string;
  category: string;
  description: string;
  waits: boolean;
  properties: StepPropertyInfo[];
}

export const stepTypesApi = {
  list: () => api.get<StepTypeInfo[]>('/api/step-types'),
};
