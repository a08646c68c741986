import type { ReactNode } from 'react';

import type { GrantApprovalView, InstanceView, RegistrationView, SupervisoryReviewView } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';
import { MESSAGES, type MessageKey } from '@web/i18n/messages';

import { FormValues } from './FormValues';
import { formatFen } from './money.util';
import { personLabel } from './person.util';

type Row = [label: string, value: ReactNode];

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '');

/** A value the engine keeps as a code (`approved`, `no-issue`) in the caller's words; the code if none is known. */
function useWords() {
  const { t } = useI18n();
  return (prefix: string, code: string) => {
    const key = `${prefix}.${code}`;
    return key in MESSAGES ? t(key as MessageKey) : code;
  };
}

function Rows({ rows }: { rows: Row[] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false);
  return (
    <dl className="data-view">
      {shown.map(([label, value]) => (
        <div key={label} className="data-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function GrantInWords({ view }: { view: GrantApprovalView }) {
  const { t } = useI18n();
  const words = useWords();
  const person = (p: Parameters<typeof personLabel>[0]) => personLabel(p, t);
  return (
    <Rows
      rows={[
        [t('view.programme'), view.programme.title],
        [t('view.amount'), view.amount !== null ? formatFen(view.amount) : null],
        [t('view.submittedAt'), when(view.submittedAt)],
        [t('view.application'), view.application ? <FormValues submitted={view.application} words={{ programmeId: { label: t('view.programme'), text: view.programme.title } }} /> : <span className="muted">{t('view.draftHidden')}</span>],
        [t('view.reviewers'), view.review.reviewers.map(person).join('、')],
        [
          t('view.scores'),
          view.review.scores.length ? (
            <ul className="data-list" data-testid="review-scores">
              {view.review.scores.map((score, index) => (
                <li key={index}>
                  <strong>{person(score.reviewer)}</strong>
                  <FormValues submitted={score.submitted} />
                </li>
              ))}
            </ul>
          ) : view.review.reviewers.length ? (
            `${t('view.scored')} ${view.review.scored}/${view.review.reviewers.length}`
          ) : null,
        ],
        [
          t('view.directorDecision'),
          view.directorDecision &&
            `${person(view.directorDecision.director)}：${t(view.directorDecision.choice === 'approve' ? 'council.approve' : 'council.reject')}${view.directorDecision.note ? ` · ${view.directorDecision.note}` : ''}`,
        ],
        [t('view.outcome'), view.outcome && `${words('view.result', view.outcome.result)}${view.outcome.reason ? ` · ${view.outcome.reason}` : ''}`],
        [t('view.reserved'), view.reservation && formatFen(view.reservation.amount)],
        [
          t('view.tranches'),
          view.tranches.length
            ? view.tranches.map((tranche) => `${tranche.percent}% ${formatFen(tranche.amount)} ${tranche.disbursedAt ? `✓ ${when(tranche.disbursedAt)}` : t('view.notDisbursed')}`).join('；')
            : null,
        ],
        [t('view.disbursed'), view.disbursed ? formatFen(view.disbursed) : null],
        [
          t('view.reports'),
          Object.values(view.reports).some((report) => report.submissions.length) ? (
            <ul className="data-list">
              {Object.values(view.reports).flatMap((report) =>
                report.submissions.map((sent, index) => (
                  <li key={`${report.kind}-${index}`}>
                    <strong>{t(report.kind === 'midterm' ? 'report.midterm' : 'report.final')}</strong> · {when(sent.at)}
                    <FormValues submitted={sent.submitted} />
                  </li>
                )),
              )}
            </ul>
          ) : null,
        ],
        [t('view.suspension'), view.suspension && (view.suspension.reason ?? t('view.suspended'))],
        [t('view.released'), view.closure && formatFen(view.closure.released)],
      ]}
    />
  );
}

function RegistrationInWords({ view }: { view: RegistrationView }) {
  const { t } = useI18n();
  const words = useWords();
  return (
    <Rows
      rows={[
        [t('view.enterpriseName'), view.enterpriseName],
        [t('view.founder'), personLabel(view.founder, t)],
        [t('view.filedBy'), `${t(view.filedBy === 'staff' ? 'view.filedBy.staff' : 'view.filedBy.founder')}${view.filedByStaff ? ` · ${personLabel(view.filedByStaff, t)}` : ''}`],
        [t('view.filing'), <FormValues submitted={view.filing} />],
        [t('view.registrationNo'), view.registrationNo],
        [t('view.decision'), view.decision && `${words('view.decision', view.decision.outcome)}${view.decision.reason ? ` · ${view.decision.reason}` : ''}`],
        [t('view.certification'), view.certification && <FormValues submitted={view.certification.application} />],
        [
          t('view.assessments'),
          view.certification?.assessments?.length ? (
            <ul className="data-list">
              {view.certification.assessments.map((assessment, index) => (
                <li key={index}>
                  <strong>{personLabel(assessment.by, t)}</strong>
                  <FormValues submitted={assessment.submitted} />
                </li>
              ))}
            </ul>
          ) : null,
        ],
      ]}
    />
  );
}

function ReviewInWords({ view }: { view: SupervisoryReviewView }) {
  const { t } = useI18n();
  const words = useWords();
  const contact = view.contact && [view.contact.name, view.contact.phone, view.contact.email].filter(Boolean).join(' · ');
  return (
    <Rows
      rows={[
        [t('view.trackingCode'), view.trackingCode],
        [t('view.source'), t(`view.source.${view.source}`)],
        [t('view.raisedBy'), view.raisedBy && personLabel(view.raisedBy, t)],
        [t('view.raised'), Object.keys(view.raised.values).length ? <FormValues submitted={view.raised} /> : null],
        [t('view.contact'), contact],
        [t('view.assignee'), view.assignee && personLabel(view.assignee, t)],
        [t('view.infoRequests'), view.infoRequests.map((request) => `${request.questions.join('；')}${request.answer?.text ? ` → ${request.answer.text}` : ''}`).join('\n')],
        [
          t('view.findings'),
          view.findings &&
            `${words('view.findings', view.findings.outcome)}${view.findings.riskLevel ? `（${words('view.risk', view.findings.riskLevel)}）` : ''}${view.findings.summary ? ` · ${view.findings.summary}` : ''}`,
        ],
        [t('view.rectification'), view.rectification.orders.map((order) => order.requirements).filter(Boolean).join('；')],
      ]}
    />
  );
}

/** The instance in words for whoever reads it: labels from the forms, money in 元, people by name or role. */
export function ViewInWords({ view }: { view: InstanceView }) {
  switch (view.workflow) {
    case 'grant-approval':
      return <GrantInWords view={view} />;
    case 'enterprise-registration':
      return <RegistrationInWords view={view} />;
    case 'supervisory-review':
      return <ReviewInWords view={view} />;
    default:
      return <span className="muted">—</span>;
  }
}
