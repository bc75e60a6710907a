import { useT } from '@yigou/web/i18n';
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Role } from '../../../generated/graphql';
import { ROLE_SCOPE } from '@yigou/shared/domain';
import { CountySelect } from '../../app/components/CountySelect';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { SCOPE_CHOICES_QUERY, UNIT_CHOICES_QUERY } from '../graphql/people.documents';
import { ADMIN_GRANTABLE, useRoleName } from '../utils/roles';
import { ReasonFields } from './ReasonFields';

export interface GrantChoice {
  role: Role;
  unitId?: string | null;
  supplierId?: string | null;
  regionCode?: string | null;
  reason: string;
}

function UnitPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const units = useQuery(UNIT_CHOICES_QUERY, { variables: { search: text.trim() }, skip: text.trim().length < 1 });
  const hits = units.data?.searchWorkUnits.edges.map((e) => e.node) ?? [];
  return (
    <div className="pp-field">
      <span>{t('people.unit')}</span>
      <input
        className="yg-input"
        value={text}
        placeholder={t('people.unitSearch')}
        onChange={(e) => setText(e.target.value)}
        data-testid="grant-unit-search"
      />
      {hits.length > 0 && (
        <select
          className="yg-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid="unit-choice"
          aria-label={t('people.unit')}
        >
          <option value="">{t('people.choose')}</option>
          {hits.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.regionName ? `（${u.regionName}）` : ''}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/**
 * The platform admin's grant: a role, the scope it needs (a unit found by name, a county through the lazy 省 → 市 → 县
 * cascader, a supplier by name) and the reason.
 */
export function GrantForm({ onGrant, onCancel }: { onGrant: (choice: GrantChoice) => Promise<unknown>; onCancel: () => void }) {
  const t = useT();
  const roleName = useRoleName();
  const errorMessage = useErrorMessage();
  const [role, setRole] = useState<Role | ''>('');
  const [scopeId, setScopeId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = role ? ROLE_SCOPE[role] : null;
  const choices = useQuery(SCOPE_CHOICES_QUERY, { skip: kind !== 'supplier' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!role) return setError(t('people.role'));
    if (reason.trim().length < 2) return setError(t('people.reasonShort'));
    setBusy(true);
    setError(null);
    try {
      await onGrant({
        role,
        unitId: kind === 'unit' ? scopeId || null : null,
        supplierId: kind === 'supplier' ? scopeId || null : null,
        regionCode: kind === 'region' ? scopeId || null : null,
        reason: reason.trim(),
      });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="pp-dialog" onSubmit={(e) => void submit(e)} data-testid="grant-form">
      <label className="pp-field">
        <span>{t('people.role')}</span>
        <select
          className="yg-input"
          value={role}
          onChange={(e) => {
            setRole(e.target.value as Role);
            setScopeId('');
          }}
          data-testid="grant-role"
        >
          <option value="">{t('people.choose')}</option>
          {ADMIN_GRANTABLE.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'unit' && <UnitPicker value={scopeId} onChange={setScopeId} />}
      {kind === 'region' && (
        <div className="pp-field" data-testid="grant-county">
          <CountySelect value={scopeId} onChange={setScopeId} label={t('people.county')} />
        </div>
      )}
      {kind === 'supplier' && (
        <label className="pp-field">
          <span>{t('people.supplier')}</span>
          <select className="yg-input" value={scopeId} onChange={(e) => setScopeId(e.target.value)} data-testid="grant-supplier">
            <option value="">{t('people.choose')}</option>
            {choices.data?.suppliers.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <ReasonFields reason={reason} onReason={setReason} error={error} busy={busy} confirmLabel={t('people.grant')} onCancel={onCancel} />
    </form>
  );
}
