import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InstanceClaims1764800000000 implements MigrationInterface {
  name = 'InstanceClaims1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "instance_claims" (
      "instance_id" varchar(26) PRIMARY KEY NOT NULL, "user_id" varchar(64) NOT NULL, "state" varchar(255) NOT NULL,
      "claimed_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_instance_claims_user" ON "instance_claims" ("user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "instance_claims"`);
  }
}
