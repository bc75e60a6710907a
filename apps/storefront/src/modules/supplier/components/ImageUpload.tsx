import { Upload } from '@yigou/web/ui';
import { uploadImage } from '../../upload/upload';
import { useL } from '../utils/labels';

/** A file button that uploads an image with its progress and reports its url (or the server's message, with 重试). */
export function ImageUpload({
  onUploaded,
  testId,
  label,
}: {
  onUploaded: (img: { url: string; thumbUrl: string }) => void;
  testId: string;
  label?: string;
}) {
  const L = useL();
  return <Upload label={label ?? L('upload')} accept="image/*" send={uploadImage} onDone={onUploaded} testId={testId} />;
}
