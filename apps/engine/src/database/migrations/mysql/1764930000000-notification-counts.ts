import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Unread notices counted as they arrive: delivered per recipient, and how many of them each person has seen. */
export class NotificationCounts1764930000000 implements MigrationInterface {
  name = 'NotificationCounts1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`notification_counts\` (
      \`recipient\` varchar(80) NOT NULL, \`delivered\` int NOT NULL, PRIMARY KEY (\`recipient\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`notification_reads\` (
      \`user_id\` varchar(64) NOT NULL, \`recipient\` varchar(80) NOT NULL, \`seen\` int NOT NULL,
      PRIMARY KEY (\`user_id\`, \`recipient\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`INSERT INTO \`notification_counts\` (\`recipient\`, \`delivered\`)
      SELECT \`recipient\`, COUNT(*) FROM \`notifications\` GROUP BY \`recipient\``);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`notification_reads\``);
    await queryRunner.query(`DROP TABLE \`notification_counts\``);
  }
}
