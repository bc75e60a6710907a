import { useT } from '@yigou/web/i18n';
import type { PaceStatus } from '../../../generated/graphql';

const STATUSES: PaceStatus[] = ['red', 'amber', 'green'];

/** The ranking's unit search (on Enter) and pace filter; each change goes into the address. */
export function RankingFilters({
  search,
  status,
  onChange,
}: {
  search: string;
  status: PaceStatus | null;
  onChange: (changes: { q: string | null } | { status: string | null }) => void;
}) {
  const t = useT();
  return (
    <div className="quota-filters">
      <input
        className="yg-input"
        type="search"
        placeholder={t('quota.searchUnit')}
        defaultValue={search}
        onKeyDown={(e) => e.key === 'Enter' && onChange({ q: (e.target as HTMLInputElement).value.trim() || null })}
        data-testid="ranking-search"
      />
      <select
        value={status ?? ''}
        onChange={(e) => onChange({ status: e.target.value || null })}
        data-testid="ranking-status"
        aria-label={t('quota.filterStatus')}
      >
        <option value="">{t('quota.allStatuses')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`quota.status.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
