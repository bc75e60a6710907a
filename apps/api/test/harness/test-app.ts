import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@yigou/server/core';
import { RunningApi, startApi } from '../../src/bootstrap/start-api';
import { createSuiteDatabase } from './test-database';

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  status: number;
}

export interface TestApp {
  api: RunningApi;
  url: string;
  db: DataSource;
  /** Posts a GraphQL operation; a token signs it in. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  /** Logs a demo account (password yigou-demo) in and returns its access token. */
  loginAs(login: string, password?: string): Promise<string>;
  /** Counts SQL statements that `fn` causes (all connections of this process). */
  countQueries<R>(fn: () => Promise<R>): Promise<{ result: R; queries: number; sql: string[] }>;
  close(): Promise<void>;
}

// Counted at the driver, so TypeORM's queries and the prepared statements (runPrepared) both count.
let counting: string[] | null = null;
const originalQuery = Client.prototype.query;
Client.prototype.query = function patched(this: Client, ...args: unknown[]) {
  // Not the identity listener's heartbeats (AuthenticatedUserCache): they run on a timer, not for any request.
  if (
    counting &&
    (this as unknown as { connectionParameters?: { application_name?: string } }).connectionParameters?.application_name !==
      'yigou-identity-listener'
  ) {
    const q = args[0] as string | { text?: string };
    counting.push(typeof q === 'string' ? q : String(q?.text));
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

/** Posts GraphQL operations to the API at `url` (a TestApp's, or a second API process's). */
export function gqlAt(url: string): TestApp['gql'] {
  return async (query, variables, token, headers) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse, 'status'>;
    return { ...body, status: res.status } as GqlResponse<never>;
  };
}

/**
 * Boots the real API (HTTP on a free port) against a database of this suite's
 * own, cloned from the migrated, demo-loaded template. Pass `databaseUrl` (e.g.
 * another TestApp's `api.databaseUrl`) to start a second API process on the
 * same database; closing it then leaves the database to its owner.
 */
export async function createTestApp(overrides: Partial<AppConfig> = {}, env: Record<string, string> = {}): Promise<TestApp> {
  const database = overrides.databaseUrl
    ? { url: overrides.databaseUrl, name: '', drop: async () => undefined }
    : await createSuiteDatabase();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', ...env }),
    databaseUrl: database.url,
    loadDemoData: false,
    ...overrides,
  };
  // idleGraceMs 0: an in-process test's own keep-alive connections need not delay its close.
  const api = await startApi(config, { port: 0, skipMigrations: true, idleGraceMs: 0 });
  const url = api.url;
  const gql = gqlAt(url);
  return {
    api,
    url,
    db: api.app.get(DataSource),
    gql,
    async loginAs(login, password = 'yigou-demo') {
      const r = await gql<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: { login, password },
      });
      if (!r.data?.login) throw new Error(`login as ${login} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.accessToken;
    },
    async countQueries(fn) {
      const sql: string[] = [];
      counting = sql;
      try {
        const result = await fn();
        return { result, queries: sql.length, sql };
      } finally {
        counting = null;
      }
    },
    async close() {
      await api.close();
      await database.drop();
    },
  };
}
