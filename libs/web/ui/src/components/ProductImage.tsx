import { useEffect, useState } from 'react';
import { categoryColor } from './category-colors';

export interface ProductImageProps {
  src: string | null | undefined;
  alt: string;
  /** Shown on the placeholder tile when there is no image or it fails to load. */
  name: string;
  category?: string | null;
  className?: string;
  loading?: 'lazy' | 'eager';
}

/**
 * A product photo that falls back to a tile in the category's colour with the
 * product name, when the URL is missing or the image fails to load.
 */
export function ProductImage({ src, alt, name, category, className, loading = 'lazy' }: ProductImageProps) {
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [src]);
  const classes = ['yg-image', className].filter(Boolean).join(' ');

  if (!src || failed) {
    const color = categoryColor(category);
    return (
      <div
        className={`${classes} yg-image--placeholder`}
        style={{ background: color.bg, color: color.fg }}
        role="img"
        aria-label={alt}
        data-testid="image-placeholder"
      >
        <span className="yg-image__glyph" aria-hidden="true">
          {color.glyph}
        </span>
        <span className="yg-image__name">{name}</span>
      </div>
    );
  }
  return (
    <div className={classes}>
      <img src={src} alt={alt} loading={loading} onError={() => setFailed(true)} />
    </div>
  );
}
