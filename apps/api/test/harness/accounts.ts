import { LEGAL_DOCUMENTS } from '@yigou/shared/domain';
import type { TestApp } from './test-app';

/** A person registered the way people register: a phone proven by an SMS code, the agreement accepted. */
export interface RegisteredPerson {
  id: string;
  phone: string;
  displayName: string;
  password: string;
  token: string;
  refresh: string;
}

export const TEST_PASSWORD = 'Fenxi-pear-2026';

/** The agreement and privacy policy accepted, current versions: what every registration sends. */
export const CONSENT = {
  acceptAgreement: true,
  agreementVersion: LEGAL_DOCUMENTS.user_agreement.version,
  privacyVersion: LEGAL_DOCUMENTS.privacy_policy.version,
} as const;

let seq = 0;
/**
 * Each registration asks from an address of its own (the API trusts X-Forwarded-For from loopback), so the
 * per-address code and registration limits, tested in sms-verification and login-protection, stay out of the way.
 */
const freshAddress = () => `10.251.${Math.floor(seq / 250) % 250}.${(seq % 250) + 1}`;
/** 135xxxxxxxx: apart from the 137/138/139 numbers that suites and the demo data write out. */
const freshPhone = () => `1350${String(process.pid % 1000).padStart(3, '0')}${String(seq).padStart(4, '0')}`;

const REQUEST = `mutation($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) { phone } }`;
const REGISTER = `mutation($input: RegisterBySmsInput!) { registerBySms(input: $input) { accessToken refreshToken user { id } } }`;

/** Registers a new buyer through requestSmsCode → the stand-in's inbox → registerBySms, and signs them in. */
export async function registerPerson(
  t: TestApp,
  displayName: string,
  opts: { phone?: string; password?: string } = {},
): Promise<RegisteredPerson> {
  seq += 1;
  const phone = opts.phone ?? freshPhone();
  const password = opts.password ?? TEST_PASSWORD;
  const from = { 'x-forwarded-for': freshAddress() };
  const sent = await t.gql(REQUEST, { input: { phone, purpose: 'register' } }, null, from);
  if (sent.errors) throw new Error(`requestSmsCode for ${phone} failed: ${JSON.stringify(sent.errors)}`);
  const inbox = (await (await fetch(`${t.url}/__dev/sms-inbox/${phone}`)).json()) as { code: string | null };
  if (!inbox.code) throw new Error(`no SMS code for ${phone}`);
  const r = await t.gql<{ registerBySms: { accessToken: string; refreshToken: string; user: { id: string } } }>(
    REGISTER,
    {
      input: {
        phone,
        code: inbox.code,
        password,
        displayName,
        ...CONSENT,
      },
    },
    null,
    from,
  );
  if (!r.data?.registerBySms) throw new Error(`registerBySms for ${phone} failed: ${JSON.stringify(r.errors)}`);
  const { accessToken, refreshToken, user } = r.data.registerBySms;
  return { id: user.id, phone, displayName, password, token: accessToken, refresh: refreshToken };
}
