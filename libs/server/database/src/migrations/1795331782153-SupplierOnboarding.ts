import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupplierOnboarding1795331782153 implements MigrationInterface {
  name = 'SupplierOnboarding1795331782153';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "ref_type" text, "ref_id" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5259f9d159d642912658da4676" ON "notification" ("user_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "supplier_review_step" ("id" BIGSERIAL NOT NULL, "supplier_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "reason" text, "actor_id" uuid NOT NULL, "actor_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "supplier_review_step_action_check" CHECK ("action" IN ('applied','recommended','county_rejected','approved','platform_rejected','suspended','reinstated')), CONSTRAINT "PK_e2c73efcedc48500c191997a07a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2e5203c183a248423104019429" ON "supplier_review_step" ("supplier_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "certification_reminder" ("id" BIGSERIAL NOT NULL, "certification_id" uuid NOT NULL, "threshold" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certification_reminder_threshold_check" CHECK ("threshold" IN ('d90','d30','d7','expired')), CONSTRAINT "PK_6acf2cdc2109d17b3e7b159e2ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certification_reminder_once" ON "certification_reminder" ("certification_id", "threshold") `,
    );
    await queryRunner.query(
      `CREATE TABLE "product_import_job" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "supplier_id" uuid NOT NULL, "created_by" uuid NOT NULL, "file_name" text NOT NULL, "status" text NOT NULL, "total_rows" integer NOT NULL DEFAULT '0', "valid_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "imported_products" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "pending_rows" jsonb, "failure_message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "product_import_job_status_check" CHECK ("status" IN ('validating','has_errors','importing','done','failed')), CONSTRAINT "PK_5704b8a81244268d4220094bbe7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4b6a0cdd1959e693037167eeaa" ON "product_import_job" ("supplier_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "contact_name" text`);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "contact_phone" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "bank_account_name" text`);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "bank_name" text`);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "bank_account_no" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "license_image_url" text`);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "benefit_description" text`);
    await queryRunner.query(`ALTER TABLE "supplier" ADD "applied_by" uuid`);
    await queryRunner.query(`ALTER TABLE "product" ADD "off_shelf_reason" text`);
    await queryRunner.query(`ALTER TABLE "product_certification" ADD "evidence_image_url" text`);
    await queryRunner.query(`ALTER TABLE "product_certification" ADD "rejected_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_certification" DROP COLUMN "rejected_reason"`);
    await queryRunner.query(`ALTER TABLE "product_certification" DROP COLUMN "evidence_image_url"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "off_shelf_reason"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "applied_by"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "benefit_description"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "license_image_url"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "bank_account_no"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "bank_name"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "bank_account_name"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "contact_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b6a0cdd1959e693037167eeaa"`);
    await queryRunner.query(`DROP TABLE "product_import_job"`);
    await queryRunner.query(`DROP INDEX "public"."certification_reminder_once"`);
    await queryRunner.query(`DROP TABLE "certification_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e5203c183a248423104019429"`);
    await queryRunner.query(`DROP TABLE "supplier_review_step"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5259f9d159d642912658da4676"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
