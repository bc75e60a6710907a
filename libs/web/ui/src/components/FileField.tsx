import type { InputHTMLAttributes } from 'react';

export interface FileFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> {
  label: string;
  /** The file chosen, or null when the choice is cleared. */
  onFile: (file: File | null) => void;
}

/**
 * A labelled file input that hands over one chosen file (the import sheets, an invoice's PDF). The file is only
 * picked here; sending it with its progress is `useUpload` / `UploadStatus`.
 */
export function FileField({ label, onFile, ...input }: FileFieldProps) {
  return (
    <label className="yg-field">
      <span className="yg-field__label">{label}</span>
      <input {...input} type="file" onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
    </label>
  );
}
