import '../shipping.css';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { useFieldErrors } from '../../errors/hooks/useFieldErrors';
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

/** A parcel's own fields as the API names them (parcels.1.trackingNo): each refused one is said in its parcel's row. */
const PARCEL_FIELDS = ['carrierCode', 'carrierName', 'trackingNo', 'note'] as const;
const placeOf = (field: string): string | null => (/^parcels\.\d+\.(carrierCode|carrierName|trackingNo|note)$/.test(field) ? field : null);

/**
 * The supplier ships an order in one or more parcels: a listed carrier, its waybill number (checked against the
 * carrier's shape while typing; the API checks again) and, optionally, what the parcel holds.
 */
export function ShipParcelsForm({ orderId, days, onDone }: { orderId: string; days: number; onDone: () => void }) {
  const { t } = useI18n();
  const carriers = useQuery(CARRIERS_QUERY, { fetchPolicy: 'cache-first' }).data?.carriers ?? [];
  const [drafts, setDrafts] = useState<Draft[]>([blank()]);
  const [ship, state] = useMutation(SHIP_ORDER_PARCELS);
  // every parcel's refused fields at once (two parcels without a waybill number: both rows say so)
  const refused = useFieldErrors(state.error, placeOf);
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
        const refusedHere = PARCEL_FIELDS.map((f) => refused.byPlace[`parcels.${i}.${f}`]).filter(Boolean);
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
              aria-invalid={problem || refused.byPlace[`parcels.${i}.trackingNo`] ? true : undefined}
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
            {refusedHere.map((message, k) => (
              <span key={k} className="form-error" role="alert" data-testid="parcel-refusal">
                {message}
              </span>
            ))}
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
      <InlineError className="form-error" message={refused.rest} />
    </form>
  );
}
