import { InitialSchema1764400000000 as MysqlInitialSchema } from './mysql/1764400000000-initial-schema';
import { InitialSchema1764400000000 as SqliteInitialSchema } from './sqlite/1764400000000-initial-schema';

/** Migrations are SQL for one driver each; both lists move in step. */
export const MIGRATIONS = {
  sqlite: [SqliteInitialSchema],
  mysql: [MysqlInitialSchema],
};
