import type { NoticeSource, Role, SubmissionStep, SupervisoryReviewView, ViewCaller, ViewTools, WorkflowView } from '@yilin/contracts';

import { reviewRow, reviewSearchKeys, reviewWholeSearchKeys } from './supervisory-review.listing';
import type { ReviewContext } from './supervisory-review.types';

// Who reads what of a supervisory review (docs/disclosure.md): supervisors read all of it; the reporter's
// name and contact are theirs alone. The subject (the grantee, the founder) answers the review and never
// learns who raised it, how to reach them, or what exactly they wrote — in the view, its history or a task.

const SUBJECT_STEPS = new Set(['PROVIDE_INFO', 'RECTIFY']);

const holds = (caller: ViewCaller, ...roles: Role[]): boolean =>
  caller.system || caller.roles.some((role) => roles.includes(role));

const isSupervisor = (caller: ViewCaller): boolean => holds(caller, 'supervisor');

/** The subject's side: not a supervisor, and either listed as the subject's owner or acting for it. */
const isSubjectSide = (caller: ViewCaller): boolean => !isSupervisor(caller) && !caller.isOwner;

function submission(
  step: SubmissionStep,
  submitterId: string,
  _context: ReviewContext,
  caller: ViewCaller,
): 'insider' | 'outsider' | null {
  if (caller.system || isSupervisor(caller)) return 'insider';
  if (step === 'start') return caller.isOwner && submitterId === caller.id ? 'insider' : null;
  if (submitterId === caller.id) return 'insider';
  return SUBJECT_STEPS.has(step) && caller.isParticipant ? 'insider' : 'outsider';
}

/** What `by` typed into `field` at `step`, if the caller's view of that step shows it. */
function shownText(step: string, by: string, field: string, value: string | null | undefined, context: ReviewContext, caller: ViewCaller, tools: ViewTools): string | null {
  if (value === null || value === undefined) return null;
  const access = submission(step, by, context, caller);
  if (!access) return null;
  const shown = tools.disclose(step, { [field]: value }, access === 'insider').values[field];
  return typeof shown === 'string' ? shown : null;
}

function instance(context: ReviewContext, caller: ViewCaller, tools: ViewTools): SupervisoryReviewView {
  const text = (step: string, by: string, field: string, value: string | null | undefined) => shownText(step, by, field, value, context, caller, tools);
  const supervisor = isSupervisor(caller);
  const raiser = caller.isOwner;
  const raisedData = { description: context.description, ...(context.category ? { category: context.category } : {}), ...context.details };
  const raised = supervisor || raiser
    ? tools.disclose('start', raisedData, true)
    : tools.disclose('start', context.category ? { category: context.category } : {}, false);
  const contact = context.contact;
  const suspension = context.suspensions.at(-1);
  return {
    workflow: 'supervisory-review',
    headline: isSubjectSide(caller) ? context.category : [context.trackingCode, context.category].filter(Boolean).join(' · '),
    // The tracking code is the filer's: it follows their feedback, so the subject does not get it.
    trackingCode: isSubjectSide(caller) ? null : context.trackingCode,
    source: context.source,
    category: context.category,
    rule: context.rule,
    raised,
    contact: supervisor && contact ? { name: contact.name ?? null, phone: contact.phone ?? null, email: contact.email ?? null } : null,
    raisedBy: supervisor && context.raisedBy ? tools.person(context.raisedBy, 'supervisor') : null,
    raisedAt: context.raisedAt,
    subject: context.subject && { workflow: context.subject.workflow, instanceId: context.subject.instanceId },
    triage: context.triage && {
      decision: context.triage.decision,
      reason: context.triage.decision === 'dismissed' ? text('DISMISS', context.triage.by, 'reason', context.triage.reason) : null,
      at: context.triage.at,
    },
    assignee: context.assignee ? tools.person(context.assignee, 'supervisor') : null,
    infoRequests: context.infoRequests.map((request) => ({
      questions: [...request.questions],
      at: request.at,
      answer: request.answer && { text: text('PROVIDE_INFO', request.answer.by, 'answer', request.answer.text), at: request.answer.at },
    })),
    suspended: Boolean(suspension && !suspension.resumedAt),
    findings: context.findings && {
      outcome: context.findings.outcome,
      riskLevel: context.findings.riskLevel,
      summary: text('FINDINGS', context.findings.by, 'summary', context.findings.summary),
      at: context.findings.at,
    },
    rectification: {
      orders: context.rectification.orders.map(({ requirements, dueAt, by, at }) => ({ requirements: text('ORDER_RECTIFICATION', by, 'requirements', requirements), dueAt, at })),
      responses: context.rectification.responses.map(({ response, by, at }) => ({ response: text('RECTIFY', by, 'response', response), at })),
      verifications: context.rectification.verifications.map(({ accepted, comment, by, at }) => ({ accepted, comment: text('VERIFY', by, 'comment', comment), at })),
    },
    concludedAt: context.concludedAt,
    disclosure: context.disclosure && { ...context.disclosure },
  };
}

// What people typed that a review's notices repeat; the reporter's contact is never told to anyone but supervisors.
const TYPED_IN_NOTICES: Record<string, Record<string, NoticeSource>> = {
  'supervisory-review.info-requested': { questions: { step: 'REQUEST_INFO', field: 'questions' } },
  'supervisory-review.rectification-rejected': { comment: { step: 'VERIFY', field: 'comment' } },
  'supervisory-review.dismissed': { reason: { step: 'DISMISS', field: 'reason' } },
};

/** A supervisory review as each caller may see it. */
export const supervisoryReviewView: WorkflowView<ReviewContext, SupervisoryReviewView> = {
  instance,
  submission,
  row: reviewRow,
  searchKeys: reviewSearchKeys,
  wholeSearchKeys: reviewWholeSearchKeys,
  noticeSources: (template) => ({ contact: { step: 'start', field: 'contact' }, ...TYPED_IN_NOTICES[template] }),
  // The reporter's name and contact are read from the view (supervisors only), never from the history.
  submitted: (step, data) => {
    if (step !== 'start') return data;
    const { contactName: _name, contactMobile: _mobile, contactEmail: _email, anonymous: _anonymous, ...raised } = data;
    return raised;
  },
  actorRole: (step, roles) => {
    if (SUBJECT_STEPS.has(step)) return roles.includes('staff') ? 'staff' : (roles.includes('applicant') ? 'applicant' : (roles[0] ?? 'applicant'));
    return roles.includes('supervisor') ? 'supervisor' : (roles[0] ?? 'supervisor');
  },
  // Who raised it is for supervisors and the raiser only.
  showsActor: (step, _context, caller) => step !== 'start' || isSupervisor(caller) || caller.isOwner,
};
