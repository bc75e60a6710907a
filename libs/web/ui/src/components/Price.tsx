import { formatFen, parseFen } from '@yigou/shared/money';

export interface PriceProps {
  /** Integer fen, as the API's Fen scalar string ("6800") or a number. */
  fen: string | number | null | undefined;
  size?: 'sm' | 'md' | 'lg';
  /** Small text after the amount, e.g. "起" or "/箱". */
  suffix?: string;
  className?: string;
  testId?: string;
}

/** Renders integer fen as "¥1,234.50". Anything that is not whole fen renders as a dash. */
export function formatPrice(fen: string | number | null | undefined): string {
  if (fen === null || fen === undefined || fen === '') return '—';
  try {
    return formatFen(parseFen(fen));
  } catch {
    return '—';
  }
}

export function Price({ fen, size = 'md', suffix, className, testId }: PriceProps) {
  const text = formatPrice(fen);
  const sign = text.startsWith('¥') ? '¥' : '';
  const amount = sign ? text.slice(1) : text;
  return (
    <span
      className={['yg-price', `yg-price--${size}`, className].filter(Boolean).join(' ')}
      data-testid={testId}
      aria-label={text + (suffix ?? '')}
    >
      {sign && <span className="yg-price__sign">{sign}</span>}
      <span className="yg-price__amount">{amount}</span>
      {suffix && <span className="yg-price__suffix">{suffix}</span>}
    </span>
  );
}
