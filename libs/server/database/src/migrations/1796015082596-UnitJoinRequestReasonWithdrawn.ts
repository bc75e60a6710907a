import { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitJoinRequestReasonWithdrawn1796015082596 implements MigrationInterface {
  name = 'UnitJoinRequestReasonWithdrawn1796015082596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_join_request" ADD "reason" text`);
    // The requester may withdraw a pending request (the schema builder does not diff check expressions).
    await queryRunner.query(`ALTER TABLE "unit_join_request" DROP CONSTRAINT "unit_join_request_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "unit_join_request" ADD CONSTRAINT "unit_join_request_status_check" CHECK ("status" IN ('pending','approved','rejected','withdrawn'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_join_request" DROP CONSTRAINT "unit_join_request_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "unit_join_request" ADD CONSTRAINT "unit_join_request_status_check" CHECK ("status" IN ('pending','approved','rejected'))`,
    );
    await queryRunner.query(`ALTER TABLE "unit_join_request" DROP COLUMN "reason"`);
  }
}
