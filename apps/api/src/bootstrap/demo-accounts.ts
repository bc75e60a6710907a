import { INestApplication, Logger } from '@nestjs/common';
import { CatalogService } from '@yigou/server/catalog';
import { DemoDataLoader, DemoHistoryLoader } from '@yigou/server/demo-data';
import { DemoAccountSpec, UserService } from '@yigou/server/identity';

const DEMO_COUNTY = '141034'; // 汾西县
const DEMO_UNIT_KEY = 'fenxi-no1-school'; // 汾西县第一中学
const DEMO_SUPPLIER_KEY = 'gaohan'; // 汾西县高寒农牧专业合作社

const seedName = (s: DemoAccountSpec): string => `account:${s.username}`;

/**
 * Whether the demo data includes a year of orders (DemoHistoryLoader): LOAD_DEMO_HISTORY=true|false, by default on
 * except under NODE_ENV=test, whose suites expect an empty order history after the demo load.
 */
export function demoHistoryWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.LOAD_DEMO_HISTORY?.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return (env.NODE_ENV ?? 'development') !== 'test';
}

/**
 * Loads the demo catalogue on an empty database, then makes sure one account per role exists, then (when wanted)
 * a year of orders on a database that has none, once (demo_seed).
 */
export async function loadDemoData(app: INestApplication, opts: { history?: boolean } = {}): Promise<void> {
  await loadCatalogueAndAccounts(app);
  if (opts.history ?? demoHistoryWanted()) {
    // The history runs through the services and drains the outbox: the event consumers must be registered.
    await app.init();
    try {
      await app.get(DemoHistoryLoader).loadOnce();
    } catch (e) {
      // The catalogue and accounts are there; a history that failed half-way is not worth refusing to start over.
      new Logger('demo-data').error(`demo history failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

async function loadCatalogueAndAccounts(app: INestApplication): Promise<void> {
  const log = new Logger('demo-data');
  const loaded = await app.get(DemoDataLoader).loadIfEmpty();
  if (loaded) log.log('demo data loaded');
  const users = app.get(UserService);
  const unit = await users.unitByDemoKey(DEMO_UNIT_KEY);
  const supplier = await app.get(CatalogService).supplierByDemoKey(DEMO_SUPPLIER_KEY);
  if (!unit || !supplier) {
    log.warn('demo unit or supplier missing; demo accounts not created');
    return;
  }
  const u = unit.id;
  const specs: DemoAccountSpec[] = [
    {
      username: 'buyer',
      displayName: '王晓文',
      phone: '13800000001',
      email: 'buyer@demo.yigou.cn',
      unitId: u,
      grants: [{ role: 'buyer', unitId: u }],
    },
    {
      username: 'purchaser',
      displayName: '李建国',
      phone: '13800000002',
      email: 'purchaser@demo.yigou.cn',
      unitId: u,
      grants: [
        { role: 'buyer', unitId: u },
        { role: 'unit_purchaser', unitId: u },
      ],
    },
    {
      username: 'unit-admin',
      displayName: '张丽华',
      phone: '13800000003',
      email: 'unit-admin@demo.yigou.cn',
      unitId: u,
      grants: [
        { role: 'buyer', unitId: u },
        { role: 'unit_admin', unitId: u },
      ],
    },
    {
      username: 'supplier',
      displayName: '高寒合作社 刘师傅',
      phone: '13800000004',
      email: 'supplier@demo.yigou.cn',
      grants: [{ role: 'supplier_staff', supplierId: supplier.id }],
    },
    {
      username: 'host',
      displayName: '汾西县副县长',
      phone: '13800000005',
      email: 'host@demo.yigou.cn',
      grants: [{ role: 'live_host', regionCode: DEMO_COUNTY }],
    },
    {
      username: 'county-admin',
      displayName: '汾西县乡村振兴局 赵主任',
      phone: '13800000006',
      email: 'county-admin@demo.yigou.cn',
      grants: [{ role: 'county_admin', regionCode: DEMO_COUNTY }],
    },
    {
      username: 'finance',
      displayName: '汾西县财政局 孙科长',
      phone: '13800000007',
      email: 'finance@demo.yigou.cn',
      grants: [{ role: 'finance_reviewer', regionCode: DEMO_COUNTY }],
    },
    {
      username: 'admin',
      displayName: '平台管理员',
      phone: '13800000008',
      email: 'admin@demo.yigou.cn',
      grants: [{ role: 'platform_admin' }],
    },
    {
      username: 'platform-finance',
      displayName: '以购平台财务 周会计',
      phone: '13800000009',
      email: 'platform-finance@demo.yigou.cn',
      grants: [{ role: 'platform_finance' }],
    },
    {
      username: 'auditor',
      displayName: '汾西县审计局 钱审计',
      phone: '13800000010',
      email: 'auditor@demo.yigou.cn',
      grants: [{ role: 'auditor', regionCode: DEMO_COUNTY }],
    },
  ];
  // Each demo account is made once per database: one deleted by an operator stays deleted.
  const loader = app.get(DemoDataLoader);
  const fresh = new Set(await loader.unseeded(specs.map(seedName)));
  const due = specs.filter((s) => fresh.has(seedName(s)));
  if (due.length === 0) return;
  const created = await users.ensureDemoAccounts(due);
  await loader.markSeeded(due.map(seedName));
  if (created) log.log(`${created} demo accounts created (password yigou-demo)`);
}
