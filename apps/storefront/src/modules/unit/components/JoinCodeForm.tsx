import { useState, type FormEvent } from 'react';
import { TextField } from '@yigou/web/ui';
import { useU } from '../utils/labels';
import { isPlausibleCode, normalizeCode } from '../utils/unit-scope';

/** Type an invitation code; submits it normalised (trimmed, upper-case) once it looks like one. */
export function JoinCodeForm({ initial = '', onSubmit }: { initial?: string; onSubmit: (code: string) => void }) {
  const U = useU();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const code = normalizeCode(value);
    if (!code) return setError(U('codeRequired'));
    if (!isPlausibleCode(code)) return setError(U('codeFormat'));
    setError(null);
    onSubmit(code);
  }

  return (
    <form className="un-form" onSubmit={submit} noValidate data-testid="join-code-form">
      <TextField
        label={U('code')}
        name="code"
        value={value}
        hint={U('codeHint')}
        error={error ?? undefined}
        autoComplete="off"
        maxLength={16}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="yg-button">
        {U('lookUp')}
      </button>
    </form>
  );
}
