import { useRef, type ReactNode } from 'react';
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
  /** Back-office desks (审核, 财务台, 排名 …): one 工作台 menu instead of more links in the bar. */
  desk?: NavItem[];
  /** The sign-in or account link, on the right. */
  account: NavItem & { testId?: string };
}

export function Logo() {
  return (
    <Link to="/" className="yg-logo" aria-label="以购 Yigou">
      <span className="yg-logo__mark" aria-hidden="true">
        购
      </span>
      <span className="yg-logo__text">
        <span className="yg-logo__zh">以购</span>
        <span className="yg-logo__en">Yigou</span>
      </span>
    </Link>
  );
}

/** A disclosure menu of links that closes itself when one is followed. */
function NavMenu({ label, items, className, testId }: { label: string; items: NavItem[]; className: string; testId: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  return (
    <details className={`yg-menu ${className}`} ref={ref} data-testid={testId}>
      <summary className="yg-header__link yg-menu__button">{label}</summary>
      <div className="yg-menu__list" role="menu">
        {items.map((item) => (
          <NavLink
            key={item.to}
            to={item.to}
            end={item.end}
            className="yg-menu__item"
            role="menuitem"
            onClick={() => ref.current?.removeAttribute('open')}
          >
            {item.label}
          </NavLink>
        ))}
      </div>
    </details>
  );
}

export function Header({ searchValue, onSearch, nav, desk = [], account }: HeaderProps) {
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
            <NavLink key={item.to} to={item.to} end={item.end} className="yg-header__link yg-header__link--wide">
              {item.label}
            </NavLink>
          ))}
          {desk.length > 0 && <NavMenu label={t('nav.desk')} items={desk} className="yg-menu--wide" testId="desk-menu" />}
          <NavMenu label={t('nav.menu')} items={[...nav, ...desk]} className="yg-menu--narrow" testId="phone-menu" />
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
        <p className="yg-footer__note yg-footer__legal">
          <Link to="/legal/agreement">{t('sms.agreement')}</Link> · <Link to="/legal/privacy">{t('sms.privacy')}</Link>
        </p>
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
