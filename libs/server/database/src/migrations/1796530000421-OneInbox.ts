import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One inbox (issue 20): quota reminders become notifications (kind 'quota_reminder', ref work_unit → the unit) and
 * quota_reminder goes. A quota_reminder row was addressed to a unit, read by its members and its admins, with one read
 * state for all of them; each of those people now gets their own notification carrying the reminder's text, sender,
 * time and read state (read for everyone if someone had read it, so nothing read comes back unread). A reminder
 * of a unit that has nobody (no member, no admin) reached no one and has no one to move to; it goes with the table.
 * Rows are moved oldest first, so the inbox's id order (its newest-first order) keeps their order.
 */
export class OneInbox1796530000421 implements MigrationInterface {
  name = 'OneInbox1796530000421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "sent_by" uuid`);
    // partial: checkout's and the other kinds' inserts maintain no extra index
    await queryRunner.query(
      `CREATE INDEX "notification_once_per_ref_idx" ON "notification" ("ref_id", "kind", "created_at") WHERE kind IN ('quota_reminder')`,
    );
    await queryRunner.query(
      `INSERT INTO notification (user_id, kind, title, body, ref_type, ref_id, sent_by, read_at, created_at)
       SELECT a.user_id, 'quota_reminder', '以购代捐进度提醒', r.message, 'work_unit', r.unit_id::text, r.sent_by, r.read_at, r.created_at
         FROM quota_reminder r
         JOIN (SELECT unit_id, id AS user_id FROM app_user WHERE unit_id IS NOT NULL
               UNION SELECT unit_id, user_id FROM role_grant WHERE role = 'unit_admin' AND unit_id IS NOT NULL) a ON a.unit_id = r.unit_id
        ORDER BY r.created_at, r.id, a.user_id`,
    );
    await queryRunner.query(`DROP TABLE "quota_reminder"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quota_reminder" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "year" integer NOT NULL, "message" text NOT NULL, "sent_by" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21bb91f964c64e45e0574c466e3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2bfbee858e5109f309687a15ed" ON "quota_reminder" ("unit_id", "created_at") `);
    // one reminder per unit and sending again; read once its first reader read it; the year from its text
    await queryRunner.query(
      `INSERT INTO quota_reminder (unit_id, year, message, sent_by, read_at, created_at)
       SELECT ref_id::uuid, COALESCE(substring(body FROM '^(\\d{4}) 年')::int, extract(year FROM created_at AT TIME ZONE 'Asia/Shanghai')::int),
              body, sent_by, min(read_at), created_at
         FROM notification WHERE kind = 'quota_reminder' AND ref_type = 'work_unit' AND sent_by IS NOT NULL
        GROUP BY ref_id, body, sent_by, created_at`,
    );
    await queryRunner.query(`DELETE FROM notification WHERE kind = 'quota_reminder'`);
    await queryRunner.query(`DROP INDEX "public"."notification_once_per_ref_idx"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "sent_by"`);
  }
}
