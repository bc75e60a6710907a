import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchBox } from './SearchBox';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export interface HeaderProps {
  searchValue?: string;
  onSearch: (query: string) => void;
  nav: NavItem[];
  /** The sign-in or account link, on the right. */
  account: NavItem & { testId?: string };
}

export function Logo() {
  return (
    <Link to="/" className="yg-logo" aria-label="以购 Yigou">
      <span className="yg-logo__mark" aria-hidden="true">购</span>
      <span className="yg-logo__text">
        <span className="yg-logo__zh">以购</span>
        <span className="yg-logo__en">Yigou</span>
      </span>
    </Link>
  );
}

export function Header({ searchValue, onSearch, nav, account }: HeaderProps) {
  const t = useT();
  return (
    <header className="yg-header">
      <div className="yg-header__inner yg-container">
        <Logo />
        <div className="yg-header__search">
          <SearchBox value={searchValue} onSearch={onSearch} />
        </div>
        <nav className="yg-header__nav" aria-label={t('nav.mainLabel')}>
          {nav.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} className="yg-header__link">
              {item.label}
            </NavLink>
          ))}
          <NavLink to={account.to} className="yg-header__link yg-header__account" data-testid={account.testId} title={account.label}>
            {account.label}
          </NavLink>
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}

export function Footer() {
  const t = useT();
  return (
    <footer className="yg-footer">
      <div className="yg-container yg-footer__inner">
        <div className="yg-footer__brand">
          <span className="yg-logo__zh">以购</span> Yigou · {t('app.tagline')}
        </div>
        <p className="yg-footer__line">{t('app.footer')}</p>
        <p className="yg-footer__note">{t('app.footerNote')}</p>
      </div>
    </footer>
  );
}

export function AppShell({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <div className="yg-shell">
      {header}
      <main className="yg-main yg-container" id="main">
        {children}
      </main>
      <Footer />
    </div>
  );
}
