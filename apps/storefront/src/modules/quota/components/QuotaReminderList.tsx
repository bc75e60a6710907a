import { useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { MARK_ALL_QUOTA_REMINDERS_READ_MUTATION, MARK_QUOTA_REMINDER_READ_MUTATION } from '../graphql/quota.documents';

interface Reminder {
  id: string;
  message: string;
  readAt: string | null;
}

/** The unit's reminders from finance, unread first in weight, with mark-as-read (one or all). */
export function QuotaReminderList({
  reminders,
  unreadCount,
  onChanged,
}: {
  reminders: Reminder[];
  unreadCount: number;
  onChanged: () => void;
}) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [markOne, one] = useMutation(MARK_QUOTA_REMINDER_READ_MUTATION);
  const [markAll, all] = useMutation(MARK_ALL_QUOTA_REMINDERS_READ_MUTATION);
  const error = one.error ?? all.error;
  if (!reminders.length) return null;
  return (
    <section className="quota-reminders" data-testid="quota-reminders" aria-label={t('quota.reminders')}>
      <div className="quota-reminders__head">
        <strong>{t('quota.reminders')}</strong>
        {unreadCount > 0 && (
          <span className="quota-reminders__unread" data-testid="quota-reminders-unread">
            {t('quota.remindersUnread', { count: unreadCount })}
          </span>
        )}
        {unreadCount > 0 && (
          <button
            type="button"
            className="yg-button yg-button--ghost"
            disabled={all.loading}
            onClick={() => void markAll().then(onChanged, () => undefined)}
            data-testid="quota-reminders-read-all"
          >
            {t('quota.markAllRead')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="quota-overdue">
          {errorMessage(error)}
        </p>
      )}
      <ul>
        {reminders.map((r) => (
          <li key={r.id} className={r.readAt ? 'is-read' : 'is-unread'} data-testid="quota-reminder">
            <span>{r.message}</span>
            {r.readAt ? (
              <small className="muted"> · {t('quota.reminderRead')}</small>
            ) : (
              <button
                type="button"
                className="yg-link-button"
                disabled={one.loading}
                onClick={() => void markOne({ variables: { id: r.id } }).then(onChanged, () => undefined)}
              >
                {t('quota.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
