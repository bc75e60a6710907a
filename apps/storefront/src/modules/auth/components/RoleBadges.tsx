import { ROLE_LABELS, type Role } from '@yigou/shared/domain';
import { Badge, type BadgeTone } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import '../account.css';

export interface RoleGrantView {
  role: Role;
  scopeLabel: string | null;
}

const ROLE_TONE: Record<Role, BadgeTone> = {
  buyer: 'green',
  unit_purchaser: 'green',
  unit_admin: 'blue',
  supplier_staff: 'orange',
  live_host: 'orange',
  county_admin: 'blue',
  finance_reviewer: 'blue',
  platform_admin: 'red',
  platform_finance: 'red',
  auditor: 'gray',
};

export function RoleBadges({ roles }: { roles: readonly RoleGrantView[] }) {
  const { t, pick } = useI18n();
  if (roles.length === 0) return <p className="muted">{t('account.noRoles')}</p>;
  return (
    <ul className="role-list">
      {roles.map((grant, i) => (
        <li key={`${grant.role}-${grant.scopeLabel ?? ''}-${i}`}>
          <Badge tone={ROLE_TONE[grant.role] ?? 'gray'} testId={`role-${grant.role}`}>
            {pick(ROLE_LABELS[grant.role], grant.role)}
            {grant.scopeLabel && <span className="role-list__scope"> · {grant.scopeLabel}</span>}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
