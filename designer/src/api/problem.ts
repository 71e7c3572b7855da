/** An RFC 7807 problem as the server sends it for every error; `errors` maps a field or JSON Pointer to messages. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: Record<string, string[]>;
  /** Extra members some endpoints add (e.g. definition problems with line/column). */
  [key: string]: unknown;
}

/** Thrown by the API client for any non-2xx answer, carrying the server's ProblemDetails. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The messages for one field (form field name or JSON Pointer), or an empty list. */
  fieldErrors(field: string): string[] {
    return this.problem.errors?.[field] ?? [];
  }
}
