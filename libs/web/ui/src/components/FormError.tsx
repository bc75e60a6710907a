/** A form's own error (not one field's): an alert screen readers announce; nothing when there is none. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div className="yg-alert yg-alert--error" role="alert" data-testid="form-error">
      {message}
    </div>
  );
}
