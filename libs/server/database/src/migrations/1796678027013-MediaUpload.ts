import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * media_upload: each uploaded image from its upload until it is swept. A domain storing its url claims it (claimed_at);
 * MediaSweepJob removes what nobody claimed within a day (abandoned forms). Images uploaded before have no row and are
 * never swept; the partial index serves the sweep's oldest-unclaimed-first walk.
 */
export class MediaUpload1796678027013 implements MigrationInterface {
  name = 'MediaUpload1796678027013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "media_upload" ("key" text NOT NULL, "uploaded_by" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6c3473baabbd5506177b3c01579" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_media_upload_unclaimed" ON "media_upload" ("uploaded_at") WHERE "claimed_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_media_upload_unclaimed"`);
    await queryRunner.query(`DROP TABLE "media_upload"`);
  }
}
