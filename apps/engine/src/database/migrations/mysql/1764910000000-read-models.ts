import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/**
 * Reads that do not grow with history: an index for every list's order and filter, and instance counts
 * per state kept as rows (spread over slots) instead of counted by scanning.
 */
export class ReadModels1764910000000 implements MigrationInterface {
  name = 'ReadModels1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`workflow_instances\`
      ADD INDEX \`idx_instances_workflow_id\` (\`workflow\`, \`id\`),
      ADD INDEX \`idx_instances_workflow_status_id\` (\`workflow\`, \`status\`, \`id\`),
      ADD INDEX \`idx_instances_status_id\` (\`status\`, \`id\`),
      ADD INDEX \`idx_instances_status_updated\` (\`status\`, \`updated_at\`)`);
    await queryRunner.query(`ALTER TABLE \`fund_reservations\` ADD INDEX \`idx_reservations_fund\` (\`fund_id\`, \`id\`)`);
    await queryRunner.query(`ALTER TABLE \`notifications\` DROP INDEX \`idx_notifications_recipient\`,
      ADD INDEX \`idx_notifications_recipient\` (\`recipient\`, \`created_at\`, \`id\`)`);
    await queryRunner.query(`CREATE TABLE \`instance_state_counts\` (
      \`workflow\` varchar(64) NOT NULL, \`state\` varchar(255) NOT NULL, \`status\` varchar(16) NOT NULL,
      \`slot\` int NOT NULL, \`count\` int NOT NULL,
      PRIMARY KEY (\`workflow\`, \`state\`, \`status\`, \`slot\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`INSERT INTO \`instance_state_counts\` (\`workflow\`, \`state\`, \`status\`, \`slot\`, \`count\`)
      SELECT \`workflow\`, \`state\`, \`status\`, 0, COUNT(*) FROM \`workflow_instances\` GROUP BY \`workflow\`, \`state\`, \`status\``);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`instance_state_counts\``);
    await queryRunner.query(`ALTER TABLE \`notifications\` DROP INDEX \`idx_notifications_recipient\`,
      ADD INDEX \`idx_notifications_recipient\` (\`recipient\`, \`created_at\`)`);
    await queryRunner.query(`ALTER TABLE \`fund_reservations\` DROP INDEX \`idx_reservations_fund\``);
    await queryRunner.query(`ALTER TABLE \`workflow_instances\`
      DROP INDEX \`idx_instances_workflow_id\`, DROP INDEX \`idx_instances_workflow_status_id\`,
      DROP INDEX \`idx_instances_status_id\`, DROP INDEX \`idx_instances_status_updated\``);
  }
}
