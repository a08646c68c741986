import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { FormValidatorCache } from '@yilin/form-validation';
import { readVariable } from '@engine/config/environment';

import { round } from '../measure.util';

const APPLICATION = {
  title: '黉门街社区微更新：楼道照明改造',
  organisation: '黉门街社区居民委员会',
  amount: 4_800_000,
  summary: '为 6 个老旧院落的楼道更换节能照明，居民议事会已表决通过。',
  programmeId: 'community-renewal',
};

/** Grant applications validated per second with the compiled, cached validator the engine uses. */
export function validations(): number {
  // The seed application form, as data: what the engine validates a new application with.
  const grantApplicationSchema: unknown = JSON.parse(readFileSync(join(readVariable(process.env, 'FORMS_DIR') ?? 'forms', 'grant-application', 'schema.json'), 'utf8'));
  const cache = new FormValidatorCache();
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < 1000) {
    if (cache.validate('grant-application@bench', grantApplicationSchema, APPLICATION).length) {
      throw new Error('The sample application should be valid');
    }
    count += 1;
  }
  return round(count / ((performance.now() - started) / 1000));
}
