import { and, assertEvent, assign, enqueueActions, setup } from 'xstate';

import type { LocalizedText, NotifyParams } from '@yilin/contracts';
import { effectActions } from '@yilin/workflow-common';

import {
  activeSuspension,
  areQuestions,
  hasText,
  isAssignee,
  isIssueFinding,
  isNoIssueFinding,
  isPublishable,
  isSubjectSide,
  maySuspendSubject,
} from './supervisory-review.guards';
import type {
  Disclosure,
  ProgressEntry,
  ReviewContext,
  ReviewEvent,
  ReviewInput,
  ReviewSource,
} from './supervisory-review.types';
import { trackingCodeFromId } from './tracking-code.util';

export const SUPERVISORY_REVIEW_KEY = 'supervisory-review';

/** Custom effects the engine performs: it indexes every review by tracking code and lists published outcomes. */
export interface TrackReviewParams {
  reviewId: string;
  trackingCode: string;
  source: ReviewSource;
}
export interface PublishOutcomeParams {
  reviewId: string;
  trackingCode: string;
  disclosure: Disclosure;
}

function pickOrder(order: ReviewContext['rectification']['orders'][number] | undefined) {
  return order ? { requirements: order.requirements, dueAt: order.dueAt } : undefined;
}

function progress(context: ReviewContext, entry: ProgressEntry): ProgressEntry[] {
  return [...context.progress, entry];
}

function subjectSide(context: ReviewContext): NotifyParams['to'] {
  return context.subject?.ownerId ? { userIds: [context.subject.ownerId] } : { roles: ['staff'] };
}

/** The filer, reached by account or — for public feedback — by the private contact the engine resolves. */
function filerNotice(context: ReviewContext, template: string, data: Record<string, unknown>): NotifyParams | null {
  if (!context.contact) return null;
  return {
    template,
    to: context.contact.userId ? { userIds: [context.contact.userId] } : {},
    data: { reviewId: context.reviewId, trackingCode: context.trackingCode, contact: context.contact, ...data },
  };
}

const NOTES = {
  received: { zh: '已收到，待分拣', en: 'Received, awaiting triage' },
  accepted: { zh: '已受理，调查中', en: 'Accepted, under investigation' },
  dismissed: { zh: '不予受理', en: 'Dismissed' },
  issueFound: { zh: '发现问题，整改中', en: 'Issue found, rectification under way' },
  noIssue: { zh: '调查结束，未发现问题', en: 'Investigation finished, no issue found' },
  rectified: { zh: '整改已核实', en: 'Rectification verified' },
  published: { zh: '结果已公开', en: 'Outcome published' },
} satisfies Record<string, LocalizedText>;

function initialContext({ instanceId, data, actor, at }: ReviewInput): ReviewContext {
  const { source, trackingCode, description, category, anonymous: _anonymous, contactName, contactMobile, contactEmail, rule, subject, ...details } =
    data;
  // The reporter's contact is kept apart from what they reported: only supervisors read it.
  const contact = {
    ...(contactName ? { name: contactName } : {}),
    ...(contactMobile ? { phone: contactMobile } : {}),
    ...(contactEmail ? { email: contactEmail } : {}),
  };
  return {
    reviewId: instanceId,
    trackingCode: trackingCode ?? trackingCodeFromId(instanceId),
    source,
    participants: subject?.ownerId ? [subject.ownerId] : [],
    description,
    category: category ?? null,
    contact: Object.keys(contact).length ? contact : null,
    rule: rule ?? null,
    subject: subject ? { ...subject } : null,
    details,
    raisedBy: actor.system ? null : actor.id,
    raisedAt: at,
    triage: null,
    assignee: null,
    infoRequests: [],
    suspensions: [],
    findings: null,
    rectification: { orders: [], responses: [], verifications: [] },
    concludedAt: null,
    disclosure: null,
    progress: [{ state: 'triage', at, note: NOTES.received }],
  };
}

const suspendSubject = {
  guard: and(['isAssignee', 'maySuspendSubject', 'hasReason']),
  actions: 'suspendSubject',
} as const;
const resumeSubject = { guard: and(['isAssignee', 'isSubjectSuspended']), actions: 'resumeSubject' } as const;

