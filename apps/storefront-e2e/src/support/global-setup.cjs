// Browser tests: the run's PostgreSQL and template (as for the integration
// suites), a database cloned for this run, the API as a real child process and
// `vite preview` of the built storefront proxying /graphql and /media to it.
const { spawn } = require('node:child_process');
const { generateKeyPairSync } = require('node:crypto');
const { Client } = require('pg');
const apiGlobalSetup = require('../../../api/test/harness/global-setup.cjs');
const { freePort, root, startApi, startPreview } = require('./processes.cjs');

/**
 * The Alipay stand-in as a child process (apps/api/test/payments/alipay-standin-main.ts), with an application key
 * pair made here: the API gets the private key and the stand-in's "Alipay" public key, the stand-in our public key.
 */
async function startAlipayStandin() {
  const appId = '2021000199990002';
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/test/payments/alipay-standin-main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      ALIPAY_STANDIN_APP_ID: appId,
      ALIPAY_STANDIN_APP_PUBLIC_KEY: keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(JSON.parse(out.slice(0, nl)));
    });
    child.once('exit', (code) => reject(new Error(`Alipay stand-in exited with ${code}`)));
  });
  return {
    child,
    appId,
    port: ready.port,
    privateKey: keys.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    alipayPublicKey: ready.alipayPublicKey,
  };
}

module.exports = async function globalSetup() {
  await apiGlobalSetup();
  const adminUrl = process.env.YIGOU_TEST_PG_ADMIN_URL;
  const template = process.env.YIGOU_TEST_TEMPLATE_DB;
  const dbName = `yigou_e2e_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}" TEMPLATE "${template}"`);
  await admin.end();
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;

  const apiPort = await freePort();
  const webPort = await freePort();
  const alipay = await startAlipayStandin();
  const api = await startApi({
    port: apiPort,
    databaseUrl: dbUrl.toString(),
    webUrl: `http://127.0.0.1:${webPort}`,
    env: {
      // every browser suite signs up from 127.0.0.1: the per-address hourly SMS limit (20) would stop the later ones
      SMS_ADDRESS_HOURLY_LIMIT: '1000',
      ALIPAY_APP_ID: alipay.appId,
      ALIPAY_PRIVATE_KEY: alipay.privateKey,
      ALIPAY_PUBLIC_KEY: alipay.alipayPublicKey,
      ALIPAY_GATEWAY: `http://127.0.0.1:${alipay.port}/gateway.do`,
      ALIPAY_NOTIFY_URL: `http://127.0.0.1:${apiPort}/webhooks/alipay`,
      ALIPAY_RETURN_URL: `http://127.0.0.1:${webPort}`,
    },
  });
  const web = await startPreview(webPort, `http://127.0.0.1:${apiPort}`);
  process.env.E2E_BASE_URL = `http://127.0.0.1:${webPort}`;
  process.env.E2E_API_URL = `http://127.0.0.1:${apiPort}`;
  // For suites that play another domain against the same database (e.g. appending order events to the outbox).
  process.env.E2E_DATABASE_URL = dbUrl.toString();
  process.env.E2E_ALIPAY_URL = `http://127.0.0.1:${alipay.port}`;
  globalThis.__yigouE2e = { api, web, alipay: alipay.child, adminUrl, dbName };
};
