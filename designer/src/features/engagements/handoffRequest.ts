import type { HandoffRequest } from '../../api/engagements';

/** The handoff form as typed. */
export interface HandoffDraft {
  name: string;
  company: string;
  email: string;
  phone: string;
  owner: string;
  notes: string;
  budget: string;
  currency: string;
}

/** The handoff as the server wants it: empty optional fields left out, the budget as a number when it reads as one. */
export function toHandoffRequest(draft: HandoffDraft): HandoffRequest {
  const optional = (text: string) => text.trim() || undefined;
  const budget = draft.budget.trim();
  return {
    client: { name: draft.name.trim(), company: draft.company.trim(), email: draft.email.trim(), phone: optional(draft.phone) },
    owner: optional(draft.owner),
    notes: optional(draft.notes),
    budget: budget && Number.isFinite(Number(budget)) ? Number(budget) : undefined,
    currency: optional(draft.currency.toUpperCase()),
  };
}
