import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';

import type { FormDocument } from '@yilin/contracts';

import { ENGINE_CONFIG, type EngineConfig } from '@engine/config/engine-config';
import { FormStore } from '@engine/forms/registry/form-store';
import { FormsService } from '@engine/forms/registry/forms.service';

const SEED_AUTHOR = 'system';
const KEY = /^[a-z][a-z0-9-]{0,63}$/;

/** Reads `forms/<key>/{schema,ui-schema,labels.zh,labels.en}.json` as data, never as code. */
export function readSeedForm(dir: string): FormDocument {
  const read = (name: string, fallback?: unknown) => {
    const file = join(dir, name);
    if (!existsSync(file) && fallback !== undefined) return fallback;
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  };
  return {
    schema: read('schema.json') as FormDocument['schema'],
    uiSchema: read('ui-schema.json', {}) as FormDocument['uiSchema'],
    labels: { zh: read('labels.zh.json') as Record<string, string>, en: read('labels.en.json') as Record<string, string> },
  };
}

/**
 * On every start, each seed form that the registry does not know yet becomes a form with version 1.
 * Forms staff already have are never touched: after the first start the registry is the source.
 */
@Injectable()
export class FormSeedService {
  private readonly logger = new Logger('Forms');

  constructor(
    private readonly store: FormStore,
    private readonly forms: FormsService,
    @Inject(ENGINE_CONFIG) private readonly config: EngineConfig,
  ) {}

  /** Seeds from FORMS_DIR (`forms/` at the repository root by default). */
  async seed(dir = this.config.formsDir): Promise<string[]> {
    if (!existsSync(dir)) return [];
    const seeded: string[] = [];
    for (const key of readdirSync(dir).sort()) {
      if (!KEY.test(key) || !existsSync(join(dir, key, 'schema.json'))) continue;
      if (await this.store.find(key)) continue;
      const document = readSeedForm(join(dir, key));
      if (!(await this.store.create(key, document, SEED_AUTHOR, new Date()))) continue;
      await this.forms.publish(key, SEED_AUTHOR);
      seeded.push(key);
    }
    if (seeded.length) this.logger.log(`Seed forms published: ${seeded.join(', ')}`);
    return seeded;
  }
}
