import { BrowserRouter, Route, Routes } from 'react-router';

import { SessionProvider, useSession } from '@web/auth/session';
import { I18nProvider } from '@web/i18n/i18n';
import { AppShell } from '@web/layout/AppShell';
import { HomePage } from '@web/pages/HomePage';
import { LoginPage } from '@web/pages/LoginPage';
import { InstancePage } from '@web/components/InstancePage';
import { RoleHome } from '@web/components/RoleHome';
import { ConsoleHome } from '@web/console/ConsoleHome';
import { FundsPage } from '@web/console/FundsPage';
import { InstancesPage } from '@web/console/InstancesPage';
import { JobsPage } from '@web/console/JobsPage';
import { ProgrammesPage } from '@web/console/ProgrammesPage';
import { UsersPage } from '@web/console/UsersPage';
import { CalendarPage } from '@web/console/CalendarPage';
import { InboxPage } from '@web/inbox/InboxPage';
import { NotificationsPage } from '@web/notifications/NotificationsPage';
import { DesignerListPage } from '@web/designer/DesignerListPage';
import { FormDesignerPage } from '@web/designer/FormDesignerPage';
import { FormFillPage } from '@web/forms/FormFillPage';
import { ApplyPage } from '@web/portal/ApplyPage';
import { PortalPage } from '@web/portal/PortalPage';
import { RegisterPage } from '@web/portal/RegisterPage';
import { FeedbackPage } from '@web/public/FeedbackPage';
import { GrantHistoryPage } from '@web/public/GrantHistoryPage';
import { PublicPage } from '@web/public/PublicPage';
import { TrackPage } from '@web/public/TrackPage';

function SignedInRoutes() {
  const { user } = useSession();
  if (!user) return <LoginPage />;
  return (
    <Routes>
      <Route path="/" element={<RoleHome />} />
      <Route path="/home" element={<HomePage />} />
      <Route path="/portal" element={<PortalPage />} />
      <Route path="/portal/apply/:programmeId" element={<ApplyPage />} />
      <Route path="/portal/register" element={<RegisterPage />} />
      <Route path="/portal/items/:id" element={<InstancePage back="/portal" />} />
      <Route path="/inbox" element={<InboxPage />} />
      <Route path="/inbox/file-for-founder" element={<RegisterPage onBehalf />} />
      <Route path="/inbox/:id" element={<InstancePage back="/inbox" />} />
      <Route path="/items/:id" element={<InstancePage back="/notifications" />} />
      <Route path="/notifications" element={<NotificationsPage />} />
      <Route path="/console" element={<ConsoleHome />} />
      <Route path="/console/instances" element={<InstancesPage />} />
      <Route path="/console/instances/:id" element={<InstancePage back="/console/instances" withChart />} />
      <Route path="/console/jobs" element={<JobsPage />} />
      <Route path="/console/funds" element={<FundsPage />} />
      <Route path="/console/programmes" element={<ProgrammesPage />} />
      <Route path="/console/users" element={<UsersPage />} />
      <Route path="/console/calendar" element={<CalendarPage />} />
      <Route path="/designer" element={<DesignerListPage />} />
      <Route path="/designer/:key" element={<FormDesignerPage />} />
      <Route path="/forms/fill/:workflow" element={<FormFillPage />} />
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
            {/* The transparency pages and feedback need no sign-in. */}
            <Routes>
              <Route path="/public" element={<PublicPage />} />
              <Route path="/public/grants/:id" element={<GrantHistoryPage />} />
              <Route path="/public/feedback" element={<FeedbackPage />} />
              <Route path="/public/track" element={<TrackPage />} />
              <Route path="/public/track/:code" element={<TrackPage />} />
              <Route path="*" element={<SignedInRoutes />} />
            </Routes>
          </AppShell>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
