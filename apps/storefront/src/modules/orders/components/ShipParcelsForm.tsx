import '../shipping.css';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { CARRIERS_QUERY, SHIP_ORDER_PARCELS } from '../graphql/shipping.documents';
import '../orders.css';
import { InlineError } from '@yigou/web/ui';

interface Draft {
  carrierCode: string;
  carrierName: string;
  trackingNo: string;
  note: string;
}

const blank = (carrierCode = 'SF'): Draft => ({ carrierCode, carrierName: '', trackingNo: '', note: '' });

/**
 * The supplier ships an order in one or more parcels: a listed carrier, its waybill number (checked against the
 * carrier's shape while typing; the API checks again) and, optionally, what the parcel holds.
 */
export function ShipParcelsForm({ orderId, days, onDone }: { orderId: string; days: number; onDone: () => void }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const carriers = useQuery(CARRIERS_QUERY, { fetchPolicy: 'cache-first' }).data?.carriers ?? [];
  const [drafts, setDrafts] = useState<Draft[]>([blank()]);
  const [ship, state] = useMutation(SHIP_ORDER_PARCELS);
  const update = (i: number, patch: Partial<Draft>) => setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const shapeProblem = (d: Draft) => {
    const c = carriers.find((x) => x.code === d.carrierCode);
    const no = d.trackingNo.replace(/\s+/g, '').toUpperCase();
    return c && no && !new RegExp(c.pattern).test(no) ? `${c.name}的快递单号应为${c.shapeHint}` : null;
  };
  return (
    <form
      className="ship-parcels"
      data-testid="ship-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const parcels = drafts.map((d) => ({
          carrierCode: d.carrierCode,
          carrierName: d.carrierCode === 'OTHER' ? d.carrierName : null,
          trackingNo: d.trackingNo,
          note: d.note || null,
        }));
        const r = await ship({ variables: { input: { orderId, parcels } } }).catch(() => null);
        if (r?.data) onDone();
      }}
    >
      <span className="muted">{t('supplierDesk.shipBy', { days })}</span>
      {drafts.map((d, i) => {
        const problem = shapeProblem(d);
        const n = i + 1;
        return (
          <fieldset key={i} className="ship-parcels__row" data-testid="parcel-row">
            {drafts.length > 1 && <legend className="muted">{t('parcel.title', { n })}</legend>}
            <select
              className="yg-input"
              name="carrierCode"
              aria-label={`${t('supplierDesk.carrier')} ${n}`}
              value={d.carrierCode}
              onChange={(e) => update(i, { carrierCode: e.target.value })}
            >
              {(carriers.length ? carriers : [{ code: 'SF', name: '顺丰速运' }]).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {d.carrierCode === 'OTHER' && (
              <input
                className="yg-input"
                name="carrierName"
                aria-label={`${t('parcel.carrierName')} ${n}`}
                placeholder={t('parcel.carrierName')}
                value={d.carrierName}
                onChange={(e) => update(i, { carrierName: e.target.value })}
              />
            )}
            <input
              className="yg-input"
              name="trackingNo"
              aria-label={`${t('supplierDesk.trackingNo')} ${n}`}
              placeholder={t('supplierDesk.trackingNo')}
              value={d.trackingNo}
              aria-invalid={problem ? true : undefined}
              onChange={(e) => update(i, { trackingNo: e.target.value })}
            />
            <input
              className="yg-input"
              name="parcelNote"
              aria-label={`${t('parcel.note')} ${n}`}
              placeholder={t('parcel.note')}
              value={d.note}
              onChange={(e) => update(i, { note: e.target.value })}
            />
            {drafts.length > 1 && (
              <button type="button" className="yg-button yg-button--ghost" onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}>
                {t('parcel.remove', { n })}
              </button>
            )}
            {problem && (
              <span className="form-error" role="status">
                {problem}
              </span>
            )}
          </fieldset>
        );
      })}
      <div className="ship-form">
        <button
          type="button"
          className="yg-button yg-button--ghost"
          data-testid="add-parcel"
          onClick={() => setDrafts([...drafts, blank(drafts.at(-1)?.carrierCode)])}
        >
          {t('parcel.add')}
        </button>
        <button type="submit" className="yg-button yg-button--accent" data-testid="ship-order" disabled={state.loading}>
          {t('supplierDesk.ship')}
        </button>
      </div>
      <InlineError className="form-error" message={state.error && errorMessage(state.error)} />
    </form>
  );
}
