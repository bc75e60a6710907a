import { useEffect, useRef } from 'react';
import '../livestream.css';

/** Plays an HLS stream: natively where the browser can (Safari), else through hls.js (loaded on demand). */
export function HlsPlayer({ src, poster }: { src: string; poster?: string | null }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = src;
      return;
    }
    let destroyed = false;
    let hls: { destroy(): void } | null = null;
    void import('hls.js').then(({ default: Hls }) => {
      if (destroyed || !Hls.isSupported()) return;
      const h = new Hls({ lowLatencyMode: true });
      h.loadSource(src);
      h.attachMedia(video);
      hls = h;
    });
    return () => {
      destroyed = true;
      hls?.destroy();
    };
  }, [src]);
  return (
    <video ref={ref} className="live-video" data-testid="live-video" controls autoPlay muted playsInline poster={poster ?? undefined} />
  );
}
