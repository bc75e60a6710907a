import { useEffect, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useSession } from '../../auth/hooks/session';
import { REGION_CHILDREN_QUERY, REGION_NAME_QUERY } from '../graphql/region.documents';

const isCounty = (code: string | null | undefined): code is string => !!code && /^\d{6}$/.test(code) && !code.endsWith('00');

/**
 * Picks a county by name, never by typing its code: the counties of the caller's own roles (a host's or county
 * admin's county) as a list; a platform admin picks 省 → 市 → 县 from the region table.
 */
export function CountySelect({ value, onChange, label, name = 'countyCode' }: { value: string; onChange: (code: string) => void; label?: string; name?: string }) {
  const t = useT();
  const id = useId();
  const { user } = useSession();
  const own = [...new Set((user?.roles ?? []).map((r) => r.regionCode).filter(isCounty))];
  const anyCounty = !!user?.roles.some((r) => r.role === 'platform_admin');
  return (
    <div className="yg-field county-select">
      <label className="yg-field__label" htmlFor={id}>
        {label ?? t('region.county')}
      </label>
      {anyCounty ? <CountyCascade id={id} value={value} onChange={onChange} name={name} /> : <OwnCounties id={id} codes={own} value={value} onChange={onChange} name={name} />}
    </div>
  );
}

function OwnCounties({ id, codes, value, onChange, name }: { id: string; codes: string[]; value: string; onChange: (code: string) => void; name: string }) {
  useEffect(() => {
    if (!value && codes[0]) onChange(codes[0]);
  }, [value, codes, onChange]);
  return (
    <select id={id} name={name} className="yg-input" value={value} onChange={(e) => onChange(e.target.value)} data-testid="county-select">
      {codes.map((c) => (
        <CountyOption key={c} code={c} />
      ))}
    </select>
  );
}

function CountyOption({ code }: { code: string }) {
  const { data } = useQuery(REGION_NAME_QUERY, { variables: { code } });
  return <option value={code}>{data?.region?.name ?? code}</option>;
}

/** 省 → 市 → 县, each list loaded when its parent is chosen; starts from the current value's province and city. */
function CountyCascade({ id, value, onChange, name }: { id: string; value: string; onChange: (code: string) => void; name: string }) {
  const t = useT();
  const [province, setProvince] = useState(isCounty(value) ? `${value.slice(0, 2)}0000` : '');
  const [city, setCity] = useState(isCounty(value) ? `${value.slice(0, 4)}00` : '');
  const provinces = useQuery(REGION_CHILDREN_QUERY, { variables: { level: 'province' } });
  const cities = useQuery(REGION_CHILDREN_QUERY, { variables: { parentCode: province }, skip: !province });
  const counties = useQuery(REGION_CHILDREN_QUERY, { variables: { parentCode: city }, skip: !city });
  return (
    <span className="county-select__cascade">
      <select aria-label={t('region.province')} className="yg-input" value={province} onChange={(e) => (setProvince(e.target.value), setCity(''), onChange(''))} data-testid="province-select">
        <option value="">{t('region.province')}</option>
        {provinces.data?.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <select aria-label={t('region.city')} className="yg-input" value={city} disabled={!province} onChange={(e) => (setCity(e.target.value), onChange(''))} data-testid="city-select">
        <option value="">{t('region.city')}</option>
        {cities.data?.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <select id={id} name={name} className="yg-input" value={value} disabled={!city} onChange={(e) => onChange(e.target.value)} data-testid="county-select">
        <option value="">{t('region.county')}</option>
        {counties.data?.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </span>
  );
}
