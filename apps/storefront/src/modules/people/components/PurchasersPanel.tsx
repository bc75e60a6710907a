import { useT } from '@yigou/web/i18n';
import '../people.css';
import { ScopePeoplePanel } from './ScopePeoplePanel';

/** On the unit admin's members page: appoint and withdraw the unit's purchasers among its members. */
export function PurchasersPanel({ unitId }: { unitId: string }) {
  const t = useT();
  return (
    <div data-testid="purchasers-panel">
      <ScopePeoplePanel
        scope={{ unitId }}
        roles={['unit_purchaser']}
        title={t('people.purchasersTitle')}
        lead={t('people.purchasersLead')}
        byPhone={false}
      />
    </div>
  );
}
