import { pinyin } from 'pinyin-pro';

export interface SearchColumns {
  /** Full pinyin without tones or spaces: 玉露香梨 → yuluxiangli */
  searchPinyin: string;
  /** First letters of each syllable: 玉露香梨 → ylxl */
  searchInitials: string;
}

const MAX_SEARCH_LENGTH = 50;

/** ü is typed as v on Chinese keyboards (lü → lv). */
function asciiFold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Search columns for a product name, computed whenever the name is written.
 * Letters and digits in the name (e.g. "5kg") are kept as they are in both columns.
 */
export function searchColumnsFor(name: string): SearchColumns {
  const text = name.normalize('NFKC').replace(/\s+/g, '');
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return {
    searchPinyin: asciiFold(full.join('')),
    searchInitials: asciiFold(initials.join('')),
  };
}

export type NormalizedSearch =
  /** Letters/digits only: matched against the pinyin and initials columns. */
  | { kind: 'latin'; text: string }
  /** Anything else (Chinese): matched against the name. */
  | { kind: 'text'; text: string };

export class SearchTooLongError extends Error {}

/**
 * Trims, lowercases and removes spaces. Null when nothing is left.
 * Throws SearchTooLongError beyond 50 characters (after trimming).
 */
export function normalizeSearch(raw: string | null | undefined): NormalizedSearch | null {
  if (raw === null || raw === undefined) return null;
  const trimmed = raw.normalize('NFKC').trim();
  if ([...trimmed].length > MAX_SEARCH_LENGTH) throw new SearchTooLongError();
  const text = trimmed.toLowerCase().replace(/\s+/g, '').replace(/ü/g, 'v');
  if (!text) return null;
  return /^[a-z0-9]+$/.test(text) ? { kind: 'latin', text } : { kind: 'text', text };
}

/** Escapes LIKE wildcards so user input matches literally (PostgreSQL's default escape is \). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** 0 = exact (name, initials or full pinyin), 1 = prefix, 2 = contains, null = no match. */
export function relevanceRank(q: NormalizedSearch, product: { name: string } & SearchColumns): 0 | 1 | 2 | null {
  const name = product.name.toLowerCase().replace(/\s+/g, '');
  const fields = q.kind === 'latin' ? [product.searchInitials, product.searchPinyin, name] : [name];
  if (fields.some((f) => f === q.text)) return 0;
  if (fields.some((f) => f.startsWith(q.text))) return 1;
  if (fields.some((f) => f.includes(q.text))) return 2;
  return null;
}
