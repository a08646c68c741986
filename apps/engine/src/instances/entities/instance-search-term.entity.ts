import { Entity, Index, PrimaryColumn } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';

/**
 * One way to find an instance: a suffix of one of its business keys (a project title, a registration
 * number), so that a search for any part of a key is a prefix range on the primary key.
 */
@Entity('instance_search_terms')
@Index('idx_search_terms_instance', ['instanceId'])
export class InstanceSearchTermEntity {
  @OnMariaDb({ collation: 'utf8mb4_bin' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  term!: string;

  @PrimaryColumn({ name: 'instance_id', type: 'varchar', length: 26 })
  instanceId!: string;
}
