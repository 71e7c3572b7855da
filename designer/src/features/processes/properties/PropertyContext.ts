import type { TemplateSummary } from '../../../api/templates';

/** What the generated editors choose from: the stage's step ids and the server's templates. */
export interface PropertyContext {
  stepIds: string[];
  templates: TemplateSummary[];
}

/** Assignee suggestions: the server's roles and groups (Security/Roles, the seeded groups). */
export const ASSIGNEE_SUGGESTIONS = [
  'role:account', 'role:manager', 'role:operations', 'role:admin', 'group:creative', 'group:planning', 'group:production',
];

export const NUMERIC_FIELD_TYPES = ['number', 'integer', 'money', 'rating'];
export const OPTION_FIELD_TYPES = ['choice', 'multichoice'];
