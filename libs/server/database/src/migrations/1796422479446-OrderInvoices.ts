import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issued invoices (电子发票): one per order, numbers unique per supplier, the file in the private invoice store. */
export class OrderInvoices1796422479446 implements MigrationInterface {
  name = 'OrderInvoices1796422479446';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "order_invoice" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "order_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "unit_id" uuid, "invoice_no" character varying(20) NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "format" text NOT NULL, "file_key" text NOT NULL, "file_bytes" integer NOT NULL, "sha256" character varying(64) NOT NULL, "issued_via" text NOT NULL, "issued_by" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "order_invoice_format_check" CHECK ("format" IN ('pdf', 'ofd')), CONSTRAINT "order_invoice_via_check" CHECK ("issued_via" IN ('upload', 'provider')), CONSTRAINT "order_invoice_kind_check" CHECK ("kind" IN ('normal', 'special')), CONSTRAINT "PK_93ce10e74111c24405be0726bfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7a6c70d136a872279357eef75" ON "order_invoice" ("order_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6826680df89a78906def1f887d" ON "order_invoice" ("unit_id", "issued_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_136253bee8d2863bab63dc55a4" ON "order_invoice" ("supplier_id", "invoice_no") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_136253bee8d2863bab63dc55a4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6826680df89a78906def1f887d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7a6c70d136a872279357eef75"`);
    await queryRunner.query(`DROP TABLE "order_invoice"`);
  }
}
