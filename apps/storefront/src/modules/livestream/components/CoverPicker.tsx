import { useT } from '@yigou/web/i18n';
import { useImageUpload } from '../../upload/useImageUpload';
import { LiveCover } from './LiveCover';

/** 封面图片: upload an image (the product images' path) and see the card as viewers will; remove it for the drawn cover. */
export function CoverPicker({ value, onChange, title, countyName, busy = false }: { value: string | null; onChange: (url: string | null) => void; title: string; countyName: string; busy?: boolean }) {
  const t = useT();
  const { input, busy: uploading, error, pick } = useImageUpload((img) => onChange(img.url), () => t('live.cover.failed'));

  return (
    <div className="live-cover-picker" data-testid="cover-picker">
      <LiveCover coverUrl={value} title={title || t('live.cover.sampleTitle')} countyName={countyName} className="live-cover-picker__preview" />
      <div className="live-cover-picker__actions">
        <span className="live-cover-picker__label">{t('live.cover.label')}</span>
        <label className="yg-button">
          {uploading ? t('live.cover.uploading') : value ? t('live.cover.replace') : t('live.cover.upload')}
          <input ref={input} type="file" accept="image/*" hidden disabled={uploading || busy} data-testid="cover-file" onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
        {value && (
          <button type="button" className="yg-button yg-button--ghost" disabled={busy} data-testid="cover-remove" onClick={() => onChange(null)}>
            {t('live.cover.remove')}
          </button>
        )}
        <span className="live-muted">{t('live.cover.hint')}</span>
        {error && (
          <span className="live-error" role="alert" data-testid="cover-error">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
