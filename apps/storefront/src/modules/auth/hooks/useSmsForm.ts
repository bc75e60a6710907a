import { useState } from 'react';

/**
 * The state of an SMS or account-security form: its values and an error per field (plus `form`, the form's own).
 * `update` sets a value and clears that field's error and the form's.
 */
export function useSmsForm<V extends { [K in keyof V]: string }, F extends string = never>(initial: V) {
  const [v, setV] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V | F | 'form', string>>>({});
  const update = (field: keyof V, value: string) => {
    setV((x) => ({ ...x, [field]: value }));
    setErrors((x) => ({ ...x, [field]: undefined, form: undefined }));
  };
  return { v, setV, errors, setErrors, update };
}
