// Shared by every jest project: swc transpiles TS (decorators and their metadata included); the type
// check is `npm run typecheck`.
const { compilerOptions } = require('./tsconfig.base.json');

// tsconfig paths as jest mappers: `@engine/*` → `^@engine/(.*)$` → `<rootDir>/apps/engine/src/$1`.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('*', '(.*)')}$`,
    `<rootDir>/${target.replace('*', '$1')}`,
  ]),
);

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // typebox (the contracts' schema builder), swagger-parser's ref parser and content-disposition (under
  // @fastify/static, wherever npm nests it) ship ES modules only: swc turns them into CommonJS for jest.
  transform: { '^.+\\.(t|j)sx?$': swcTransform, '^.+\\.mjs$': swcTransform },
  transformIgnorePatterns: [
    '^(?!.*/node_modules/content-disposition/).*/node_modules/(?!(typebox|@apidevtools/json-schema-ref-parser)/)',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
