import { useState } from 'react';
import { useT } from '@yigou/web/i18n';
import { hasErrors, type FieldErrors } from '../utils/validate';

/**
 * The state every sign-in form keeps: its values, what the form's own check found wrong with each field, what the
 * server said of a field, and the form's own error. Editing a field clears both of its errors; `validate` runs the
 * form's check before sending (true: send) and clears what the server said last time.
 */
export function useFieldForm<V extends { [K in keyof V]: string }>(initial: V) {
  type Field = keyof V & string;
  const t = useT();
  const [values, setValues] = useState<V>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [serverFieldErrors, setServerFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function update(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setFieldErrors((e) => ({ ...e, [field]: undefined }));
    setServerFieldErrors((e) => ({ ...e, [field]: undefined }));
  }

  function validate(check: (values: V) => FieldErrors<Field>): boolean {
    setFormError(null);
    setServerFieldErrors({});
    const problems = check(values);
    setFieldErrors(problems);
    return !hasErrors(problems);
  }

  const errorFor = (field: Field) => {
    const p = fieldErrors[field];
    return p ? t(p.key, p.params) : (serverFieldErrors[field] ?? null);
  };

  return { values, update, validate, errorFor, formError, setFormError, setServerFieldErrors };
}
