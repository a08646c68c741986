/** Bounds a form schema must stay within before anything compiles it. */
export interface SchemaLimits {
  /** Size of the schema serialised as JSON, in UTF-8 bytes. */
  maxBytes: number;
  /** Number of entries in all `properties` maps together. */
  maxProperties: number;
  /** Subschemas nested inside one another, the root being depth 0. */
  maxDepth: number;
  /** Values in one `enum`. */
  maxEnumValues: number;
}

/** The limits {@link checkSchema} applies unless told otherwise. */
export const SCHEMA_LIMITS: Readonly<SchemaLimits> = {
  maxBytes: 512 * 1024,
  maxProperties: 2000,
  maxDepth: 32,
  maxEnumValues: 200,
};
