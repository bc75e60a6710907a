import '../people.css';
import { ScopePeoplePanel } from './ScopePeoplePanel';
import { useP } from '../utils/labels';

/** On the unit admin's members page: appoint and withdraw the unit's purchasers among its members. */
export function PurchasersPanel({ unitId }: { unitId: string }) {
  const P = useP();
  return (
    <div data-testid="purchasers-panel">
      <ScopePeoplePanel
        scope={{ unitId }}
        roles={['unit_purchaser']}
        title={P('purchasersTitle')}
        lead={P('purchasersLead')}
        byPhone={false}
      />
    </div>
  );
}
