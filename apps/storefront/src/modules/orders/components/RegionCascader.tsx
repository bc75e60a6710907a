import '../shipping.css';
import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { SelectField } from '@yigou/web/ui';
import { REGION_CHILDREN_QUERY } from '../graphql/shipping.documents';

export interface RegionCodes {
  provinceCode: string;
  cityCode: string;
  countyCode: string;
}

export const EMPTY_REGION: RegionCodes = { provinceCode: '', cityCode: '', countyCode: '' };

type Level = keyof RegionCodes;

/**
 * 省市区 cascader: three linked selects, each loading its options (the children of the level above) only once
 * that level is chosen. Native selects: typing a name's first characters or the arrow keys pick on a keyboard,
 * and phones show their own picker. Choosing a level clears the levels below it.
 */
export function RegionCascader({ value, onChange, error }: { value: RegionCodes; onChange: (v: RegionCodes) => void; error?: string }) {
  const t = useT();
  const errorId = useId();
  const set = (level: Level, code: string) => {
    if (level === 'provinceCode') onChange({ provinceCode: code, cityCode: '', countyCode: '' });
    else if (level === 'cityCode') onChange({ ...value, cityCode: code, countyCode: '' });
    else onChange({ ...value, countyCode: code });
  };
  return (
    <fieldset className="region-cascader" data-testid="region-cascader" aria-describedby={error ? errorId : undefined}>
      <legend className="yg-field__label">{t('address.region')}</legend>
      <RegionSelect
        name="provinceCode"
        label={t('checkout.province')}
        parentCode=""
        value={value.provinceCode}
        onPick={(c) => set('provinceCode', c)}
      />
      <RegionSelect
        name="cityCode"
        label={t('checkout.city')}
        parentCode={value.provinceCode || null}
        value={value.cityCode}
        onPick={(c) => set('cityCode', c)}
      />
      <RegionSelect
        name="countyCode"
        label={t('checkout.district')}
        parentCode={value.cityCode || null}
        value={value.countyCode}
        onPick={(c) => set('countyCode', c)}
      />
      {error && (
        <p className="yg-field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function RegionSelect({
  name,
  label,
  parentCode,
  value,
  onPick,
}: {
  name: Level;
  label: string;
  parentCode: string | null;
  value: string;
  onPick: (code: string) => void;
}) {
  const t = useT();
  const { data, loading } = useQuery(REGION_CHILDREN_QUERY, { variables: { parentCode: parentCode ?? '' }, skip: parentCode === null });
  // below a county come townships; the cascader stops at 区/县
  const options = (data?.regions ?? []).filter((r) => r.level === 'province' || r.level === 'city' || r.level === 'county');
  const empty = parentCode !== null && !loading && data !== undefined && options.length === 0;
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      disabled={parentCode === null || empty}
      aria-busy={loading || undefined}
      onChange={(e) => onPick(e.target.value)}
    >
      <option value="">{loading ? t('state.loading') : empty ? t('address.noCounty') : t('address.choose', { level: label })}</option>
      {options.map((r) => (
        <option key={r.code} value={r.code}>
          {r.name}
        </option>
      ))}
    </SelectField>
  );
}
