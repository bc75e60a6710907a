import { useT } from '@yigou/web/i18n';
import { useState, type FormEvent } from 'react';
import { TextField } from '@yigou/web/ui';
import { isPlausibleCode, normalizeCode } from '../utils/unit-scope';

/** Type an invitation code; submits it normalised (trimmed, upper-case) once it looks like one. */
export function JoinCodeForm({ initial = '', onSubmit }: { initial?: string; onSubmit: (code: string) => void }) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const code = normalizeCode(value);
    if (!code) return setError(t('unit.codeRequired'));
    if (!isPlausibleCode(code)) return setError(t('unit.codeFormat'));
    setError(null);
    onSubmit(code);
  }

  return (
    <form className="un-form" onSubmit={submit} noValidate data-testid="join-code-form">
      <TextField
        label={t('unit.code')}
        name="code"
        value={value}
        hint={t('unit.codeHint')}
        error={error ?? undefined}
        autoComplete="off"
        maxLength={16}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="yg-button">
        {t('unit.lookUp')}
      </button>
    </form>
  );
}
