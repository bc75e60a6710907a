import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { installJobSchema, JobScheduler } from '@yigou/server/jobs';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { SecondApi, startSecondApi, stopSecondApi } from '../harness/second-api';

describe('periodic jobs (graphile-worker cron, once per cluster)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the sweepers, certificate expiry, live reminders, import recovery, delivery reminders, checkout keys, the live-payment check, reconciliations and retention are on the cluster schedule', () => {
    const jobs = t.api.app
      .get(JobScheduler)
      .registered()
      .map((j) => `${j.name} ${j.cron}`);
    expect(jobs.sort()).toEqual([
      'catalog.certification-expiry 0 * * * *',
      'catalog.import-recovery * * * * *',
      'events.consumption-retention 30 20 * * *',
      'jobs.run-retention 40 20 * * *',
      'livestream.follow-notices * * * * *',
      'media.sweep-unclaimed 17 19 * * *',
      'orders.delivery-reminder 7 * * * *',
      'orders.forget-checkout-keys 7 * * * *',
      'orders.sweep * * * * *',
      'payments.check-live * * * * *',
      'payments.provider-reconciliation 0 19 * * *',
      'payments.refund-sweep * * * * *',
      'reconciliation.nightly */15 * * * *',
    ]);
  });

  it('two API processes run the refund sweep and the nightly reconciliation once per tick between them', async () => {
    // both schedules known for two hours and never run: each process, on start, catches up its backfill window
    // (refund sweep: 5 minutes, every minute; nightly check: 1 hour, every 15 minutes)
    await installJobSchema(t.api.databaseUrl);
    await t.db.query(`DELETE FROM job_run`);
    await t.db.query(
      `INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since) SELECT unnest($1::text[]), now() - interval '2 hours'
       ON CONFLICT (identifier) DO UPDATE SET known_since = EXCLUDED.known_since, last_execution = NULL`,
      [['payments.refund-sweep', 'reconciliation.nightly']],
    );
    const runs = async () =>
      (await t.db.query(
        `SELECT job, tick, worker, error FROM job_run WHERE job IN ('payments.refund-sweep', 'reconciliation.nightly') AND finished_at IS NOT NULL`,
      )) as { job: string; tick: Date; worker: string; error: string | null }[];
    let apis: SecondApi[] = [];
    try {
      apis = await Promise.all([startSecondApi(t, { JOBS_START: '1' }), startSecondApi(t, { JOBS_START: '1' })]);
      for (let i = 0; i < 300; i++) {
        const r = await runs();
        if (
          r.filter((x) => x.job === 'payments.refund-sweep').length >= 5 &&
          r.filter((x) => x.job === 'reconciliation.nightly').length >= 4
        )
          break;
        await sleep(100);
      }
      await sleep(2000); // time for a second run of any tick, if there were one
    } finally {
      await Promise.all(apis.map((a) => stopSecondApi(a.child)));
    }
    const r = await runs();
    const sweeps = r.filter((x) => x.job === 'payments.refund-sweep');
    const nightly = r.filter((x) => x.job === 'reconciliation.nightly');
    expect(sweeps.length).toBeGreaterThanOrEqual(5);
    expect(nightly.length).toBeGreaterThanOrEqual(4);
    const keys = r.map((x) => `${x.job} ${new Date(x.tick).toISOString()}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(r.filter((x) => x.error !== null)).toEqual([]);
    // two workers, one of them per tick (which one is graphile-worker's choice); the day's nightly run happened at most once
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM reconciliation_run WHERE trigger = 'nightly' AND started_at > now() - interval '1 hour'`,
    );
    expect(n).toBeLessThanOrEqual(1);
  });

  it('two processes running the same schedule run each tick once between them', async () => {
    const config: AppConfig = { ...t.api.app.get<AppConfig>(APP_CONFIG), nodeEnv: 'production', jobsEnabled: true };
    const runs: { tick: string; by: string }[] = [];
    const schedulers = ['a', 'b'].map((by) => {
      const s = new JobScheduler(t.db, config);
      s.register({
        name: 'test.tick',
        cron: '* * * * *',
        backfillMs: 4 * 60_000,
        run: async (now) => void runs.push({ tick: now.toISOString(), by }),
      });
      return s;
    });
    // the schedule has been known for ten minutes and never ran: each process, on start, catches up the last four minutes
    await installJobSchema(t.api.databaseUrl);
    await t.db.query(
      `INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since) VALUES ('test.tick', now() - interval '10 minutes')`,
    );
    try {
      await Promise.all(schedulers.map((s) => s.start()));
      for (let i = 0; i < 150 && runs.length < 4; i++) await sleep(100);
      await sleep(1500); // time for a second run of any tick, if there were one
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
    const ticks = runs.map((r) => r.tick);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const tick of ticks) expect(new Date(tick).getUTCSeconds()).toBe(0);
  });
});
