import { useT, type MessageKey } from '@yigou/web/i18n';
import '../auth.css';

export const DEMO_PASSWORD = 'yigou-demo';
export const DEMO_LOGINS = [
  'buyer',
  'purchaser',
  'unit-admin',
  'supplier',
  'host',
  'county-admin',
  'finance',
  'admin',
  'platform-finance',
] as const;

export function DemoAccounts({ onPick }: { onPick: (login: string, password: string) => void }) {
  const t = useT();
  return (
    <details className="demo-accounts">
      <summary>{t('auth.demoAccounts')}</summary>
      <p className="demo-accounts__hint">{t('auth.demoHint', { password: DEMO_PASSWORD })}</p>
      <ul className="demo-accounts__list">
        {DEMO_LOGINS.map((login) => (
          <li key={login}>
            <button type="button" className="demo-accounts__item" onClick={() => onPick(login, DEMO_PASSWORD)}>
              <code>{login}</code>
              <span>{t(`auth.demo.${login}` as MessageKey)}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
