import '../shipping.css';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { useFieldErrors } from '../../errors/hooks/useFieldErrors';
import { ADD_ORDER_PARCEL, CARRIERS_QUERY } from '../graphql/shipping.documents';
import { CompactInput, InlineError } from '@yigou/web/ui';

/** The parcel's fields as the API names them: each refused one gets its own line under the row. */
const placeOf = (field: string): string | null => (/^parcel\.(carrierCode|carrierName|trackingNo|note)$/.test(field) ? field : null);

/** A further parcel of an order already shipped (补发): opened on demand under the order's parcels. */
export function AddParcelForm({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const carriers = useQuery(CARRIERS_QUERY, { fetchPolicy: 'cache-first' }).data?.carriers ?? [];
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ carrierCode: 'SF', carrierName: '', trackingNo: '', note: '' });
  const [add, state] = useMutation(ADD_ORDER_PARCEL);
  const refused = useFieldErrors(state.error, placeOf);
  if (!open) {
    return (
      <button
        type="button"
        className="yg-button yg-button--ghost add-parcel-open"
        data-testid="open-add-parcel"
        onClick={() => setOpen(true)}
      >
        {t('parcel.addLater')}
      </button>
    );
  }
  return (
    <form
      className="ship-parcels__row"
      data-testid="add-parcel-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const parcel = {
          carrierCode: draft.carrierCode,
          carrierName: draft.carrierCode === 'OTHER' ? draft.carrierName : null,
          trackingNo: draft.trackingNo,
          note: draft.note || null,
        };
        const r = await add({ variables: { input: { orderId, parcel } } }).catch(() => null);
        if (r?.data) {
          setOpen(false);
          setDraft({ ...draft, trackingNo: '', note: '' });
        }
      }}
    >
      <select
        className="yg-input"
        name="carrierCode"
        aria-label={t('supplierDesk.carrier')}
        value={draft.carrierCode}
        onChange={(e) => setDraft({ ...draft, carrierCode: e.target.value })}
      >
        {carriers.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      {draft.carrierCode === 'OTHER' && (
        <CompactInput
          className="yg-input"
          name="carrierName"
          label={t('parcel.carrierName')}
          value={draft.carrierName}
          onValueChange={(carrierName) => setDraft({ ...draft, carrierName })}
        />
      )}
      <CompactInput
        className="yg-input"
        name="trackingNo"
        label={t('supplierDesk.trackingNo')}
        value={draft.trackingNo}
        aria-invalid={refused.byPlace['parcel.trackingNo'] ? true : undefined}
        onValueChange={(trackingNo) => setDraft({ ...draft, trackingNo })}
      />
      <CompactInput
        className="yg-input"
        name="parcelNote"
        label={t('parcel.note')}
        value={draft.note}
        onValueChange={(note) => setDraft({ ...draft, note })}
      />
      <button type="submit" className="yg-button yg-button--accent" data-testid="add-parcel-submit" disabled={state.loading}>
        {t('parcel.addLater')}
      </button>
      {Object.values(refused.byPlace).map((message, k) => (
        <InlineError key={k} className="form-error" testId="parcel-refusal" message={message} />
      ))}
      <InlineError className="form-error" message={refused.rest} />
    </form>
  );
}
