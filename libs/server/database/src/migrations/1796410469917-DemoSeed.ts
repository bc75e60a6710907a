import { MigrationInterface, QueryRunner } from 'typeorm';

export class DemoSeed1796410469917 implements MigrationInterface {
  name = 'DemoSeed1796410469917';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "demo_seed" ("name" character varying(100) NOT NULL, "seeded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1302b9da3c93dafb736796f2e10" PRIMARY KEY ("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demo_seed"`);
  }
}
