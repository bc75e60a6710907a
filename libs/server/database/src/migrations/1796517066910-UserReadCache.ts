import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-request user read's cache (AuthenticatedUserCache): the listeners' registry, the barrier numbers, and
 * triggers that name, on channel yigou_identity, every user whose read (app_user, role_grant, auth_session) changed.
 * pg_notify folds identical payloads of one transaction, so a bulk revocation sends one per user.
 */
export class UserReadCache1796517066910 implements MigrationInterface {
  name = 'UserReadCache1796517066910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity_listener" ("id" uuid NOT NULL, "backend_pid" integer NOT NULL, "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acked_barrier" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_da9a7c7937a84663e20c1e9854d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE SEQUENCE "identity_barrier_seq"`);
    // TG_ARGV[0]: the column holding the user id. Both the old and the new user are named when it changes.
    await queryRunner.query(`CREATE FUNCTION identity_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        col text := TG_ARGV[0];
        old_id text := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) ->> col END;
        new_id text := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) ->> col END;
      BEGIN
        IF old_id IS NOT NULL THEN PERFORM pg_notify('yigou_identity', 'u:' || old_id); END IF;
        IF new_id IS NOT NULL AND new_id IS DISTINCT FROM old_id THEN PERFORM pg_notify('yigou_identity', 'u:' || new_id); END IF;
        RETURN NULL;
      END $$`);
    // A new account cannot be cached yet: updates and deletes only.
    await queryRunner.query(
      `CREATE TRIGGER "identity_app_user_changed" AFTER UPDATE OR DELETE ON "app_user" FOR EACH ROW EXECUTE FUNCTION identity_user_changed('id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "identity_role_grant_changed" AFTER INSERT OR UPDATE OR DELETE ON "role_grant" FOR EACH ROW EXECUTE FUNCTION identity_user_changed('user_id')`,
    );
    // Sessions: a revocation that closes a family (logout, reuse, suspension, password change). A rotation revokes
    // the old row with replaced_by set while the family stays open, which changes no read; a new row neither.
    await queryRunner.query(`CREATE TRIGGER "identity_auth_session_revoked" AFTER UPDATE ON "auth_session" FOR EACH ROW
      WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL AND NEW.replaced_by IS NULL
            OR NEW.user_id IS DISTINCT FROM OLD.user_id OR NEW.family_id IS DISTINCT FROM OLD.family_id)
      EXECUTE FUNCTION identity_user_changed('user_id')`);
    await queryRunner.query(
      `CREATE TRIGGER "identity_auth_session_deleted" AFTER DELETE ON "auth_session" FOR EACH ROW EXECUTE FUNCTION identity_user_changed('user_id')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "identity_auth_session_deleted" ON "auth_session"`);
    await queryRunner.query(`DROP TRIGGER "identity_auth_session_revoked" ON "auth_session"`);
    await queryRunner.query(`DROP TRIGGER "identity_role_grant_changed" ON "role_grant"`);
    await queryRunner.query(`DROP TRIGGER "identity_app_user_changed" ON "app_user"`);
    await queryRunner.query(`DROP FUNCTION identity_user_changed()`);
    await queryRunner.query(`DROP SEQUENCE "identity_barrier_seq"`);
    await queryRunner.query(`DROP TABLE "identity_listener"`);
  }
}
