// Browser specs load the production web build. It is the cached `nx build web`: rebuilt only when the web
// app or a library it uses changed, once, before any test file runs, so browser suites in parallel never
// rebuild dist/ from under one another. Under `nx test e2e` the build already ran as a dependency.
const { execSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function buildWebApp() {
  if (process.env.NX_TASK_TARGET_PROJECT) return;
  execSync('npx nx build web --output-style=static', { cwd: join(__dirname, '..', '..'), stdio: 'ignore' });
};
