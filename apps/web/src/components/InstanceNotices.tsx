import type { InstanceDto, InstanceView } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { useI18n } from '@web/i18n/i18n';

import { useLoad } from './use-load';

interface Notice {
  kind: 'changes' | 'missing';
  items: string[];
  note: string | null;
}

interface DueReport {
  kind: 'midterm' | 'final';
  status: string;
  dueAt: string;
  remindedAt: string | null;
}

const DAY = 86_400_000;

/** Change requests not yet answered, or the one-time notice that stands while a filing is in correction. */
function noticesOf(view: InstanceView, state: string): Notice[] {
  if (view.workflow === 'grant-approval') {
    return view.changeRequests.filter((request) => !request.answeredAt).map((request) => ({ kind: 'changes', ...request }));
  }
  if (view.workflow === 'enterprise-registration' && state.endsWith('correction')) {
    return view.notices.slice(-1).map((notice) => ({ kind: 'missing', ...notice }));
  }
  return [];
}

function dueReportsOf(view: InstanceView): DueReport[] {
  if (view.workflow !== 'grant-approval') return [];
  return Object.values(view.reports).flatMap((report) =>
    report.dueAt && report.status !== 'accepted' && report.status !== 'pending' ? [{ ...report, dueAt: report.dueAt }] : [],
  );
}

/** What the person must know now: change requests and one-time notices, reports due, days left. */
export function InstanceNotices({ instance }: { instance: InstanceDto }) {
  const { t } = useI18n();
  const notices = noticesOf(instance.view, instance.state);
  const reports = dueReportsOf(instance.view);
  // Report due dates move on by the time a grant was suspended: the grantee could not report meanwhile.
  const pausedDays = instance.view.workflow === 'grant-approval' ? instance.view.pausedDays : 0;
  return (
    <>
      {instance.view.workflow === 'grant-approval' && instance.status === 'suspended' && (
        <section className="notice warn" role="status" data-testid="suspension-notice">
          <strong>{t('grant.suspended')}</strong> {t('grant.suspendedReports')}
        </section>
      )}
      {instance.view.workflow === 'grant-approval' && instance.status !== 'suspended' && pausedDays > 0 && reports.length > 0 && (
        <p className="muted" data-testid="reports-postponed">
          {t('grant.reportsPostponed').replace('{days}', String(pausedDays))}
        </p>
      )}
      {notices.map((notice, index) => (
        <section key={index} className="notice warn" role="status">
          <strong>{notice.kind === 'changes' ? t('notice.changes') : t('notice.missing')}</strong>
          <ul>
            {notice.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {notice.note && <p className="muted">{notice.note}</p>}
        </section>
      ))}
      {reports.map((report) => {
        const days = Math.ceil((Date.parse(report.dueAt) - Date.now()) / DAY);
        return (
          <section key={report.kind} className={`notice ${days < 0 || report.status === 'overdue' ? 'danger' : 'warn'}`} role="status">
            <strong>{report.kind === 'midterm' ? t('report.midterm') : t('report.final')}</strong>{' '}
            {report.status === 'submitted'
              ? t('report.submitted')
              : days < 0
                ? t('report.overdue')
                : `${t('report.dueIn')} ${days} ${t('common.days')}（${new Date(report.dueAt).toLocaleDateString()}）`}
            {report.remindedAt && report.status !== 'submitted' && <span className="muted"> · {t('report.reminded')}</span>}
          </section>
        );
      })}
      {instance.view.workflow === 'enterprise-registration' && instance.status === 'active' && <DaysLeft id={instance.id} />}
    </>
  );
}

function DaysLeft({ id }: { id: string }) {
  const { t } = useI18n();
  const deadline = useLoad(() => client.get('/api/registrations/:id/deadline', { params: { id } }), id);
  if (!deadline.data) return null;
  const { workingDaysLeft, clockStopped, breached } = deadline.data;
  return (
    <section className={`notice ${breached ? 'danger' : 'info'}`} role="status" data-testid="days-left">
      <strong>{t('registration.deadline')}</strong>{' '}
      {breached ? t('registration.breached') : `${t('registration.daysLeft')} ${workingDaysLeft} ${t('registration.workingDays')}`}
      {clockStopped && <span className="muted"> · {t('registration.clockStopped')}</span>}
    </section>
  );
}
