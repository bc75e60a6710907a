import { useState, type ReactNode } from 'react';
import { useT } from '@yigou/web/i18n';

export interface ConfirmButtonProps {
  /** The button that asks first. */
  children: ReactNode;
  /** The question, e.g. 确认已收到全部商品？确认后订单计入完成。 */
  question: string;
  /** The confirming button's text (defaults to 确定). */
  confirmLabel?: string;
  onConfirm: () => void | Promise<unknown>;
  className?: string;
  testId?: string;
  disabled?: boolean;
}

/**
 * An irreversible action that asks before it acts, inline (no browser dialog, which screen readers and
 * automated browsers handle poorly): the first click shows the question with 确定 / 取消.
 */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  className = 'yg-button',
  testId,
  disabled,
}: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className} data-testid={testId} disabled={disabled} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <span className="yg-confirm" role="group" aria-label={question} data-testid={testId ? `${testId}-ask` : undefined}>
      <span className="yg-confirm__question">{question}</span>
      <button
        type="button"
        className="yg-button yg-button--primary"
        data-testid={testId ? `${testId}-yes` : undefined}
        disabled={busy}
        autoFocus
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirmLabel ?? t('common.confirm')}
      </button>
      <button type="button" className="yg-button yg-button--ghost" onClick={() => setAsking(false)} disabled={busy}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
