import type { ValueTransformer } from 'typeorm';

/** Integer fen in a BIGINT column: MariaDB hands BIGINT back as a string, SQLite as a number. */
export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value == null ? null : Number(value)),
};
