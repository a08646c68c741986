import { type Static, Type } from 'typebox';

import { localizedInput, LocalizedTextSchema, nullable, Timestamp } from './common.schema';

const fen = Type.Integer({ description: 'Integer fen' });

export const FundKindSchema = Type.Union([Type.Literal('special'), Type.Literal('micro')]);

/** Every amount in integer fen. */
export const FundBalancesSchema = Type.Object({
  received: Type.Integer({ description: 'Donations in' }),
  granted: Type.Integer({ description: 'Held for grants, disbursed or not, net of releases' }),
  reserved: fen,
  released: fen,
  disbursed: fen,
  available: Type.Integer({ description: 'received − reserved + released; never negative' }),
});
export type FundBalancesDto = Static<typeof FundBalancesSchema>;

export const FundSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  kind: FundKindSchema,
  name: LocalizedTextSchema,
  balances: FundBalancesSchema,
  createdAt: Timestamp,
});
export type FundDto = Static<typeof FundSchema>;

export const LedgerEntrySchema = Type.Object({
  id: Type.String(),
  fundId: Type.String(),
  kind: Type.Union([
    Type.Literal('donation'),
    Type.Literal('reservation'),
    Type.Literal('release'),
    Type.Literal('disbursement'),
  ]),
  amount: fen,
  grantId: nullable(Type.String()),
  reservationId: nullable(Type.String()),
  tranche: nullable(Type.Integer()),
  note: nullable(Type.String()),
  availableAfter: Type.Integer({ description: "The fund's available balance right after this entry" }),
  at: Timestamp,
});
export type LedgerEntryDto = Static<typeof LedgerEntrySchema>;

export const ReservationSchema = Type.Object({
  id: Type.String(),
  grantId: Type.String(),
  fundId: Type.String(),
  programmeId: nullable(Type.String()),
  programmeTitle: Type.String(),
  organisation: Type.String(),
  title: Type.String(),
  status: Type.Union([Type.Literal('held'), Type.Literal('refused'), Type.Literal('closed')]),
  requested: fen,
  amount: fen,
  disbursed: fen,
  released: fen,
  refusalReason: nullable(Type.String()),
  createdAt: Timestamp,
});
export type ReservationDto = Static<typeof ReservationSchema>;

/** A fund with the first page of its ledger and of its grants; the rest through their own paginated lists. */
export const FundDetailSchema = Type.Object({
  ...FundSchema.properties,
  ledger: Type.Array(LedgerEntrySchema),
  ledgerNextCursor: nullable(Type.String()),
  reservations: Type.Array(ReservationSchema),
  reservationsNextCursor: nullable(Type.String()),
});
export type FundDetailDto = Static<typeof FundDetailSchema>;

export const CreateFundRequestSchema = Type.Object(
  { code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }), kind: FundKindSchema, name: localizedInput(200) },
  { additionalProperties: false },
);
export type CreateFundRequest = Static<typeof CreateFundRequestSchema>;

export const DonationRequestSchema = Type.Object(
  {
    amount: Type.Integer({
      minimum: 1,
      maximum: 10_000_000_000,
      description: 'Integer fen, at most 100 million yuan at a time',
    }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type DonationRequest = Static<typeof DonationRequestSchema>;
