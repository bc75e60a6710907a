/**
 * bench/attribution-statements — the attribution consumer's statements for one batch of 10 玉露香梨 receipts (458
 * households each), in the shape before issue 13 item 5 (`parts` as JSON, a locking read then an upsert of the
 * household sums, four ledger indexes) and after (parts as arrays, one upsert returning the sums, three indexes),
 * alternating in one process on scratch tables. A benchmark, not a test.
 *
 *   PGHOST=/tmp PGPORT=55999 ROUNDS=15 node -r @swc-node/register bench/attribution-statements/run.ts
 */
import { randomUUID } from 'node:crypto';
import { scratchPg, StepTimes } from '../support/rounds';
const H = 458,
  RECEIPTS = 10,
  ROUNDS = Number(process.env.ROUNDS ?? 15);
const hh = Array.from({ length: H }, () => randomUUID()).sort();
const cols = `event_id bigint, event_type text, order_id uuid, order_no text, line_id uuid, household_id uuid, county_code varchar(12), village_code varchar(12), category text, members int,
  supplier_id uuid, product_id uuid, unit_id uuid, live_session_id uuid, rule_id uuid, amount_fen bigint, reverses_id bigint, year int, month varchar(7), occurred_at timestamptz, created_at timestamptz NOT NULL DEFAULT now()`;
