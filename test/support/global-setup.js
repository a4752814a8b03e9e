// Build what the suites need before they start: the reference header CLI (integration tests spawn
// it) and the app itself (reliability suites start dist/apps/api/src/main.js as a child process).
// Each is built only when missing or older than its sources, so `npm test` on a fresh clone needs
// nothing but `npm ci`, and a second run costs a stat of the sources.
const { join } = require('node:path');
const { ensureBuild } = require(join(__dirname, '../../scripts/ensure-build.js'));

module.exports = async () => {
  ensureBuild();
};
