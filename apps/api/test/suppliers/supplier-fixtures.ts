import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { registerPerson, type TestApp } from '@yigou/server/testing';
import { creditCodeCheckChar } from '@yigou/shared/validation';

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'yigou-suppliers-'));

/** A valid 统一社会信用代码 from a seed number (distinct seeds give distinct codes). */
export function creditCode(seed: number): string {
  const body = `93141034MA${String(seed).padStart(7, '0')}`.slice(0, 17);
  return body + creditCodeCheckChar(body);
}

export async function pngBytes(color = '#c33'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: color } })
    .png()
    .toBuffer();
}

export async function upload(t: TestApp, token: string | null, bytes: Buffer, name = 'a.png', type = 'image/png') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${t.url}/media/images`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as { url?: string; thumbUrl?: string; code?: string; message?: string } };
}

/** Registers a new buyer account (phone proven by SMS, through the shared harness) and returns its token and id. */
export async function registerUser(t: TestApp, displayName = '申请人'): Promise<{ token: string; userId: string }> {
  const p = await registerPerson(t, displayName);
  return { token: p.token, userId: p.id };
}

/** A user whom the platform admin appointed county admin of another county (交城县 141122 unless given). */
export async function otherCountyAdmin(t: TestApp, regionCode = '141122'): Promise<string> {
  const u = await registerUser(t, '交城县管理员');
  const admin = await t.loginAs('admin');
  const r = await t.gql(
    `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
    { input: { userId: u.userId, role: 'county_admin', regionCode, reason: '测试：另一县的管理员' } },
    admin,
  );
  if (r.errors) throw new Error(`grantRole failed: ${JSON.stringify(r.errors)}`);
  return u.token;
}

export const APPLY = `mutation($input: SupplierApplicationInput!) { applyAsSupplier(input: $input) { id name status } }`;

export function application(licenseImageUrl: string | null, over: Record<string, unknown> = {}) {
  return {
    name: '汾西县测试果蔬专业合作社',
    kind: 'cooperative',
    creditCode: creditCode(1),
    countyCode: '141034',
    contactName: '王建国',
    contactPhone: '13912345678',
    bankAccountName: '汾西县测试果蔬专业合作社',
    bankName: '中国农业银行汾西县支行',
    bankAccountNo: '6228480012345678',
    licenseImageUrl,
    benefitDescription: '以保护价收购本村 32 户脱贫户的梨果，并吸纳 8 人在合作社务工。',
    ...over,
  };
}

export const count = async (t: TestApp, table: string): Promise<number> =>
  Number((await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
