import type { MessageKey } from '@yigou/web/i18n';
import { classifyLogin, EMAIL_PATTERN, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PHONE_PATTERN } from '@yigou/shared/validation';

/** A validation problem: a message key plus its parameters, translated at render time. */
export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, number | string>;
}

export type FieldErrors<F extends string> = Partial<Record<F, FieldProblem>>;

export const DISPLAY_NAME_MAX_LENGTH = 32;

export interface LoginValues {
  login: string;
  password: string;
}

export interface RegisterValues {
  login: string;
  password: string;
  displayName: string;
}

function checkPassword(password: string): FieldProblem | undefined {
  if (!password) return { key: 'validation.passwordRequired' };
  if (password.length < PASSWORD_MIN_LENGTH) return { key: 'validation.passwordShort', params: { min: PASSWORD_MIN_LENGTH } };
  if (password.length > PASSWORD_MAX_LENGTH) return { key: 'validation.passwordLong', params: { max: PASSWORD_MAX_LENGTH } };
  return undefined;
}

/** Sign-in accepts a username, phone or email; the password is only checked for presence. */
export function validateLogin(values: LoginValues): FieldErrors<keyof LoginValues> {
  const errors: FieldErrors<keyof LoginValues> = {};
  const login = values.login.trim();
  if (!login) errors.login = { key: 'validation.loginRequired' };
  else if (!classifyLogin(login)) errors.login = { key: 'validation.loginInvalid' };
  if (!values.password) errors.password = { key: 'validation.passwordRequired' };
  return errors;
}

/** Mirrors the server's RegisterInput rules: an email (a phone registers by SMS code), password ≥ 8, a display name. */
export function validateRegister(values: RegisterValues): FieldErrors<keyof RegisterValues> {
  const errors: FieldErrors<keyof RegisterValues> = {};
  const login = values.login.trim();
  if (!login) errors.login = { key: 'validation.registerLoginRequired' };
  else if (PHONE_PATTERN.test(login)) errors.login = { key: 'validation.registerPhoneNeedsCode' };
  else if (!EMAIL_PATTERN.test(login)) errors.login = { key: 'validation.registerLoginInvalid' };
  const password = checkPassword(values.password);
  if (password) errors.password = password;
  const name = values.displayName.trim();
  if (!name) errors.displayName = { key: 'validation.displayNameRequired' };
  else if ([...name].length > DISPLAY_NAME_MAX_LENGTH) {
    errors.displayName = { key: 'validation.displayNameLong', params: { max: DISPLAY_NAME_MAX_LENGTH } };
  }
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some(Boolean);
}
