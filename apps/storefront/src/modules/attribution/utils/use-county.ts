import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/hooks/session';

/** The region the county pages show: `?region=` if given, else the user's county_admin grant, else 汾西县 for platform admins. */
export function useCountyCode(): string | null {
  const [params] = useSearchParams();
  const { user } = useSession();
  const fromUrl = params.get('region');
  if (fromUrl && /^\d{6}$/.test(fromUrl)) return fromUrl;
  // county admins, else the county's auditor (审计, read only)
  const grant =
    user?.roles.find((r) => r.role === 'county_admin' && r.regionCode) ?? user?.roles.find((r) => r.role === 'auditor' && r.regionCode);
  if (grant?.regionCode) return grant.regionCode;
  if (user?.roles.some((r) => r.role === 'platform_admin')) return '141034';
  return null;
}
