import { useT } from '@yigou/web/i18n';
import '../unit.css';
import { useState } from 'react';
import { EmptyState } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { InvitePanel } from '../components/InvitePanel';
import { JoinRequestsPanel } from '../components/JoinRequestsPanel';
import { LeaveUnitButton } from '../components/LeaveUnitButton';
import { MembersPanel } from '../components/MembersPanel';
import { PurchasersPanel } from '../../people/components/PurchasersPanel';
import { adminUnits } from '../utils/unit-scope';

/** /unit/members: the unit admin's invitation, pending join requests and members. Rendered inside <RequireAuth>. */
export function UnitMembersPage() {
  const t = useT();
  useDocumentTitle(t('unit.membersTitle'));
  const { user } = useSession();
  const units = adminUnits(user);
  const [chosen, setChosen] = useState<string | null>(null);
  const unit = units.find((u) => u.unitId === chosen) ?? units[0];

  if (!unit)
    return (
      <div className="yg-desk">
        <h1>{t('unit.membersTitle')}</h1>
        <EmptyState title={t('unit.notUnitAdmin')} link={{ to: '/join-unit', label: t('unit.joinUnitLink'), secondary: true }} />
      </div>
    );

  return (
    <div className="yg-desk">
      <header className="yg-desk__head">
        <div>
          <h1>{t('unit.membersTitle')}</h1>
          {units.length > 1 ? (
            <select
              className="yg-input un-select"
              value={unit.unitId}
              onChange={(e) => setChosen(e.target.value)}
              aria-label={t('unit.membersTitle')}
            >
              {units.map((u) => (
                <option key={u.unitId} value={u.unitId}>
                  {u.name}
                </option>
              ))}
            </select>
          ) : (
            <p className="un-sub" data-testid="members-unit-name">
              {unit.name}
            </p>
          )}
        </div>
        {user?.unit && <LeaveUnitButton />}
      </header>
      <InvitePanel key={`i-${unit.unitId}`} unitId={unit.unitId} />
      <JoinRequestsPanel key={`r-${unit.unitId}`} unitId={unit.unitId} />
      <MembersPanel key={`m-${unit.unitId}`} unitId={unit.unitId} meId={user?.id ?? null} />
      <PurchasersPanel key={`p-${unit.unitId}`} unitId={unit.unitId} />
    </div>
  );
}
