import { type Static, type TSchema, Type } from 'typebox';

import { ROLES } from '../roles';

/** Text in both languages the product speaks; Chinese first. */
export const LocalizedTextSchema = Type.Object({ zh: Type.String(), en: Type.String() });

/** Text in both languages as a person enters it: neither may be empty. */
export const localizedInput = (maxLength: number) =>
  Type.Object(
    { zh: Type.String({ minLength: 1, maxLength }), en: Type.String({ minLength: 1, maxLength }) },
    { additionalProperties: false },
  );

/** A moment as ISO 8601 text in UTC. */
export const Timestamp = Type.String({ format: 'date-time' });

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One problem with submitted data; `path` is a JSON Pointer into the data (`/amount`, `/members/0/name`). */
export const FieldIssueSchema = Type.Object({
  path: Type.String(),
  message: Type.String(),
  keyword: Type.String(),
  /**
   * The message in both languages, while the engine holds it: a response carries `message` alone, in the
   * caller's language (`Accept-Language`, Simplified Chinese unless English comes first).
   */
  messages: Type.Optional(LocalizedTextSchema),
});

/** Every error the API returns has this body. */
export const ErrorBodySchema = Type.Object({
  statusCode: Type.Integer({ minimum: 400, maximum: 599 }),
  error: Type.String({ description: "The HTTP status phrase (`Conflict`); for a rule's refusal, `EVENT_REJECTED`" }),
  message: Type.String({ description: 'A sentence for people, in the language asked for' }),
  code: Type.Optional(Type.String({ description: 'Machine-readable code, e.g. `EVENT_NOT_ALLOWED`' })),
  details: Type.Optional(Type.Unknown({ description: 'What exactly is wrong: field issues for invalid data' })),
  detailsOmitted: Type.Optional(
    Type.Integer({ description: 'How many more issues there were than `details` lists (at most 20)' }),
  ),
  reason: Type.Optional(Type.String({ description: 'For `EVENT_REJECTED`: the rule that refused' })),
  messages: Type.Optional(LocalizedTextSchema),
  errorId: Type.Optional(Type.String({ description: 'On unexpected errors, to find the log line' })),
});
export type ErrorBody = Static<typeof ErrorBodySchema>;
export type FieldIssue = Static<typeof FieldIssueSchema>;

/** One page of a list, newest first; pass `nextCursor` back as `cursor` for the next page (null: no more). */
export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: nullable(Type.String()) });

/** `limit` and `cursor` of a paginated list. */
export const PageQueryProperties = {
  cursor: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9_-]{1,200}$', description: '`nextCursor` of the page before' }),
  ),
  limit: Type.Optional(
    Type.String({ pattern: '^[1-9][0-9]{0,2}$', description: 'Items per page (50 unless given, at most 200)' }),
  ),
};

/** `?cursor=&limit=` of a paginated list. */
export const ListPageQuerySchema = Type.Object(PageQueryProperties, { additionalProperties: false });

/** The same, plus `format` where the list also comes as CSV. */
export const PageQuerySchema = Type.Object(
  { ...PageQueryProperties, format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])) },
  { additionalProperties: false },
);
export type PageQuery = Static<typeof PageQuerySchema>;

/** Any JSON object (submitted data, a form's schema); what it may hold is judged elsewhere. */
export const JsonObjectSchema = Type.Unsafe<Record<string, unknown>>({ type: 'object' });

/** A person's role; `public` is not a role: anonymous callers carry none. */
export const RoleSchema = Type.Enum([...ROLES]);

/** A key (workflow, form): lower-case letters, digits and dashes. */
export const KeySchema = Type.String({ pattern: '^[a-z][a-z0-9-]{0,63}$' });
