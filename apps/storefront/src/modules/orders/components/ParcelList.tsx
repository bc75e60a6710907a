import '../shipping.css';
import { useT } from '@yigou/web/i18n';

export interface ParcelView {
  id: string;
  carrierName: string;
  trackingNo: string;
  trackingUrl?: string | null;
  note?: string | null;
  items?: readonly { lineId: string; quantity: number }[];
}

/** An order's parcels: carrier, number, what is inside, and a link to the carrier's tracking page. */
export function ParcelList({
  parcels,
  lines = [],
}: {
  parcels: readonly ParcelView[];
  lines?: readonly { id: string; productName: string }[];
}) {
  const t = useT();
  const names = new Map(lines.map((l) => [l.id, l.productName]));
  return (
    <ol className="parcel-list">
      {parcels.map((p, i) => (
        <li key={p.id} className="parcel-list__item" data-testid="parcel">
          {parcels.length > 1 && <span className="muted">{t('parcel.title', { n: i + 1 })} · </span>}
          <span data-testid="parcel-carrier">{p.carrierName}</span>{' '}
          <span className="parcel-list__no" data-testid="parcel-tracking-no">
            {p.trackingNo}
          </span>{' '}
          {p.trackingUrl ? (
            <a href={p.trackingUrl} target="_blank" rel="noopener noreferrer" data-testid="tracking-link">
              {t('parcel.track')}
            </a>
          ) : null}
          {(p.items?.length || p.note) && (
            <div className="muted">
              {[...(p.items ?? []).map((it) => `${names.get(it.lineId) ?? ''} ×${it.quantity}`), p.note].filter(Boolean).join('；')}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
