import { InitialSchema1764400000000 as MysqlInitialSchema } from './mysql/1764400000000-initial-schema';
import { InitialSchema1764400000000 as SqliteInitialSchema } from './sqlite/1764400000000-initial-schema';
import { FundsAndProgrammes1764500000000 as MysqlFundsAndProgrammes } from './mysql/1764500000000-funds-and-programmes';
import { FundsAndProgrammes1764500000000 as SqliteFundsAndProgrammes } from './sqlite/1764500000000-funds-and-programmes';
import { EnterprisesAndFeedback1764600000000 as MysqlEnterprisesAndFeedback } from './mysql/1764600000000-enterprises-and-feedback';
import { EnterprisesAndFeedback1764600000000 as SqliteEnterprisesAndFeedback } from './sqlite/1764600000000-enterprises-and-feedback';
import { Forms1764700000000 as MysqlForms } from './mysql/1764700000000-forms';
import { Forms1764700000000 as SqliteForms } from './sqlite/1764700000000-forms';
import { InstanceClaims1764800000000 as MysqlInstanceClaims } from './mysql/1764800000000-instance-claims';
import { InstanceClaims1764800000000 as SqliteInstanceClaims } from './sqlite/1764800000000-instance-claims';
import { ReadModels1764910000000 as MysqlReadModels } from './mysql/1764910000000-read-models';
import { ReadModels1764910000000 as SqliteReadModels } from './sqlite/1764910000000-read-models';
import { PublicListOrder1764920000000 as MysqlPublicListOrder } from './mysql/1764920000000-public-list-order';
import { PublicListOrder1764920000000 as SqlitePublicListOrder } from './sqlite/1764920000000-public-list-order';
import { NotificationCounts1764930000000 as MysqlNotificationCounts } from './mysql/1764930000000-notification-counts';
import { NotificationCounts1764930000000 as SqliteNotificationCounts } from './sqlite/1764930000000-notification-counts';
import { FormBindings1764931300000 as MysqlFormBindings } from './mysql/1764931300000-form-bindings';
import { FormBindings1764931300000 as SqliteFormBindings } from './sqlite/1764931300000-form-bindings';
import { LedgerRunningBalance1764940000000 as MysqlLedgerRunningBalance } from './mysql/1764940000000-ledger-running-balance';
import { LedgerRunningBalance1764940000000 as SqliteLedgerRunningBalance } from './sqlite/1764940000000-ledger-running-balance';
import { RevocableSessions1764955000000 as MysqlRevocableSessions } from './mysql/1764955000000-revocable-sessions';
import { RevocableSessions1764955000000 as SqliteRevocableSessions } from './sqlite/1764955000000-revocable-sessions';
import { AttachmentContents1764960000000 as MysqlAttachmentContents } from './mysql/1764960000000-attachment-contents';
import { AttachmentContents1764960000000 as SqliteAttachmentContents } from './sqlite/1764960000000-attachment-contents';
import { InstanceSearch1796064816000 as MysqlInstanceSearch } from './mysql/1796064816000-instance-search';
import { InstanceSearch1796064816000 as SqliteInstanceSearch } from './sqlite/1796064816000-instance-search';
import { TaskAndTimeReadModels1764987000000 as MysqlTaskAndTimeReadModels } from './mysql/1764987000000-task-and-time-read-models';
import { TaskAndTimeReadModels1764987000000 as SqliteTaskAndTimeReadModels } from './sqlite/1764987000000-task-and-time-read-models';

/** Migrations are SQL for one driver each; both lists move in step. */
export const MIGRATIONS = {
  sqlite: [
    SqliteInitialSchema,
    SqliteFundsAndProgrammes,
    SqliteEnterprisesAndFeedback,
    SqliteForms,
    SqliteInstanceClaims,
    SqliteReadModels,
    SqlitePublicListOrder,
    SqliteNotificationCounts,
    SqliteFormBindings,
    SqliteLedgerRunningBalance,
    SqliteRevocableSessions,
    SqliteAttachmentContents,
    SqliteInstanceSearch,
    SqliteTaskAndTimeReadModels,
  ],
  mysql: [
    MysqlInitialSchema,
    MysqlFundsAndProgrammes,
    MysqlEnterprisesAndFeedback,
    MysqlForms,
    MysqlInstanceClaims,
    MysqlReadModels,
    MysqlPublicListOrder,
    MysqlNotificationCounts,
    MysqlFormBindings,
    MysqlLedgerRunningBalance,
    MysqlRevocableSessions,
    MysqlAttachmentContents,
    MysqlInstanceSearch,
    MysqlTaskAndTimeReadModels,
  ],
};
