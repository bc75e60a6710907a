import type { SelectHTMLAttributes } from 'react';
import { FieldFrame, useField, type FieldMessages } from './FieldFrame';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>, FieldMessages {
  label: string;
  /** On the field (label, select and message), as TextField's. */
  className?: string;
}

/** TextField's twin for a choice: a labelled `<select>` (its options are the children), its error beside it. */
export function SelectField({ label, hint, error, className, children, ...select }: SelectFieldProps) {
  const field = useField({ hint, error });
  return (
    <FieldFrame field={field} label={label} hint={hint} error={error} className={className}>
      <select {...select} {...field.control} className="yg-input">
        {children}
      </select>
    </FieldFrame>
  );
}
