import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useToast } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import type { RevealDraft } from '../components/HouseholdRevealForm';
import { REVEAL_HOUSEHOLD_MUTATION } from '../graphql/attribution.documents';

/**
 * The household rows shown in plain text, and the one row whose reveal reason is open: typed beside it (no browser
 * dialog) and logged with the reveal by the server.
 */
export function useHouseholdReveal() {
  const [revealed, setRevealed] = useState<Record<string, { headName: string; idNumber: string }>>({});
  const [draft, setDraft] = useState<RevealDraft | null>(null);
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [reveal, revealState] = useMutation(REVEAL_HOUSEHOLD_MUTATION);

  async function submit(household: { id: string; householdNo: string }, reason: string) {
    try {
      const r = await reveal({ variables: { id: household.id, reason } });
      if (!r.data) return;
      setRevealed((m) => ({ ...m, [household.id]: r.data!.revealHousehold }));
      setDraft(null);
      toast(`已显示 ${household.householdNo} 的明文，查看已记录日志`);
    } catch (e) {
      setDraft((x) => (x && x.id === household.id ? { ...x, error: errorMessage(e) } : x));
    }
  }

  return {
    revealed,
    draft,
    setDraft,
    /** Opens the reason form under a row, or closes it when it is already open there. */
    toggle: (id: string) => setDraft(draft?.id === id ? null : { id, reason: '', error: null }),
    submit,
    busy: revealState.loading,
  };
}
