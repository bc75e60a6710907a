const { Client } = require('pg');
const apiGlobalTeardown = require('../../../api/test/harness/global-teardown.cjs');
const { stop } = require('./processes.cjs');

module.exports = async function globalTeardown() {
  const e2e = globalThis.__yigouE2e;
  if (e2e) {
    await Promise.all([stop(e2e.api), stop(e2e.web), stop(e2e.alipay)]);
    const admin = new Client({ connectionString: e2e.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${e2e.dbName}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  await apiGlobalTeardown();
};
