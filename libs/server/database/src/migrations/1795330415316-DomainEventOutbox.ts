import { MigrationInterface, QueryRunner } from 'typeorm';

export class DomainEventOutbox1795330415316 implements MigrationInterface {
  name = 'DomainEventOutbox1795330415316';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "type" text NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_293254e94cb18e871039263caf" ON "outbox_event" ("type") `);
    await queryRunner.query(`CREATE INDEX "IDX_be597c8f054ebd6069730e0f4f" ON "outbox_event" ("aggregate_type", "aggregate_id") `);
    await queryRunner.query(
      `CREATE TABLE "event_consumption" ("consumer" text NOT NULL, "event_id" bigint NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_967897cc62a66818b36ef7a9ca8" PRIMARY KEY ("consumer", "event_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_consumption"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be597c8f054ebd6069730e0f4f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_293254e94cb18e871039263caf"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
