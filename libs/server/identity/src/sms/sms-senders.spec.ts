import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AliyunSmsSender } from './aliyun-sms.sender';
import { SmsSendError } from './sms-sender';
import { TencentSmsSender } from './tencent-sms.sender';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s).digest();
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

/** Aliyun's V3 signature (ACS3-HMAC-SHA256), recomputed from the request as Aliyun does. */
function aliyunSignatureOk(req: IncomingMessage, body: string, secret: string): boolean {
  const auth = String(req.headers.authorization ?? '');
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return false;
  const url = new URL(req.url ?? '/', 'http://x');
  const query = [...url.searchParams.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
    .join('&');
  const signed = m[2].split(';');
  const headers = signed.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`).join('');
  if (req.headers['x-acs-content-sha256'] !== sha256(body)) return false;
  const canonical = [req.method, url.pathname, query, headers, m[2], sha256(body)].join('\n');
  const expected = createHmac('sha256', secret)
    .update(`ACS3-HMAC-SHA256\n${sha256(canonical)}`)
    .digest('hex');
  return expected === m[3];
}

/** Tencent Cloud's TC3-HMAC-SHA256 signature, recomputed from the request. */
function tencentSignatureOk(req: IncomingMessage, body: string, secretKey: string): boolean {
  const auth = String(req.headers.authorization ?? '');
  const m =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return false;
  const [, , date, service, signedHeaders, signature] = m;
  const headers = signedHeaders
    .split(';')
    // the host as signed is the name without a port (the real endpoint is on 443)
    .map((h) => `${h}:${h === 'host' ? String(req.headers.host).replace(/:\d+$/, '') : String(req.headers[h] ?? '').trim()}\n`)
    .join('');
  const canonical = ['POST', '/', '', headers, signedHeaders, sha256(body)].join('\n');
  const timestamp = String(req.headers['x-tc-timestamp']);
  const toSign = ['TC3-HMAC-SHA256', timestamp, `${date}/${service}/tc3_request`, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  return createHmac('sha256', key).update(toSign).digest('hex') === signature;
}

interface Seen {
  provider: 'aliyun' | 'tencent';
  signatureOk: boolean;
  params: Record<string, unknown>;
}

describe('SMS senders against a local stand-in that checks the providers’ signatures', () => {
  const secret = randomBytes(24).toString('base64');
  let server: Server;
  let endpoint: string;
  const seen: Seen[] = [];
  let answer: 'ok' | 'refuse' = 'ok';

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        if (req.headers['x-tc-action']) {
          const ok = tencentSignatureOk(req, body, secret);
          seen.push({ provider: 'tencent', signatureOk: ok, params: JSON.parse(body) as Record<string, unknown> });
          if (!ok)
            return res.end(
              JSON.stringify({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'bad signature' }, RequestId: 'r' } }),
            );
          const code = answer === 'refuse' ? 'LimitExceeded.PhoneNumberDailyLimit' : 'Ok';
          return res.end(JSON.stringify({ Response: { SendStatusSet: [{ Code: code, Message: code }], RequestId: 'r' } }));
        }
        const ok = aliyunSignatureOk(req, body, secret);
        const params = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams.entries());
        seen.push({ provider: 'aliyun', signatureOk: ok, params });
        if (!ok) {
          res.statusCode = 400;
          return res.end(JSON.stringify({ Code: 'IncompleteSignature', Message: 'bad signature', RequestId: 'r' }));
        }
        const code = answer === 'refuse' ? 'isv.BUSINESS_LIMIT_CONTROL' : 'OK';
        res.end(JSON.stringify({ Code: code, Message: code, BizId: 'b', RequestId: 'r' }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    seen.length = 0;
    answer = 'ok';
  });

  const settings = () => ({
    accessKeyId: 'LTAI-test',
    accessKeySecret: secret,
    signName: '以购',
    templateId: 'SMS_100',
    appId: '1400000001',
    region: 'cn-hangzhou',
    endpoint,
  });
  const message = { phone: '13800000001', code: '042817', purpose: 'login' as const, validMinutes: 5 };

  it('Aliyun: SendSms signed with ACS3-HMAC-SHA256, the code in the template parameters', async () => {
    await new AliyunSmsSender(settings()).send(message);
    expect(seen).toEqual([
      {
        provider: 'aliyun',
        signatureOk: true,
        params: {
          PhoneNumbers: '13800000001',
          SignName: '以购',
          TemplateCode: 'SMS_100',
          TemplateParam: JSON.stringify({ code: '042817', min: '5' }),
        },
      },
    ]);
  });

  it('Aliyun: a wrong secret is refused by the stand-in, and a refusal becomes an SmsSendError', async () => {
    await expect(new AliyunSmsSender({ ...settings(), accessKeySecret: 'not-the-secret' }).send(message)).rejects.toBeInstanceOf(
      SmsSendError,
    );
    expect(seen[0].signatureOk).toBe(false);
    answer = 'refuse';
    await expect(new AliyunSmsSender(settings()).send(message)).rejects.toThrow(/isv.BUSINESS_LIMIT_CONTROL/);
  });

  it('Tencent: SendSms signed with TC3-HMAC-SHA256, +86 number, app id, template parameters', async () => {
    await new TencentSmsSender({ ...settings(), region: 'ap-guangzhou' }).send(message);
    expect(seen).toEqual([
      {
        provider: 'tencent',
        signatureOk: true,
        params: {
          PhoneNumberSet: ['+8613800000001'],
          SmsSdkAppId: '1400000001',
          SignName: '以购',
          TemplateId: 'SMS_100',
          TemplateParamSet: ['042817', '5'],
        },
      },
    ]);
  });

  it('Tencent: a wrong secret or a refused number becomes an SmsSendError', async () => {
    await expect(new TencentSmsSender({ ...settings(), accessKeySecret: 'not-the-secret' }).send(message)).rejects.toBeInstanceOf(
      SmsSendError,
    );
    expect(seen[0].signatureOk).toBe(false);
    answer = 'refuse';
    await expect(new TencentSmsSender(settings()).send(message)).rejects.toThrow(/LimitExceeded.PhoneNumberDailyLimit/);
  });
});
