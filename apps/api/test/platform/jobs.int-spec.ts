import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { installJobSchema, JobScheduler } from '@yigou/server/jobs';
import { createTestApp, TestApp } from '@yigou/server/testing';

describe('periodic jobs (graphile-worker cron, once per cluster)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the sweeper, certificate expiry, live reminders, import recovery and the live-payment check are on the cluster schedule', () => {
    const jobs = t.api.app.get(JobScheduler).registered().map((j) => `${j.name} ${j.cron}`);
    expect(jobs.sort()).toEqual([
      'catalog.certification-expiry 0 * * * *',
      'catalog.import-recovery * * * * *',
      'livestream.follow-notices * * * * *',
      'orders.sweep * * * * *',
      'payments.check-live * * * * *',
    ]);
  });

  it('two processes running the same schedule run each tick once between them', async () => {
    const config: AppConfig = { ...t.api.app.get<AppConfig>(APP_CONFIG), nodeEnv: 'production', jobsEnabled: true };
    const runs: { tick: string; by: string }[] = [];
    const schedulers = ['a', 'b'].map((by) => {
      const s = new JobScheduler(t.db, config);
      s.register({ name: 'test.tick', cron: '* * * * *', backfillMs: 4 * 60_000, run: async (now) => void runs.push({ tick: now.toISOString(), by }) });
      return s;
    });
    // the schedule has been known for ten minutes and never ran: each process, on start, catches up the last four minutes
    await installJobSchema(t.api.databaseUrl);
    await t.db.query(`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since) VALUES ('test.tick', now() - interval '10 minutes')`);
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
