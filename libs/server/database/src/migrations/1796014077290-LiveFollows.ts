import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveFollows1796014077290 implements MigrationInterface {
  name = 'LiveFollows1796014077290';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_follow" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "target_kind" text NOT NULL, "target_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_follow_kind_check" CHECK ("target_kind" IN ('supplier', 'county')), CONSTRAINT "PK_2b985154e91d2eb7b80de281b19" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "live_follow_target" ON "live_follow" ("target_kind", "target_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "live_follow_once" ON "live_follow" ("user_id", "target_kind", "target_id") `);
    await queryRunner.query(
      `CREATE TABLE "live_follow_notice" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20d41c8b5c98591402d4d3fae42" PRIMARY KEY ("session_id", "user_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "live_follow_notice"`);
    await queryRunner.query(`DROP INDEX "public"."live_follow_once"`);
    await queryRunner.query(`DROP INDEX "public"."live_follow_target"`);
    await queryRunner.query(`DROP TABLE "live_follow"`);
  }
}
