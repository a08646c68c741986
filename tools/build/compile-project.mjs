// `nx build <project>` for the TypeScript projects: each source file (specs left out) becomes JavaScript under
// dist/out/<project root>/, with the tsconfig path aliases rewritten to relative paths. Every project lands in
// the same tree, so `dist/out/apps/engine/src/main.js` requires `dist/out/libs/runtime/src/index.js`, built
// (and cached) by `nx build runtime`. swc transpiles exactly as the tests' transform does (decorators and
// their metadata included); `nx typecheck` is the type check.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { transformFile } from '@swc/core';

const WORKSPACE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(WORKSPACE, 'dist', 'out');
const SPEC = /\.(spec|int-spec|e2e-spec|browser-spec|faults-spec)\.tsx?$/;

const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('usage: node tools/build/compile-project.mjs <project root>');
  process.exit(2);
}

const { compilerOptions } = JSON.parse(
  (await import('node:fs')).readFileSync(join(WORKSPACE, 'tsconfig.base.json'), 'utf8'),
);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !SPEC.test(entry.name) ? [path] : [];
  });
}

const options = (file) => ({
  filename: file,
  jsc: {
    baseUrl: WORKSPACE,
    paths: compilerOptions.paths,
    target: 'es2022',
    parser: { syntax: 'typescript', tsx: file.endsWith('.tsx'), decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
  swcrc: false,
  configFile: false,
});

const target = join(OUT, projectRoot);
rmSync(target, { recursive: true, force: true });
const files = sources(join(WORKSPACE, projectRoot));
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, options(file));
    const out = join(OUT, relative(WORKSPACE, file)).replace(/\.tsx?$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
    writeFileSync(`${out}.map`, map);
  }),
);
console.log(`${projectRoot}: ${files.length} files → ${relative(WORKSPACE, target)}`);
