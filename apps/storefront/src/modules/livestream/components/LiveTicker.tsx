import { useT } from '@yigou/web/i18n';
import type { TickerLine } from '../utils/live-state';
import '../livestream.css';

/** Recent orders, newest first, one line per order marked 已下单 or 已付款; buyers masked by the server ("汾西县第一中学 王** 刚刚购买了 玉露香梨"). */
export function LiveTicker({ lines }: { lines: TickerLine[] }) {
  const t = useT();
  return (
    <section className="live-ticker yg-card" aria-live="polite">
      <h2>{t('live.ticker')}</h2>
      {lines.length === 0 ? (
        <p className="live-muted">{t('live.tickerEmpty')}</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l.orderId} data-testid="ticker-line" data-status={l.status}>
              <span className={`live-ticker__status live-ticker__status--${l.status}`}>
                {t(l.status === 'paid' ? 'live.ticker.paid' : 'live.ticker.placed')}
              </span>{' '}
              {l.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
