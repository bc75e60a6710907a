import { useState } from 'react';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';

/**
 * One action at a time on a panel's rows (approve a join request, remove a member): the row's buttons are disabled
 * while it runs (`busyId`), and a failure shows as the panel's one error line (`error`), cleared by the next try.
 */
export function useRowAction() {
  const errorMessage = useErrorMessage();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Runs `work` for the row `id`; true when it succeeded. */
  async function run(id: string, work: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    setBusyId(id);
    try {
      await work();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusyId(null);
    }
  }
  return { busyId, error, setError, run };
}
