import type { Page } from 'playwright-core';
import { apiUrl, baseUrl } from './browser';

/** The demo accounts' password (demo data, development and tests only). */
export const DEMO_PASSWORD = 'yigou-demo';

/**
 * One GraphQL request to the API, as a script would send it (set-up and checks beside what the page shows); throws
 * on any GraphQL error. `at` is another API's address (the WeChat Pay suite starts its own).
 */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string, at = apiUrl()): Promise<T> {
  const res = await fetch(`${at}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A demo account's access token, for `api`. */
export async function loginToken(login: string, at = apiUrl()): Promise<string> {
  const data = await api<{ login: { accessToken: string } }>(
    `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
    { i: { login, password: DEMO_PASSWORD } },
    undefined,
    at,
  );
  return data.login.accessToken;
}

/** Signs in through the login page as a person does, and waits until it has left /login. */
export async function login(page: Page, who: string, { password = DEMO_PASSWORD, web = baseUrl() } = {}): Promise<void> {
  await page.goto(`${web}/login`);
  await page.locator('input[name="login"]').fill(who);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
