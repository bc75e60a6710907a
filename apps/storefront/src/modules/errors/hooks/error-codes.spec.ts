import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@yigou/shared/domain';
import { en, zhCN } from '@yigou/web/i18n';
import { messageFor } from './useErrorMessage';

const translate = (messages: Record<string, string>) => (key: string) => messages[key] ?? key;

describe('every error code the API answers with', () => {
  it('has a message in Chinese and in English', () => {
    const missing = Object.values(ERROR_CODES).flatMap((code) =>
      [
        [zhCN, 'zh-CN'],
        [en, 'en'],
      ].flatMap(([messages, locale]) => (`error.${code}` in (messages as object) ? [] : [`${locale} error.${code}`])),
    );
    expect(missing).toEqual([]);
  });

  it('is said in English by its own message, not as an unknown error (it was for 37 of 55 codes)', () => {
    const said = (code: string) =>
      messageFor({ code, serverMessage: '「交城县」不属于「山西省临汾市」', fields: [] } as never, 'en', translate(en) as never);
    expect(said('REGION_MISMATCH')).toBe('The province, city and county do not match; please choose again');
    expect(said('INVALID_ORDER_STATE')).toBe('The order cannot do this in its current state');
    expect(said('SOMETHING_NEW')).toBe(en['error.UNKNOWN']);
  });
});
