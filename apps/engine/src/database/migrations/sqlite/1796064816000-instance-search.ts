import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Instances found by business key through an index of the keys' suffixes. Existing instances are indexed at
 * the next start, which knows the workflows' keys.
 */
export class InstanceSearch1796064816000 implements MigrationInterface {
  name = 'InstanceSearch1796064816000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "instance_search_terms" (
      "term" varchar(64) NOT NULL, "instance_id" varchar(26) NOT NULL, PRIMARY KEY ("term", "instance_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_search_terms_instance" ON "instance_search_terms" ("instance_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "instance_search_terms"`);
  }
}
