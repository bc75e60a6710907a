import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersAndPayments1795331637777 implements MigrationInterface {
  name = 'OrdersAndPayments1795331637777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Order numbers: YG + date + a global sequence (hand-written: TypeORM has no sequences).
    await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS "shop_order_no_seq"`);
    await queryRunner.query(
      `CREATE TABLE "shop_order" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "order_no" character varying(32) NOT NULL, "checkout_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "unit_id" uuid, "supplier_id" uuid NOT NULL, "live_session_id" uuid, "status" text NOT NULL, "payment_status" text NOT NULL DEFAULT 'unpaid', "payment_method" text NOT NULL, "payment_term" text NOT NULL, "purpose" text NOT NULL DEFAULT 'personal', "items_fen" bigint NOT NULL, "shipping_fen" bigint NOT NULL, "total_fen" bigint NOT NULL, "paid_fen" bigint NOT NULL DEFAULT '0', "refunded_fen" bigint NOT NULL DEFAULT '0', "remittance_ref" character varying(24) NOT NULL, "pay_deadline" TIMESTAMP WITH TIME ZONE, "term_extended" boolean NOT NULL DEFAULT false, "stock_sold" boolean NOT NULL DEFAULT false, "ship_deadline_days" integer NOT NULL DEFAULT '7', "carrier" text, "tracking_no" text, "paid_at" TIMESTAMP WITH TIME ZONE, "shipped_at" TIMESTAMP WITH TIME ZONE, "auto_receive_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "rating" smallint, "rating_comment" text, "address" jsonb NOT NULL, "invoice" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_order_amounts_check" CHECK ("items_fen" >= 0 AND "shipping_fen" >= 0 AND "paid_fen" >= 0 AND "refunded_fen" >= 0 AND "refunded_fen" <= "paid_fen"), CONSTRAINT "PK_aff7956a99be3a90c1075744b6a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a8956729acc5063ec8345ff610" ON "shop_order" ("order_no") `);
    await queryRunner.query(`CREATE INDEX "IDX_7dc9d32f8ec76c6904a5965bc6" ON "shop_order" ("checkout_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_95495564fb2e56e3ae3ec16910" ON "shop_order" ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6bc8081403c8f0db8d189360b6" ON "shop_order" ("live_session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fac59959e42c295a5d0790a9cd" ON "shop_order" ("remittance_ref") `);
    await queryRunner.query(`CREATE INDEX "IDX_752789bf52fd0c4b1ee1ad6521" ON "shop_order" ("status", "pay_deadline") `);
    await queryRunner.query(`CREATE INDEX "IDX_04cfd49df3fbe52edfb41f8b8b" ON "shop_order" ("supplier_id", "status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_6a770976e485292385bfb2d55f" ON "shop_order" ("buyer_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "order_line" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "order_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "product_name" text NOT NULL, "sku_spec" text NOT NULL, "quantity" integer NOT NULL, "unit_price_fen" bigint NOT NULL, "amount_fen" bigint NOT NULL, "certified" boolean NOT NULL, "refunded_quantity" integer NOT NULL DEFAULT '0', "restocked_quantity" integer NOT NULL DEFAULT '0', CONSTRAINT "order_line_quantity_check" CHECK ("quantity" > 0 AND "refunded_quantity" >= 0 AND "refunded_quantity" <= "quantity"), CONSTRAINT "PK_01a7c973d9f30479647e44f9892" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ed8fae6d7239e9d730219215af" ON "order_line" ("order_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3429be660bbbb70d6ff3c42845" ON "order_line" ("sku_id") `);
    await queryRunner.query(
      `CREATE TABLE "order_transition" ("id" BIGSERIAL NOT NULL, "order_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_id" uuid, "actor_role" text NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_714d6634aaf962507b78b23cc58" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d60646886c1ebaca0d06f2dc36" ON "order_transition" ("order_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "cart_item" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "quantity" integer NOT NULL, "price_fen" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cart_item_quantity_check" CHECK ("quantity" > 0), CONSTRAINT "PK_bd94725aa84f8cf37632bcde997" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d81151afa2ee76c6e49cf2e8bb" ON "cart_item" ("user_id", "sku_id") `);
    await queryRunner.query(
      `CREATE TABLE "address" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "recipient" text NOT NULL, "phone" character varying(20) NOT NULL, "province" text NOT NULL, "city" text NOT NULL, "district" text NOT NULL, "detail" text NOT NULL, "postal_code" character varying(6), "is_default" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d92de1f82754668b5f5f5dd4fd5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_63816b1db20f3bd02851845c4f" ON "address" ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "refund" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "order_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, "method" text NOT NULL, "status" text NOT NULL, "reason" text NOT NULL, "restock" boolean NOT NULL, "lines" jsonb NOT NULL, "payment_intent_id" text, "stripe_refund_id" text, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "refund_status_check" CHECK ("status" IN ('pending', 'succeeded', 'failed')), CONSTRAINT "refund_amount_check" CHECK ("amount_fen" > 0), CONSTRAINT "PK_f1cefa2e60d99b206c46c1116e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_eec9d9af4ca098e19ea6b499ea" ON "refund" ("order_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_737d2aadcb1cbe8bf1efba5ed3" ON "refund" ("stripe_refund_id") WHERE "stripe_refund_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "order_binding_change" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "order_id" uuid NOT NULL, "from_unit_id" uuid, "to_unit_id" uuid NOT NULL, "reason" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "requested_by" uuid NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "order_binding_change_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected')), CONSTRAINT "PK_66d70270fd07f1886dd6703056f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_03cbc6c555b9a42795f411532f" ON "order_binding_change" ("order_id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "sku_purchase_limit" ("sku_id" uuid NOT NULL, "per_buyer" integer NOT NULL, CONSTRAINT "sku_purchase_limit_check" CHECK ("per_buyer" > 0), CONSTRAINT "PK_aab67eb6b7fa7d9f12feecbec45" PRIMARY KEY ("sku_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "buyer_sku_purchase" ("buyer_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "buyer_sku_purchase_check" CHECK ("quantity" >= 0), CONSTRAINT "PK_7dfced35b3a2210fc4186fb3e4f" PRIMARY KEY ("buyer_id", "sku_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_attempt" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "buyer_id" uuid NOT NULL, "order_ids" uuid array NOT NULL, "amount_fen" bigint NOT NULL, "status" text NOT NULL DEFAULT 'created', "payment_intent_id" text, "failure_message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payment_attempt_status_check" CHECK ("status" IN ('created', 'failed', 'canceled', 'succeeded')), CONSTRAINT "PK_a5ce3945d1d61956161e7f84d42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ddbed057b5d30e3a3b4aaa4024" ON "payment_attempt" ("buyer_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4480052a237a5d9dd93ad47ccf" ON "payment_attempt" ("payment_intent_id") WHERE "payment_intent_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "stripe_event" ("id" text NOT NULL, "type" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a91ab435defe9ce0ee6fb6f7f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "bank_transfer" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "bank_txn_no" text NOT NULL, "payer_name" text NOT NULL, "payer_account" text, "amount_fen" bigint NOT NULL, "matched_fen" bigint NOT NULL DEFAULT '0', "memo" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bank_transfer_amount_check" CHECK ("amount_fen" > 0 AND "matched_fen" >= 0 AND "matched_fen" <= "amount_fen"), CONSTRAINT "PK_6e4686a536e401ce8dcd35fb105" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9fc038aa1ab28f1961a6bc2148" ON "bank_transfer" ("bank_txn_no") `);
    await queryRunner.query(
      `CREATE TABLE "transfer_match" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "transfer_id" uuid NOT NULL, "order_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "transfer_match_amount_check" CHECK ("amount_fen" > 0), CONSTRAINT "PK_ccab74b134aec50dfd6449b638d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_51041f9a83457548155d1ee615" ON "transfer_match" ("order_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dd0f1bfee646d1c0f261a2eb69" ON "transfer_match" ("transfer_id", "order_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE IF EXISTS "shop_order_no_seq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd0f1bfee646d1c0f261a2eb69"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51041f9a83457548155d1ee615"`);
    await queryRunner.query(`DROP TABLE "transfer_match"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9fc038aa1ab28f1961a6bc2148"`);
    await queryRunner.query(`DROP TABLE "bank_transfer"`);
    await queryRunner.query(`DROP TABLE "stripe_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4480052a237a5d9dd93ad47ccf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddbed057b5d30e3a3b4aaa4024"`);
    await queryRunner.query(`DROP TABLE "payment_attempt"`);
    await queryRunner.query(`DROP TABLE "buyer_sku_purchase"`);
    await queryRunner.query(`DROP TABLE "sku_purchase_limit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03cbc6c555b9a42795f411532f"`);
    await queryRunner.query(`DROP TABLE "order_binding_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_737d2aadcb1cbe8bf1efba5ed3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eec9d9af4ca098e19ea6b499ea"`);
    await queryRunner.query(`DROP TABLE "refund"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63816b1db20f3bd02851845c4f"`);
    await queryRunner.query(`DROP TABLE "address"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d81151afa2ee76c6e49cf2e8bb"`);
    await queryRunner.query(`DROP TABLE "cart_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d60646886c1ebaca0d06f2dc36"`);
    await queryRunner.query(`DROP TABLE "order_transition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3429be660bbbb70d6ff3c42845"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed8fae6d7239e9d730219215af"`);
    await queryRunner.query(`DROP TABLE "order_line"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a770976e485292385bfb2d55f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_04cfd49df3fbe52edfb41f8b8b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_752789bf52fd0c4b1ee1ad6521"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fac59959e42c295a5d0790a9cd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bc8081403c8f0db8d189360b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95495564fb2e56e3ae3ec16910"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7dc9d32f8ec76c6904a5965bc6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a8956729acc5063ec8345ff610"`);
    await queryRunner.query(`DROP TABLE "shop_order"`);
  }
}
