import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dataSourceOptions } from './data-source-options';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite file', () => {
  it('is created readable by its owner only, in a folder only its owner can open', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'yilin-modes-')), 'data');
    const file = join(folder, 'yilin.sqlite');
    dataSourceOptions({ driver: 'sqlite', file });
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(folder)).toBe(0o700);
  });

  it('is tightened when an older install left it readable by everyone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yilin-modes-')), 'old.sqlite');
    writeFileSync(file, '', { mode: 0o644 });
    dataSourceOptions({ driver: 'sqlite', file });
    expect(modeOf(file)).toBe(0o600);
  });
});
