import { useId, type InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  /** Already-translated error message; marks the input invalid. */
  error?: string | null;
}

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['yg-field', className].filter(Boolean).join(' ')}>
      <label className="yg-field__label" htmlFor={id}>
        {label}
      </label>
      <input {...input} id={id} className="yg-input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint && !error && (
        <span className="yg-field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <p className="yg-field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
