import { useEffect, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useSession } from '../../auth/hooks/session';
import { EMPTY_REGION, RegionCascader, type RegionCodes } from '../../orders/components/RegionCascader';
import { REGION_NAME_QUERY } from '../graphql/region.documents';

const isCounty = (code: string | null | undefined): code is string => !!code && /^\d{6}$/.test(code) && !code.endsWith('00');

/**
 * Picks a county by name, never by typing its code: the counties of the caller's own roles (a host's or county
 * admin's county) as a list; a platform admin picks 省 → 市 → 县 with the address form's cascader.
 */
export function CountySelect({
  value,
  onChange,
  label,
  name = 'countyCode',
}: {
  value: string;
  onChange: (code: string) => void;
  label?: string;
  name?: string;
}) {
  const t = useT();
  const id = useId();
  const { user } = useSession();
  const own = [...new Set((user?.roles ?? []).map((r) => r.regionCode).filter(isCounty))];
  const anyCounty = !!user?.roles.some((r) => r.role === 'platform_admin');
  if (anyCounty) return <CountyCascade value={value} onChange={onChange} />;
  return (
    <div className="yg-field county-select">
      <label className="yg-field__label" htmlFor={id}>
        {label ?? t('region.county')}
      </label>
      <OwnCounties id={id} codes={own} value={value} onChange={onChange} name={name} />
    </div>
  );
}

function OwnCounties({
  id,
  codes,
  value,
  onChange,
  name,
}: {
  id: string;
  codes: string[];
  value: string;
  onChange: (code: string) => void;
  name: string;
}) {
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

/** The address form's 省 → 市 → 县 cascader, started from the current value's province and city. */
function CountyCascade({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const [codes, setCodes] = useState<RegionCodes>(
    isCounty(value) ? { provinceCode: `${value.slice(0, 2)}0000`, cityCode: `${value.slice(0, 4)}00`, countyCode: value } : EMPTY_REGION,
  );
  return (
    <RegionCascader
      value={codes}
      onChange={(next) => {
        setCodes(next);
        onChange(next.countyCode);
      }}
    />
  );
}
