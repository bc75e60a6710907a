import sharp from 'sharp';
import { Logger } from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import { getNamedType, isInputObjectType } from 'graphql';
import type { ChildProcess } from 'node:child_process';
import { createTestApp, startSecondApi, stopSecondApi, TestApp } from '@yigou/server/testing';
import { tempDataDir, upload } from '../suppliers/supplier-fixtures';

// Boots several APIs on a shared 2-core machine: give hooks room.
jest.setTimeout(90_000);

const SEARCH = `query($s: String) { products(search: $s, first: 5) { totalCount edges { node { id name } } } }`;
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: products(search: "梨${i}", first: 1) { totalCount }`).join(' ')} }`;

describe('client errors are coded 4xx answers, never 500 or INTERNAL_SERVER_ERROR', () => {
  let t: TestApp;
  let supplier: string;
  let skuId: string;
  beforeAll(async () => {
    t = await createTestApp();
    supplier = await t.loginAs('supplier');
    [{ id: skuId }] = await t.db.query(
      `SELECT s.id FROM product_sku s JOIN product p ON p.id = s.product_id JOIN supplier su ON su.id = p.supplier_id WHERE su.demo_key = 'gaohan' ORDER BY s.id LIMIT 1`,
    );
  });
  afterAll(() => t.close());

  it('refuses a query nested too deep, or too costly, with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const deep = await t.gql(
      `{ products(first: 1) { edges { node { supplier { products(first: 1) { supplier { products(first: 1) { supplier { products(first: 1) { supplier { name } } } } } } } } } } }`,
    );
    expect(deep).toMatchObject({ status: 400, errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    expect(deep.errors![0].message).toMatch(/嵌套过深/);
    const costly = await t.gql(
      `{ products(first: 100) { edges { node { supplier { products(first: 100) { skus { id } images { url } } } } } } }`,
    );
    expect(costly).toMatchObject({ status: 400, errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
  });

  it('answers a bad Int variable or a missing one with BAD_USER_INPUT and HTTP 400', async () => {
    const q = `query($n: Int) { products(first: $n) { totalCount } }`;
    for (const n of ['abc', 1.5, 99_999_999_999]) {
      const r = await t.gql(q, { n });
      expect(r).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(r.errors![0].message).toMatch(/^输入格式不正确/);
    }
    const missing = await t.gql(`query($n: Int!) { products(first: $n) { totalCount } }`, {});
    expect(missing).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('answers a body that is not JSON with HTTP 400 and a code, without a stack trace', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ products',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: '请求内容不是有效的 JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('refuses a NUL character in a search, as a variable or in the document, before any SQL runs', async () => {
    const { result: byVariable, sql } = await t.countQueries(() => t.gql(SEARCH, { s: 'a\u0000b' }));
    expect(byVariable).toMatchObject({
      status: 400,
      errors: [{ message: '输入含有不允许的控制字符（NUL）', extensions: { code: 'BAD_USER_INPUT', field: 's' } }],
    });
    expect(sql.filter((s) => /FROM product/.test(s))).toEqual([]);
    const literal = await t.gql(`{ products(search: "a\\u0000b") { totalCount } }`);
    expect(literal).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('refuses a stock quantity out of range, and a total the column cannot hold, as BAD_USER_INPUT', async () => {
    const ADJ = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { available } }`;
    const huge = await t.gql(ADJ, { input: { skuId, kind: 'received', quantity: 2_147_483_647, reason: '入库' } }, supplier);
    expect(huge.errors?.[0]).toMatchObject({
      message: '一次调整的数量不能超过100万',
      extensions: { code: 'BAD_USER_INPUT', field: 'quantity' },
    });
    // stock already near the column's limit: the database refuses the sum, and that is still the client's error
    await t.db.query(`UPDATE product_sku SET stock_available = 2147000000 WHERE id = $1`, [skuId]);
    // a user's bad number is not a server error: nothing is logged at error level (Nest's ExceptionsHandler did)
    const errorLogs = jest.spyOn(Logger.prototype, 'error');
    try {
      const overflow = await t.gql(ADJ, { input: { skuId, kind: 'received', quantity: 1_000_000, reason: '入库' } }, supplier);
      expect(overflow.errors?.[0]).toMatchObject({ message: '数值超出允许范围', extensions: { code: 'BAD_USER_INPUT' } });
      expect(errorLogs).not.toHaveBeenCalled();
    } finally {
      errorLogs.mockRestore();
    }
  });

  it('bounds every String argument: a 10,000-character reason is refused before the resolver runs', async () => {
    const buyer = await t.loginAs('buyer');
    const r = await t.gql(
      `mutation($id: ID!, $r: String) { cancelOrder(orderId: $id, reason: $r) { id } }`,
      { id: '00000000-0000-4000-8000-000000000000', r: '理'.repeat(10_000) },
      buyer,
    );
    expect(r).toMatchObject({
      status: 400,
      errors: [{ message: '输入过长：reason 最多 200 个字', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } }],
    });
    const literal = await t.gql(`{ products(search: "${'梨'.repeat(300)}") { totalCount } }`);
    expect(literal).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'search' } }] });
  });

  it('lets a field declare a longer argument: a bank statement of many rows is not cut at 200 characters', async () => {
    const finance = await t.loginAs('platform-finance');
    const rows = Array.from({ length: 20 }, (_, i) => `TXN-POSTURE-${i},2026-12-01,某某单位,6222000000000000,1.00,无此订单`);
    const csv = ['交易流水号,交易日期,付款人户名,付款账号,金额(元),附言', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(1000);
    const r = await t.gql<{ importBankStatement: { imported: number } }>(
      `mutation($csv: String!) { importBankStatement(csv: $csv) { imported } }`,
      { csv },
      finance,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.importBankStatement.imported).toBe(20);
  });

  it('has a length limit on every String field of every input type (class-validator)', () => {
    const schema = t.api.app.get(GraphQLSchemaHost).schema;
    const classes = new Map(TypeMetadataStorage.getInputTypesMetadata().map((m) => [m.name, m.target]));
    const validators = getMetadataStorage();
    const unbounded: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      const target = classes.get(type.name);
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name !== 'String') continue;
        checked++;
        const rules = target
          ? validators.getTargetValidationMetadatas(target, '', true, false).filter((m) => m.propertyName === field.name)
          : [];
        if (!rules.some(bounds)) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unbounded).toEqual([]);
  });
});

/** A validation rule that caps a string's length: MaxLength, Length with a maximum, or a shape of fixed size. */
function bounds(m: { name?: string; constraints?: unknown[] }): boolean {
  switch (m.name) {
    case 'maxLength':
    case 'isUuid':
    case 'isIn':
    case 'isEnum':
    case 'isUrl': // validator's isURL refuses 2,084 characters and more
    case 'addressRegion': // resolveAddressRegion: codes of six digits, names of at most 20 characters
    case 'invoiceFieldRule': // invoiceProblems: INVOICE_FIELD_RAW_MAX before trimming, the field's own rule after
      return true;
    case 'isLength':
      return typeof m.constraints?.[1] === 'number';
    case 'matches': {
      // an anchored pattern without unbounded repetition
      const re = m.constraints?.[0];
      const src = re instanceof RegExp ? re.source : String(re);
      return src.startsWith('^') && src.endsWith('$') && !/[*+]|\{\d+,\}/.test(src.replace(/\\./g, ''));
    }
    default:
      return false;
  }
}

// Outside production (development and test alike: the setting is `nodeEnv !== 'production'`) the schema is
// described. The development app is not booted here: it writes apps/api/schema.gql as it starts.
describe('production hides the schema; development and test show it', () => {
  let prod: TestApp;
  let dev: TestApp;
  beforeAll(async () => {
    [prod, dev] = await Promise.all([
      createTestApp({ nodeEnv: 'production', householdIdKey: 'ab'.repeat(32) }),
      createTestApp({ nodeEnv: 'test' }),
    ]);
  });
  afterAll(() => Promise.all([prod.close(), dev.close()]));

  it('refuses introspection and gives no field suggestions in production', async () => {
    const intro = await prod.gql(`{ __schema { queryType { name } } }`);
    expect(intro).toMatchObject({ status: 400, errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    const typo = await prod.gql(`{ prodcts { totalCount } }`);
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean|products/);
    const badField = await prod.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { logn: 'buyer', password: 'x' },
    });
    expect(badField).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(JSON.stringify(badField.errors)).not.toMatch(/Did you mean/);
  });

  it('answers introspection and suggests fields outside production', async () => {
    const intro = await dev.gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
    expect(intro.data?.__schema.queryType.name).toBe('Query');
    const typo = await dev.gql(`{ prodcts { totalCount } }`);
    expect(typo.errors?.[0].message).toMatch(/Did you mean "products"/);
  });
});

describe('query cost counts what runs, and each client has a budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      maxQueryStatements: 6,
      rateLimit: { anonymousPoints: 1500, userPoints: 1500, windowSeconds: 60, anonymousConcurrency: 0, anonymousQueueMs: 0 },
    });
  });
  afterAll(() => t.close());

  it('refuses one anonymous request with 1,000 aliases of a product search without running a search', async () => {
    const { result, sql } = await t.countQueries(() => t.gql(aliases(1000), {}, null, { 'x-forwarded-for': '198.51.100.1' }));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toMatch(/^(GRAPHQL_PARSE_FAILED|QUERY_TOO_COMPLEX)$/);
    expect(result.data ?? null).toBeNull();
    expect(sql.filter((s) => /FROM product/.test(s))).toEqual([]);
  });

  it('counts every alias and root field in the cost: 120 aliases of a search are too costly', async () => {
    const r = await t.gql(aliases(120), {}, null, { 'x-forwarded-for': '198.51.100.2' });
    expect(r).toMatchObject({ status: 400, errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
  });

  it('stops a query that sends more SQL statements than the cap, with one error and HTTP 400; mutations are not capped', async () => {
    const buyer = await t.loginAs('purchaser');
    const ids: { id: string }[] = await t.db.query(`SELECT id FROM product ORDER BY id LIMIT 8`);
    const many = `{ ${ids.map((p, i) => `p${i}: product(id: "${p.id}") { id name }`).join(' ')} }`;
    const r = await t.gql(many, {}, buyer);
    expect(r.status).toBe(400);
    expect(r.errors).toEqual([
      { message: expect.stringMatching(/查询读取数据的次数过多（上限 6 次）/), extensions: { code: 'QUERY_TOO_COMPLEX', limit: 6 } },
    ]);
    expect(r.data ?? null).toBeNull();
    const two = await t.gql(
      `{ ${ids
        .slice(0, 2)
        .map((p, i) => `p${i}: product(id: "${p.id}") { id }`)
        .join(' ')} }`,
      {},
      buyer,
    );
    expect(two.errors).toBeUndefined();
    const { result: follows, queries } = await t.countQueries(() =>
      t.gql(
        `mutation { ${Array.from({ length: 8 }, (_, i) => `f${i}: followCounty(countyCode: "141034") { targetId }`).join(' ')} }`,
        {},
        buyer,
      ),
    );
    expect(follows.errors).toBeUndefined();
    expect(queries).toBeGreaterThan(6);
  });

  it('gives a client that spent its budget RATE_LIMITED (HTTP 429, Retry-After) while other clients are served', async () => {
    const [flooder, other] = [await t.loginAs('buyer'), await t.loginAs('finance')];
    const costly = `query($s: String) { products(search: $s, first: 20) { totalCount edges { node { id name priceFen supplier { name } } } } }`;
    let refused: Awaited<ReturnType<TestApp['gql']>> | null = null;
    for (let i = 0; i < 40 && !refused; i++) {
      const r = await t.gql(costly, { s: `梨${i}` }, flooder);
      if (r.errors) refused = r;
    }
    expect(refused).toMatchObject({ status: 429, errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(refused!.errors![0].message).toMatch(/请求过于频繁，请 \d+ 秒后再试/);
    expect(refused!.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const served = await t.gql(costly, { s: '梨' }, other);
    expect(served.errors).toBeUndefined();
    const anonymous = await t.gql(costly, { s: '梨' });
    expect(anonymous.errors).toBeUndefined();
    // the flooder stays refused
    expect((await t.gql(costly, { s: '枣' }, flooder)).status).toBe(429);
  });

  it('refuses an anonymous client over its budget before parsing its next request', async () => {
    const headers = {};
    const costly = `query($s: String) { products(search: $s, first: 20) { totalCount edges { node { id name priceFen supplier { name } } } } }`;
    let status = 200;
    for (let i = 0; i < 40 && status === 200; i++) status = (await t.gql(costly, { s: `枣${i}` }, null, headers)).status;
    expect(status).toBe(429);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"query": "{ this is not graphql"}',
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('one budget per client across API processes (Redis)', () => {
  const REDIS_URL = 'redis://127.0.0.1:6379';
  const prefix = `yigou-test-rl-${process.pid}-${Date.now()}:`;
  let a: TestApp;
  let second: ChildProcess | null = null;
  let secondUrl: string;
  beforeAll(async () => {
    a = await createTestApp({
      redisUrl: REDIS_URL,
      redisKeyPrefix: prefix,
      rateLimit: { anonymousPoints: 0, userPoints: 1000, windowSeconds: 60, anonymousConcurrency: 0, anonymousQueueMs: 0 },
    });
    ({ child: second, url: secondUrl } = await startSecondApi(a, {
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_USER_POINTS: '1000',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    }));
  });
  afterAll(async () => {
    await stopSecondApi(second);
    await a.close();
  });

  it('refuses on one process a user who spent the budget on the other', async () => {
    const buyer = await a.loginAs('buyer');
    let status = 200;
    for (let i = 0; i < 40 && status === 200; i++) status = (await a.gql(SEARCH, { s: `梨${i}` }, buyer)).status;
    expect(status).toBe(429);
    const res = await fetch(`${secondUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${buyer}` },
      body: JSON.stringify({ query: SEARCH, variables: { s: '枣' } }),
    });
    expect(res.status).toBe(429);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('anonymous queries share a bounded part of the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      rateLimit: { anonymousPoints: 0, userPoints: 0, windowSeconds: 10, anonymousConcurrency: 1, anonymousQueueMs: 1 },
    });
  });
  afterAll(() => t.close());

  it('tells anonymous queries past the gate the server is busy (SERVER_BUSY, 429) and serves signed-in users', async () => {
    const buyer = await t.loginAs('buyer');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => t.gql(SEARCH, { s: `梨${i}` })));
    const busy = results.filter((r) => r.errors?.[0].extensions?.code === 'SERVER_BUSY');
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]).toMatchObject({ status: 429, errors: [{ message: '访问人数较多，请稍后再试' }] });
    expect(results.some((r) => !r.errors)).toBe(true);
    const signedIn = await Promise.all(Array.from({ length: 5 }, (_, i) => t.gql(SEARCH, { s: `枣${i}` }, buyer)));
    expect(signedIn.every((r) => !r.errors)).toBe(true);
  });
});

describe('security headers and uploaded images', () => {
  let t: TestApp;
  let supplier: string;
  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
    supplier = await t.loginAs('supplier');
  });
  afterAll(() => t.close());

  it('sends nosniff, a frame policy and a referrer policy, and no X-Powered-By, on the API and GraphQL', async () => {
    for (const res of [
      await fetch(`${t.url}/health`),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
    ]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('marks GraphQL answers not to be stored by browsers or proxies (Cache-Control: no-store), signed in or not', async () => {
    for (const authorization of [undefined, `Bearer ${supplier}`]) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: '{"query":"{ __typename }"}',
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('stores a photo re-encoded without its EXIF GPS position', async () => {
    const photo = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#6a3' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'Yigou Test Camera' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '111/1 31/1 0/1' },
      })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined(); // the fixture does carry a position
    const up = await upload(t, supplier, photo, 'photo.jpg', 'image/jpeg');
    expect(up.status).toBe(201);
    const res = await fetch(`${t.url}${up.body.url}`);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const served = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(served).metadata();
    expect(meta.exif).toBeUndefined();
    expect(served.includes(Buffer.from('Yigou Test Camera'))).toBe(false);
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 80, height: 60 });
  });

  it('serves an upload that had HTML appended as a plain image: fixed type, nosniff, no HTML', async () => {
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const polyglot = Buffer.concat([png, Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const up = await upload(t, supplier, polyglot, 'x.png');
    expect(up.status).toBe(201);
    const res = await fetch(`${t.url}${up.body.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).includes(Buffer.from('<script>'))).toBe(false);
  });
});
