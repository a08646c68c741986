// Builds the web app once, before any test file runs, when the build is missing or older than its
// sources: browser suites in parallel must never rebuild dist/ from under one another.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['apps/web', 'libs/contracts/src', 'libs/form-validation/src'];

function newestIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }, 0);
}

module.exports = async function buildWebApp() {
  const index = join(ROOT, 'dist', 'apps', 'web', 'index.html');
  const sources = Math.max(...SOURCES.map((dir) => newestIn(join(ROOT, dir))));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execSync('npm run build:web', { cwd: ROOT, stdio: 'ignore' });
};
