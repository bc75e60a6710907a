import { useT } from '@yigou/web/i18n';
import { useState, type FormEvent } from 'react';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { ReasonFields } from './ReasonFields';

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
  const t = useT();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 2) return setError(t('people.reasonShort'));
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
      <ReasonFields reason={reason} onReason={setReason} error={error} busy={busy} confirmLabel={t('people.confirm')} onCancel={onCancel} />
    </form>
  );
}
