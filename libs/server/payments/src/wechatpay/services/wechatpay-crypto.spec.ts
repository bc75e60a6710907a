import { createCipheriv, createSign, createVerify, generateKeyPairSync } from 'node:crypto';
import { attemptIdOf, authorization, checkSignature, decryptResource, outTradeNo } from './wechatpay-crypto';
import { rfc3339Shanghai } from '@yigou/shared/time';

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const key = { publicKey: platform.publicKey, serial: 'PUB_KEY_ID_1' };
const now = new Date('2026-12-05T02:00:00Z');
const ts = String(now.getTime() / 1000);
const signed = (body: string, t = ts, signer = platform.privateKey) => ({
  timestamp: t,
  nonce: 'n0nce',
  serial: 'PUB_KEY_ID_1',
  signature: createSign('RSA-SHA256').update(`${t}\nn0nce\n${body}\n`).sign(signer, 'base64'),
});

describe('WeChat Pay v3 signing', () => {
  it('signs METHOD, path with query, timestamp, nonce and body, each followed by a newline, in the documented header', () => {
    const header = authorization({
      mchid: '1900000109',
      serialNo: 'ABC123',
      privateKey: merchant.privateKey,
      method: 'GET',
      pathAndQuery: '/v3/pay/transactions/out-trade-no/x?mchid=1900000109',
      body: '',
      timestamp: '1733364000',
      nonce: 'N',
    });
    const m =
      /^WECHATPAY2-SHA256-RSA2048 mchid="1900000109",nonce_str="N",signature="([^"]+)",timestamp="1733364000",serial_no="ABC123"$/.exec(
        header,
      );
    expect(m).not.toBeNull();
    const ok = createVerify('RSA-SHA256')
      .update('GET\n/v3/pay/transactions/out-trade-no/x?mchid=1900000109\n1733364000\nN\n\n')
      .verify(merchant.publicKey, m![1], 'base64');
    expect(ok).toBe(true);
  });

  it('believes only a body signed by the platform key, named by its serial, within five minutes either way', () => {
    const body = '{"id":"1"}';
    expect(checkSignature(signed(body), body, key, now)).toBeNull();
    expect(checkSignature(signed(body), body.replace('1', '2'), key, now)).toBe('bad_signature');
    expect(checkSignature(signed(body, ts, merchant.privateKey), body, key, now)).toBe('bad_signature');
    expect(checkSignature({ ...signed(body), serial: 'PUB_KEY_ID_2' }, body, key, now)).toBe('unknown_serial');
    expect(checkSignature({ ...signed(body), signature: undefined }, body, key, now)).toBe('missing');
    expect(checkSignature(signed(body, String(Number(ts) - 301)), body, key, now)).toBe('stale');
    expect(checkSignature(signed(body, String(Number(ts) + 301)), body, key, now)).toBe('stale');
    expect(checkSignature(signed(body, String(Number(ts) + 299)), body, key, now)).toBeNull();
  });

  it('decrypts an AEAD_AES_256_GCM resource and refuses one whose tag, key or associated data differ', () => {
    const apiV3Key = '0123456789abcdef0123456789abcdef';
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from('abcdefghijkl'));
    cipher.setAAD(Buffer.from('transaction'));
    const ciphertext = Buffer.concat([cipher.update('{"trade_state":"SUCCESS"}'), cipher.final(), cipher.getAuthTag()]).toString('base64');
    const r = { algorithm: 'AEAD_AES_256_GCM', ciphertext, nonce: 'abcdefghijkl', associated_data: 'transaction' };
    expect(decryptResource(r, apiV3Key)).toBe('{"trade_state":"SUCCESS"}');
    expect(() => decryptResource({ ...r, associated_data: 'refund' }, apiV3Key)).toThrow();
    expect(() => decryptResource(r, 'fedcba9876543210fedcba9876543210')).toThrow();
    expect(() => decryptResource({ ...r, algorithm: 'AES' }, apiV3Key)).toThrow(/unsupported/);
  });

  it('out_trade_no is the attempt id in 32 characters and back', () => {
    const id = '0b7f3c4e-9a1d-4c2b-8e5f-123456789abc';
    expect(outTradeNo(id)).toHaveLength(32);
    expect(attemptIdOf(outTradeNo(id))).toBe(id);
    expect(attemptIdOf('not-ours')).toBeNull();
  });

  it('time_expire is RFC 3339 in Beijing time', () => {
    expect(rfc3339Shanghai(new Date('2026-12-04T22:30:05Z'))).toBe('2026-12-05T06:30:05+08:00');
  });
});
