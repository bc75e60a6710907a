import { useState, type FormEvent } from 'react';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useP } from '../utils/labels';

/**
 * Asks for the reason every grant, withdrawal, suspension and restore needs (2–200 characters, kept in
 * the audit log), then runs the change; the server's refusal is shown here in its own words.
 */
export function ReasonDialog({
  title,
  onConfirm,
  onCancel,
}: {
  title: string;
  onConfirm: (reason: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const P = useP();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 2) return setError(P('reasonShort'));
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="pp-dialog" onSubmit={(e) => void submit(e)} data-testid="reason-dialog">
      <strong>{title}</strong>
      <label className="pp-field">
        <span>{P('reason')}</span>
        <textarea
          className="yg-input"
          rows={2}
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="reason"
        />
      </label>
      {error && (
        <p className="un-error" role="alert">
          {error}
        </p>
      )}
      <span className="un-actions">
        <button type="submit" className="yg-button" disabled={busy} data-testid="confirm">
          {busy ? P('working') : P('confirm')}
        </button>
        <button type="button" className="yg-button yg-button--ghost" onClick={onCancel}>
          {P('cancel')}
        </button>
      </span>
    </form>
  );
}
