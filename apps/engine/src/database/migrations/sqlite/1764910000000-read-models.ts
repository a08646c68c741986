import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads that do not grow with history: an index for every list's order and filter, and instance counts
 * per state kept as rows (spread over slots) instead of counted by scanning.
 */
export class ReadModels1764910000000 implements MigrationInterface {
  name = 'ReadModels1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_instances_workflow_id" ON "workflow_instances" ("workflow", "id")`);
    await queryRunner.query(
      `CREATE INDEX "idx_instances_workflow_status_id" ON "workflow_instances" ("workflow", "status", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_instances_status_id" ON "workflow_instances" ("status", "id")`);
    await queryRunner.query(
      `CREATE INDEX "idx_instances_status_updated" ON "workflow_instances" ("status", "updated_at")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_reservations_fund" ON "fund_reservations" ("fund_id", "id")`);
    await queryRunner.query(`DROP INDEX "idx_notifications_recipient"`);
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_recipient" ON "notifications" ("recipient", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE TABLE "instance_state_counts" (
      "workflow" varchar(64) NOT NULL, "state" varchar(255) NOT NULL, "status" varchar(16) NOT NULL,
      "slot" integer NOT NULL, "count" integer NOT NULL,
      PRIMARY KEY ("workflow", "state", "status", "slot"))`);
    await queryRunner.query(`INSERT INTO "instance_state_counts" ("workflow", "state", "status", "slot", "count")
      SELECT "workflow", "state", "status", 0, COUNT(*) FROM "workflow_instances" GROUP BY "workflow", "state", "status"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "instance_state_counts"`);
    await queryRunner.query(`DROP INDEX "idx_notifications_recipient"`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_recipient" ON "notifications" ("recipient", "created_at")`);
    await queryRunner.query(`DROP INDEX "idx_reservations_fund"`);
    await queryRunner.query(`DROP INDEX "idx_instances_status_updated"`);
    await queryRunner.query(`DROP INDEX "idx_instances_status_id"`);
    await queryRunner.query(`DROP INDEX "idx_instances_workflow_status_id"`);
    await queryRunner.query(`DROP INDEX "idx_instances_workflow_id"`);
  }
}
