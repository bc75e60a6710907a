import type { Page } from 'playwright-core';
import { apiUrl, baseUrl } from './browser';

/** The last code the API's stand-in SMS sender sent to this phone (development and tests only). */
export async function lastSmsCode(phone: string, after?: string | null): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${apiUrl()}/__dev/sms-inbox/${phone}`);
    const body = (await res.json()) as { code: string | null; messages: unknown[] };
    if (body.code && body.code !== after) return body.code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no SMS code for ${phone}`);
}

/**
 * Clicks 获取验证码 on the page and types the code from the stand-in inbox; solves the picture captcha the API
 * asks for after a few codes from one address (its answer comes from the dev-only captcha route).
 */
const lastSent = new Map<string, number>();
/** The API sends one code per phone per minute: a second code for the same phone waits out the minute. */
const RESEND_MS = 61_000;

export async function fillSmsCode(page: Page, phone: string): Promise<void> {
  const since = Date.now() - (lastSent.get(phone) ?? 0);
  if (since < RESEND_MS) await page.waitForTimeout(RESEND_MS - since);
  const before = await fetch(`${apiUrl()}/__dev/sms-inbox/${phone}`).then((r) => r.json() as Promise<{ code: string | null }>);
  await page.getByTestId('send-code').click();
  const outcome = await Promise.race([
    page
      .getByTestId('code-sent')
      .waitFor()
      .then(() => 'sent' as const),
    page
      .getByTestId('sms-captcha')
      .waitFor()
      .then(() => 'captcha' as const),
  ]);
  if (outcome === 'captcha') {
    const id = await page.getByTestId('sms-captcha').getAttribute('data-captcha-id');
    const { answer } = (await (await fetch(`${apiUrl()}/__dev/captcha/${id}`)).json()) as { answer: string };
    await page.locator('input[name="captchaAnswer"]').fill(answer);
    await page.getByTestId('send-code').click();
    await page.getByTestId('code-sent').waitFor();
  }
  lastSent.set(phone, Date.now());
  await page.locator('input[name="code"]').fill(await lastSmsCode(phone, before.code));
}

/** Opens /register, registers with a phone proven by the stand-in's code and waits to be taken on. */
export async function registerNewAccount(page: Page, phone: string, password: string, displayName: string): Promise<void> {
  await page.goto(`${baseUrl()}/register`);
  await registerBySms(page, phone, password, displayName);
  await page.waitForURL((u) => u.pathname !== '/register');
}

/** Registers on /register (already open) with a phone proven by the stand-in's code. */
export async function registerBySms(page: Page, phone: string, password: string, displayName: string): Promise<void> {
  await page.locator('input[name="phone"]').fill(phone);
  await fillSmsCode(page, phone);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="displayName"]').fill(displayName);
  await page.locator('input[name="acceptAgreement"]').check();
  await page.locator('button[type="submit"]').click();
}
