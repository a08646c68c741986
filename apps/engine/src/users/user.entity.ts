import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

import { jsonTransformer } from '@engine/database/json.transformer';

@Entity('users')
@Unique('uq_users_username', ['username'])
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 128 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'text', transformer: jsonTransformer })
  roles!: string[];

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  /** Bumped to end every session the user has: tokens carry the version they were issued at. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion!: number;

  /** A disabled user cannot sign in and their tokens stop working. */
  @Column({ type: 'boolean', default: false })
  disabled!: boolean;
}
