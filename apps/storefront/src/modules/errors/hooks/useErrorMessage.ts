import { useCallback } from 'react';
import { useI18n, type Locale, type MessageKey, type Translate } from '@yigou/web/i18n';
import { ERROR_CODES } from '@yigou/shared/domain';
import { describeError, type DescribedError } from '../utils/describe-error';

/** Every code the API answers with (each has a message in both languages: error-codes.spec), and the client's own two. */
const KNOWN_CODES = new Set<string>([...Object.values(ERROR_CODES), 'NETWORK', 'UNKNOWN']);

/**
 * The message to show for an error: in Chinese, the server's own message (it is
 * written for people); in English, a translation chosen by the error's code.
 */
export function messageFor(described: DescribedError, locale: Locale, t: Translate): string {
  if (locale === 'zh-CN' && described.serverMessage && described.code !== 'INTERNAL_SERVER_ERROR') {
    return described.serverMessage;
  }
  if (described.code === 'TOO_MANY_ATTEMPTS' && described.retryAfterSeconds) {
    return t('error.TOO_MANY_ATTEMPTS_WAIT', { seconds: described.retryAfterSeconds });
  }
  const code = KNOWN_CODES.has(described.code) ? described.code : 'UNKNOWN';
  return t(`error.${code}` as MessageKey);
}

export function useErrorMessage(): (error: unknown) => string {
  const { locale, t } = useI18n();
  return useCallback((error: unknown) => messageFor(describeError(error), locale, t), [locale, t]);
}
