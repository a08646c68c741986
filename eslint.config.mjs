import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'express',
  'bull',
  'ioredis',
  'mysql2',
  'better-sqlite3',
  'react',
  'react-dom',
  'react-router',
  '@rjsf/*',
];

// Project tags (project.json) and what each may import. Lint fails when an import crosses a boundary.
const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:engine', onlyDependOnLibsWithTags: ['scope:engine', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'type:contracts', 'type:util'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  { sourceTag: 'type:workflow-kit', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:machine', onlyDependOnLibsWithTags: ['type:contracts', 'type:workflow-kit'] },
  {
    sourceTag: 'type:runtime',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:workflow-kit', 'type:runtime'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:workflow-kit', 'type:machine', 'type:runtime'],
  },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:workflow-kit', 'type:machine', 'type:runtime'],
  },
  // Machines, their kit, the runtime core and the contracts load in a bare Node process (and contracts in the
  // browser): no web framework, database, queue or UI library may creep in.
  ...['type:machine', 'type:workflow-kit', 'type:runtime', 'type:contracts'].map((sourceTag) => ({
    sourceTag,
    bannedExternalImports: FRAMEWORKS,
  })),
];

const boundaryOptions = (constraints, allow = []) => ({
  enforceBuildableLibDependency: false,
  // Inside a project, folders reach each other by alias (@engine/…) instead of ../ paths.
  allowCircularSelfDependency: true,
  allow,
  depConstraints: constraints,
});

// Specs of machines replay them through the runtime and validate with the shared validator.
const specConstraints = depConstraints.map((constraint) =>
  constraint.onlyDependOnLibsWithTags &&
  (constraint.sourceTag === 'type:machine' || constraint.sourceTag === 'type:workflow-kit')
    ? { ...constraint, onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:runtime', 'type:util'] }
    : constraint,
);

export default [
  { ignores: ['**/node_modules', '**/dist', 'data', 'tmp', 'test-artifacts', '.nx', 'coverage'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(depConstraints)],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(specConstraints)] },
  },
  {
    // The end-to-end tests and the benchmark drive the engine app in-process; nothing else may reach into an app.
    files: ['test/**/*.ts', 'tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(depConstraints, ['@engine/**', '@test/**'])] },
  },
  {
    // Inside the apps and the cross-app tests, folders reach each other by alias; libraries keep relative
    // imports inside themselves, and the boundary rule stops them crossing into another project.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'Import across folders by alias (@engine/…, @web/…, @yilin/…).' }] },
      ],
    },
  },
  {
    // Hooks called conditionally break React's state, and an effect missing a dependency shows stale data.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Every setting goes through the checked configuration (apps/engine/src/config), so a bad value stops the
    // start with one clear line instead of becoming NaN somewhere.
    files: ['apps/engine/src/**/*.ts'],
    ignores: ['apps/engine/src/config/**', 'apps/engine/src/testing/**', 'apps/engine/src/**/*.spec.ts', 'apps/engine/src/**/*.int-spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings from EngineConfig (ENGINE_CONFIG), parsed in apps/engine/src/config.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
