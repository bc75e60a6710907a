import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentLedger1796410888953 implements MigrationInterface {
  name = 'PaymentLedger1796410888953';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Renamed, not dropped: provider-neutral names keep the ids already recorded.
    await queryRunner.query(`DROP INDEX "public"."IDX_737d2aadcb1cbe8bf1efba5ed3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4480052a237a5d9dd93ad47ccf"`);
    await queryRunner.query(`ALTER TABLE "refund" RENAME COLUMN "stripe_refund_id" TO "provider_refund_id"`);
    await queryRunner.query(`ALTER TABLE "refund" RENAME COLUMN "payment_intent_id" TO "provider_payment_id"`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" RENAME COLUMN "payment_intent_id" TO "provider_payment_id"`);
    await queryRunner.query(
      `CREATE TABLE "payment_notification" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "provider" text NOT NULL, "event_id" text NOT NULL, "type" text NOT NULL, "provider_payment_id" text, "attempt_id" uuid, "amount_fen" bigint, "currency" text, "result" text NOT NULL DEFAULT 'recorded', "occurred_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae851104ce3761a083209783d81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_274d0dbd09324a45df72b9f43b" ON "payment_notification" ("provider_payment_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5247d8b42134531a551b32837f" ON "payment_notification" ("provider", "event_id") `);
    // Stripe events already handled stay recorded, so a late replay of one still does nothing.
    await queryRunner.query(
      `INSERT INTO "payment_notification" ("provider", "event_id", "type", "received_at") SELECT 'stripe', "id", "type", "received_at" FROM "stripe_event"`,
    );
    await queryRunner.query(`DROP TABLE "stripe_event"`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "kind" text NOT NULL DEFAULT 'order'`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "attempt_id" uuid`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "send_state" text`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "send_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "next_send_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "last_error" text`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "bank_txn_no" text`);
    await queryRunner.query(`ALTER TABLE "refund" ADD "settled_at" TIMESTAMP WITH TIME ZONE`);
    // Stripe refunds still pending are reconciled by the refund sender (asked first, then sent). Those marked failed
    // before (possibly after a mere timeout) are left for finance to check: resending them could pay twice.
    await queryRunner.query(
      `UPDATE "refund" SET "send_state" = CASE WHEN "provider_refund_id" IS NULL THEN 'to_send' ELSE 'sent' END, "send_attempts" = 1 WHERE "method" = 'stripe' AND "status" = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "provider" text NOT NULL DEFAULT 'stripe'`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "shares" jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ALTER COLUMN "shares" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "currency" text NOT NULL DEFAULT 'cny'`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "outcome" text`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "received_fen" bigint`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "received_currency" text`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "review_note" text`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "payment_attempt" SET "outcome" = 'applied', "received_fen" = "amount_fen", "received_currency" = 'cny' WHERE "status" = 'succeeded'`,
    );
    await queryRunner.query(`ALTER TABLE "payment_attempt" DROP CONSTRAINT "payment_attempt_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "payment_attempt" ADD CONSTRAINT "payment_attempt_status_check" CHECK ("status" IN ('created', 'failed', 'canceled', 'needs_review', 'succeeded'))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6a8eaa939b5f7bd288946126ef" ON "refund" ("provider_refund_id") WHERE "provider_refund_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_61246e87f54ccc304a684a822a" ON "refund" ("status", "next_send_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b127805594f35f5c537ae8cf36" ON "payment_attempt" ("provider_payment_id") WHERE "provider_payment_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_b127805594f35f5c537ae8cf36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61246e87f54ccc304a684a822a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a8eaa939b5f7bd288946126ef"`);
    await queryRunner.query(`UPDATE "payment_attempt" SET "status" = 'succeeded' WHERE "status" = 'needs_review'`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" DROP CONSTRAINT "payment_attempt_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "payment_attempt" ADD CONSTRAINT "payment_attempt_status_check" CHECK ("status" IN ('created', 'failed', 'canceled', 'succeeded'))`,
    );
    for (const c of ['reviewed_at', 'review_note', 'received_currency', 'received_fen', 'outcome', 'currency', 'shares', 'provider']) {
      await queryRunner.query(`ALTER TABLE "payment_attempt" DROP COLUMN "${c}"`);
    }
    for (const c of ['settled_at', 'bank_txn_no', 'last_error', 'next_send_at', 'send_attempts', 'send_state', 'attempt_id', 'kind']) {
      await queryRunner.query(`ALTER TABLE "refund" DROP COLUMN "${c}"`);
    }
    await queryRunner.query(
      `CREATE TABLE "stripe_event" ("id" text NOT NULL, "type" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a91ab435defe9ce0ee6fb6f7f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "stripe_event" ("id", "type", "received_at") SELECT "event_id", "type", "received_at" FROM "payment_notification" WHERE "provider" = 'stripe'`,
    );
    await queryRunner.query(`DROP TABLE "payment_notification"`);
    await queryRunner.query(`ALTER TABLE "payment_attempt" RENAME COLUMN "provider_payment_id" TO "payment_intent_id"`);
    await queryRunner.query(`ALTER TABLE "refund" RENAME COLUMN "provider_payment_id" TO "payment_intent_id"`);
    await queryRunner.query(`ALTER TABLE "refund" RENAME COLUMN "provider_refund_id" TO "stripe_refund_id"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4480052a237a5d9dd93ad47ccf" ON "payment_attempt" ("payment_intent_id") WHERE (payment_intent_id IS NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_737d2aadcb1cbe8bf1efba5ed3" ON "refund" ("stripe_refund_id") WHERE (stripe_refund_id IS NOT NULL)`,
    );
  }
}
