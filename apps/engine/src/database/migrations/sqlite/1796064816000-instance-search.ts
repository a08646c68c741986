import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Instances found by business key through an index of the keys' suffixes, and the moment each instance
 * reached its state, so lists show the true time in state. Existing instances are indexed at the next start.
 */
export class InstanceSearch1796064816000 implements MigrationInterface {
  name = 'InstanceSearch1796064816000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "instance_search_terms" (
      "term" varchar(64) NOT NULL, "instance_id" varchar(26) NOT NULL, PRIMARY KEY ("term", "instance_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_search_terms_instance" ON "instance_search_terms" ("instance_id")`);
    await queryRunner.query(`ALTER TABLE "workflow_instances" ADD COLUMN "state_entered_at" datetime NOT NULL DEFAULT '1970-01-01 00:00:00.000'`);
    // The last step is the best that is known of when an existing instance reached its state.
    await queryRunner.query(`UPDATE "workflow_instances" SET "state_entered_at" = "updated_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workflow_instances" DROP COLUMN "state_entered_at"`);
    await queryRunner.query(`DROP TABLE "instance_search_terms"`);
  }
}
