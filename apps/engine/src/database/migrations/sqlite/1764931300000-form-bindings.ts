import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FormBindings1764931300000 implements MigrationInterface {
  name = 'FormBindings1764931300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "form_bindings" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "workflow" varchar(100) NOT NULL, "slot" varchar(100) NOT NULL,
      "scope" varchar(100) NOT NULL, "form_key" varchar(64) NOT NULL, "bound_by" varchar(64) NOT NULL,
      "bound_at" datetime NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX "idx_form_bindings_slot" ON "form_bindings" ("workflow", "slot", "scope", "bound_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "form_bindings"`);
  }
}