const arrLit = (xs: (string | number)[]) => `{${xs.map((x) => `"${x}"`).join(',')}}`;
(async () => {
  const c = await scratchPg();
  await c.query(`DROP TABLE IF EXISTS e_old, e_new, l_old, l_new, s_old, s_new`);
  await c.query(`CREATE TABLE e_old (id bigserial PRIMARY KEY, ${cols})`);
  await c.query(
    `CREATE UNIQUE INDEX ON e_old (event_id, line_id, household_id) WHERE reverses_id IS NULL; CREATE INDEX ON e_old (household_id, year); CREATE INDEX ON e_old (line_id); CREATE INDEX ON e_old (reverses_id) WHERE reverses_id IS NOT NULL`,
  );
  await c.query(`CREATE TABLE e_new (id bigserial PRIMARY KEY, ${cols})`);
  await c.query(
    `CREATE UNIQUE INDEX ON e_new (line_id, event_id, household_id) WHERE reverses_id IS NULL; CREATE INDEX ON e_new (household_id, year); CREATE INDEX ON e_new (line_id) WHERE reverses_id IS NOT NULL`,
  );
  const lbase = `line_id uuid PRIMARY KEY, order_id uuid, event_id bigint, rule_id uuid, quantity int, amount_fen bigint, attributable_fen bigint, refunded_fen bigint, reversed_fen bigint, created_at timestamptz NOT NULL DEFAULT now()`;
  await c.query(`CREATE TABLE l_old (${lbase}, parts jsonb NOT NULL DEFAULT '[]')`);
  await c.query(
    `CREATE TABLE l_new (${lbase}, part_household_ids uuid[] NOT NULL, part_fen bigint[] NOT NULL, part_county_codes varchar(12)[] NOT NULL, part_village_codes varchar(12)[] NOT NULL, part_categories text[] NOT NULL, part_members int[] NOT NULL)`,
  );
  for (const t of ['s_old', 's_new']) {
    await c.query(
      `CREATE TABLE ${t} (county_code varchar(12), year int, dim text, key text, household_id uuid, amount_fen bigint NOT NULL, PRIMARY KEY (county_code, year, dim, key, household_id))`,
    );
    await c.query(`CREATE INDEX ON ${t} (household_id, year)`);
  }
  const sup = randomUUID(),
    prod = randomUUID(),
    unit = randomUUID(),
    sess = randomUUID();
  const parts = hh.map((h, i) => ({
    householdId: h,
    amountFen: 30 + (i % 7),
    countyCode: '141034',
    villageCode: `1410341002${String(i % 20).padStart(2, '0')}`,
    category: i % 3 ? 'poverty_alleviated' : 'monitoring',
    members: 1 + (i % 5),
  }));
  const getters: ((p: (typeof parts)[0]) => string | number)[] = [
    (p) => p.householdId,
    (p) => p.amountFen,
    (p) => p.countyCode,
    (p) => p.villageCode,
    (p) => p.category,
    (p) => p.members,
  ];
  const dims = (p: (typeof parts)[0]) => [
    ['total', ''],
    ['category', p.category],
    ['village', p.villageCode],
    ['supplier', sup],
    ['product', prod],
    ['month', '2026-12'],
    ['unit', unit],
    ['session', sess],
  ];
  const steps = new StepTimes();
  const t = (step: string, f: () => Promise<unknown>) => steps.time(step, f);
  let ev = 1;
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 ? ['new', 'old'] : ['old', 'new']) {
      const lines = Array.from({ length: RECEIPTS }, () => ({ line: randomUUID(), order: randomUUID(), ev: ev++ }));
      // line_id … reversed_fen, the same in both shapes: one receipt line of 1 × 98.00 (160.00 attributable)
      const lineColumns = [
        lines.map((l) => l.line),
        lines.map((l) => l.order),
        lines.map((l) => l.ev),
        lines.map(() => null),
        lines.map(() => 1),
        lines.map(() => 9800),
        lines.map(() => 16000),
        lines.map(() => 0),
        lines.map(() => 0),
      ];
      await c.query('BEGIN');
      // line insert
      if (side === 'old')
        await t('line old (jsonb parts)', () =>
          c.query(
            `INSERT INTO l_old (line_id, order_id, event_id, rule_id, quantity, amount_fen, attributable_fen, refunded_fen, reversed_fen, parts)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::uuid[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::jsonb[])`,
            [...lineColumns, lines.map(() => JSON.stringify(parts))],
          ),
        );
      else
        await t('line new (arrays)', () =>
          c.query(
            `INSERT INTO l_new (line_id, order_id, event_id, rule_id, quantity, amount_fen, attributable_fen, refunded_fen, reversed_fen, part_household_ids, part_fen, part_county_codes, part_village_codes, part_categories, part_members)
        SELECT u.a, u.b, u.c, u.d, u.e, u.f, u.g, u.h, u.i, u.j::uuid[], u.k::bigint[], u.l::varchar[], u.m::varchar[], u.n::text[], u.o::int[]
          FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::uuid[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[]) AS u(a,b,c,d,e,f,g,h,i,j,k,l,m,n,o)`,
            [...lineColumns, ...getters.map((g) => lines.map(() => arrLit(parts.map(g))))],
          ),
        );
      // entries
      const rows = lines.flatMap((l) =>
        parts.map((p) => [
          l.ev,
          'order.received',
          l.order,
          'YG1',
          l.line,
          p.householdId,
          p.countyCode,
          p.villageCode,
          p.category,
          p.members,
          sup,
          prod,
          unit,
          sess,
          null,
          p.amountFen,
          null,
          2026,
          '2026-12',
          new Date().toISOString(),
        ]),
      );
      const types = [
        'bigint',
        'text',
        'uuid',
        'text',
        'uuid',
        'uuid',
        'varchar',
        'varchar',
        'text',
        'int',
        'uuid',
        'uuid',
        'uuid',
        'uuid',
        'uuid',
        'bigint',
        'bigint',
        'int',
        'varchar',
        'timestamptz',
      ];
      const names =
        'event_id, event_type, order_id, order_no, line_id, household_id, county_code, village_code, category, members, supplier_id, product_id, unit_id, live_session_id, rule_id, amount_fen, reverses_id, year, month, occurred_at';
      await t(`entries ${side} (${side === 'old' ? 4 : 3} indexes)`, () =>
        c.query(
          `INSERT INTO e_${side} (${names}) SELECT * FROM unnest(${types.map((ty, i) => `$${i + 1}::${ty}[]`).join(', ')})`,
          types.map((_, i) => rows.map((r) => r[i])),
        ),
      );
      // household sums: batch deltas per key
      const d = new Map<string, [string, number, string, string, string, number]>();
      for (const _l of lines)
        for (const p of parts)
          for (const [dim, key] of dims(p)) {
            const k = `${dim}|${key}|${p.householdId}`;
            const cur = d.get(k);
            if (cur) cur[5] += p.amountFen;
            else d.set(k, ['141034', 2026, dim, key, p.householdId, p.amountFen]);
          }
      const ds = [...d.values()];
      const args = [0, 1, 2, 3, 4, 5].map((i) => ds.map((x) => x[i]));
      if (side === 'old') {
        await t('sums old: locking read', () =>
          c.query(
            `SELECT s.* FROM s_old s JOIN unnest($1::varchar[], $2::int[], $3::text[], $4::text[], $5::uuid[]) AS k(c, y, d, kk, h) ON s.county_code = k.c AND s.year = k.y AND s.dim = k.d AND s.key = k.kk AND s.household_id = k.h FOR UPDATE OF s`,
            args.slice(0, 5),
          ),
        );
        await t('sums old: upsert', () =>
          c.query(
            `INSERT INTO s_old SELECT * FROM unnest($1::varchar[], $2::int[], $3::text[], $4::text[], $5::uuid[], $6::bigint[]) ON CONFLICT (county_code, year, dim, key, household_id) DO UPDATE SET amount_fen = EXCLUDED.amount_fen`,
            args,
          ),
        );
      } else {
        await t('sums new: upsert returning', () =>
          c.query(
            `INSERT INTO s_new AS s SELECT * FROM unnest($1::varchar[], $2::int[], $3::text[], $4::text[], $5::uuid[], $6::bigint[]) ON CONFLICT (county_code, year, dim, key, household_id) DO UPDATE SET amount_fen = s.amount_fen + EXCLUDED.amount_fen RETURNING s.county_code, s.year, s.dim, s.key, s.household_id, s.amount_fen`,
            args,
          ),
        );
      }
      // the next event of these lines reads them back
      if (side === 'old')
        await t('line read old', () =>
          c
            .query(`SELECT * FROM l_old WHERE line_id = ANY($1::uuid[]) FOR UPDATE`, [lines.map((l) => l.line)])
            .then((r) => r.rows.forEach((x) => x.parts.map((p: { amountFen: unknown }) => Number(p.amountFen)))),
        );
      else {
        await t('line read new', () =>
          c
            .query(`SELECT * FROM l_new WHERE line_id = ANY($1::uuid[]) FOR UPDATE`, [lines.map((l) => l.line)])
            .then((r) => r.rows.forEach((x) => x.part_fen.map(Number))),
        );
        await t('line read new (to_json)', () =>
          c
            .query(
              `SELECT line_id, to_json(part_household_ids) AS h, to_json(part_fen) AS f, to_json(part_county_codes) AS c, to_json(part_village_codes) AS v, to_json(part_categories) AS k, to_json(part_members) AS m FROM l_new WHERE line_id = ANY($1::uuid[]) FOR UPDATE`,
              [lines.map((l) => l.line)],
            )
            .then((r) => r.rows.forEach((x) => x.f.map(Number))),
        );
      }
      await c.query('COMMIT');
    }
  }
  steps.print();
  await c.query(`DROP TABLE e_old, e_new, l_old, l_new, s_old, s_new`);
  await c.end();
})();
