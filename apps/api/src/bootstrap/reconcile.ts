/**
 * `npm run reconcile`: recomputes quota, attribution and live-session figures from
 * the orders alone, compares them with the ledgers, stores the run and prints every
 * difference (amounts in fen). Exits 1 when there is any difference, 2 on failure.
 * Uses DATABASE_URL, else the embedded PostgreSQL of `npm start` (stop the API first).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@yigou/server/core';
import { postgresOptions } from '@yigou/server/database';
import { describeDifference, ReconciliationRun, ReconciliationService } from '@yigou/server/reconciliation';
import { openAppDatabase } from './app-database';

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const { url, embedded } = await openAppDatabase(config);
  const db = new DataSource(postgresOptions(url, { entities: [ReconciliationRun], migrations: [] }));
  await db.initialize();
  try {
    const run = await new ReconciliationService(db).run('cli', null);
    process.stdout.write(`对账完成：检查订单 ${run.ordersChecked} 笔，差异 ${run.differenceCount} 处\n`);
    for (const d of run.differences) process.stdout.write(`${describeDifference(d)}\n`);
    if (run.differenceCount > run.differences.length)
      process.stdout.write(`……另有 ${run.differenceCount - run.differences.length} 处未列出\n`);
    return run.clean ? 0 : 1;
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`对账失败：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
