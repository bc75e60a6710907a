import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __yigouTemplate?: { adminUrl: string; template: string }; __yigouStopPg?: () => Promise<void> };
  if (g.__yigouTemplate) {
    // With a shared server (CI), leave no template behind; suites drop their own databases.
    await dropDatabase(g.__yigouTemplate.adminUrl, g.__yigouTemplate.template).catch(() => undefined);
  }
  if (g.__yigouStopPg) await g.__yigouStopPg();
}
