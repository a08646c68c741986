import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task lists and time in state read from rows kept as steps commit: each active instance filed under who
 * may act on it (filled in when the engine starts, which knows the workflows), and the time spent in each
 * state added up per workflow, counted once here from the audit.
 */
export class TaskAndTimeReadModels1764987000000 implements MigrationInterface {
  name = 'TaskAndTimeReadModels1764987000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workflow_instances" ADD COLUMN "state_entered_at" datetime`);
    await queryRunner.query(`ALTER TABLE "workflow_instances" ADD COLUMN "task_audiences" text`);
    await queryRunner.query(`CREATE TABLE "instance_tasks" (
      "audience" varchar(80) NOT NULL, "instance_id" varchar(26) NOT NULL, "workflow" varchar(64) NOT NULL,
      PRIMARY KEY ("audience", "instance_id"))`);
    await queryRunner.query(
      `CREATE INDEX "idx_instance_tasks_workflow" ON "instance_tasks" ("audience", "workflow", "instance_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_instance_tasks_instance" ON "instance_tasks" ("instance_id")`);
    await queryRunner.query(`CREATE TABLE "state_durations" (
      "workflow" varchar(64) NOT NULL, "state" varchar(255) NOT NULL, "slot" integer NOT NULL,
      "visits" integer NOT NULL, "total_ms" bigint NOT NULL, "longest_ms" bigint NOT NULL,
      PRIMARY KEY ("workflow", "state", "slot"))`);
    await queryRunner.query(`INSERT INTO "state_durations" ("workflow", "state", "slot", "visits", "total_ms", "longest_ms")
      SELECT i."workflow", s."to_state", 0, COUNT(*), SUM(s."ms"), MAX(s."ms")
      FROM (
        SELECT c."instance_id", c."to_state",
          MAX(0, CAST(ROUND((julianday(c."next_at") - julianday(c."at")) * 86400000) AS INTEGER)) AS "ms"
        FROM (
          SELECT "instance_id", "to_state", "at", LEAD("at") OVER (PARTITION BY "instance_id" ORDER BY "revision") AS "next_at"
          FROM "audit_entries" WHERE "from_state" IS NULL OR "from_state" <> "to_state"
        ) c
        WHERE c."next_at" IS NOT NULL
      ) s
      JOIN "workflow_instances" i ON i."id" = s."instance_id"
      GROUP BY i."workflow", s."to_state"`);
    await queryRunner.query(`UPDATE "workflow_instances" SET "state_entered_at" = (
      SELECT MAX(a."at") FROM "audit_entries" a
      WHERE a."instance_id" = "workflow_instances"."id" AND (a."from_state" IS NULL OR a."from_state" <> a."to_state"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "state_durations"`);
    await queryRunner.query(`DROP TABLE "instance_tasks"`);
    await queryRunner.query(`ALTER TABLE "workflow_instances" DROP COLUMN "task_audiences"`);
    await queryRunner.query(`ALTER TABLE "workflow_instances" DROP COLUMN "state_entered_at"`);
  }
}
