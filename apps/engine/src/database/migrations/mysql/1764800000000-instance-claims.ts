import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export class InstanceClaims1764800000000 implements MigrationInterface {
  name = 'InstanceClaims1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`instance_claims\` (
      \`instance_id\` varchar(26) NOT NULL, \`user_id\` varchar(64) NOT NULL, \`state\` varchar(255) NOT NULL,
      \`claimed_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`instance_id\`),
      INDEX \`idx_instance_claims_user\` (\`user_id\`)) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`instance_claims\``);
  }
}
