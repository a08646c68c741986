import type { MigrationInterface, QueryRunner } from 'typeorm';

import { countStaysFromAudit } from '@engine/database/migrations/stays-from-audit';

/**
 * Task lists and time in state read from rows kept as steps commit: each active instance filed under who
 * may act on it (filled in when the engine starts, which knows the workflows), and the time spent in each
 * state added up per workflow, counted once here from the audit, a chunk of instances per statement.
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
    await countStaysFromAudit((sql, parameters) => queryRunner.query(sql, parameters), 'sqlite');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "state_durations"`);
    await queryRunner.query(`DROP TABLE "instance_tasks"`);
    await queryRunner.query(`ALTER TABLE "workflow_instances" DROP COLUMN "task_audiences"`);
    await queryRunner.query(`ALTER TABLE "workflow_instances" DROP COLUMN "state_entered_at"`);
  }
}
