import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '@yigou/web/i18n';

export const SEARCH_MAX_LENGTH = 50;

export interface SearchBoxProps {
  value?: string;
  onSearch: (query: string) => void;
  size?: 'md' | 'lg';
  autoFocus?: boolean;
  /** The header's box is "search-input"; give any second box on a page its own id. */
  testId?: string;
}

/** Clamps what people type or paste to the API's 50-character limit. */
export function clampSearch(raw: string): string {
  return [...raw].slice(0, SEARCH_MAX_LENGTH).join('');
}

export function SearchBox({ value = '', onSearch, size = 'md', autoFocus, testId = 'search-input' }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);

  function search() {
    onSearch(clampSearch(text).trim());
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    search();
  }

  return (
    <form role="search" className={`yg-search yg-search--${size}`} onSubmit={submit}>
      <label htmlFor={id} className="yg-visually-hidden">
        {t('search.label')}
      </label>
      <span className="yg-search__icon" aria-hidden="true">
        ⌕
      </span>
      <input
        id={id}
        type="search"
        name="q"
        className="yg-search__input"
        data-testid={testId}
        placeholder={t('search.placeholder')}
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        autoFocus={autoFocus}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(e) => setText(clampSearch(e.target.value))}
      />
      {/* type="button" on purpose: pages with a form (login, register) keep a single
          button[type=submit]; Enter in the one-field search form still submits it. */}
      <button type="button" className="yg-search__button" onClick={search}>
        {t('search.submit')}
      </button>
    </form>
  );
}
