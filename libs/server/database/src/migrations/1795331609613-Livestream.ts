import { MigrationInterface, QueryRunner } from 'typeorm';

export class Livestream1795331609613 implements MigrationInterface {
  name = 'Livestream1795331609613';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_offer_buyer" ("offer_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "live_offer_buyer_quantity_check" CHECK ("quantity" >= 0), CONSTRAINT "PK_00552dc7edcb59d4dd07439ef21" PRIMARY KEY ("offer_id", "buyer_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "live_comment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "author_name" text NOT NULL, "body" text NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_comment_body_check" CHECK (char_length("body") BETWEEN 1 AND 200), CONSTRAINT "PK_66e8fee4aef63d2e9595b9e59ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_deaa4477d4c99e275943a0377c" ON "live_comment" ("session_id", "user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d6e1ae8ccc3667ad583da7bc92" ON "live_comment" ("session_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "live_mute" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "muted_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fbf04808d2d4f4363fc797623e2" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "live_viewer" ("session_id" uuid NOT NULL, "viewer_key" text NOT NULL, "user_id" uuid, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbe00161efc5e01185e3b8e1d5c" PRIMARY KEY ("session_id", "viewer_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "live_order_entry" ("id" BIGSERIAL NOT NULL, "event_id" bigint NOT NULL, "session_id" uuid NOT NULL, "kind" text NOT NULL, "order_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "unit_id" uuid, "order_delta" integer NOT NULL, "item_delta" integer NOT NULL, "sales_delta_fen" bigint NOT NULL, "ticker_text" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "live_order_entry_kind_check" CHECK ("kind" IN ('paid', 'cancelled', 'refunded')), CONSTRAINT "PK_935d5a63fb1e55622d5599c68c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3a983ade447311816907fe6f46" ON "live_order_entry" ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7e68ad3f0d697035de48c38192" ON "live_order_entry" ("order_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_436dc58d5ea7f8db1e689f64e9" ON "live_order_entry" ("session_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "live_order_entry_line" ("id" BIGSERIAL NOT NULL, "entry_id" bigint NOT NULL, "session_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "quantity_delta" integer NOT NULL, "amount_delta_fen" bigint NOT NULL, CONSTRAINT "PK_34b8e75e9e7add7fe1e5799e624" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e41ab8b35ced285d21ca4a8849" ON "live_order_entry_line" ("entry_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7dbe7229fc82ac65976daf8df0" ON "live_order_entry_line" ("session_id", "product_id") `);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "host_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "created_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "cover_url" text`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "external_room_url" text`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "seq" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "order_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "item_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "sales_fen" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "like_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "viewer_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "peak_viewers" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "live_session_product" ADD "offer_starts_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "live_session_product" ADD "offer_ends_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "live_session_product" ADD "pinned" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "live_session_product" ADD "claimed" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "IDX_d5779bb84ec783344708bd21e0" ON "live_session" ("host_user_id") `);
    await queryRunner.query(
      `ALTER TABLE "live_session" ADD CONSTRAINT "live_session_counters_check" CHECK ("viewer_count" >= 0 AND "like_count" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_product" ADD CONSTRAINT "live_session_product_window_check" CHECK ("offer_ends_at" IS NULL OR "offer_starts_at" IS NULL OR "offer_ends_at" > "offer_starts_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_product" ADD CONSTRAINT "live_session_product_claimed_check" CHECK ("claimed" >= 0 AND ("stock_cap" IS NULL OR "claimed" <= "stock_cap"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP CONSTRAINT "live_session_product_claimed_check"`);
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP CONSTRAINT "live_session_product_window_check"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP CONSTRAINT "live_session_counters_check"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5779bb84ec783344708bd21e0"`);
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP COLUMN "claimed"`);
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP COLUMN "pinned"`);
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP COLUMN "offer_ends_at"`);
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP COLUMN "offer_starts_at"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "peak_viewers"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "viewer_count"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "like_count"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "sales_fen"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "item_count"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "order_count"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "external_room_url"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "cover_url"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "ended_at"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "started_at"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "created_by_id"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "host_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7dbe7229fc82ac65976daf8df0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e41ab8b35ced285d21ca4a8849"`);
    await queryRunner.query(`DROP TABLE "live_order_entry_line"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_436dc58d5ea7f8db1e689f64e9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e68ad3f0d697035de48c38192"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a983ade447311816907fe6f46"`);
    await queryRunner.query(`DROP TABLE "live_order_entry"`);
    await queryRunner.query(`DROP TABLE "live_viewer"`);
    await queryRunner.query(`DROP TABLE "live_mute"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d6e1ae8ccc3667ad583da7bc92"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deaa4477d4c99e275943a0377c"`);
    await queryRunner.query(`DROP TABLE "live_comment"`);
    await queryRunner.query(`DROP TABLE "live_offer_buyer"`);
  }
}
