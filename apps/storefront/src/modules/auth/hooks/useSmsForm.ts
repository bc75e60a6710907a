import { useState } from 'react';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError, type DescribedError } from '../../errors/utils/describe-error';

/**
 * The state of an SMS or account-security form: its values and an error per field (plus `form`, the form's own).
 * `update` sets a value, clears that field's error and the form's, and tells `onEdit` (a form that showed a success
 * line hides it there). `send` is the form's submit: what the form's own check found is shown and nothing is sent;
 * else `action` runs, and a refusal is shown on the field `fieldOf` picks for it (the form's own error when none).
 * `field(name)` is a field's value, change handler and error, as the password fields take them.
 */
export function useSmsForm<V extends { [K in keyof V]: string }, F extends string = never>(initial: V, onEdit?: (field: keyof V) => void) {
  type Errors = Partial<Record<keyof V | F | 'form', string>>;
  const errorMessage = useErrorMessage();
  const [v, setV] = useState<V>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const update = (field: keyof V, value: string) => {
    setV((x) => ({ ...x, [field]: value }));
    setErrors((x) => ({ ...x, [field]: undefined, form: undefined }));
    onEdit?.(field);
  };
  async function send(
    problems: { [K in keyof Errors]?: string | undefined },
    action: () => Promise<unknown>,
    fieldOf: (refusal: DescribedError) => keyof V | F | undefined,
  ) {
    setErrors(problems as Errors);
    if (Object.values(problems).some(Boolean)) return;
    try {
      await action();
    } catch (err) {
      setErrors({ [fieldOf(describeError(err)) ?? 'form']: errorMessage(err) } as Errors);
    }
  }
  const field = <K extends keyof V>(name: K) => ({
    value: v[name] as string,
    onChange: (value: string) => update(name, value),
    error: errors[name],
  });
  return { v, setV, errors, setErrors, update, send, field };
}

/** What `PhoneCodeFields` needs of a form whose values include the phone and the code. */
export interface PhoneCodeForm<E extends { phone?: string; code?: string }> {
  v: { phone: string; code: string };
  update: (field: 'phone' | 'code', value: string) => void;
  errors: E;
  setErrors: (change: (errors: E) => E) => void;
}
