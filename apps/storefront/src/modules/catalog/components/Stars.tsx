import { useI18n } from '@yigou/web/i18n';
import '../ratings.css';

/** 1–5 stars shown (not chosen): filled ones in orange, the rest outlined; read as "4 星". */
export function Stars({ value }: { value: number }) {
  const { t } = useI18n();
  const n = Math.round(value);
  return (
    <span className="stars" role="img" aria-label={t('rating.stars', { n: value })}>
      <span className="stars__on">{'★'.repeat(n)}</span>
      <span className="stars__off">{'★'.repeat(5 - n)}</span>
    </span>
  );
}
