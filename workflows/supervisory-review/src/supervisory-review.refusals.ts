import type { LocalizedText } from '@yilin/contracts';
import { type RefusalCatalogue, type RefusalRule, onData, refusalsOf, standing } from '@yilin/workflow-common';

import {
  GRANT_WORKFLOW,
  activeSuspension,
  areQuestions,
  hasText,
  isAssignee,
  isSubjectSide,
  personalDataIn,
} from './supervisory-review.guards';
import type { ReviewContext, ReviewEvent } from './supervisory-review.types';

// The review guards' rules with the reason each gives when it refuses; the model test checks on every
// reachable state that they agree with the machine.

interface Standing {
  context: ReviewContext;
}
const say = (zh: string, en: string): LocalizedText => ({ zh, en });

const messages = {
  NOT_ASSIGNEE: say('只有负责本审查的监事可以办理', 'Only the supervisor assigned to this review can do this'),
  NOT_SUBJECT_SIDE: say('只有被审查方或秘书处可以答复', 'Only the subject or the secretariat can answer'),
  NO_SUBJECT: say('本审查没有被审查对象，无法要求说明', 'This review has no subject to ask'),
  SUBJECT_NOT_A_GRANT: say('只有资助项目可以暂停', 'Only a grant can be suspended'),
  SUBJECT_ALREADY_SUSPENDED: say('该资助项目已暂停', 'The grant is already suspended'),
  SUBJECT_NOT_SUSPENDED: say('该资助项目未被暂停', 'The grant is not suspended'),
  REASON_MISSING: say('请说明理由', 'Please give a reason'),
  REASON_HAS_PERSONAL_DATA: say(
    '理由会告知反映人，不能包含个人信息（电话、身份证号、邮箱、联系人）',
    'The reason reaches the filer and must hold no personal data (phone, ID number, e-mail, contact)',
  ),
  SUPERVISOR_MISSING: say('请选择负责的监事', 'Choose the supervisor in charge'),
  QUESTIONS_MISSING: say('请列出需要说明的问题', 'List the questions to answer'),
  ANSWER_MISSING: say('请填写说明', 'Write the answer'),
  OUTCOME_UNKNOWN: say('结论须为“未发现问题”或“发现问题”', 'The finding must be “no issue” or “issue”'),
  SUMMARY_MISSING: say('请填写结论摘要', 'Write the summary'),
  RISK_LEVEL_MISSING: say('发现问题时须给出风险等级', 'An issue needs its risk level'),
  REQUIREMENTS_MISSING: say('请填写整改要求', 'Write the rectification requirements'),
  RESPONSE_MISSING: say('请填写整改情况', 'Write the rectification response'),
  VERIFICATION_UNCLEAR: say('请选择整改是否通过', 'Say whether the rectification is accepted'),
  COMMENT_MISSING: say('整改未通过时须说明原因', 'Say why the rectification is not accepted'),
  SUMMARY_HAS_PERSONAL_DATA: say(
    '公开摘要不能包含个人信息（电话、身份证号、邮箱、联系人）',
    'The public summary must hold no personal data (phone, ID number, e-mail, contact)',
  ),
} satisfies Record<string, LocalizedText>;

export type ReviewRefusal = keyof typeof messages;

type Rule = RefusalRule<Standing, ReviewEvent> & { reason: ReviewRefusal };
type Holds = (snapshot: Standing, event: ReviewEvent) => boolean;
type Details = (snapshot: Standing, event: ReviewEvent) => Record<string, unknown>;
const rule = (reason: ReviewRefusal, holds: Holds, details?: Details): Rule => ({ ...onData(reason, holds, details), reason });
const who = (reason: ReviewRefusal, holds: Holds, details?: Details): Rule => ({ ...standing(reason, holds, details), reason });

const data = (event: ReviewEvent) => event.data as Record<string, unknown>;

const assignee = who('NOT_ASSIGNEE', (s, e) => isAssignee(s.context, e.actor));
const subjectSide = who('NOT_SUBJECT_SIDE', (s, e) => isSubjectSide(s.context, e.actor));

/** A text meant for the filer or the public: present, and free of personal data. */
const publishable = (field: string, missing: ReviewRefusal, personal: ReviewRefusal): Rule[] => [
  rule(missing, (_, e) => hasText(data(e)[field])),
  rule(
    personal,
    (s, e) => personalDataIn(data(e)[field] as string, s.context).length === 0,
    (s, e) => ({ found: personalDataIn(data(e)[field] as string, s.context) }),
  ),
];

const rules: Partial<Record<ReviewEvent['type'], Rule[]>> = {
  DISMISS: publishable('reason', 'REASON_MISSING', 'REASON_HAS_PERSONAL_DATA'),
  ASSIGN: [rule('SUPERVISOR_MISSING', (_, e) => hasText(data(e).supervisorId))],
  SUSPEND_SUBJECT: [
    assignee,
    who('SUBJECT_NOT_A_GRANT', (s) => s.context.subject?.workflow === GRANT_WORKFLOW),
    who('SUBJECT_ALREADY_SUSPENDED', (s) => activeSuspension(s.context) === null),
    rule('REASON_MISSING', (_, e) => hasText(data(e).reason)),
  ],
  RESUME_SUBJECT: [assignee, who('SUBJECT_NOT_SUSPENDED', (s) => activeSuspension(s.context) !== null)],
  REQUEST_INFO: [
    assignee,
    who('NO_SUBJECT', (s) => s.context.subject !== null),
    rule('QUESTIONS_MISSING', (_, e) => areQuestions(data(e).questions)),
  ],
  PROVIDE_INFO: [subjectSide, rule('ANSWER_MISSING', (_, e) => hasText(data(e).answer))],
  FINDINGS: [
    assignee,
    rule('OUTCOME_UNKNOWN', (_, e) => data(e).outcome === 'no-issue' || data(e).outcome === 'issue'),
    rule('SUMMARY_MISSING', (_, e) => hasText(data(e).summary)),
    rule(
      'RISK_LEVEL_MISSING',
      (_, e) => data(e).outcome !== 'issue' || ['low', 'medium', 'high'].includes(data(e).riskLevel as string),
    ),
  ],
  ORDER_RECTIFICATION: [assignee, rule('REQUIREMENTS_MISSING', (_, e) => hasText(data(e).requirements))],
  RECTIFY: [subjectSide, rule('RESPONSE_MISSING', (_, e) => hasText(data(e).response))],
  VERIFY: [
    assignee,
    rule('VERIFICATION_UNCLEAR', (_, e) => typeof data(e).accepted === 'boolean'),
    rule('COMMENT_MISSING', (_, e) => data(e).accepted === true || hasText(data(e).comment)),
  ],
  PUBLISH: publishable('publicSummary', 'SUMMARY_MISSING', 'SUMMARY_HAS_PERSONAL_DATA'),
};

export const reviewRefusalCatalogue: RefusalCatalogue<Standing, ReviewEvent, ReviewRefusal> = { messages, rules };

export const reviewRefusals = refusalsOf(reviewRefusalCatalogue);
