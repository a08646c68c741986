import { Column, Entity, PrimaryColumn } from 'typeorm';

import { jsonTransformer } from '@engine/database/json.transformer';

import type { RegistrationSettings } from './registration-settings.dto';

/** The green channel's configuration, one row; absent until an admin first saves it. */
@Entity('registration_settings')
export class RegistrationSettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id!: string;

  @Column({ type: 'text', transformer: jsonTransformer })
  settings!: RegistrationSettings;

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
