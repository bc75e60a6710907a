import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { UserService } from '@yigou/server/identity';
import type { TestApp } from '@yigou/server/testing';
import { creditCodeCheckChar } from '@yigou/shared/validation';

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'yigou-suppliers-'));

/** A valid 统一社会信用代码 from a seed number (distinct seeds give distinct codes). */
export function creditCode(seed: number): string {
  const body = `93141034MA${String(seed).padStart(7, '0')}`.slice(0, 17);
  return body + creditCodeCheckChar(body);
}

export async function pngBytes(color = '#c33'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: color } }).png().toBuffer();
}

export async function upload(t: TestApp, token: string | null, bytes: Buffer, name = 'a.png', type = 'image/png') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${t.url}/media/images`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as { url?: string; thumbUrl?: string; code?: string; message?: string } };
}

let seq = 0;
/** Registers a new buyer account and returns its token and id. */
export async function registerUser(t: TestApp, displayName = '申请人'): Promise<{ token: string; userId: string }> {
  seq += 1;
  const login = `1390000${String(Date.now() % 10000).padStart(4, '0')}`.slice(0, 7) + String(1000 + seq).slice(-4);
  const r = await t.gql<{ register: { accessToken: string } }>(
    'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
    { input: { login, password: 'secret-pass-1', displayName } },
  );
  if (!r.data?.register) throw new Error(`register failed: ${JSON.stringify(r.errors)}`);
  const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, r.data.register.accessToken);
  return { token: r.data.register.accessToken, userId: me.data!.me.id };
}

/** A user who is county admin of another county (交城县 141122 unless given). */
export async function otherCountyAdmin(t: TestApp, regionCode = '141122'): Promise<string> {
  const u = await registerUser(t, '交城县管理员');
  await t.api.app.get(UserService).grantRole(t.db.manager, u.userId, { role: 'county_admin', regionCode });
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
