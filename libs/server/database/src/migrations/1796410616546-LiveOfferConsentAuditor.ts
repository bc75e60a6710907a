import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES_BEFORE = `'buyer','unit_purchaser','unit_admin','supplier_staff','live_host','county_admin','finance_reviewer','platform_admin','platform_finance'`;
const ROLES_AFTER = `${ROLES_BEFORE},'auditor'`;

/**
 * Live offers become the supplier's to give (live_offer_request: a session asks, the supplier's
 * staff accept with a price floor and cap, or decline; live_session.allow_cross_county, set by
 * platform admins only). Existing pinned offers get no request: they stop selling at the live price
 * until their supplier accepts, which is the point. Also: the read-only auditor (审计) role, and an
 * index for counting a person's household reveals in the last hour.
 */
export class LiveOfferConsentAuditor1796410616546 implements MigrationInterface {
  name = 'LiveOfferConsentAuditor1796410616546';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_offer_request" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "session_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "requested_price_fen" bigint NOT NULL, "requested_stock_cap" integer NOT NULL, "note" character varying(200), "status" text NOT NULL DEFAULT 'pending', "approved_price_fen" bigint, "approved_stock_cap" integer, "decline_reason" character varying(200), "requested_by_id" uuid, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_offer_request_session_sku_key" UNIQUE ("session_id", "sku_id"), CONSTRAINT "live_offer_request_approved_check" CHECK ("status" <> 'accepted' OR ("approved_price_fen" > 0 AND "approved_stock_cap" > 0)), CONSTRAINT "live_offer_request_requested_check" CHECK ("requested_price_fen" > 0 AND "requested_stock_cap" > 0), CONSTRAINT "live_offer_request_status_check" CHECK ("status" IN ('pending', 'accepted', 'declined')), CONSTRAINT "PK_35098dc321f4237cc2ed52da50f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_61bc65daa400e62188101eefe3" ON "live_offer_request" ("supplier_id") `);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "allow_cross_county" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "IDX_0cc2f9191c5fca3c21bdf4deca" ON "household_access_log" ("user_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "live_offer_request" ADD CONSTRAINT "FK_f5edde361f971b109f8b176de3c" FOREIGN KEY ("session_id") REFERENCES "live_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "role_grant_role_check"`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_role_check" CHECK ("role" IN (${ROLES_AFTER}))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old check cannot hold while auditor grants exist: those grants go with the role.
    await queryRunner.query(`DELETE FROM "role_grant" WHERE "role" = 'auditor'`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "role_grant_role_check"`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_role_check" CHECK ("role" IN (${ROLES_BEFORE}))`);
    await queryRunner.query(`ALTER TABLE "live_offer_request" DROP CONSTRAINT "FK_f5edde361f971b109f8b176de3c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0cc2f9191c5fca3c21bdf4deca"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "allow_cross_county"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61bc65daa400e62188101eefe3"`);
    await queryRunner.query(`DROP TABLE "live_offer_request"`);
  }
}
