import { InitialSchema1764400000000 as MysqlInitialSchema } from './mysql/1764400000000-initial-schema';
import { InitialSchema1764400000000 as SqliteInitialSchema } from './sqlite/1764400000000-initial-schema';
import { FundsAndProgrammes1764500000000 as MysqlFundsAndProgrammes } from './mysql/1764500000000-funds-and-programmes';
import { FundsAndProgrammes1764500000000 as SqliteFundsAndProgrammes } from './sqlite/1764500000000-funds-and-programmes';

/** Migrations are SQL for one driver each; both lists move in step. */
export const MIGRATIONS = {
  sqlite: [
    SqliteInitialSchema,
    SqliteFundsAndProgrammes,
  ],
  mysql: [
    MysqlInitialSchema,
    MysqlFundsAndProgrammes,
  ],
};
