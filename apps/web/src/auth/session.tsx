import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

import type { LoginResponse, SessionUserDto } from '@yilin/contracts';

import { api, sessionToken } from '@web/api/api-client';

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
    const response = await api<LoginResponse>('/auth/login', { method: 'POST', body: { username, password } });
    sessionToken.set(response.accessToken);
    localStorage.setItem(USER_KEY, JSON.stringify(response.user));
    setUser(response.user);
  }, []);
  const signOut = useCallback(() => {
    sessionToken.set(null);
    localStorage.removeItem(USER_KEY);
    setUser(null);
  }, []);
  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}
