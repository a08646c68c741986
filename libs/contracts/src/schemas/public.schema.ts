import { type Static, Type } from 'typebox';

import { LocalizedTextSchema, nullable, Timestamp } from './common.schema';

// What the transparency pages (公开) publish: public facts only, amounts in integer fen, never personal data.

const fen = Type.Integer({ description: 'Integer fen' });

/** A fund: what came in, what was granted, what is left. */
export const PublicFundSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  kind: Type.Union([Type.Literal('special'), Type.Literal('micro')]),
  name: LocalizedTextSchema,
  received: fen,
  granted: fen,
  disbursed: fen,
  available: fen,
});
export type PublicFundDto = Static<typeof PublicFundSchema>;

/** An approved grant: the organisation and the money, never who applied. */
export const PublicGrantSchema = Type.Object({
  grantId: Type.String(),
  programme: Type.String(),
  organisation: Type.String(),
  title: Type.String(),
  fund: LocalizedTextSchema,
  amount: fen,
  disbursed: fen,
  released: fen,
  state: Type.String(),
  stateTitle: LocalizedTextSchema,
  approvedAt: Timestamp,
});
export type PublicGrantDto = Static<typeof PublicGrantSchema>;

/** One step of an approved grant, as its forms disclose it. */
export const DisclosedEntrySchema = Type.Object({
  revision: Type.Integer(),
  event: Type.String(),
  title: LocalizedTextSchema,
  toState: Type.String(),
  at: Timestamp,
  actorRoles: Type.Array(Type.String(), { description: 'Who acted, by role only: names are personal data' }),
  data: Type.Record(Type.String(), Type.Unknown(), { description: "What the step's form marks public" }),
  labels: Type.Record(Type.String(), LocalizedTextSchema, {
    description: "The form's labels of the top-level fields shown",
  }),
});
export type DisclosedEntryDto = Static<typeof DisclosedEntrySchema>;

export const CertifiedEnterpriseSchema = Type.Object({
  name: Type.String(),
  registrationNo: Type.String(),
  certifiedAt: Timestamp,
});
export type CertifiedEnterpriseDto = Static<typeof CertifiedEnterpriseSchema>;

/** A published supervisory outcome exactly as the review disclosed it. */
export const PublicOutcomeSchema = Type.Object({
  summary: Type.String(),
  outcome: Type.Union([Type.Literal('no-issue'), Type.Literal('issue')]),
  riskLevel: nullable(Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')])),
  publishedAt: Timestamp,
});
export type PublicOutcomeDto = Static<typeof PublicOutcomeSchema>;

/** What anyone holding a feedback tracking code may see: phases, notes for the filer, the published outcome. */
export const PublicProgressSchema = Type.Object({
  trackingCode: Type.String(),
  source: Type.String(),
  category: nullable(Type.String()),
  entries: Type.Array(
    Type.Object({
      state: Type.String(),
      at: Timestamp,
      note: LocalizedTextSchema,
      detail: Type.Optional(Type.String()),
    }),
  ),
  disclosure: nullable(PublicOutcomeSchema),
});
export type PublicProgressDto = Static<typeof PublicProgressSchema>;

const shortText = Type.String({ minLength: 1, maxLength: 100 });

/**
 * A concern anyone may report, signed in or not: the public-feedback form's data — its own fields and any
 * staff add, which the form checks — with the enterprise it is about.
 */
export const SubmitFeedbackRequestSchema = Type.Object(
  {
    description: Type.String({ minLength: 5, maxLength: 5000, pattern: '\\S' }),
    category: Type.Optional(Type.String({ description: 'One of the form’s categories' })),
    anonymous: Type.Optional(Type.Boolean()),
    contactName: Type.Optional(Type.String()),
    contactMobile: Type.Optional(Type.String({ description: 'A mainland mobile number, as the form requires' })),
    contactEmail: Type.Optional(Type.String()),
    enterprise: Type.Optional({
      ...shortText,
      description: 'A registered enterprise the feedback is about, by name or registration number',
    }),
    contact: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String()),
          phone: Type.Optional(Type.String()),
          email: Type.Optional(Type.String()),
        },
        { additionalProperties: false, description: 'The older spelling of contactName, contactMobile and contactEmail' },
      ),
    ),
  },
  { additionalProperties: true, description: 'Fields the form does not have are refused by the form (422)' },
);
export type SubmitFeedbackRequest = Static<typeof SubmitFeedbackRequestSchema>;

export const FeedbackReceiptSchema = Type.Object({ trackingCode: Type.String() });
export type FeedbackReceiptDto = Static<typeof FeedbackReceiptSchema>;

/** For supervisors only: who filed a public feedback and how to reach them. */
export const FeedbackFilerSchema = Type.Object({
  reviewId: Type.String(),
  contact: nullable(
    Type.Object({
      name: Type.Optional(Type.String()),
      phone: Type.Optional(Type.String()),
      email: Type.Optional(Type.String()),
      userId: Type.Optional(Type.String()),
    }),
  ),
  filerUserId: nullable(Type.String()),
  createdAt: Timestamp,
});
export type FeedbackFilerDto = Static<typeof FeedbackFilerSchema>;
