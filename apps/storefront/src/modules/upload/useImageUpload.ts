import { useRef, useState } from 'react';
import { uploadImage } from './upload';

/**
 * A file input's image upload (POST /media/images): busy while it goes, the server's message (or `describe`'s) when
 * it fails, the input cleared after, so the same file can be picked again.
 */
export function useImageUpload(onUploaded: (img: { url: string; thumbUrl: string }) => void, describe: (e: unknown) => string) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function pick(file: File | undefined) {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      onUploaded(await uploadImage(file));
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : describe(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return { input, busy, error, pick };
}
