import { CODE_RULES, decideSend, hashSecret, newCode, sameHash } from './verification-rules';

describe('verification code rules', () => {
  it('codes are 6 digits, leading zeros kept', () => {
    for (let i = 0; i < 200; i++) expect(newCode()).toMatch(/^\d{6}$/);
  });

  it('hashes are keyed by the secret and the code id, compared in constant time', () => {
    const a = hashSecret('s1', 'id-1', '123456');
    expect(sameHash(a, hashSecret('s1', 'id-1', '123456'))).toBe(true);
    expect(sameHash(a, hashSecret('s2', 'id-1', '123456'))).toBe(false);
    expect(sameHash(a, hashSecret('s1', 'id-2', '123456'))).toBe(false);
    expect(sameHash(a, 'abcd')).toBe(false);
  });

  const none = { phoneLastAgoSeconds: null, phoneDay: 0, addressHour: 0 };
  it('one code per phone per minute, with the seconds to wait', () => {
    expect(decideSend({ ...none, phoneLastAgoSeconds: 10, phoneDay: 1 }, true)).toEqual({ kind: 'wait', seconds: 50 });
    expect(decideSend({ ...none, phoneLastAgoSeconds: 59.5, phoneDay: 1 }, true)).toEqual({ kind: 'wait', seconds: 1 });
    expect(decideSend({ ...none, phoneLastAgoSeconds: 60, phoneDay: 1 }, false)).toEqual({ kind: 'send' });
  });

  it('at most 10 a day per phone and 20 an hour per address, even with a captcha', () => {
    expect(decideSend({ ...none, phoneLastAgoSeconds: 3600, phoneDay: CODE_RULES.phonePerDay }, true)).toEqual({ kind: 'phone-day' });
    expect(decideSend({ ...none, addressHour: CODE_RULES.addressPerHour }, true)).toEqual({ kind: 'address-hour' });
    expect(decideSend({ ...none, addressHour: CODE_RULES.addressPerHour - 1 }, true)).toEqual({ kind: 'send' });
  });

  it('a captcha from the 3rd code of a phone in a day or of an address in an hour', () => {
    expect(decideSend({ ...none, addressHour: 1, phoneDay: 1, phoneLastAgoSeconds: 100 }, false)).toEqual({ kind: 'send' });
    expect(decideSend({ ...none, addressHour: 2 }, false)).toEqual({ kind: 'captcha' });
    expect(decideSend({ ...none, phoneDay: 2, phoneLastAgoSeconds: 100 }, false)).toEqual({ kind: 'captcha' });
    expect(decideSend({ ...none, phoneDay: 2, phoneLastAgoSeconds: 100 }, true)).toEqual({ kind: 'send' });
  });
});
