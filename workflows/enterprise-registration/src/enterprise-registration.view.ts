import type { NoticeSource, RegistrationView, Role, SubmissionStep, ViewCaller, ViewTools, WorkflowView } from '@yilin/contracts';

import type { RegistrationContext } from './enterprise-registration.types';
import { registrationRow, registrationSearchKeys } from './enterprise-registration.listing';

// Who reads what of a filing (docs/disclosure.md): the founder and the window read all of it; the council
// (the certification committee), supervisors and admins read what the forms disclose. A committee member's
// assessment is for staff and the committee; the founder reads the decision.

const FOUNDER_STEPS = new Set(['start', 'CONFIRM', 'SUPPLY_MATERIALS', 'RENAME', 'AMEND_ADDRESSES', 'APPLY_CERTIFICATION', 'WITHDRAW', 'CLOSE']);

const holds = (caller: ViewCaller, ...roles: Role[]): boolean =>
  caller.system || caller.roles.some((role) => roles.includes(role));

const isFounderSide = (caller: ViewCaller): boolean => caller.isOwner || caller.isParticipant;

function submission(
  step: SubmissionStep,
  submitterId: string,
  _context: RegistrationContext,
  caller: ViewCaller,
): 'insider' | 'outsider' | null {
  if (caller.system || submitterId === caller.id || holds(caller, 'staff')) return 'insider';
  if (FOUNDER_STEPS.has(step)) return isFounderSide(caller) ? 'insider' : 'outsider';
  if (step === 'ASSESS') return holds(caller, 'council') ? 'insider' : null;
  return 'outsider';
}

function instance(context: RegistrationContext, caller: ViewCaller, tools: ViewTools): RegistrationView {
  const founderReads = isFounderSide(caller) || holds(caller, 'staff');
  const filing = tools.disclose('start', { ...context.filing }, founderReads);
  const certification = context.certification;
  return {
    workflow: 'enterprise-registration',
    headline: context.filing.enterpriseName,
    filing,
    // The name is what the public register shows once licensed; everyone who sees the filing may read it.
    enterpriseName: context.filing.enterpriseName,
    filedBy: context.filedBy,
    filedByStaff: context.filedByStaffId ? tools.person(context.filedByStaffId, 'staff') : null,
    filedAt: context.filedAt,
    founder: tools.person(context.founderUserId, 'applicant'),
    confirmedAt: context.confirmedAt,
    requiredMaterials: [...context.config.requiredMaterials],
    deadlineWorkingDays: context.config.deadlineWorkingDays,
    notices: context.notices.map((notice) => ({
      items: [...notice.items],
      note: notice.note ?? null,
      by: tools.person(notice.by, 'staff'),
      at: notice.at,
    })),
    nameConflicts: context.nameConflicts.map((conflict) => ({ name: conflict.name, registrationNo: conflict.registrationNo ?? null })),
    addressShares: context.addressShares.map((share) => ({ address: share.address, enterprises: [...share.enterprises] })),
    addressProblems: context.addressProblems.map((problem) => ({ ...problem })),
    deadlineAt: context.deadlineAt,
    deadlineBreached: context.deadlineBreached,
    decision: context.decision && {
      outcome: context.decision.outcome,
      reason: context.decision.reason ?? null,
      by: tools.person(context.decision.by, context.decision.outcome === 'withdrawn' ? 'applicant' : 'staff'),
      at: context.decision.at,
    },
    registrationNo: context.registrationNo,
    registeredAt: context.registeredAt,
    certification: certification && {
      application: tools.disclose('APPLY_CERTIFICATION', { ...certification.application }, founderReads),
      appliedAt: certification.appliedAt,
      assessments: holds(caller, 'staff', 'council')
        ? certification.assessments.map((assessment) => ({
            by: tools.person(assessment.by, 'council'),
            at: assessment.at,
            submitted: tools.disclose(
              'ASSESS',
              { meetsCriteria: assessment.meetsCriteria, ...(assessment.comment ? { comment: assessment.comment } : {}) },
              true,
            ),
          }))
        : null,
      decision: certification.decision && {
        outcome: certification.decision.outcome,
        reason: certification.decision.reason ?? null,
        at: certification.decision.at,
      },
    },
  };
}

const TYPED_IN_NOTICES: Record<string, Record<string, NoticeSource>> = {
  'enterprise-registration.materials-missing': { items: { step: 'NOTIFY_MISSING', field: 'items' } },
  'enterprise-registration.refused': { reason: { step: 'REFUSE', field: 'reason' } },
  'enterprise-registration.certification-declined': { reason: { step: 'DECLINE_CERTIFICATION', field: 'reason' } },
};

/** A filing as each caller may see it. */
export const enterpriseRegistrationView: WorkflowView<RegistrationContext, RegistrationView> = {
  instance,
  submission,
  row: registrationRow,
  searchKeys: registrationSearchKeys,
  noticeSources: (template) => ({ enterpriseName: { step: 'start', field: 'enterpriseName' }, ...TYPED_IN_NOTICES[template] }),
  // The configuration the engine adds to a filing is not what the founder typed.
  submitted: (step, data) => {
    if (step !== 'start') return data;
    const { config: _config, ...typed } = data;
    return typed;
  },
  actorRole: (step, roles) => {
    if (step === 'ASSESS' && roles.includes('council')) return 'council';
    if (roles.includes('staff')) return 'staff';
    return FOUNDER_STEPS.has(step) && roles.includes('applicant') ? 'applicant' : (roles[0] ?? 'applicant');
  },
};
