import { useId, type ReactNode } from 'react';

export interface FieldMessages {
  hint?: string;
  /** Already-translated error message; marks the control invalid. */
  error?: string | null;
}

/**
 * The wiring every labelled control of the kit shares: the control's id, its red edge while it has an error, and the
 * hint or error it is described by (beside the label, never inside it, so it is not part of the control's name).
 */
export function useField({ hint, error }: FieldMessages) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // the error stands in for the hint (FieldFrame shows one of them), so the control is described by the one shown
  const describedBy = error ? errorId : hint ? hintId : undefined;
  return {
    id,
    hintId,
    errorId,
    control: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
  };
}

export interface FieldFrameProps extends FieldMessages {
  field: ReturnType<typeof useField>;
  label: string;
  className?: string;
  children: ReactNode;
}

/** `.yg-field`: the label naming the control, the control, then its hint or, instead, its error. */
export function FieldFrame({ field, label, hint, error, className, children }: FieldFrameProps) {
  return (
    <div className={['yg-field', className].filter(Boolean).join(' ')}>
      <label className="yg-field__label" htmlFor={field.id}>
        {label}
      </label>
      {children}
      {hint && !error && (
        <span className="yg-field__hint" id={field.hintId}>
          {hint}
        </span>
      )}
      {error && (
        <p className="yg-field__error" id={field.errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
