import type { InputHTMLAttributes } from 'react';
import { FieldFrame, useField, type FieldMessages } from './FieldFrame';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>, FieldMessages {
  label: string;
}

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const field = useField({ hint, error });
  return (
    <FieldFrame field={field} label={label} hint={hint} error={error} className={className}>
      <input {...input} {...field.control} className="yg-input" />
    </FieldFrame>
  );
}
