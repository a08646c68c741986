import { Column, Entity, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';

import type { FormDocument } from '@yilin/contracts';
import { jsonTransformer } from '@engine/database/json.transformer';

/** One published version of a form; never updated once written. */
@Entity('form_versions')
export class FormVersionEntity {
  @PrimaryColumn({ name: 'form_key', type: 'varchar', length: 64 })
  formKey!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @OnMariaDb({ type: 'longtext' })
  @Column({ type: 'text', transformer: jsonTransformer })
  document!: FormDocument;

  @Column({ name: 'published_by', type: 'varchar', length: 64 })
  publishedBy!: string;

  @Column({ name: 'published_at', type: 'datetime', precision: 3 })
  publishedAt!: Date;
}
