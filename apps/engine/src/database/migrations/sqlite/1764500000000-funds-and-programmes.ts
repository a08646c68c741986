import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FundsAndProgrammes1764500000000 implements MigrationInterface {
  name = 'FundsAndProgrammes1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "funds" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "kind" varchar(16) NOT NULL,
      "name_zh" varchar(200) NOT NULL, "name_en" varchar(200) NOT NULL,
      "received" bigint NOT NULL, "reserved" bigint NOT NULL, "released" bigint NOT NULL, "disbursed" bigint NOT NULL,
      "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL,
      CONSTRAINT "uq_funds_code" UNIQUE ("code"))`);
    await queryRunner.query(`CREATE TABLE "fund_ledger_entries" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "fund_id" varchar(26) NOT NULL, "kind" varchar(16) NOT NULL,
      "amount" bigint NOT NULL, "grant_id" varchar(26), "reservation_id" varchar(26), "tranche" integer,
      "entry_key" varchar(191) NOT NULL, "note" varchar(500), "actor_id" varchar(64), "created_at" datetime NOT NULL,
      CONSTRAINT "uq_ledger_entry_key" UNIQUE ("entry_key"))`);
    await queryRunner.query(`CREATE INDEX "idx_ledger_fund" ON "fund_ledger_entries" ("fund_id", "id")`);
    await queryRunner.query(`CREATE TABLE "fund_reservations" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "grant_id" varchar(26) NOT NULL, "fund_id" varchar(26) NOT NULL,
      "programme_id" varchar(64), "programme_title" varchar(200) NOT NULL, "organisation" varchar(200) NOT NULL,
      "title" varchar(200) NOT NULL, "status" varchar(16) NOT NULL, "requested" bigint NOT NULL,
      "amount" bigint NOT NULL, "disbursed" bigint NOT NULL, "released" bigint NOT NULL,
      "refusal_reason" varchar(500), "available_at_refusal" bigint,
      "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL,
      CONSTRAINT "uq_reservations_grant" UNIQUE ("grant_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_reservations_status" ON "fund_reservations" ("status", "id")`);
    await queryRunner.query(`CREATE TABLE "programmes" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "fund_id" varchar(26) NOT NULL, "form_key" varchar(100) NOT NULL,
      "title_zh" varchar(200) NOT NULL, "title_en" varchar(200) NOT NULL,
      "max_amount" bigint NOT NULL, "small_amount_limit" bigint NOT NULL, "tranche_split" text NOT NULL,
      "midterm_report_days" integer NOT NULL, "final_report_days" integer NOT NULL, "reminder_days" integer NOT NULL,
      "overdue_escalation_days" integer NOT NULL, "director_sla_hours" integer NOT NULL,
      "reviewers_required" integer NOT NULL, "review_above_amount" bigint, "open" boolean NOT NULL,
      "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "council_settings" (
      "id" varchar(16) PRIMARY KEY NOT NULL, "quorum_numerator" integer NOT NULL, "quorum_denominator" integer NOT NULL,
      "approval_share_above" double NOT NULL, "member_ids" text, "updated_at" datetime NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['council_settings', 'programmes', 'fund_reservations', 'fund_ledger_entries', 'funds']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
