import { useT } from '@yigou/web/i18n';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { LEAVE_UNIT_MUTATION } from '../graphql/unit.documents';
import { InlineError } from '@yigou/web/ui';

/** "Leave unit" for any member, after a confirmation; the session's user is reloaded afterwards. */
export function LeaveUnitButton({ onLeft }: { onLeft?: () => void }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [leave, { loading }] = useMutation(LEAVE_UNIT_MUTATION, { refetchQueries: [{ query: ME_QUERY }], awaitRefetchQueries: true });

  async function onClick() {
    if (!window.confirm(t('unit.leaveConfirm'))) return;
    setError(null);
    try {
      await leave();
      onLeft?.();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="un-leave">
      <button
        type="button"
        className="yg-button yg-button--ghost"
        onClick={() => void onClick()}
        disabled={loading}
        data-testid="leave-unit"
      >
        {loading ? t('unit.leaving') : t('unit.leave')}
      </button>
      <InlineError className="un-error" message={error} />
    </div>
  );
}
