import { BrowserRouter, Route, Routes } from 'react-router';

import { SessionProvider, useSession } from '@web/auth/session';
import { I18nProvider } from '@web/i18n/i18n';
import { AppShell } from '@web/layout/AppShell';
import { HomePage } from '@web/pages/HomePage';
import { LoginPage } from '@web/pages/LoginPage';

function SignedInRoutes() {
  const { user } = useSession();
  if (!user) return <LoginPage />;
  return (
    <Routes>
      <Route path="*" element={<HomePage />} />
    </Routes>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <AppShell>
            <SignedInRoutes />
          </AppShell>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
