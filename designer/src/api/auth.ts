import { api, setCsrfToken } from './client';

/** The signed-in staff member, as GET /api/auth/me describes them. */
export interface Me {
  userName: string;
  displayName: string;
  roles: string[];
  groups: string[];
  kind: 'user' | 'token';
}

interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export async function signIn(username: string, password: string): Promise<Me> {
  const session = await api.post<SessionResponse>('/api/auth/login', { username, password });
  setCsrfToken(session.csrfToken);
  return session.user;
}

/** The current session after a page load, or null when nobody is signed in. */
export async function resumeSession(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/auth/me');
    const csrf = await api.get<{ token: string }>('/api/auth/csrf');
    setCsrfToken(csrf.token);
    return me;
  } catch {
    return null;
  }
}

export async function signOut(): Promise<void> {
  await api.post<void>('/api/auth/logout');
  setCsrfToken(null);
}
