import { useId, type SelectHTMLAttributes } from 'react';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  label: string;
}

/** TextField's twin for a choice: a labelled `<select>` (its options are the children). */
export function SelectField({ label, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="yg-field">
      <label className="yg-field__label" htmlFor={id}>
        {label}
      </label>
      <select {...select} id={id} className="yg-input">
        {children}
      </select>
    </div>
  );
}
