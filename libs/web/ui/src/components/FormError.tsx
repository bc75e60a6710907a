import type { ReactNode } from 'react';

/** A form's own error (not one field's): an alert screen readers announce; nothing when there is none. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div className="yg-alert yg-alert--error" role="alert" data-testid="form-error">
      {message}
    </div>
  );
}

/**
 * A line of error text under a panel, form or table (`<p role="alert">`), styled by the feature's own class
 * (`form-error`, `live-error`, `un-error` …); nothing when there is no message. One place for the shape that
 * 40-odd panels had each written as `{error && (<p className=… role="alert">{error}</p>)}`.
 */
export function InlineError({ message, className, testId }: { message?: ReactNode; className: string; testId?: string }) {
  if (!message) return null;
  return (
    <p className={className} role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
