import { MigrationInterface, QueryRunner } from 'typeorm';

export class SmsVerification1796422365038 implements MigrationInterface {
  name = 'SmsVerification1796422365038';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sms_code" ("id" uuid NOT NULL, "phone" character varying(11) NOT NULL, "purpose" character varying(20) NOT NULL, "code_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "used_at" TIMESTAMP WITH TIME ZONE, "ip" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6be10be47996c6d6591354f0002" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sms_code_ip" ON "sms_code" ("ip", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_sms_code_phone" ON "sms_code" ("phone", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "sms_captcha" ("id" uuid NOT NULL, "answer_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_594d0a05b5a6a8dc44d8840e211" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "legal_consent" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "document" character varying(32) NOT NULL, "version" character varying(32) NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" text, CONSTRAINT "PK_a52507792edb46bcfa3037cc853" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_legal_consent_user" ON "legal_consent" ("user_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_legal_consent_user"`);
    await queryRunner.query(`DROP TABLE "legal_consent"`);
    await queryRunner.query(`DROP TABLE "sms_captcha"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sms_code_phone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sms_code_ip"`);
    await queryRunner.query(`DROP TABLE "sms_code"`);
  }
}
