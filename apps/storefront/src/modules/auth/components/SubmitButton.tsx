import type { ReactNode } from 'react';
import { useT } from '@yigou/web/i18n';

/**
 * A sign-in or account form's submit button: disabled and saying 请稍候… while the request runs. `block` is the
 * full-width large button of the sign-in, registration and recovery cards; the account page's forms use the plain one.
 */
export function SubmitButton({ busy, block = false, children }: { busy: boolean; block?: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <button type="submit" className={block ? 'yg-button yg-button--block yg-button--lg' : 'yg-button'} disabled={busy}>
      {busy ? t('auth.submitting') : children}
    </button>
  );
}
