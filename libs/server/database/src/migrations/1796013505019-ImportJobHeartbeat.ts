import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportJobHeartbeat1796013505019 implements MigrationInterface {
  name = 'ImportJobHeartbeat1796013505019';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_import_job" ADD "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_import_job" DROP COLUMN "heartbeat_at"`);
  }
}
