import { MigrationInterface, QueryRunner } from 'typeorm';

/** The log of every grant, withdrawal, suspension and restore (people and roles, issue 17). */
export class RoleAuditLog1796422415729 implements MigrationInterface {
  name = 'RoleAuditLog1796422415729';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "role_audit_entry" ("id" BIGSERIAL NOT NULL, "actor_id" uuid NOT NULL, "actor_name" text NOT NULL, "actor_role" text NOT NULL, "target_user_id" uuid NOT NULL, "target_name" text NOT NULL, "action" text NOT NULL, "role" text, "unit_id" uuid, "supplier_id" uuid, "region_code" character varying(12), "scope_label" text, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "role_audit_entry_action_check" CHECK ("action" IN ('grant','withdraw','suspend','restore')), CONSTRAINT "PK_a5f98c2c2987ef57afc319bbbca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2e9d80afc05889274bc2a6a9aa" ON "role_audit_entry" ("target_user_id") `);
    // Append-only, like the household access log (yigou_append_only() comes from HouseholdAttribution).
    await queryRunner.query(
      `CREATE TRIGGER role_audit_entry_append_only BEFORE UPDATE OR DELETE ON "role_audit_entry" FOR EACH ROW EXECUTE FUNCTION yigou_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER role_audit_entry_append_only ON "role_audit_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e9d80afc05889274bc2a6a9aa"`);
    await queryRunner.query(`DROP TABLE "role_audit_entry"`);
  }
}
