import { useT } from '@yigou/web/i18n';
import { Upload } from '@yigou/web/ui';
import { uploadImage } from '../../upload/upload';
import { LiveCover } from './LiveCover';
import '../livestream.css';

/**
 * 封面图片: upload an image (the product images' path, with the kit's progress and 重试) and see the card as viewers will; remove it for the
 * drawn cover.
 */
export function CoverPicker({
  value,
  onChange,
  title,
  countyName,
  busy = false,
}: {
  value: string | null;
  onChange: (url: string | null) => void;
  title: string;
  countyName: string;
  busy?: boolean;
}) {
  const t = useT();
  return (
    <div className="live-cover-picker" data-testid="cover-picker">
      <LiveCover
        coverUrl={value}
        title={title || t('live.cover.sampleTitle')}
        countyName={countyName}
        className="live-cover-picker__preview"
      />
      <div className="live-cover-picker__actions">
        <span className="live-cover-picker__label">{t('live.cover.label')}</span>
        <Upload
          label={value ? t('live.cover.replace') : t('live.cover.upload')}
          accept="image/*"
          send={uploadImage}
          onDone={(img) => onChange(img.url)}
          testId="cover-file"
          className="yg-button"
          disabled={busy}
        />
        {value && (
          <button
            type="button"
            className="yg-button yg-button--ghost"
            disabled={busy}
            data-testid="cover-remove"
            onClick={() => onChange(null)}
          >
            {t('live.cover.remove')}
          </button>
        )}
        <span className="live-muted">{t('live.cover.hint')}</span>
      </div>
    </div>
  );
}
