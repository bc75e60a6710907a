import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionFamiliesAttemptCounters1796410717418 implements MigrationInterface {
  name = 'SessionFamiliesAttemptCounters1796410717418';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attempt_counter" ("key" character varying(400) NOT NULL, "failures" integer NOT NULL, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_882eb70a1b148ea0b93d48bb793" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_add498e3407dd8a849c4b3e465" ON "attempt_counter" ("last_at") `);
    // Existing refresh tokens each start a family of their own (access tokens issued before carry no sid and are refused).
    await queryRunner.query(`ALTER TABLE "auth_session" ADD "family_id" uuid`);
    await queryRunner.query(`UPDATE "auth_session" SET "family_id" = "id"`);
    await queryRunner.query(`ALTER TABLE "auth_session" ALTER COLUMN "family_id" SET NOT NULL`);
    // Failed logins were one row each (counted after the password check, per identifier): replaced by attempt_counter.
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(`CREATE INDEX "IDX_auth_session_open_family" ON "auth_session" ("family_id") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8783d517fab10672700a39cb4"`);
    await queryRunner.query(`CREATE INDEX "IDX_auth_session_user_ip" ON "auth_session" ("user_id", "ip") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" BIGSERIAL NOT NULL, "login" character varying(320) NOT NULL, "ip" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_login_failure" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_login_failure_login" ON "login_failure" ("login", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_login_failure_ip" ON "login_failure" ("ip", "created_at")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_session_user_ip"`);
    await queryRunner.query(`CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session" ("user_id") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_session_open_family"`);
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "family_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_add498e3407dd8a849c4b3e465"`);
    await queryRunner.query(`DROP TABLE "attempt_counter"`);
  }
}
