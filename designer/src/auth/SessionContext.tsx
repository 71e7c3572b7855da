import { createContext, useContext } from 'react';
import type { Me } from '../api/auth';

export interface Session {
  me: Me;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only valid below the shell, which renders nothing else until someone is signed in. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession used outside a signed-in page');
  return session;
}
