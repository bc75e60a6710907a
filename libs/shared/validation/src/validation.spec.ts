import { checkCreditCode, creditCodeCheckChar, isValidCreditCode } from './credit-code';
import { idNumberCheckChar, isValidIdNumber, maskIdNumber, maskPersonName, maskPhone } from './id-number';
import { classifyLogin } from './contact';

describe('统一社会信用代码', () => {
  it('accepts a code whose check character matches', () => {
    // Well-known published example code.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    const body = '93141034MA0K123AB';
    expect(isValidCreditCode(body + creditCodeCheckChar(body))).toBe(true);
  });

  it('says what is wrong with a bad code', () => {
    expect(checkCreditCode('91350100M000100Y4')).toBe('length');
    expect(checkCreditCode('91350100M000100YI3')).toBe('characters');
    expect(checkCreditCode('91350100M000100Y44')).toBe('check');
  });
});

describe('身份证号码', () => {
  it('validates the MOD 11-2 check character', () => {
    const body = '14103419900101123';
    const id = body + idNumberCheckChar(body);
    expect(isValidIdNumber(id)).toBe(true);
    const wrong = body + (id[17] === '0' ? '1' : '0');
    expect(isValidIdNumber(wrong)).toBe(false);
  });

  it('masks ID numbers and names', () => {
    expect(maskIdNumber('141034199001011234')).toBe('1410**********1234');
    expect(maskPersonName('王小文')).toBe('王*文');
    expect(maskPersonName('王文')).toBe('王*');
  });

  it('masks phone numbers to the first 3 and last 4 digits', () => {
    expect(maskPhone('13800000004')).toBe('138****0004');
    expect(maskPhone('0357-5221234')).toBe('035*****1234');
    expect(maskPhone('12345')).toBe('12*45');
  });
});

describe('login classification', () => {
  it('tells phone, email and username apart and refuses malformed ones', () => {
    expect(classifyLogin('13800138000')).toBe('phone');
    expect(classifyLogin('a@b.cn')).toBe('email');
    expect(classifyLogin('unit-admin')).toBe('username');
    expect(classifyLogin('12345')).toBeNull();
    expect(classifyLogin('bad@')).toBeNull();
  });
});
