import type { InstanceDto } from '@yilin/contracts';

import { api } from '@web/api/api-client';
import { useI18n } from '@web/i18n/i18n';

import { useLoad } from './use-load';

interface Notice {
  items: string[];
  note?: string | null;
  at: string;
  answeredAt?: string | null;
}

interface Report {
  kind: 'midterm' | 'final';
  status: string;
  dueAt: string | null;
  remindedAt: string | null;
}

interface Suspension {
  suspendedAt: string;
  resumedAt: string | null;
}

interface Deadline {
  workingDaysLeft: number;
  deadlineAt: string | null;
  clockStopped: boolean;
  breached: boolean;
}

const DAY = 86_400_000;

/** What the person must know now: change requests and one-time notices, reports due, days left. */
export function InstanceNotices({ instance }: { instance: InstanceDto }) {
  const { t } = useI18n();
  const context = instance.context;
  // Grant change requests record their answer; a registration's notice stands while it is in correction.
  const notices =
    instance.workflow === 'enterprise-registration'
      ? instance.state.endsWith('correction')
        ? ((context.notices ?? []) as Notice[]).slice(-1)
        : []
      : ((context.changeRequests ?? []) as Notice[]).filter((n) => !n.answeredAt);
  const reports = Object.values((context.reports ?? {}) as Record<string, Report>).filter((r) => r.dueAt && r.status !== 'accepted' && r.status !== 'pending');
  // Report due dates move on by the time a grant was suspended: the grantee could not report meanwhile.
  const pausedDays = ((context.suspensions ?? []) as Suspension[])
    .filter((s) => s.resumedAt)
    .reduce((days, s) => days + Math.round((Date.parse(s.resumedAt as string) - Date.parse(s.suspendedAt)) / DAY), 0);
  return (
    <>
      {instance.workflow === 'grant-approval' && instance.status === 'suspended' && (
        <section className="notice warn" role="status" data-testid="suspension-notice">
          <strong>{t('grant.suspended')}</strong> {t('grant.suspendedReports')}
        </section>
      )}
      {instance.workflow === 'grant-approval' && instance.status !== 'suspended' && pausedDays > 0 && reports.length > 0 && (
        <p className="muted" data-testid="reports-postponed">
          {t('grant.reportsPostponed').replace('{days}', String(pausedDays))}
        </p>
      )}
      {notices.map((notice, index) => (
        <section key={index} className="notice warn" role="status">
          <strong>{instance.workflow === 'grant-approval' ? t('notice.changes') : t('notice.missing')}</strong>
          <ul>
            {notice.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {notice.note && <p className="muted">{notice.note}</p>}
        </section>
      ))}
      {reports.map((report) => {
        const days = Math.ceil((Date.parse(report.dueAt!) - Date.now()) / DAY);
        return (
          <section key={report.kind} className={`notice ${days < 0 || report.status === 'overdue' ? 'danger' : 'warn'}`} role="status">
            <strong>{report.kind === 'midterm' ? t('report.midterm') : t('report.final')}</strong>{' '}
            {report.status === 'submitted'
              ? t('report.submitted')
              : days < 0
                ? t('report.overdue')
                : `${t('report.dueIn')} ${days} ${t('common.days')}（${new Date(report.dueAt!).toLocaleDateString()}）`}
            {report.remindedAt && report.status !== 'submitted' && <span className="muted"> · {t('report.reminded')}</span>}
          </section>
        );
      })}
      {instance.workflow === 'enterprise-registration' && instance.status === 'active' && <DaysLeft id={instance.id} />}
    </>
  );
}

function DaysLeft({ id }: { id: string }) {
  const { t } = useI18n();
  const deadline = useLoad(() => api<Deadline>(`/registrations/${id}/deadline`), id);
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
