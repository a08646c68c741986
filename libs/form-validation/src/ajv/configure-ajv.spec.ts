import Ajv from 'ajv';
import addFormats from 'ajv-formats';

import { configureAjv } from './configure-ajv';

describe('configureAjv', () => {
  it('adds the standard and the CN formats and the x- keywords', () => {
    const ajv = configureAjv(new Ajv());
    expect(ajv.validate({ type: 'string', format: 'email' }, 'a@b.cn')).toBe(true);
    expect(ajv.validate({ type: 'string', format: 'date' }, '2025-02-30')).toBe(false);
    expect(ajv.validate({ type: 'string', format: 'cn-mobile' }, '13800138000')).toBe(true);
    expect(ajv.validate({ type: 'integer', 'x-amount-fen': true }, -1)).toBe(false);
  });

  it('can run on an instance that already has ajv-formats and on itself twice', () => {
    const ajv = new Ajv();
    addFormats(ajv);
    expect(() => configureAjv(configureAjv(ajv))).not.toThrow();
    expect(ajv.validate({ type: 'string', format: 'cn-resident-id' }, '11010519491231002X')).toBe(true);
  });
});
