import { Injectable } from '@nestjs/common';
import { type EntityManager, Not } from 'typeorm';

import { ulid } from '@yilin/runtime';
import {
  type AddressProblem,
  type AddressShare,
  ENTERPRISE_REGISTRATION_KEY,
  type NameConflict,
  type RegistrationAddress,
} from '@yilin/workflow-enterprise-registration';
import type { PageDto } from '@yilin/contracts';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { newestByTime, timePage } from '@engine/database/keyset.util';

import type { ApplicantEnterpriseDto, CertifiedEnterpriseDto, EnterpriseSubject } from './enterprise.dto';
import { EnterpriseAddressEntity, EnterpriseEntity } from './enterprise.entity';
import { normaliseAddress, normaliseEnterpriseName } from './enterprise-name.util';
import { newRegistrationNo } from './registration-number.util';
import { isUniqueViolation } from './unique-violation.util';

const MIN_ADDRESS_LENGTH = 6;
const ISSUE_ATTEMPTS = 5;

export type NameCheck = { cleared: true } | { cleared: false; conflicts: NameConflict[] };
export type AddressCheck = { cleared: true; sharedWith: AddressShare[] } | { cleared: false; problems: AddressProblem[] };
export type LicenceOutcome = { issued: true; registrationNo: string } | { issued: false; conflicts: NameConflict[] };

export interface LicenceRequest {
  instanceId: string;
  name: string;
  addresses: readonly RegistrationAddress[];
  founderUserId: string;
  at: Date;
}

/** The register of enterprises the green channel licensed: names, numbers, addresses, certifications. */
@Injectable()
export class EnterpriseRegistryService {
  constructor(private readonly db: DatabaseTransactions) {}

  /** A name is free unless a registered enterprise (other than this filing's own) bears it. */
  async checkName(instanceId: string, name: string): Promise<NameCheck> {
    const holder = await this.db.exclusive(() => this.holderOf(this.db.dataSource.manager, name, instanceId));
    return holder ? { cleared: false, conflicts: [conflictOf(holder)] } : { cleared: true };
  }

  /**
   * 一址多照 and 一照多址 are both allowed: sharing an address with other enterprises is recorded, not
   * refused. Refused are addresses too short to locate and one address listed twice.
   */
  async checkAddresses(instanceId: string, addresses: readonly RegistrationAddress[]): Promise<AddressCheck> {
    const problems: AddressProblem[] = [];
    const seen = new Set<string>();
    for (const { address } of addresses) {
      const normalized = normaliseAddress(address);
      if (normalized.length < MIN_ADDRESS_LENGTH) {
        problems.push({ address, reason: '地址不完整，请写明街道和门牌号 / Incomplete: give the street and number' });
      } else if (seen.has(normalized)) {
        problems.push({ address, reason: '同一地址重复填写 / The same address is listed twice' });
      }
      seen.add(normalized);
    }
    if (problems.length) return { cleared: false, problems };

    const rows = await this.db.exclusive(() =>
      this.db.dataSource.manager
        .createQueryBuilder(EnterpriseAddressEntity, 'address')
        .innerJoin(EnterpriseEntity, 'enterprise', 'enterprise.id = address.enterpriseId')
        .select(['address.normalizedAddress AS normalized', 'enterprise.registrationNo AS registrationNo'])
        .where('address.normalizedAddress IN (:...addresses)', { addresses: [...seen] })
        .andWhere('enterprise.registrationInstanceId != :instanceId', { instanceId })
        .orderBy('enterprise.registrationNo')
        .getRawMany<{ normalized: string; registrationNo: string }>(),
    );
    const sharedWith = addresses
      .map(({ address }) => ({
        address,
        enterprises: rows.filter((row) => row.normalized === normaliseAddress(address)).map((row) => row.registrationNo),
      }))
      .filter((share) => share.enterprises.length > 0);
    return { cleared: true, sharedWith };
  }

