import type { ChildProcess } from 'node:child_process';
import apiGlobalTeardown from '../../../api/test/harness/global-teardown';

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

export default async function globalTeardown(): Promise<void> {
  const e2e = (globalThis as { __e2e?: { api: ChildProcess; web: ChildProcess; dropDb: () => Promise<void> } }).__e2e;
  if (e2e) {
    await Promise.all([stop(e2e.api), stop(e2e.web)]);
    await e2e.dropDb().catch(() => undefined);
  }
  await apiGlobalTeardown();
}
