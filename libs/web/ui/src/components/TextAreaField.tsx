import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, useField, type FieldMessages } from './FieldFrame';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>, FieldMessages {
  label: string;
  /** On the field (label, textarea and message), as TextField's. */
  className?: string;
}

/** TextField's twin for a longer text: a labelled `<textarea>`, its error beside it. */
export function TextAreaField({ label, hint, error, className, ...textarea }: TextAreaFieldProps) {
  const field = useField({ hint, error });
  return (
    <FieldFrame field={field} label={label} hint={hint} error={error} className={className}>
      <textarea {...textarea} {...field.control} className="yg-input" />
    </FieldFrame>
  );
}
