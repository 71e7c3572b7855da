import { api } from './client';

/** A member of staff tasks can be given to and engagements owned by. */
export interface UserSummary {
  userName: string;
  displayName: string;
  roles: string[];
  groups: string[];
}

export const usersApi = {
  list: (signal?: AbortSignal) => api.get<UserSummary[]>('/api/users', signal),
};
