// Fault tests run the engine as production does: the compiled build (`nx build engine`, cached, so only
// what changed is rebuilt) started with plain `node`.
const { execSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function buildEngine() {
  execSync('npx nx build engine --output-style=static', { cwd: join(__dirname, '..', '..'), stdio: 'ignore' });
};
