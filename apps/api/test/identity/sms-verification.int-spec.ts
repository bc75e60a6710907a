import { LEGAL_DOCUMENTS } from '@yigou/shared/domain';
import { createTestApp, GqlResponse, TestApp } from '@yigou/server/testing';
import { StandInSmsSender, VerificationService } from '@yigou/server/identity';

const REQUEST = `mutation($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) { phone validSeconds resendAfterSeconds } }`;
const CAPTCHA = `mutation { smsCaptcha { id svg } }`;
const REGISTER = `mutation($input: RegisterBySmsInput!) { registerBySms(input: $input) { accessToken refreshToken user { id phone roles { role } } } }`;
const LOGIN_SMS = `mutation($input: SmsLoginInput!) { loginBySms(input: $input) { accessToken user { id phone } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const RESET = `mutation($input: ResetPasswordBySmsInput!) { resetPasswordBySms(input: $input) }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken } }`;
const CHANGE_PHONE = `mutation($input: ChangePhoneInput!) { changePhone(input: $input) { id phone } }`;
const ME = `{ me { id phone } }`;

const VERSIONS = { agreementVersion: LEGAL_DOCUMENTS.user_agreement.version, privacyVersion: LEGAL_DOCUMENTS.privacy_policy.version };

describe('SMS verification codes, registration and recovery', () => {
  let t: TestApp;
  let ipSeq = 0;
  let phoneSeq = 0;
  /** Every test asks from addresses and for phones of its own, so the per-address limits do not cross tests. */
  const newIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;
  const newPhone = () => `1370000${String(++phoneSeq).padStart(4, '0')}`;
  const as = (ip: string, now?: Date) => ({ 'x-forwarded-for': ip, ...(now ? { 'x-test-now': now.toISOString() } : {}) });
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const inbox = async (phone: string): Promise<{ code: string | null; messages: { code: string; purpose: string }[] }> => {
    const res = await fetch(`${t.url}/__dev/sms-inbox/${phone}`);
    return (await res.json()) as { code: string | null; messages: { code: string; purpose: string }[] };
  };
  const request = (
    phone: string,
    purpose: string,
    ip: string,
    opts: { token?: string; now?: Date; captchaId?: string; captchaAnswer?: string } = {},
  ) =>
    t.gql<{ requestSmsCode: { phone: string; validSeconds: number; resendAfterSeconds: number } }>(
      REQUEST,
      { input: { phone, purpose, captchaId: opts.captchaId, captchaAnswer: opts.captchaAnswer } },
      opts.token,
      as(ip, opts.now),
    );
  const solvedCaptcha = async (ip: string, now?: Date) => {
    const c = await t.gql<{ smsCaptcha: { id: string; svg: string } }>(CAPTCHA, {}, null, as(ip, now));
    const id = c.data!.smsCaptcha.id;
    const { answer } = (await (await fetch(`${t.url}/__dev/captcha/${id}`)).json()) as { answer: string };
    return { captchaId: id, captchaAnswer: answer };
  };
  const codeFor = async (phone: string, purpose: string, ip = newIp(), token?: string, now?: Date) => {
    const r = await request(phone, purpose, ip, { token, now });
    expect(r.errors).toBeUndefined();
    const box = await inbox(phone);
    expect(box.messages.at(-1)?.purpose).toBe(purpose);
    return box.code!;
  };
  const register = (phone: string, code: string, extra: Record<string, unknown> = {}, ip = newIp()) =>
    t.gql<{ registerBySms: { accessToken: string; refreshToken: string; user: { id: string; phone: string; roles: { role: string }[] } } }>(
      REGISTER,
      { input: { phone, code, password: 'field-pear-2026', displayName: '短信用户', acceptAgreement: true, ...VERSIONS, ...extra } },
      null,
      as(ip),
    );
  const count = async (sql: string, params: unknown[] = []) => Number((await t.db.query(sql, params))[0].n);
  const errorOf = (r: GqlResponse) => ({ code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message });

  it('the SMS registration keeps the name rules of the email one: spaces alone are refused before the code is looked at', async () => {
    const phone = newPhone();
    const r = await register(phone, '000000', { displayName: '   ' });
    expect(r.errors?.[0]).toMatchObject({ message: '请填写姓名或昵称', extensions: { code: 'BAD_USER_INPUT', field: 'displayName' } });
    expect(await count(`SELECT count(*)::int AS n FROM app_user WHERE phone = $1`, [phone])).toBe(0);
  });

  it('registers by an SMS code: a buyer with the proven phone, the agreement and privacy policy versions stored with the time', async () => {
    const phone = newPhone();
    expect((await t.gql<{ smsAvailable: boolean }>('{ smsAvailable }')).data?.smsAvailable).toBe(true);
    const sent = await request(phone, 'register', newIp());
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.requestSmsCode).toEqual({
      phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      validSeconds: 300,
      resendAfterSeconds: 60,
    });
    const code = (await inbox(phone)).code!;
    expect(code).toMatch(/^\d{6}$/);
    // only a hash is stored
    expect(await count(`SELECT count(*)::int AS n FROM sms_code WHERE phone = $1 AND code_hash LIKE '%' || $2 || '%'`, [phone, code])).toBe(
      0,
    );
    const r = await register(phone, code);
    expect(r.errors).toBeUndefined();
    expect(r.data?.registerBySms.user.phone).toBe(phone);
    expect(r.data?.registerBySms.user.roles.map((g) => g.role)).toEqual(['buyer']);
    const consents: { document: string; version: string; accepted_at: Date }[] = await t.db.query(
      `SELECT document, version, accepted_at FROM legal_consent WHERE user_id = $1 ORDER BY document`,
      [r.data?.registerBySms.user.id],
    );
    expect(consents.map((c) => [c.document, c.version])).toEqual([
      ['privacy_policy', LEGAL_DOCUMENTS.privacy_policy.version],
      ['user_agreement', LEGAL_DOCUMENTS.user_agreement.version],
    ]);
    expect(Math.abs(consents[0].accepted_at.getTime() - Date.now())).toBeLessThan(60_000);
    // the password chosen at registration signs in too
    expect((await t.gql(LOGIN, { input: { login: phone, password: 'field-pear-2026' } })).errors).toBeUndefined();
    // and the phone cannot be registered again
    expect(errorOf(await request(phone, 'register', newIp()))).toEqual({
      code: 'ALREADY_REGISTERED',
      message: '该手机号已注册，请直接登录',
    });
  });

  it('refuses registration without the agreement, with outdated versions or a weak password, writing nothing, and the code stays good', async () => {
    const phone = newPhone();
    const code = await codeFor(phone, 'register');
    const users = await count(`SELECT count(*)::int AS n FROM app_user`);
    const consents = await count(`SELECT count(*)::int AS n FROM legal_consent`);
    expect(errorOf(await register(phone, code, { acceptAgreement: false }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: '请阅读并同意《用户服务协议》和《个人信息保护政策》',
    });
    expect(errorOf(await register(phone, code, { agreementVersion: '2020-01-01' })).message).toBe('协议已更新，请刷新页面后重新阅读并同意');
    expect(errorOf(await register(phone, code, { password: 'password123' })).code).toBe('BAD_USER_INPUT');
    expect(await count(`SELECT count(*)::int AS n FROM app_user`)).toBe(users);
    expect(await count(`SELECT count(*)::int AS n FROM legal_consent`)).toBe(consents);
    expect((await register(phone, code)).errors).toBeUndefined();
  });

  it('refuses a wrong code with the tries left, nothing written; after 5 tries even the right code is refused', async () => {
    const phone = newPhone();
    const code = await codeFor(phone, 'register');
    const wrong = code === '000000' ? '111111' : '000000';
    const users = await count(`SELECT count(*)::int AS n FROM app_user`);
    expect(errorOf(await register(phone, wrong))).toEqual({ code: 'INVALID_SMS_CODE', message: '验证码错误，还可以再试 4 次' });
    for (let i = 0; i < 4; i++) await register(phone, wrong);
    expect(errorOf(await register(phone, code))).toEqual({ code: 'INVALID_SMS_CODE', message: '验证码错误次数过多，请重新获取' });
    expect(await count(`SELECT count(*)::int AS n FROM app_user`)).toBe(users);
    expect(await count(`SELECT count(*)::int AS n FROM app_user WHERE phone = $1`, [phone])).toBe(0);
  });

  it('refuses an expired code, a reused code, a code for another purpose and a malformed code', async () => {
    const phone = newPhone();
    const code = await codeFor(phone, 'register');
    const late = await t.gql(
      REGISTER,
      { input: { phone, code, password: 'field-pear-2026', displayName: '迟到', acceptAgreement: true, ...VERSIONS } },
      null,
      as(newIp(), at(5.1)),
    );
    expect(errorOf(late)).toEqual({ code: 'INVALID_SMS_CODE', message: '验证码已过期，请重新获取' });
    expect(await count(`SELECT count(*)::int AS n FROM app_user WHERE phone = $1`, [phone])).toBe(0);
    // registered with a fresh code a minute later, then log in by code twice with one code
    const fresh = await request(phone, 'register', newIp(), { now: at(1.1) });
    expect(fresh.errors).toBeUndefined();
    const r = await t.gql(
      REGISTER,
      {
        input: {
          phone,
          code: (await inbox(phone)).code,
          password: 'field-pear-2026',
          displayName: '新',
          acceptAgreement: true,
          ...VERSIONS,
        },
      },
      null,
      as(newIp(), at(1.2)),
    );
    expect(r.errors).toBeUndefined();
    const captchaIp = newIp();
    const login = await request(phone, 'login', captchaIp, { now: at(2.3), ...(await solvedCaptcha(captchaIp, at(2.3))) });
    expect(login.errors).toBeUndefined();
    const loginCode = (await inbox(phone)).code;
    const first = await t.gql<{ loginBySms: { user: { phone: string } } }>(
      LOGIN_SMS,
      { input: { phone, code: loginCode } },
      null,
      as(newIp(), at(2.4)),
    );
    expect(first.data?.loginBySms.user.phone).toBe(phone);
    const again = await t.gql(LOGIN_SMS, { input: { phone, code: loginCode } }, null, as(newIp(), at(2.5)));
    expect(errorOf(again)).toEqual({ code: 'INVALID_SMS_CODE', message: '验证码已使用，请重新获取' });
    // a register code does not reset a password
    const other = newPhone();
    const c2 = await codeFor(other, 'register');
    expect(errorOf(await t.gql(LOGIN_SMS, { input: { phone: other, code: c2 } }, null, as(newIp())))).toEqual({
      code: 'INVALID_SMS_CODE',
      message: '请先获取短信验证码',
    });
    expect(errorOf(await t.gql(LOGIN_SMS, { input: { phone: other, code: '12ab56' } })).message).toBe('请输入 6 位短信验证码');
    expect(errorOf(await request('12345', 'login', newIp())).message).toBe('请输入正确的手机号（11位）');
  });

  it('sends one code per phone per minute and at most 10 a day; a captcha is asked for from the 3rd code of a day', async () => {
    const phone = newPhone();
    expect((await request(phone, 'register', newIp(), { now: at(0) })).errors).toBeUndefined();
    const soon = await request(phone, 'register', newIp(), { now: at(0.5) });
    expect(errorOf(soon).code).toBe('TOO_MANY_ATTEMPTS');
    expect(errorOf(soon).message).toMatch(/^验证码发送过于频繁，请 \d+ 秒后再试$/);
    expect(soon.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(20);
    expect((await request(phone, 'register', newIp(), { now: at(1.1) })).errors).toBeUndefined();
    // third of the day: captcha first
    const third = await request(phone, 'register', newIp(), { now: at(2.2) });
    expect(errorOf(third)).toEqual({ code: 'CAPTCHA_REQUIRED', message: '请先输入图形验证码' });
    const sent = await count(`SELECT count(*)::int AS n FROM sms_code WHERE phone = $1`, [phone]);
    expect(sent).toBe(2);
    for (let i = 0; i < 8; i++) {
      const ip = newIp();
      const r = await request(phone, 'register', ip, { now: at(2.2 + i * 1.1), ...(await solvedCaptcha(ip, at(2.2 + i * 1.1))) });
      expect(r.errors).toBeUndefined();
    }
    const ip = newIp();
    const eleventh = await request(phone, 'register', ip, { now: at(12), ...(await solvedCaptcha(ip, at(12))) });
    expect(errorOf(eleventh)).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: '该手机号今天获取验证码的次数已达上限，请明天再试' });
    expect(await count(`SELECT count(*)::int AS n FROM sms_code WHERE phone = $1`, [phone])).toBe(10);
    expect((await inbox(phone)).messages).toHaveLength(10);
  });

  it('asks one address for a captcha from its 3rd code in an hour, refuses a wrong or reused captcha, and stops the address at 20', async () => {
    const ip = newIp();
    for (let i = 0; i < 2; i++) expect((await request(newPhone(), 'register', ip)).errors).toBeUndefined();
    const phone = newPhone();
    expect(errorOf(await request(phone, 'register', ip))).toEqual({ code: 'CAPTCHA_REQUIRED', message: '请先输入图形验证码' });
    const c = await t.gql<{ smsCaptcha: { id: string; svg: string } }>(CAPTCHA, {}, null, as(ip));
    expect(c.data?.smsCaptcha.svg).toMatch(/^<svg/);
    const wrong = await request(phone, 'register', ip, { captchaId: c.data!.smsCaptcha.id, captchaAnswer: 'zzzz' });
    expect(errorOf(wrong)).toEqual({ code: 'CAPTCHA_REQUIRED', message: '图形验证码错误或已过期，请重新输入' });
    const solved = await solvedCaptcha(ip);
    expect((await request(phone, 'register', ip, solved)).errors).toBeUndefined();
    expect(errorOf(await request(newPhone(), 'register', ip, solved)).message).toBe('图形验证码错误或已过期，请重新输入');
    // an expired captcha
    const old = await solvedCaptcha(ip);
    expect(errorOf(await request(newPhone(), 'register', ip, { ...old, now: at(6) })).code).toBe('CAPTCHA_REQUIRED');
    expect(await count(`SELECT count(*)::int AS n FROM sms_code WHERE ip = $1`, [ip])).toBe(3);
    for (let i = 3; i < 20; i++) expect((await request(newPhone(), 'register', ip, await solvedCaptcha(ip))).errors).toBeUndefined();
    const over = await request(newPhone(), 'register', ip, await solvedCaptcha(ip));
    expect(errorOf(over)).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: '当前网络获取验证码过于频繁，请 1 小时后再试' });
    expect(await count(`SELECT count(*)::int AS n FROM sms_code WHERE ip = $1`, [ip])).toBe(20);
  });

  it('resets a forgotten password by SMS code: every session ends, the old password fails, the new one signs in', async () => {
    const phone = newPhone();
    const reg = await register(phone, await codeFor(phone, 'register'));
    const { accessToken, refreshToken } = reg.data!.registerBySms;
    expect(errorOf(await request(newPhone(), 'reset_password', newIp()))).toEqual({
      code: 'NOT_FOUND',
      message: '该手机号尚未注册，请先注册',
    });
    const code = await codeFor(phone, 'reset_password', newIp(), undefined, at(1.1));
    expect(errorOf(await t.gql(RESET, { input: { phone, code, newPassword: 'qwerty123' } })).code).toBe('BAD_USER_INPUT');
    expect((await t.gql(LOGIN, { input: { login: phone, password: 'field-pear-2026' } })).errors).toBeUndefined();
    const r = await t.gql<{ resetPasswordBySms: boolean }>(
      RESET,
      { input: { phone, code, newPassword: 'orchard-lamp-77' } },
      null,
      as(newIp()),
    );
    expect(r.data?.resetPasswordBySms).toBe(true);
    expect(errorOf(await t.gql(ME, {}, accessToken)).code).toBe('INVALID_TOKEN');
    expect(
      errorOf(await t.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: refreshToken })).code,
    ).toBe('INVALID_TOKEN');
    expect(errorOf(await t.gql(LOGIN, { input: { login: phone, password: 'field-pear-2026' } }, null, as(newIp()))).code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await t.gql(LOGIN, { input: { login: phone, password: 'orchard-lamp-77' } }, null, as(newIp()))).errors).toBeUndefined();
    expect(errorOf(await t.gql(RESET, { input: { phone, code, newPassword: 'another-lamp-88' } })).message).toBe(
      '验证码已使用，请重新获取',
    );
  });

  it('changes the password only with the current one and ends the other sessions', async () => {
    const phone = newPhone();
    const reg = await register(phone, await codeFor(phone, 'register'));
    const token = reg.data!.registerBySms.accessToken;
    expect(errorOf(await t.gql(CHANGE_PASSWORD, { input: { currentPassword: 'not-it-123', newPassword: 'orchard-lamp-77' } }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: '请先登录',
    });
    expect(
      errorOf(await t.gql(CHANGE_PASSWORD, { input: { currentPassword: 'not-it-123', newPassword: 'orchard-lamp-77' } }, token)),
    ).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: '当前密码不正确',
    });
    expect(
      errorOf(await t.gql(CHANGE_PASSWORD, { input: { currentPassword: 'field-pear-2026', newPassword: 'field-pear-2026' } }, token))
        .message,
    ).toBe('新密码不能与当前密码相同');
    const ok = await t.gql<{ changePassword: { accessToken: string } }>(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'field-pear-2026', newPassword: 'orchard-lamp-77' } },
      token,
    );
    expect(ok.errors).toBeUndefined();
    expect(errorOf(await t.gql(ME, {}, token)).code).toBe('INVALID_TOKEN');
    expect((await t.gql<{ me: { phone: string } }>(ME, {}, ok.data!.changePassword.accessToken)).data?.me.phone).toBe(phone);
    expect((await t.gql(LOGIN, { input: { login: phone, password: 'orchard-lamp-77' } }, null, as(newIp()))).errors).toBeUndefined();
  });

  it('changes the phone with a code sent to the new phone; a taken phone or a wrong code changes nothing', async () => {
    const phone = newPhone();
    const token = (await register(phone, await codeFor(phone, 'register'))).data!.registerBySms.accessToken;
    expect(errorOf(await request(newPhone(), 'change_phone', newIp())).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await request('13800000001', 'change_phone', newIp(), { token })).code).toBe('ALREADY_REGISTERED');
    expect(errorOf(await request(phone, 'change_phone', newIp(), { token })).message).toBe('新手机号与当前手机号相同');
    const next = newPhone();
    const code = await codeFor(next, 'change_phone', newIp(), token);
    const wrong = code === '999999' ? '888888' : '999999';
    expect(errorOf(await t.gql(CHANGE_PHONE, { input: { phone: next, code: wrong } }, token)).code).toBe('INVALID_SMS_CODE');
    expect((await t.gql<{ me: { phone: string } }>(ME, {}, token)).data?.me.phone).toBe(phone);
    const r = await t.gql<{ changePhone: { phone: string } }>(CHANGE_PHONE, { input: { phone: next, code } }, token);
    expect(r.data?.changePhone.phone).toBe(next);
    expect((await t.gql(LOGIN, { input: { login: next, password: 'field-pear-2026' } }, null, as(newIp()))).errors).toBeUndefined();
  });

  it('parallel requests send one code per phone, and parallel guesses get no more than 5 tries', async () => {
    const phone = newPhone();
    const sends = await Promise.all(Array.from({ length: 6 }, () => request(phone, 'register', newIp())));
    expect(sends.filter((r) => !r.errors).length).toBe(1);
    expect(sends.filter((r) => r.errors?.[0]?.extensions?.code === 'TOO_MANY_ATTEMPTS').length).toBe(5);
    expect(await count(`SELECT count(*)::int AS n FROM sms_code WHERE phone = $1`, [phone])).toBe(1);
    const code = (await inbox(phone)).code!;
    const wrong = code === '000000' ? '111111' : '000000';
    const guesses = await Promise.all(Array.from({ length: 9 }, () => register(phone, wrong)));
    expect(guesses.every((r) => r.errors?.[0]?.extensions?.code === 'INVALID_SMS_CODE')).toBe(true);
    expect(errorOf(await register(phone, code)).message).toBe('验证码错误次数过多，请重新获取');
    expect(await count(`SELECT count(*)::int AS n FROM app_user WHERE phone = $1`, [phone])).toBe(0);
  });

  it('voids the code when the SMS service fails to send it, and says so in Chinese', async () => {
    const standIn = t.api.app.get(VerificationService).standIn as StandInSmsSender;
    standIn.failNext = 1;
    const phone = newPhone();
    expect(errorOf(await request(phone, 'register', newIp()))).toEqual({ code: 'SMS_UNAVAILABLE', message: '短信发送失败，请稍后再试' });
    expect(await count(`SELECT count(*)::int AS n FROM sms_code WHERE phone = $1 AND used_at IS NOT NULL`, [phone])).toBe(1);
    expect((await inbox(phone)).code).toBeNull();
  });

  it('keeps the demo password sign-in working', async () => {
    expect(await t.loginAs('buyer')).toMatch(/^ey/);
  });
});

describe('without an SMS service (SMS_PROVIDER=off)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { SMS_PROVIDER: 'off' });
  });
  afterAll(() => t.close());

  it('shows SMS as unavailable, sends nothing, has no dev inbox, and password sign-in still works', async () => {
    expect((await t.gql<{ smsAvailable: boolean }>('{ smsAvailable }')).data?.smsAvailable).toBe(false);
    const r = await t.gql(REQUEST, { input: { phone: '13700009999', purpose: 'register' } });
    expect(r.errors?.[0]).toMatchObject({ message: '短信服务暂未开通，请使用密码登录或联系客服', extensions: { code: 'SMS_UNAVAILABLE' } });
    expect(Number((await t.db.query(`SELECT count(*)::int AS n FROM sms_code`))[0].n)).toBe(0);
    expect((await fetch(`${t.url}/__dev/sms-inbox/13700009999`)).status).toBe(404);
    expect(await t.loginAs('buyer')).toMatch(/^ey/);
  });
});
