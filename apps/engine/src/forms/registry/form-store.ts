import { Injectable } from '@nestjs/common';

import type { FormDocument } from '@yilin/contracts';
import { DatabaseTransactions } from '@engine/database/database-transactions';
import { partialRow } from '@engine/database/partial-row.util';

import { FormEntity } from '@engine/forms/entities/form.entity';
import { FormVersionEntity } from '@engine/forms/entities/form-version.entity';

/** Persistence of forms and their versions; the only place that touches their tables. */
@Injectable()
export class FormStore {
  constructor(private readonly db: DatabaseTransactions) {}

  list(): Promise<FormEntity[]> {
    return this.db.exclusive(() => this.db.dataSource.getRepository(FormEntity).find({ order: { key: 'ASC' } }));
  }

  find(key: string): Promise<FormEntity | null> {
    return this.db.exclusive(() => this.db.dataSource.getRepository(FormEntity).findOneBy({ key }));
  }

  versions(key: string): Promise<FormVersionEntity[]> {
    return this.db.exclusive(() =>
      this.db.dataSource.getRepository(FormVersionEntity).find({ where: { formKey: key }, order: { version: 'ASC' } }),
    );
  }

  version(key: string, version: number): Promise<FormVersionEntity | null> {
    return this.db.exclusive(() => this.db.dataSource.getRepository(FormVersionEntity).findOneBy({ formKey: key, version }));
  }

  allVersions(): Promise<FormVersionEntity[]> {
    return this.db.exclusive(() => this.db.dataSource.getRepository(FormVersionEntity).find());
  }

  /** Creates the form; false when the key is taken (by another process too). */
  async create(key: string, draft: FormDocument, by: string, at: Date): Promise<boolean> {
    return this.db.run(async (manager) => {
      if (await manager.findOneBy(FormEntity, { key })) return false;
      await manager.insert(FormEntity, partialRow<FormEntity>({ key, draft, latestVersion: null, updatedBy: by, createdAt: at, updatedAt: at }));
      return true;
    });
  }

  /** Replaces the draft; false when the form does not exist. */
  async saveDraft(key: string, draft: FormDocument, by: string, at: Date): Promise<boolean> {
    const result = await this.db.run((manager) =>
      manager.update(FormEntity, { key }, partialRow<FormEntity>({ draft, updatedBy: by, updatedAt: at })),
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * Publishes the draft `check` approves (a pure function: no other query may run inside this unit) as the next version under the form's row lock, so two
   * publishes never take the same number and each one checks the draft it actually publishes.
   */
  async publish<T>(
    key: string,
    by: string,
    at: Date,
    check: (form: FormEntity, latest: FormVersionEntity | null) => T,
  ): Promise<{ version: number; document: FormDocument; checked: T } | null> {
    return this.db.run(async (manager) => {
      const form = await manager.findOne(FormEntity, { where: { key }, lock: this.db.driver === 'mysql' ? { mode: 'pessimistic_write' } : undefined });
      if (!form) return null;
      const latest = form.latestVersion ? await manager.findOneBy(FormVersionEntity, { formKey: key, version: form.latestVersion }) : null;
      const checked = check(form, latest);
      const version = (form.latestVersion ?? 0) + 1;
      await manager.insert(FormVersionEntity, partialRow<FormVersionEntity>({ formKey: key, version, document: form.draft, publishedBy: by, publishedAt: at }));
      await manager.update(FormEntity, { key }, partialRow<FormEntity>({ latestVersion: version, updatedAt: at }));
      return { version, document: form.draft, checked };
    });
  }
}
