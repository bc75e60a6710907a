import { ChildProcess, spawn } from 'node:child_process';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { createTestApp, gqlAt, type TestApp } from './test-app';

export interface SecondApi {
  child: ChildProcess;
  url: string;
  /** Posts a GraphQL operation to this process. */
  gql: TestApp['gql'];
}

/**
 * Starts one more API process (a real child process: its own event loop, pool and pub/sub connections) on
 * `owner`'s database, with the owner's JWT secret so a token from one process is valid on the other.
 * Background event delivery is off unless `env` turns it on; idle keep-alive connections are closed at once on SIGTERM. Resolves with its
 * URL once it listens.
 */
export async function startSecondApi(owner: TestApp, env: Record<string, string> = {}): Promise<SecondApi> {
  return spawnUntilUrl(['apps/api/test/harness/second-api-main.ts'], {
    DATABASE_URL: owner.api.databaseUrl,
    EVENTS_AUTO_DELIVER: 'false',
    // A test's own keep-alive connections need not delay the stop (nginx-two-processes keeps the API's default).
    SECOND_API_IDLE_GRACE_MS: '0',
    JWT_SECRET: owner.api.app.get<AppConfig>(APP_CONFIG).jwtSecret,
    ...env,
  });
}

/**
 * Runs a TypeScript entry point of the harness in a child process (through @swc-node/register) and resolves
 * once it prints "URL <url>"; rejects if it exits first.
 */
export async function spawnUntilUrl(args: string[], env: Record<string, string> = {}): Promise<SecondApi> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /URL (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
  return { child, url, gql: gqlAt(url) };
}

/** Stops a second API process (SIGTERM, so it drains like a deploy) and waits until it has exited. */
export async function stopSecondApi(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Two API processes on one database: the in-process test app and a second process started on it. */
export interface TwoApis {
  t: TestApp;
  other: SecondApi;
}

/** For a suite's beforeAll: a test app, then a second API process on its database (`env` as for startSecondApi). */
export async function startTwoApis(env: Record<string, string> = {}): Promise<TwoApis> {
  const t = await createTestApp();
  try {
    return { t, other: await startSecondApi(t, env) };
  } catch (e) {
    await t.close();
    throw e;
  }
}

/** For the suite's afterAll: waits for the second process to exit, then closes the test app. */
export async function stopTwoApis(apis: Partial<TwoApis>): Promise<void> {
  await stopSecondApi(apis.other?.child ?? null);
  await apis.t?.close();
}
