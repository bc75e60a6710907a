import { useState } from 'react';
import type { InternalRefetchQueriesInclude } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useFieldErrors } from '../../errors/hooks/useFieldErrors';
import { SAVE_ADDRESS } from '../graphql/checkout.documents';
import { EMPTY_REGION, RegionCascader } from './RegionCascader';
import type { AddressFieldsFragment } from '../../../generated/graphql';
import '../orders.css';

const EMPTY_ADDRESS = { recipient: '', phone: '', detail: '' };
const REGION_FIELDS = ['provinceCode', 'cityCode', 'countyCode', 'province', 'city', 'district'];
const TEXT_FIELDS = ['recipient', 'phone', 'detail'];

/** Where the form shows a refused field's message: under its input, the region's under the cascader. */
function placeOf(field: string): string | null {
  return REGION_FIELDS.includes(field) ? 'region' : TEXT_FIELDS.includes(field) ? field : null;
}

/** The id a checkout should use: the one picked, else the default, else the first. */
export function chosenAddressId(addresses: readonly AddressFieldsFragment[], picked: string | null): string | null {
  return picked ?? addresses.find((a) => a.isDefault)?.id ?? addresses[0]?.id ?? null;
}

/**
 * The buyer's delivery addresses as radio choices, and a form to add one
 * (shown at once when there is none). `onSaved` gets the new address's id;
 * the caller refetches its list (pass `refetchQueries`).
 */
export function AddressPicker({
  addresses,
  chosen,
  onChoose,
  refetchQueries,
}: {
  addresses: readonly AddressFieldsFragment[];
  chosen: string | null;
  onChoose: (id: string) => void;
  refetchQueries?: InternalRefetchQueriesInclude;
}) {
  const t = useT();
  const [saveAddress, saveState] = useMutation(SAVE_ADDRESS, { refetchQueries, awaitRefetchQueries: true });
  const [newAddress, setNewAddress] = useState(EMPTY_ADDRESS);
  const [region, setRegion] = useState(EMPTY_REGION);
  const [showNew, setShowNew] = useState(false);
  const errors = useFieldErrors(saveState.error, placeOf);

  return (
    <>
      {addresses.map((a) => (
        <label key={a.id} className="choice" data-testid="address-option">
          <input type="radio" name="address" checked={chosen === a.id} onChange={() => onChoose(a.id)} />
          {a.recipient} {a.phone} · {a.province}
          {a.city}
          {a.district}
          {a.detail}
        </label>
      ))}
      {showNew || addresses.length === 0 ? (
        <form
          className="address-form"
          data-testid="address-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await saveAddress({ variables: { input: { ...newAddress, ...region } } }).catch(() => null);
            if (r?.data) {
              onChoose(r.data.saveAddress.id);
              setShowNew(false);
              setNewAddress(EMPTY_ADDRESS);
              setRegion(EMPTY_REGION);
            }
          }}
        >
          {(['recipient', 'phone'] as const).map((f) => (
            <TextField
              key={f}
              label={t(`checkout.${f}`)}
              name={f}
              value={newAddress[f]}
              error={errors.byPlace[f]}
              onChange={(e) => setNewAddress({ ...newAddress, [f]: e.target.value })}
            />
          ))}
          <RegionCascader value={region} onChange={setRegion} error={errors.byPlace.region} />
          <TextField
            label={t('checkout.detail')}
            name="detail"
            className="address-form__detail"
            value={newAddress.detail}
            error={errors.byPlace.detail}
            onChange={(e) => setNewAddress({ ...newAddress, detail: e.target.value })}
          />
          {errors.rest && <p className="form-error">{errors.rest}</p>}
          <button type="submit" className="yg-button" data-testid="save-address" disabled={saveState.loading}>
            {t('checkout.saveAddress')}
          </button>
        </form>
      ) : (
        <button type="button" className="yg-button yg-button--ghost" onClick={() => setShowNew(true)}>
          {t('checkout.newAddress')}
        </button>
      )}
    </>
  );
}
