import { type ComponentType, lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';

import { SessionProvider, useSession } from '@web/auth/session';
import { I18nProvider } from '@web/i18n/i18n';
import { AppShell } from '@web/layout/AppShell';
import { LoginPage } from '@web/pages/LoginPage';
import { Loading } from '@web/components/LoadState';

// Each page loads when first opened: a visitor of the public pages never downloads the console, the form
// designer or the form renderer.
function page<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = page(() => import('@web/pages/HomePage'), 'HomePage');
const InstancePage = page(() => import('@web/components/InstancePage'), 'InstancePage');
const RoleHome = page(() => import('@web/components/RoleHome'), 'RoleHome');
const ConsoleHome = page(() => import('@web/console/ConsoleHome'), 'ConsoleHome');
const FundsPage = page(() => import('@web/console/FundsPage'), 'FundsPage');
const InstancesPage = page(() => import('@web/console/InstancesPage'), 'InstancesPage');
const JobsPage = page(() => import('@web/console/JobsPage'), 'JobsPage');
const ProgrammesPage = page(() => import('@web/console/ProgrammesPage'), 'ProgrammesPage');
const UsersPage = page(() => import('@web/console/UsersPage'), 'UsersPage');
const CalendarPage = page(() => import('@web/console/CalendarPage'), 'CalendarPage');
const InboxPage = page(() => import('@web/inbox/InboxPage'), 'InboxPage');
const NotificationsPage = page(() => import('@web/notifications/NotificationsPage'), 'NotificationsPage');
const DesignerListPage = page(() => import('@web/designer/DesignerListPage'), 'DesignerListPage');
const FormDesignerPage = page(() => import('@web/designer/FormDesignerPage'), 'FormDesignerPage');
const FormFillPage = page(() => import('@web/forms/FormFillPage'), 'FormFillPage');
const ApplyPage = page(() => import('@web/portal/ApplyPage'), 'ApplyPage');
const PortalPage = page(() => import('@web/portal/PortalPage'), 'PortalPage');
const RegisterPage = page(() => import('@web/portal/RegisterPage'), 'RegisterPage');
const FeedbackPage = page(() => import('@web/public/FeedbackPage'), 'FeedbackPage');
const GrantHistoryPage = page(() => import('@web/public/GrantHistoryPage'), 'GrantHistoryPage');
const PublicPage = page(() => import('@web/public/PublicPage'), 'PublicPage');
const TrackPage = page(() => import('@web/public/TrackPage'), 'TrackPage');

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
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/public" element={<PublicPage />} />
                <Route path="/public/grants/:id" element={<GrantHistoryPage />} />
                <Route path="/public/feedback" element={<FeedbackPage />} />
                <Route path="/public/track" element={<TrackPage />} />
                <Route path="/public/track/:code" element={<TrackPage />} />
                <Route path="*" element={<SignedInRoutes />} />
              </Routes>
            </Suspense>
          </AppShell>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
