import { LOCALES, useI18n, type Locale } from '@yigou/web/i18n';

const LABEL_KEY = { 'zh-CN': 'lang.zh', en: 'lang.en' } as const;

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="yg-lang" role="group" aria-label={t('lang.switch')}>
      {LOCALES.map((l: Locale) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={`yg-lang__option${l === locale ? ' is-active' : ''}`}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {t(LABEL_KEY[l])}
        </button>
      ))}
    </div>
  );
}
