import { Column, Entity, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';

import type { FormDocument } from '@yilin/contracts';
import { jsonTransformer } from '@engine/database/json.transformer';

/** A form key with its editable draft; published versions live in `form_versions`. */
@Entity('forms')
export class FormEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @OnMariaDb({ type: 'longtext' })
  @Column({ type: 'text', transformer: jsonTransformer })
  draft!: FormDocument;

  @Column({ name: 'latest_version', type: 'int', nullable: true })
  latestVersion!: number | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
