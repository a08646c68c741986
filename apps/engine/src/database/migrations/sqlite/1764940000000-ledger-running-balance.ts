import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each ledger entry carries the fund's available balance after it, so a page of the ledger shows balances without summing history. */
export class LedgerRunningBalance1764940000000 implements MigrationInterface {
  name = 'LedgerRunningBalance1764940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fund_ledger_entries" ADD COLUMN "available_after" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(`UPDATE "fund_ledger_entries" SET "available_after" = "running"."balance" FROM (
      SELECT "id", SUM(CASE "kind" WHEN 'donation' THEN "amount" WHEN 'release' THEN "amount" WHEN 'reservation' THEN -"amount" ELSE 0 END)
        OVER (PARTITION BY "fund_id" ORDER BY "id") AS "balance"
      FROM "fund_ledger_entries") AS "running"
      WHERE "running"."id" = "fund_ledger_entries"."id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fund_ledger_entries" DROP COLUMN "available_after"`);
  }
}
