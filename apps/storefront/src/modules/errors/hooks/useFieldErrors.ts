import { useCallback, useMemo } from 'react';
import { useI18n, type Locale, type Translate } from '@yigou/web/i18n';
import { describeError } from '../utils/describe-error';
import { messageFor } from './useErrorMessage';

export interface FieldErrors {
  /** The message for each of the form's places (a field, or one place for several fields, e.g. the region cascader). */
  byPlace: Readonly<Record<string, string>>;
  /** The message to show above or below the form: an error that names no field, or a field the form has no place for. */
  rest: string | null;
}

const NONE: FieldErrors = { byPlace: {}, rest: null };

/** The refusal spread over the form's places (what `useFieldErrors` gives), for a given locale. */
function spread(error: unknown, placeOf: (field: string) => string | null, locale: Locale, t: Translate): FieldErrors {
  if (!error) return NONE;
  const described = describeError(error);
  const byPlace: Record<string, string> = {};
  let rest: string | null = described.fields.length === 0 ? messageFor(described, locale, t) : null;
  for (const { field, message } of described.fields) {
    const text = messageFor({ ...described, serverMessage: message || null }, locale, t);
    const place = placeOf(field);
    if (place === null) rest ??= text;
    else byPlace[place] ??= text;
  }
  return { byPlace, rest };
}

/**
 * The refusal of a form's input, spread over the form: every wrong field the server named (`extensions.fields`, or the
 * one `field`) goes to its place (`placeOf(field)`, null when the form has none; pass a function that stays the same,
 * e.g. one defined beside the component). The error is described once.
 * Messages are the server's (Chinese) in zh-CN and the code's translation otherwise, as `useErrorMessage` gives them.
 */
export function useFieldErrors(error: unknown, placeOf: (field: string) => string | null): FieldErrors {
  const { locale, t } = useI18n();
  return useMemo(() => spread(error, placeOf, locale, t), [error, placeOf, locale, t]);
}

/**
 * The same spreading as a function to call when the refusal arrives, for a form that keeps its field errors in its own
 * state (each cleared as its field is edited, beside the form's own checks): `const { byPlace, rest } = spreadRefusal(err)`.
 */
export function useSpreadRefusal(placeOf: (field: string) => string | null): (error: unknown) => FieldErrors {
  const { locale, t } = useI18n();
  return useCallback((error: unknown) => spread(error, placeOf, locale, t), [placeOf, locale, t]);
}
