import { Injectable } from '@nestjs/common';

import type { FormVersionDto } from '@yilin/contracts';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { ReloadedTable } from '@engine/database/reloaded-table';

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
 * On MariaDB other processes may publish too: the latest numbers of all forms are read again at most once
 * a second (an event reads them dozens of times over), and a form this process has not heard of yet is
 * looked up at once.
 */
@Injectable()
export class PublishedForms {
  private readonly versions = new Map<string, FormVersionDto>();
  private readonly latestByKey = new Map<string, number>();
  private readonly latestNumbers = new ReloadedTable(async () => {
    const forms = await this.db.read((m) => m.find(FormEntity, { select: { key: true, latestVersion: true } }));
    forms.forEach((form) => this.noteLatest(form.key, form.latestVersion));
  });

  constructor(
    private readonly store: FormStore,
    private readonly db: DatabaseTransactions,
  ) {}

  async load(): Promise<void> {
    for (const entity of await this.store.allVersions()) this.remember(toVersionDto(entity));
  }

  remember(version: FormVersionDto): void {
    this.versions.set(`${version.key}@${version.version}`, version);
    this.noteLatest(version.key, version.version);
  }

  async latestVersion(key: string): Promise<number | null> {
    if (this.db.driver === 'sqlite') return this.latestByKey.get(key) ?? null;
    await this.latestNumbers.fresh();
    const known = this.latestByKey.get(key);
    if (known !== undefined) return known;
    const form = await this.db.read((m) => m.findOne(FormEntity, { where: { key }, select: { key: true, latestVersion: true } }));
    this.noteLatest(key, form?.latestVersion ?? null);
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

  /** Versions only grow: a read that started before a publish here finished cannot take it back. */
  private noteLatest(key: string, version: number | null): void {
    if (version && (this.latestByKey.get(key) ?? 0) < version) this.latestByKey.set(key, version);
  }
}
