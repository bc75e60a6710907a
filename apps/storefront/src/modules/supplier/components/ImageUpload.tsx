import { useRef, useState } from 'react';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useL } from '../utils/labels';
import { uploadImage } from '../utils/rest';

/** A file button that uploads an image and reports its url (or the server's message). */
export function ImageUpload({ onUploaded, testId, label }: { onUploaded: (img: { url: string; thumbUrl: string }) => void; testId: string; label?: string }) {
  const L = useL();
  const errorMessage = useErrorMessage();
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
      setError(e instanceof Error && e.message ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="sp-upload">
      <label className="yg-button yg-button--secondary">
        {busy ? L('uploading') : (label ?? L('upload'))}
        <input ref={input} type="file" accept="image/*" hidden data-testid={testId} onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {error && (
        <span className="sp-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
