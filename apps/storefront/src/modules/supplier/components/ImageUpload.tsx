import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useImageUpload } from '../../upload/useImageUpload';
import { useL } from '../utils/labels';

/** A file button that uploads an image and reports its url (or the server's message). */
export function ImageUpload({ onUploaded, testId, label }: { onUploaded: (img: { url: string; thumbUrl: string }) => void; testId: string; label?: string }) {
  const L = useL();
  const errorMessage = useErrorMessage();
  const { input, busy, error, pick } = useImageUpload(onUploaded, errorMessage);

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
