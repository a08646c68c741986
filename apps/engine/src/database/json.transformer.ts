import type { ValueTransformer } from 'typeorm';

/** JSON kept in a text column: the same on SQLite and MariaDB, and never parsed by the database. */
export const jsonTransformer: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value == null ? null : JSON.parse(value)),
};
