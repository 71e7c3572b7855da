import type { UserSummary } from '../../api/users';

export interface ReassignTarget {
  value: string;
  label: string;
}

/** Who a task can be handed to: each person (but the current holder), then each team (`group:x`) anyone is in. */
export function reassignTargets(users: readonly UserSummary[], holder: string | null): ReassignTarget[] {
  const people = users
    .filter((u) => u.userName !== holder)
    .map((u) => ({ value: u.userName, label: `${u.displayName} (${u.userName})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const groups = [...new Set(users.flatMap((u) => u.groups))].sort().map((g) => ({ value: `group:${g}`, label: `Team: ${g}` }));
  return [...people, ...groups];
}
