import { useT } from '@yigou/web/i18n';
import { InlineError, TextAreaField } from '@yigou/web/ui';

/**
 * The end of every people form: the reason (2–200 characters, kept in the audit log), the server's refusal in its
 * own words, and the confirm / cancel buttons.
 */
export function ReasonFields({
  reason,
  onReason,
  error,
  busy,
  confirmLabel,
  onCancel,
}: {
  reason: string;
  onReason: (reason: string) => void;
  error: string | null;
  busy: boolean;
  confirmLabel: string;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <>
      <TextAreaField
        label={t('people.reason')}
        rows={2}
        maxLength={200}
        value={reason}
        onChange={(e) => onReason(e.target.value)}
        data-testid="reason"
      />
      <InlineError className="un-error" message={error} />
      <span className="un-actions">
        <button type="submit" className="yg-button" disabled={busy} data-testid="confirm">
          {busy ? t('people.working') : confirmLabel}
        </button>
        <button type="button" className="yg-button yg-button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </span>
    </>
  );
}