export const supervisoryReviewMachine = setup({
  types: {
    context: {} as ReviewContext,
    events: {} as ReviewEvent,
    input: {} as ReviewInput,
  },
  guards: {
    isAssignee: ({ context, event }) => isAssignee(context, event.actor),
    isSubjectSide: ({ context, event }) => isSubjectSide(context, event.actor),
    hasSubject: ({ context }) => context.subject !== null,
    maySuspendSubject: ({ context }) => maySuspendSubject(context),
    isSubjectSuspended: ({ context }) => activeSuspension(context) !== null,
    hasReason: ({ event }) => hasText((event.data as { reason?: unknown }).reason),
    hasSupervisorId: ({ event }) => event.type === 'ASSIGN' && hasText(event.data.supervisorId),
    isPublishableReason: ({ context, event }) =>
      event.type === 'DISMISS' && isPublishable(event.data.reason, context),
    areQuestions: ({ event }) => event.type === 'REQUEST_INFO' && areQuestions(event.data.questions),
    hasAnswer: ({ event }) => event.type === 'PROVIDE_INFO' && hasText(event.data.answer),
    isNoIssueFinding: ({ event }) => event.type === 'FINDINGS' && isNoIssueFinding(event.data),
    isIssueFinding: ({ event }) => event.type === 'FINDINGS' && isIssueFinding(event.data),
    hasRequirements: ({ event }) => event.type === 'ORDER_RECTIFICATION' && hasText(event.data.requirements),
    hasResponse: ({ event }) => event.type === 'RECTIFY' && hasText(event.data.response),
    isAccepted: ({ event }) => event.type === 'VERIFY' && event.data.accepted === true,
    isNotAccepted: ({ event }) => event.type === 'VERIFY' && event.data.accepted === false && hasText(event.data.comment),
    isPublishableSummary: ({ context, event }) =>
      event.type === 'PUBLISH' && isPublishable(event.data.publicSummary, context),
  },
  actions: {
    ...effectActions,
    trackReview: (_: unknown, _params: TrackReviewParams) => undefined,
    publishOutcome: (_: unknown, _params: PublishOutcomeParams) => undefined,

    recordAcceptance: assign(({ context, event }) => ({
      triage: { decision: 'accepted' as const, by: event.actor.id, at: event.at },
      progress: progress(context, { state: 'investigation', at: event.at, note: NOTES.accepted }),
    })),
    recordDismissal: assign(({ context, event }) => {
      assertEvent(event, 'DISMISS');
      const reason = event.data.reason.trim();
      return {
        triage: { decision: 'dismissed' as const, reason, by: event.actor.id, at: event.at },
        progress: progress(context, { state: 'dismissed', at: event.at, note: NOTES.dismissed, detail: reason }),
      };
    }),
    notifyFilerOfDismissal: enqueueActions(({ context, enqueue }) => {
      const notice = filerNotice(context, 'supervisory-review.dismissed', { reason: context.triage?.reason });
      if (notice) enqueue({ type: 'notify', params: notice });
    }),
    assign: assign({
      assignee: ({ event }) => {
        assertEvent(event, 'ASSIGN');
        return event.data.supervisorId;
      },
    }),
    notifyAssignee: enqueueActions(({ context, enqueue }) => {
      if (!context.assignee) return;
      enqueue({
        type: 'notify',
        params: {
          template: 'supervisory-review.assigned',
          to: { userIds: [context.assignee] },
          data: { reviewId: context.reviewId, trackingCode: context.trackingCode },
        },
      });
    }),
    recordInfoRequest: assign({
      infoRequests: ({ context, event }) => {
        assertEvent(event, 'REQUEST_INFO');
        return [
          ...context.infoRequests,
          { questions: event.data.questions.map((question) => question.trim()), by: event.actor.id, at: event.at, answer: null },
        ];
      },
    }),
    recordAnswer: assign({
      infoRequests: ({ context, event }) => {
        assertEvent(event, 'PROVIDE_INFO');
        const answer = { text: event.data.answer, by: event.actor.id, at: event.at };
        return context.infoRequests.map((request, index) =>
          index === context.infoRequests.length - 1 ? { ...request, answer } : request,
        );
      },
    }),
    suspendSubject: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'SUSPEND_SUBJECT');
      if (!context.subject) return;
      const reason = event.data.reason.trim();
      enqueue.assign({
        suspensions: [...context.suspensions, { reason, by: event.actor.id, at: event.at, resumedAt: null }],
      });
      enqueue({
        type: 'signal',
        params: {
          instanceId: context.subject.instanceId,
          event: { type: 'SUSPEND', data: { reviewId: context.reviewId, reason } },
        },
      });
    }),
    // Lifting a suspension is also how every review ends: terminating a grant is the council's decision.
    resumeSubject: enqueueActions(({ context, event, enqueue }) => {
      if (!context.subject || !activeSuspension(context)) return;
      const at = event.at;
      enqueue.assign({
        suspensions: context.suspensions.map((suspension, index) =>
          index === context.suspensions.length - 1 ? { ...suspension, resumedAt: at } : suspension,
        ),
      });
      enqueue({
        type: 'signal',
        params: { instanceId: context.subject.instanceId, event: { type: 'RESUME', data: { reviewId: context.reviewId } } },
      });
    }),
    recordFindings: assign(({ context, event }) => {
      assertEvent(event, 'FINDINGS');
      const issue = event.data.outcome === 'issue';
      return {
        findings: {
          outcome: event.data.outcome,
          riskLevel: issue ? (event.data.riskLevel ?? null) : null,
          summary: event.data.summary,
          by: event.actor.id,
          at: event.at,
        },
        progress: progress(context, {
          state: issue ? 'rectification' : 'concluded',
          at: event.at,
          note: issue ? NOTES.issueFound : NOTES.noIssue,
        }),
      };
    }),
    recordOrder: assign({
      rectification: ({ context, event }) => {
        assertEvent(event, 'ORDER_RECTIFICATION');
        const order = { requirements: event.data.requirements, dueAt: event.data.dueAt ?? null, by: event.actor.id, at: event.at };
        return { ...context.rectification, orders: [...context.rectification.orders, order] };
      },
    }),
    recordResponse: assign({
      rectification: ({ context, event }) => {
        assertEvent(event, 'RECTIFY');
        const response = { response: event.data.response, by: event.actor.id, at: event.at };
        return { ...context.rectification, responses: [...context.rectification.responses, response] };
      },
    }),
    recordVerification: assign(({ context, event }) => {
      assertEvent(event, 'VERIFY');
      const verification = { accepted: event.data.accepted, comment: event.data.comment, by: event.actor.id, at: event.at };
      return {
        rectification: { ...context.rectification, verifications: [...context.rectification.verifications, verification] },
        progress: event.data.accepted
          ? progress(context, { state: 'concluded', at: event.at, note: NOTES.rectified })
          : context.progress,
      };
    }),
    recordConclusion: assign({ concludedAt: ({ event }) => event.at }),
    recordDisclosure: assign(({ context, event }) => {
      assertEvent(event, 'PUBLISH');
      const summary = event.data.publicSummary.trim();
      return {
        disclosure: {
          summary,
          riskLevel: context.findings?.riskLevel ?? null,
          outcome: context.findings?.outcome ?? 'no-issue',
          publishedAt: event.at,
        },
        progress: progress(context, { state: 'closed', at: event.at, note: NOTES.published, detail: summary }),
      };
    }),
    notifyFilerOfOutcome: enqueueActions(({ context, enqueue }) => {
      const notice = filerNotice(context, 'supervisory-review.outcome', { disclosure: context.disclosure });
      if (notice) enqueue({ type: 'notify', params: notice });
    }),
  },
}).createMachine({
  id: 'supervisoryReview',
  context: ({ input }) => initialContext(input),
  initial: 'triage',
  states: {
    triage: {
      entry: [
        {
          type: 'trackReview',
          params: ({ context }) => ({
            reviewId: context.reviewId,
            trackingCode: context.trackingCode,
            source: context.source,
          }),
        },
        {
          type: 'notify',
          params: ({ context }) => ({
            template: 'supervisory-review.raised',
            to: { roles: ['supervisor'] },
            data: {
              reviewId: context.reviewId,
              trackingCode: context.trackingCode,
              source: context.source,
              category: context.category,
              rule: context.rule,
            },
          }),
        },
      ],
      on: {
        ACCEPT: { target: 'investigation', actions: 'recordAcceptance' },
        DISMISS: { guard: 'isPublishableReason', target: 'dismissed', actions: ['recordDismissal', 'notifyFilerOfDismissal'] },
      },
    },
    investigation: {
      initial: 'unassigned',
      on: {
        // Reassigning keeps the investigation where it is.
        ASSIGN: { guard: 'hasSupervisorId', actions: ['assign', 'notifyAssignee'] },
        SUSPEND_SUBJECT: suspendSubject,
        RESUME_SUBJECT: resumeSubject,
      },
      states: {
        unassigned: {
          on: { ASSIGN: { guard: 'hasSupervisorId', target: 'open', actions: ['assign', 'notifyAssignee'] } },
        },
        open: {
          on: {
            REQUEST_INFO: {
              guard: and(['isAssignee', 'hasSubject', 'areQuestions']),
              target: 'awaitingInformation',
              actions: [
                'recordInfoRequest',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    template: 'supervisory-review.info-requested',
                    to: subjectSide(context),
                    data: {
                      reviewId: context.reviewId,
                      questions: context.infoRequests[context.infoRequests.length - 1]?.questions ?? [],
                    },
                  }),
                },
              ],
            },
            FINDINGS: [
              {
                guard: and(['isAssignee', 'isNoIssueFinding']),
                target: '#supervisoryReview.concluded',
                actions: 'recordFindings',
              },
              {
                guard: and(['isAssignee', 'isIssueFinding']),
                target: '#supervisoryReview.rectification',
                actions: 'recordFindings',
              },
            ],
          },
        },
        awaitingInformation: {
          on: {
            PROVIDE_INFO: {
              guard: and(['isSubjectSide', 'hasAnswer']),
              target: 'open',
              actions: [
                'recordAnswer',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    template: 'supervisory-review.info-provided',
                    to: { userIds: context.assignee ? [context.assignee] : [] },
                    data: { reviewId: context.reviewId, trackingCode: context.trackingCode },
                  }),
                },
              ],
            },
          },
        },
      },
    },
    rectification: {
      initial: 'ordering',
      on: {
        SUSPEND_SUBJECT: suspendSubject,
        RESUME_SUBJECT: resumeSubject,
      },
      states: {
        ordering: {
          on: {
            ORDER_RECTIFICATION: {
              guard: and(['isAssignee', 'hasRequirements']),
              target: 'awaitingResponse',
              actions: [
                'recordOrder',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    template: 'supervisory-review.rectification-ordered',
                    to: subjectSide(context),
                    data: {
                      reviewId: context.reviewId,
                      // What to do and by when; not which supervisor wrote it.
                      order: pickOrder(context.rectification.orders.at(-1)),
                    },
                  }),
                },
              ],
            },
          },
        },
        awaitingResponse: {
          on: {
            RECTIFY: { guard: and(['isSubjectSide', 'hasResponse']), target: 'verifying', actions: 'recordResponse' },
          },
        },
        verifying: {
          on: {
            VERIFY: [
              {
                guard: and(['isAssignee', 'isAccepted']),
                target: '#supervisoryReview.concluded',
                actions: 'recordVerification',
              },
              {
                guard: and(['isAssignee', 'isNotAccepted']),
                target: 'awaitingResponse',
                actions: [
                  'recordVerification',
                  {
                    type: 'notify',
                    params: ({ context }) => ({
                      template: 'supervisory-review.rectification-rejected',
                      to: subjectSide(context),
                      data: {
                        reviewId: context.reviewId,
                        comment: context.rectification.verifications[context.rectification.verifications.length - 1]?.comment,
                      },
                    }),
                  },
                ],
              },
            ],
          },
        },
      },
    },
    concluded: {
      entry: ['recordConclusion', 'resumeSubject'],
      on: {
        PUBLISH: {
          guard: 'isPublishableSummary',
          target: 'closed',
          actions: [
            'recordDisclosure',
            {
              type: 'publishOutcome',
              params: ({ context }) => ({
                reviewId: context.reviewId,
                trackingCode: context.trackingCode,
                disclosure: context.disclosure as Disclosure,
              }),
            },
            'notifyFilerOfOutcome',
          ],
        },
      },
    },
    dismissed: { type: 'final' },
    closed: { type: 'final' },
  },
});

export type SupervisoryReviewMachine = typeof supervisoryReviewMachine;
