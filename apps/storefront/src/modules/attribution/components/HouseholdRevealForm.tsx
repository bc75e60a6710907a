import { TextField } from '@yigou/web/ui';

/** As the server checks it (household.service REVEAL_REASON_MIN / MAX). */
const REASON_MIN = 2;
const REASON_MAX = 200;

/** The reason being typed for one row's 查看明文, and the refusal shown under it. */
export interface RevealDraft {
  id: string;
  reason: string;
  error: string | null;
}

/** The reason a county admin types beside a household row before its plain name and ID number are shown (and logged). */
export function HouseholdRevealForm({
  householdNo,
  draft,
  busy,
  onChange,
  onReveal,
  onCancel,
}: {
  householdNo: string;
  draft: RevealDraft;
  busy: boolean;
  onChange: (draft: RevealDraft) => void;
  onReveal: (reason: string) => void;
  onCancel: () => void;
}) {
  return (
    <form
      className="household-reveal"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const reason = draft.reason.trim();
        if ([...reason].length < REASON_MIN) return onChange({ ...draft, error: `请说明查看原因（至少 ${REASON_MIN} 个字）` });
        onReveal(reason);
      }}
      data-testid="reveal-form"
    >
      <TextField
        label={`查看 ${householdNo} 明文的原因（将记录日志）`}
        placeholder="例如：核对帮扶台账"
        value={draft.reason}
        maxLength={REASON_MAX}
        error={draft.error}
        onChange={(e) => onChange({ ...draft, reason: e.target.value, error: null })}
        data-testid="reveal-reason"
      />
      <button type="submit" className="yg-button yg-button--secondary" disabled={busy} data-testid="reveal-submit">
        查看明文
      </button>
      <button type="button" className="yg-button yg-button--ghost" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
