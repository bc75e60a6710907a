import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * job_run: every run of a periodic job (which tick, which process, when it ended, its error), so "once per cluster"
 * can be seen and the desks can say when a job last ran. provider_reconciliation_run / _difference: the daily
 * comparison of each provider's answer with our payment ledger (docs/payments.md).
 */
export class JobRunsProviderReconciliation1796422402951 implements MigrationInterface {
  name = 'JobRunsProviderReconciliation1796422402951';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "job_run" (
      "id" bigserial PRIMARY KEY,
      "job" text NOT NULL,
      "tick" timestamptz NOT NULL,
      "worker" text NOT NULL,
      "started_at" timestamptz NOT NULL DEFAULT now(),
      "finished_at" timestamptz,
      "error" text)`);
    await q.query(`CREATE INDEX "job_run_job_tick_idx" ON "job_run" ("job", "tick" DESC)`);
    await q.query(`CREATE INDEX "event_consumption_processed_idx" ON "event_consumption" ("processed_at")`);
    await q.query(`CREATE TABLE "provider_reconciliation_run" (
      "id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
      "provider" text NOT NULL,
      "day" date NOT NULL,
      "trigger" text NOT NULL,
      "started_at" timestamptz NOT NULL,
      "finished_at" timestamptz,
      "attempts_checked" int NOT NULL DEFAULT 0,
      "refunds_checked" int NOT NULL DEFAULT 0,
      "difference_count" int NOT NULL DEFAULT 0,
      "error" text)`);
    await q.query(
      `CREATE INDEX "provider_reconciliation_run_provider_idx" ON "provider_reconciliation_run" ("provider", "started_at" DESC)`,
    );
    await q.query(`CREATE TABLE "provider_reconciliation_difference" (
      "id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
      "run_id" uuid NOT NULL REFERENCES "provider_reconciliation_run" ("id") ON DELETE CASCADE,
      "provider" text NOT NULL,
      "kind" text NOT NULL,
      "attempt_id" uuid,
      "refund_id" uuid,
      "provider_ref" text,
      "order_nos" text[] NOT NULL DEFAULT '{}',
      "ours_fen" bigint,
      "theirs_fen" bigint,
      "ours_state" text,
      "theirs_state" text,
      "action" text,
      "created_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "provider_reconciliation_difference_run_idx" ON "provider_reconciliation_difference" ("run_id")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "provider_reconciliation_difference"`);
    await q.query(`DROP TABLE "provider_reconciliation_run"`);
    await q.query(`DROP INDEX "event_consumption_processed_idx"`);
    await q.query(`DROP TABLE "job_run"`);
  }
}
