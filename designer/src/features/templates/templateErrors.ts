import type { TemplateError } from '../../api/templates';
import { ApiError } from '../../api/problem';

/** The line/column errors a template answer carries, or one general error for anything else. */
export function templateErrorsOf(error: unknown): { errors: TemplateError[]; message: string | null } {
  if (error instanceof ApiError) {
    const listed = error.problem.templateErrors;
    if (Array.isArray(listed)) return { errors: listed as TemplateError[], message: error.problem.detail ?? error.message };
    return { errors: [], message: error.message };
  }
  return { errors: [], message: String(error) };
}
