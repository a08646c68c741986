import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { OnMariaDb } from '@engine/database/driver-columns';

/** A registered enterprise: one per licence, its name unique once normalised. */
@Entity('enterprises')
@Unique('uq_enterprises_instance', ['registrationInstanceId'])
@Unique('uq_enterprises_name', ['normalizedName'])
@Unique('uq_enterprises_registration_no', ['registrationNo'])
@Index('idx_enterprises_certified', ['certifiedAt', 'id'])
export class EnterpriseEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  /** The green-channel filing that issued the licence; one licence per filing. */
  @Column({ name: 'registration_instance_id', type: 'varchar', length: 26 })
  registrationInstanceId!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @OnMariaDb({ collation: 'utf8mb4_bin' })
  @Column({ name: 'normalized_name', type: 'varchar', length: 255 })
  normalizedName!: string;

  @OnMariaDb({ collation: 'utf8mb4_bin' })
  @Column({ name: 'registration_no', type: 'varchar', length: 18 })
  registrationNo!: string;

  @Column({ name: 'founder_user_id', type: 'varchar', length: 64 })
  founderUserId!: string;

  @Column({ name: 'registered_at', type: 'datetime', precision: 3 })
  registeredAt!: Date;

  @Column({ name: 'certified_at', type: 'datetime', precision: 3, nullable: true })
  certifiedAt!: Date | null;

  @Column({ name: 'referred_to_incubation_at', type: 'datetime', precision: 3, nullable: true })
  referredToIncubationAt!: Date | null;
}

/** One address on a licence (一照多址: several per enterprise; 一址多照: several enterprises per address). */
@Entity('enterprise_addresses')
@Index('idx_enterprise_addresses_address', ['normalizedAddress'])
export class EnterpriseAddressEntity {
  @PrimaryColumn({ name: 'enterprise_id', type: 'varchar', length: 26 })
  enterpriseId!: string;

  @OnMariaDb({ collation: 'utf8mb4_bin' })
  @PrimaryColumn({ name: 'normalized_address', type: 'varchar', length: 255 })
  normalizedAddress!: string;

  @Column({ type: 'varchar', length: 255 })
  address!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  kind!: string | null;
}
