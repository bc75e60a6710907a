import { useState, type ReactNode } from 'react';
import '../live.css';

/**
 * A session's cover: its image, or (without one, or when it fails to load) a drawn card with the county and the
 * title on a gradient, never an empty or broken box. The gradient's hue follows the title, so cards side by side differ.
 */
export function LiveCover({
  coverUrl,
  title,
  countyName,
  children,
  className = '',
}: {
  coverUrl: string | null | undefined;
  title: string;
  countyName: string;
  children?: ReactNode;
  className?: string;
}) {
  const [failed, setFailed] = useState<string | null>(null);
  const image = coverUrl && failed !== coverUrl ? coverUrl : null;
  return (
    <div className={`live-cover ${className}`} data-testid="live-cover" data-fallback={image ? undefined : 'true'}>
      {image ? (
        <img className="live-cover__img" src={image} alt="" loading="lazy" onError={() => setFailed(image)} />
      ) : (
        <div className="live-cover__fallback" style={{ '--live-hue': hueOf(title) } as React.CSSProperties} aria-hidden="true">
          {countyName && <span className="live-cover__county">{countyName}</span>}
          <span className="live-cover__title">{title}</span>
        </div>
      )}
      {children && <div className="live-cover__over">{children}</div>}
    </div>
  );
}

/** A stable green-to-orange hue (95–165° or 20–40°) from the text. */
export function hueOf(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h % 3 === 0 ? 20 + (h % 21) : 95 + (h % 71);
}
