import { MigrationInterface, QueryRunner } from 'typeorm';

const PARTS = ['part_household_ids', 'part_fen', 'part_county_codes', 'part_village_codes', 'part_categories', 'part_members'];
const TYPES = ['uuid', 'bigint', 'character varying(12)', 'character varying(12)', 'text', 'integer'];
/**
 * A split's digest, as the consumer computes it (`splitDigestText` in libs/server/attribution): SHA-256 of the six
 * arrays' elements, elements joined by U+001F and arrays by U+001E.
 */
const DIGEST = `sha256(convert_to(${PARTS.map((c) => `array_to_string(${c}, E'\\x1F')`).join(` || E'\\x1E' || `)}, 'UTF8'))`;

/**
 * A line's split stored once per distinct split (issue 13): every 玉露香梨 line of one quantity, rule and day carried
 * the same six 458-element arrays; `attribution_split` now holds each distinct split once, by content digest, and a
 * line names it. Existing lines move over unchanged (the down migration puts the arrays back on each line).
 */
export class AttributionSplitOnce1796555438179 implements MigrationInterface {
  name = 'AttributionSplitOnce1796555438179';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attribution_split" ("digest" bytea NOT NULL, "part_household_ids" uuid array NOT NULL, "part_fen" bigint array NOT NULL, "part_county_codes" character varying(12) array NOT NULL, "part_village_codes" character varying(12) array NOT NULL, "part_categories" text array NOT NULL, "part_members" integer array NOT NULL, CONSTRAINT "PK_925240f2b8ce6c772ffba599d8e" PRIMARY KEY ("digest"))`,
    );
    await queryRunner.query(`ALTER TABLE "attribution_line" ADD "split_digest" bytea`);
    await queryRunner.query(`UPDATE "attribution_line" SET split_digest = ${DIGEST}`);
    await queryRunner.query(
      `INSERT INTO "attribution_split" (digest, ${PARTS.join(', ')})
       SELECT DISTINCT ON (split_digest) split_digest, ${PARTS.join(', ')} FROM "attribution_line" ORDER BY split_digest`,
    );
    await queryRunner.query(`ALTER TABLE "attribution_line" ALTER COLUMN "split_digest" SET NOT NULL`);
    for (const c of PARTS) await queryRunner.query(`ALTER TABLE "attribution_line" DROP COLUMN "${c}"`);
    await queryRunner.query(
      `ALTER TABLE "attribution_line" ADD CONSTRAINT "FK_0cd2ecf61aa9c34adbd66a4d188" FOREIGN KEY ("split_digest") REFERENCES "attribution_split"("digest") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attribution_line" DROP CONSTRAINT "FK_0cd2ecf61aa9c34adbd66a4d188"`);
    for (const [i, c] of PARTS.entries()) await queryRunner.query(`ALTER TABLE "attribution_line" ADD "${c}" ${TYPES[i]} array`);
    await queryRunner.query(
      `UPDATE "attribution_line" l SET ${PARTS.map((c) => `${c} = s.${c}`).join(', ')} FROM "attribution_split" s WHERE s.digest = l.split_digest`,
    );
    for (const c of PARTS) await queryRunner.query(`ALTER TABLE "attribution_line" ALTER COLUMN "${c}" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "attribution_line" DROP COLUMN "split_digest"`);
    await queryRunner.query(`DROP TABLE "attribution_split"`);
  }
}
