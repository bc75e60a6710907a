import { MigrationInterface, QueryRunner } from 'typeorm';

export class HouseholdAttribution1795331525432 implements MigrationInterface {
  name = 'HouseholdAttribution1795331525432';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "household_revision" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "household_id" uuid NOT NULL, "version" integer NOT NULL, "changed_by" uuid, "before" jsonb NOT NULL, "after" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0cf0974c69507461c056e92f1cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_01cbdcca0c33a3b6a8d80edc06" ON "household_revision" ("household_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "household_access_log" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "action" text NOT NULL, "county_code" character varying(12) NOT NULL, "household_id" uuid, "detail" text NOT NULL, "ip" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b48cf862ccb0f36c3f9f82985b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_05f68c87d1e537818c035e9308" ON "household_access_log" ("household_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_154aac8abf6b0dbaccab4be913" ON "household_access_log" ("county_code", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "household_import" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "county_code" character varying(12) NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "created_rows" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0bde3499beffe53e538a35f79a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "household_other_income" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "household_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "amount_fen" bigint NOT NULL, "supplier_id" uuid, "note" text NOT NULL DEFAULT '', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "household_other_income_amount_check" CHECK ("amount_fen" > 0), CONSTRAINT "household_other_income_kind_check" CHECK ("kind" IN ('wage', 'land_rent', 'dividend', 'other')), CONSTRAINT "PK_3ed036c2c572682e102432388ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8d81af6ab7b7f8c629f1be4b65" ON "household_other_income" ("household_id", "year") `);
    await queryRunner.query(
      `CREATE TABLE "attribution_entry" ("id" BIGSERIAL NOT NULL, "event_id" bigint NOT NULL, "event_type" text NOT NULL, "order_id" uuid NOT NULL, "order_no" text NOT NULL, "line_id" uuid NOT NULL, "household_id" uuid NOT NULL, "county_code" character varying(12) NOT NULL, "village_code" character varying(12) NOT NULL, "category" text NOT NULL, "members" integer NOT NULL, "supplier_id" uuid NOT NULL, "product_id" uuid NOT NULL, "unit_id" uuid, "live_session_id" uuid, "rule_id" uuid, "amount_fen" bigint NOT NULL, "reverses_id" bigint, "year" integer NOT NULL, "month" character varying(7) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4717e76ea623a9e45917555839" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_06b202565de1e1bedf350dbef1" ON "attribution_entry" ("line_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ef795be83c52fd4d93c0272c7a" ON "attribution_entry" ("household_id", "year") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d4b3a44dcd529de73ce6a00f2f" ON "attribution_entry" ("event_id", "line_id", "household_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attribution_line" ("line_id" uuid NOT NULL, "order_id" uuid NOT NULL, "event_id" bigint NOT NULL, "rule_id" uuid, "quantity" integer NOT NULL, "amount_fen" bigint NOT NULL, "attributable_fen" bigint NOT NULL, "refunded_fen" bigint NOT NULL DEFAULT '0', "reversed_fen" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da4291c3a5cf2dc013a3014a98d" PRIMARY KEY ("line_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "attribution_household_sum" ("county_code" character varying(12) NOT NULL, "year" integer NOT NULL, "dim" text NOT NULL, "key" text NOT NULL, "household_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, CONSTRAINT "PK_002219a2b18b6504651321fff6c" PRIMARY KEY ("county_code", "year", "dim", "key", "household_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e99d0438fee9fd7c2df789a98d" ON "attribution_household_sum" ("household_id", "year") `);
    await queryRunner.query(
      `CREATE TABLE "attribution_bucket_sum" ("county_code" character varying(12) NOT NULL, "year" integer NOT NULL, "dim" text NOT NULL, "key" text NOT NULL, "amount_fen" bigint NOT NULL, "households" integer NOT NULL, "people" integer NOT NULL, CONSTRAINT "PK_5bf832d340c4a2a5409bb662eb9" PRIMARY KEY ("county_code", "year", "dim", "key"))`,
    );
    await queryRunner.query(`ALTER TABLE "household" ADD "helpers" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "household" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "household" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    // The attribution ledger and the access log are append-only: reversals are new rows.
    await queryRunner.query(
      `CREATE FUNCTION yigou_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER attribution_entry_append_only BEFORE UPDATE OR DELETE ON "attribution_entry" FOR EACH ROW EXECUTE FUNCTION yigou_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER household_access_log_append_only BEFORE UPDATE OR DELETE ON "household_access_log" FOR EACH ROW EXECUTE FUNCTION yigou_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER household_revision_append_only BEFORE UPDATE OR DELETE ON "household_revision" FOR EACH ROW EXECUTE FUNCTION yigou_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER household_revision_append_only ON "household_revision"`);
    await queryRunner.query(`DROP TRIGGER household_access_log_append_only ON "household_access_log"`);
    await queryRunner.query(`DROP TRIGGER attribution_entry_append_only ON "attribution_entry"`);
    await queryRunner.query(`DROP FUNCTION yigou_append_only()`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "helpers"`);
    await queryRunner.query(`DROP TABLE "attribution_bucket_sum"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e99d0438fee9fd7c2df789a98d"`);
    await queryRunner.query(`DROP TABLE "attribution_household_sum"`);
    await queryRunner.query(`DROP TABLE "attribution_line"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4b3a44dcd529de73ce6a00f2f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef795be83c52fd4d93c0272c7a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06b202565de1e1bedf350dbef1"`);
    await queryRunner.query(`DROP TABLE "attribution_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d81af6ab7b7f8c629f1be4b65"`);
    await queryRunner.query(`DROP TABLE "household_other_income"`);
    await queryRunner.query(`DROP TABLE "household_import"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_154aac8abf6b0dbaccab4be913"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05f68c87d1e537818c035e9308"`);
    await queryRunner.query(`DROP TABLE "household_access_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01cbdcca0c33a3b6a8d80edc06"`);
    await queryRunner.query(`DROP TABLE "household_revision"`);
  }
}
