import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Instances found by business key through an index of the keys' suffixes (compared by code point, as on
 * SQLite), and the moment each instance reached its state. Existing instances are indexed at the next start.
 */
export class InstanceSearch1796064816000 implements MigrationInterface {
  name = 'InstanceSearch1796064816000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`instance_search_terms\` (
      \`term\` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, \`instance_id\` varchar(26) NOT NULL,
      PRIMARY KEY (\`term\`, \`instance_id\`), INDEX \`idx_search_terms_instance\` (\`instance_id\`))
      ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`ALTER TABLE \`workflow_instances\` ADD \`state_entered_at\` datetime(3) NULL`);
    // The last step is the best that is known of when an existing instance reached its state.
    await queryRunner.query(`UPDATE \`workflow_instances\` SET \`state_entered_at\` = \`updated_at\``);
    await queryRunner.query(`ALTER TABLE \`workflow_instances\` MODIFY \`state_entered_at\` datetime(3) NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`workflow_instances\` DROP COLUMN \`state_entered_at\``);
    await queryRunner.query(`DROP TABLE \`instance_search_terms\``);
  }
}
