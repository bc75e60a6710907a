import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuotaCountingFilingsMembership1795332428499 implements MigrationInterface {
  name = 'QuotaCountingFilingsMembership1795332428499';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "work_unit_invite" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "code" character varying(16) NOT NULL, "unit_id" uuid NOT NULL, "created_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1588ea9d9976ec280ab8986a2aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4ba3eb8946bc23ff40ae1f8820" ON "work_unit_invite" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_34e8e5a76efd81b7cc4a79ed2e" ON "work_unit_invite" ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "unit_join_request" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" text NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "unit_join_request_status_check" CHECK ("status" IN ('pending','approved','rejected')), CONSTRAINT "PK_46eb4b94ab225bdf46316c760cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_32f54d946de82e04fb31646b54" ON "unit_join_request" ("unit_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "unit_join_request_pending_key" ON "unit_join_request" ("user_id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_membership_event" ("id" BIGSERIAL NOT NULL, "unit_id" uuid NOT NULL, "user_id" uuid NOT NULL, "action" text NOT NULL, "actor_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f07b494029cfe7400a8fb1083b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a1b0c7c2ac3b22679dccb9acab" ON "unit_membership_event" ("unit_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "quota_year_setting" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "region_code" character varying(12) NOT NULL, "year" integer NOT NULL, "filing_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "filing_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completion_requires_rating" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quota_year_setting_region_year_key" UNIQUE ("region_code", "year"), CONSTRAINT "quota_year_setting_window_check" CHECK ("filing_closes_at" > "filing_opens_at"), CONSTRAINT "PK_69d966234cef48131b7ddab3762" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "quota_filing" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "year" integer NOT NULL, "region_code" character varying(12) NOT NULL, "headcount" integer NOT NULL, "canteen_mode" text NOT NULL, "canteen_budget_fen" bigint NOT NULL, "ratio_percent" numeric(5,2), "union_budget_fen" bigint NOT NULL, "target_fen" bigint NOT NULL, "status" text NOT NULL, "return_reason" text, "filed_by" uuid NOT NULL, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "quota_filing_unit_year_key" UNIQUE ("unit_id", "year"), CONSTRAINT "quota_filing_canteen_check" CHECK ("canteen_mode" IN ('own','outsourced','shared','none')), CONSTRAINT "quota_filing_status_check" CHECK ("status" IN ('submitted','approved','returned')), CONSTRAINT "quota_filing_ratio_check" CHECK ("ratio_percent" IS NULL OR ("ratio_percent" > 0 AND "ratio_percent" <= 100)), CONSTRAINT "quota_filing_figures_check" CHECK ("headcount" >= 0 AND "canteen_budget_fen" >= 0 AND "union_budget_fen" >= 0 AND "target_fen" >= 0), CONSTRAINT "PK_9b8f1440fa9551e8e3c22c9cf1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dcc9f57ececbf39335b8b6194e" ON "quota_filing" ("region_code", "year", "status") `);
    await queryRunner.query(
      `CREATE TABLE "quota_ledger" ("id" BIGSERIAL NOT NULL, "unit_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "amount_fen" bigint NOT NULL, "event_id" bigint NOT NULL, "event_type" text NOT NULL, "order_id" uuid NOT NULL, "line_id" text NOT NULL, "product_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "reverses_id" bigint, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quota_ledger_sign_check" CHECK (("reverses_id" IS NULL AND "amount_fen" > 0) OR ("reverses_id" IS NOT NULL AND "amount_fen" < 0)), CONSTRAINT "quota_ledger_kind_check" CHECK ("kind" IN ('ordered','completed')), CONSTRAINT "PK_be0a7370ac5385a608b91886606" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "quota_ledger_event_line_kind_key" ON "quota_ledger" ("event_id", "line_id", "kind") `);
    await queryRunner.query(`CREATE INDEX "quota_ledger_order_idx" ON "quota_ledger" ("order_id") `);
    await queryRunner.query(`CREATE INDEX "quota_ledger_unit_year_idx" ON "quota_ledger" ("unit_id", "year", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "quota_unit_total" ("unit_id" uuid NOT NULL, "year" integer NOT NULL, "region_code" character varying(12) NOT NULL, "ordered_fen" bigint NOT NULL DEFAULT '0', "completed_fen" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_133c5d83f72d953ce36732f83e7" PRIMARY KEY ("unit_id", "year"))`,
    );
    await queryRunner.query(`CREATE INDEX "quota_unit_total_region_year_idx" ON "quota_unit_total" ("year", "region_code") `);
    await queryRunner.query(
      `CREATE TABLE "quota_reminder" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "year" integer NOT NULL, "message" text NOT NULL, "sent_by" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21bb91f964c64e45e0574c466e3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2bfbee858e5109f309687a15ed" ON "quota_reminder" ("unit_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "quota_rule" ADD "not_less_than_last_year" boolean NOT NULL DEFAULT false`);
    // The counting ledger is append-only: a correction is a new reversal row, never an edit.
    await queryRunner.query(`CREATE FUNCTION quota_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'quota_ledger is append-only'; END $$`);
    await queryRunner.query(
      `CREATE TRIGGER quota_ledger_append_only BEFORE UPDATE OR DELETE ON "quota_ledger" FOR EACH STATEMENT EXECUTE FUNCTION quota_ledger_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS quota_ledger_append_only ON "quota_ledger"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS quota_ledger_append_only()`);
    await queryRunner.query(`ALTER TABLE "quota_rule" DROP COLUMN "not_less_than_last_year"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2bfbee858e5109f309687a15ed"`);
    await queryRunner.query(`DROP TABLE "quota_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."quota_unit_total_region_year_idx"`);
    await queryRunner.query(`DROP TABLE "quota_unit_total"`);
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_unit_year_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_event_line_kind_key"`);
    await queryRunner.query(`DROP TABLE "quota_ledger"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dcc9f57ececbf39335b8b6194e"`);
    await queryRunner.query(`DROP TABLE "quota_filing"`);
    await queryRunner.query(`DROP TABLE "quota_year_setting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1b0c7c2ac3b22679dccb9acab"`);
    await queryRunner.query(`DROP TABLE "unit_membership_event"`);
    await queryRunner.query(`DROP INDEX "public"."unit_join_request_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32f54d946de82e04fb31646b54"`);
    await queryRunner.query(`DROP TABLE "unit_join_request"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34e8e5a76efd81b7cc4a79ed2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ba3eb8946bc23ff40ae1f8820"`);
    await queryRunner.query(`DROP TABLE "work_unit_invite"`);
  }
}
