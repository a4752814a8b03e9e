// Build the reference header CLI once before the suites (integration tests spawn it). Suites that
// start the built app build it themselves when needed (test/support/built-app.ts).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build-reference-cli.js')], { stdio: 'inherit' });
};
