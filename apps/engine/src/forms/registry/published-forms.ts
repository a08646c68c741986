import { Injectable } from '@nestjs/common';

import type { FormVersionDto } from '@yilin/contracts';
import { DatabaseTransactions } from '@engine/database/database-transactions';

import { FormEntity } from '@engine/forms/entities/form.entity';
import { FormVersionEntity } from '@engine/forms/entities/form-version.entity';
import { FormStore } from './form-store';

export const toVersionDto = (entity: FormVersionEntity): FormVersionDto => ({
  key: entity.formKey,
  version: entity.version,
  document: entity.document,
  publishedAt: entity.publishedAt.toISOString(),
  publishedBy: entity.publishedBy,
});

/**
 * Published versions as the validator needs them, during an event's transaction. Versions never change,
 * so each is kept once read. On SQLite every unit of work shares one connection and this process is the
 * only writer, so memory is the source (all versions are loaded at start and every publish lands here).
 * On MariaDB other processes may publish, so the latest number is read from the database, inside the
 * event's own transaction: no second connection while the instance row is locked.
 */
@Injectable()
export class PublishedForms {
  private readonly versions = new Map<string, FormVersionDto>();
  private readonly latestByKey = new Map<string, number>();

  constructor(
    private readonly store: FormStore,
    private readonly db: DatabaseTransactions,
  ) {}

  async load(): Promise<void> {
    for (const entity of await this.store.allVersions()) this.remember(toVersionDto(entity));
  }

  remember(version: FormVersionDto): void {
    this.versions.set(`${version.key}@${version.version}`, version);
    if ((this.latestByKey.get(version.key) ?? 0) < version.version) this.latestByKey.set(version.key, version.version);
  }

  async latestVersion(key: string): Promise<number | null> {
    if (this.db.driver === 'sqlite') return this.latestByKey.get(key) ?? null;
    const form = await this.db.read((m) => m.findOne(FormEntity, { where: { key }, select: { key: true, latestVersion: true } }));
    return form?.latestVersion ?? null;
  }

  async version(key: string, version: number): Promise<FormVersionDto | null> {
    const cached = this.versions.get(`${key}@${version}`);
    if (cached || this.db.driver === 'sqlite') return cached ?? null;
    const entity = await this.db.read((m) => m.findOneBy(FormVersionEntity, { formKey: key, version }));
    if (!entity) return null;
    const dto = toVersionDto(entity);
    this.remember(dto);
    return dto;
  }
}
