import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import type { SessionUserDto } from '@yilin/contracts';

import { client, onSessionEnded, sessionToken } from '@web/api/api-client';

interface Session {
  user: SessionUserDto | null;
  signIn(username: string, password: string): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);
const USER_KEY = 'yilin.user';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUserDto | null>(() => {
    const stored = localStorage.getItem(USER_KEY);
    return stored && sessionToken.get() ? (JSON.parse(stored) as SessionUserDto) : null;
  });
  const signIn = useCallback(async (username: string, password: string) => {
    const response = await client.post('/api/auth/login', { body: { username, password } });
    sessionToken.set(response.accessToken);
    localStorage.setItem(USER_KEY, JSON.stringify(response.user));
    setUser(response.user);
  }, []);
  const forget = useCallback(() => {
    sessionToken.set(null);
    localStorage.removeItem(USER_KEY);
    setUser(null);
  }, []);
  const signOut = useCallback(() => {
    // The engine ends the session for every device; this browser forgets it even when that call fails.
    void client.post('/api/auth/logout').catch(() => undefined).finally(forget);
  }, [forget]);
  // A 401 on any call means the session ended: show the sign-in page.
  useEffect(() => onSessionEnded(forget), [forget]);
  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}
