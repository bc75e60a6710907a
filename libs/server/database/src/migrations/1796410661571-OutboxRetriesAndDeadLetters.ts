import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxRetriesAndDeadLetters1796410661571 implements MigrationInterface {
  name = 'OutboxRetriesAndDeadLetters1796410661571';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_consumer_state" ("consumer" text NOT NULL, "low_tx_id" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b441d9ad79fe9471b523f65c586" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_dead_letter" ("consumer" text NOT NULL, "event_id" bigint NOT NULL, "event_type" text NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "attempts" integer NOT NULL, "last_error" text NOT NULL, "first_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "parked_at" TIMESTAMP WITH TIME ZONE, "retried_at" TIMESTAMP WITH TIME ZONE, "retried_by" uuid, CONSTRAINT "PK_3f25c41d5ed5cc8b19b3c28aee9" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_18eb94ed332244b173092a47c2" ON "event_dead_letter" ("consumer", "aggregate_type", "aggregate_id", "event_id") `,
    );
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "tx_id" bigint NOT NULL DEFAULT txid_current()`);
    await queryRunner.query(`CREATE INDEX "IDX_eb61bd6542bc174bddd04b5e1f" ON "outbox_event" ("tx_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_eb61bd6542bc174bddd04b5e1f"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "tx_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_18eb94ed332244b173092a47c2"`);
    await queryRunner.query(`DROP TABLE "event_dead_letter"`);
    await queryRunner.query(`DROP TABLE "event_consumer_state"`);
  }
}
