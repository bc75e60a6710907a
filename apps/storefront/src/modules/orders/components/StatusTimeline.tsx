import { useI18n } from '@yigou/web/i18n';
import { roleLabel } from '@yigou/shared/domain';
import type { OrderDetailQuery } from '../../../generated/graphql';
import { actionKey, formatDateTime, statusKey } from '../utils/order-labels';
import '../orders.css';

type Step = NonNullable<OrderDetailQuery['order']>['timeline'][number];

/** Every transition of an order, oldest first, with who did it and when. */
export function StatusTimeline({ steps }: { steps: Step[] }) {
  const { t, locale } = useI18n();
  return (
    <ol className="order-timeline" data-testid="order-timeline">
      {steps.map((s) => (
        <li key={s.id} className="order-timeline__step" data-testid={`timeline-${s.action}`}>
          <span className="order-timeline__dot" aria-hidden="true" />
          <div>
            <strong>{t(actionKey(s.action))}</strong> · {t(statusKey(s.toStatus))}
            <div className="muted">
              {formatDateTime(s.createdAt, locale)} · {roleLabel(s.actorRole, locale === 'en' ? 'en' : 'zh')}
              {s.note ? ` · ${s.note}` : ''}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
