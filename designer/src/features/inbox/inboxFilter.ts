import type { Me } from '../../api/auth';
import type { TaskFilter } from '../../api/tasks';
import { inboxPageSize } from './inboxPaging';

/** The inbox's filters as they stand in the address (so a reload or a shared link keeps them). */
export interface InboxChoice {
  /** `all` = mine and my groups' (the server's default), `mine`, or `group:x`. */
  show: string;
  overdue: boolean;
  stage: string;
  sort: 'due' | 'priority';
  /** The page of the list, from 1; a reload or a link to a task keeps it. */
  page: number;
}

export function choiceFromParams(params: URLSearchParams): InboxChoice {
  return {
    show: params.get('show') ?? 'all',
    overdue: params.get('overdue') === '1',
    stage: params.get('stage') ?? '',
    sort: params.get('sort') === 'priority' ? 'priority' : 'due',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
  };
}

export function choiceToParams(choice: InboxChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.show !== 'all') params.set('show', choice.show);
  if (choice.overdue) params.set('overdue', '1');
  if (choice.stage) params.set('stage', choice.stage);
  if (choice.sort !== 'due') params.set('sort', choice.sort);
  if (choice.page > 1) params.set('page', String(choice.page));
  return params;
}

/** The API query for a choice: "mine" is what is assigned to or claimed by the user, a group what is offered to it. */
export function toTaskFilter(choice: InboxChoice, me: Me, now: Date): TaskFilter {
  return {
    status: 'open',
    assignee: choice.show === 'mine' ? me.userName : choice.show.startsWith('group:') ? choice.show : undefined,
    dueBefore: choice.overdue ? now.toISOString() : undefined,
    stage: choice.stage || undefined,
    sort: choice.sort,
    page: choice.page,
    pageSize: inboxPageSize,
  };
}

/** The filters without the page: what the tasks seen so far belong to (see InboxList). */
export function filterKey(choice: InboxChoice): string {
  return choiceToParams({ ...choice, page: 1 }).toString();
}