  /**
   * Issues the licence once per filing: a repeated request returns the number already issued. The unique
   * index on the normalised name settles a race between two filings for one name.
   */
  async issueLicence(request: LicenceRequest): Promise<LicenceOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.run((m) => this.issueOnce(m, request));
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= ISSUE_ATTEMPTS) throw error;
      }
    }
  }

  /** Certification and the referral to incubation are recorded once, at the first delivery. */
  async recordCertification(instanceId: string, at: Date): Promise<boolean> {
    return this.db.run(async (m) => {
      const enterprise = await m.findOneBy(EnterpriseEntity, { registrationInstanceId: instanceId });
      if (!enterprise) return false;
      if (!enterprise.certifiedAt) {
        await m.update(EnterpriseEntity, { id: enterprise.id }, { certifiedAt: at, referredToIncubationAt: at });
      }
      return true;
    });
  }

  /** A page of certified enterprises, the most recently certified first. */
  async listCertified(page: { cursor?: string; limit: number }): Promise<PageDto<CertifiedEnterpriseDto>> {
    const read = await this.db.exclusive(() =>
      newestByTime(
        this.db.dataSource.manager.createQueryBuilder(EnterpriseEntity, 'e').where('e.certifiedAt IS NOT NULL'),
        { time: 'e.certifiedAt', id: 'e.id' },
        page,
      ).getMany(),
    );
    const { rows, nextCursor } = timePage(read, page.limit, (row) => ({ at: row.certifiedAt as Date, id: row.id }));
    return {
      items: rows.map((row) => ({
        name: row.name,
        registrationNo: row.registrationNo,
        certifiedAt: (row.certifiedAt as Date).toISOString(),
      })),
      nextCursor,
    };
  }

  /** A registered enterprise by its registration number, as the grant side needs it; null when unknown. */
  async findByRegistrationNo(registrationNo: string): Promise<ApplicantEnterpriseDto | null> {
    const row = await this.db.exclusive(() =>
      this.db.dataSource.manager.findOneBy(EnterpriseEntity, { registrationNo: registrationNo.trim().toUpperCase() }),
    );
    return (
      row && {
        name: row.name,
        registrationNo: row.registrationNo,
        founderUserId: row.founderUserId,
        certifiedAt: row.certifiedAt?.toISOString() ?? null,
      }
    );
  }

  /** The registration behind an enterprise named by its registration number or its name. */
  async subjectFor(nameOrRegistrationNo: string): Promise<EnterpriseSubject | null> {
    const key = nameOrRegistrationNo.trim();
    const enterprise = await this.db.exclusive(() =>
      this.db.dataSource.manager.findOne(EnterpriseEntity, {
        where: [{ registrationNo: key.toUpperCase() }, { normalizedName: normaliseEnterpriseName(key) }],
      }),
    );
    return enterprise
      ? { workflow: ENTERPRISE_REGISTRATION_KEY, instanceId: enterprise.registrationInstanceId, ownerId: enterprise.founderUserId }
      : null;
  }

  private async issueOnce(m: EntityManager, request: LicenceRequest): Promise<LicenceOutcome> {
    const issued = await m.findOneBy(EnterpriseEntity, { registrationInstanceId: request.instanceId });
    if (issued) return { issued: true, registrationNo: issued.registrationNo };
    const holder = await this.holderOf(m, request.name, request.instanceId);
    if (holder) return { issued: false, conflicts: [conflictOf(holder)] };

    let registrationNo = newRegistrationNo();
    while (await m.existsBy(EnterpriseEntity, { registrationNo })) registrationNo = newRegistrationNo();
    const enterprise: EnterpriseEntity = {
      id: ulid(),
      registrationInstanceId: request.instanceId,
      name: request.name.trim(),
      normalizedName: normaliseEnterpriseName(request.name),
      registrationNo,
      founderUserId: request.founderUserId,
      registeredAt: request.at,
      certifiedAt: null,
      referredToIncubationAt: null,
    };
    await m.insert(EnterpriseEntity, enterprise);
    const addresses = new Map<string, EnterpriseAddressEntity>();
    for (const { address, kind } of request.addresses) {
      const normalizedAddress = normaliseAddress(address);
      addresses.set(normalizedAddress, { enterpriseId: enterprise.id, normalizedAddress, address: address.trim(), kind: kind ?? null });
    }
    if (addresses.size) await m.insert(EnterpriseAddressEntity, [...addresses.values()]);
    return { issued: true, registrationNo };
  }

  private holderOf(m: EntityManager, name: string, instanceId: string): Promise<EnterpriseEntity | null> {
    return m.findOne(EnterpriseEntity, {
      where: { normalizedName: normaliseEnterpriseName(name), registrationInstanceId: Not(instanceId) },
    });
  }
}

function conflictOf(enterprise: EnterpriseEntity): NameConflict {
  return { name: enterprise.name, registrationNo: enterprise.registrationNo };
}

