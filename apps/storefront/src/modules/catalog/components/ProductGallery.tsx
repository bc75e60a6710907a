import { useState } from 'react';
import { ProductImage } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import '../product-page.css';

export interface GalleryImage {
  url: string;
  thumbUrl: string;
  alt: string | null;
}

export interface ProductGalleryProps {
  name: string;
  category: string;
  images: readonly GalleryImage[];
  coverImageUrl: string | null;
}

export function ProductGallery({ name, category, images, coverImageUrl }: ProductGalleryProps) {
  const t = useT();
  const all: GalleryImage[] =
    images.length > 0 ? [...images] : coverImageUrl ? [{ url: coverImageUrl, thumbUrl: coverImageUrl, alt: name }] : [];
  const [index, setIndex] = useState(0);
  const current = all[Math.min(index, Math.max(all.length - 1, 0))];

  return (
    <div className="gallery">
      <ProductImage
        className="gallery__main"
        src={current?.url}
        alt={current?.alt || name}
        name={name}
        category={category}
        loading="eager"
      />
      {all.length > 1 && (
        <div className="gallery__thumbs">
          {all.map((img, i) => (
            <button
              key={img.url + i}
              type="button"
              className={`gallery__thumb${i === index ? ' is-active' : ''}`}
              onClick={() => setIndex(i)}
              aria-label={t('product.imageOf', { name, n: i + 1 })}
              aria-pressed={i === index}
            >
              <ProductImage src={img.thumbUrl} alt={img.alt || name} name={name} category={category} />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
