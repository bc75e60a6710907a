import { useT } from '@yigou/web/i18n';
import '../unit.css';
import { useCallback, useState } from 'react';
import { EmptyState, FileField, type OnProgress, UploadStatus, useUpload, InlineError } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { ImportResult } from '../components/ImportResult';
import { uploadFile } from '../../upload/upload';
import { importFormatOf, MAX_IMPORT_BYTES, templateHref, type UnitImportResult } from '../utils/import-file';
import { canImportUnits } from '../utils/unit-scope';

/** /unit/import: platform admins and the finance office upload an XLSX/CSV of work units. Rendered inside <RequireAuth>. */
export function UnitImportPage() {
  const t = useT();
  useDocumentTitle(t('unit.importTitle'));
  const { user } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<UnitImportResult | null>(null);
  const send = useCallback((f: File, onProgress: OnProgress) => uploadFile<UnitImportResult>('/uploads/work-units', f, {}, onProgress), []);
  // The server's refusal (its Chinese message) shows under the button with 重试上传, as unit-import-error.
  const sending = useUpload(send, setResult);
  const loading = sending.state.phase === 'uploading';

  if (!canImportUnits(user))
    return (
      <div className="yg-desk">
        <h1>{t('unit.importTitle')}</h1>
        <EmptyState title={t('unit.notImporter')} />
      </div>
    );

  function upload() {
    setResult(null);
    sending.clear();
    if (!file) return setError(t('unit.chooseFile'));
    const format = importFormatOf(file.name);
    if (!format) return setError(t('unit.badFileType'));
    if (file.size > MAX_IMPORT_BYTES) return setError(t('unit.tooLarge'));
    setError(null);
    void sending.start(file);
  }

  return (
    <div className="yg-desk yg-desk--narrow">
      <h1>{t('unit.importTitle')}</h1>
      <section className="yg-card un-card">
        <p className="muted">{t('unit.importLead')}</p>
        <p>
          <a className="yg-button yg-button--secondary" href={templateHref()} download="单位导入模板.csv" data-testid="unit-template">
            {t('unit.template')}
          </a>
        </p>
        <FileField
          label={t('unit.file')}
          accept=".xlsx,.csv"
          data-testid="unit-import-file"
          onFile={(f) => {
            setFile(f);
            setResult(null);
            setError(null);
          }}
        />
        <div>
          <button type="button" className="yg-button" disabled={loading} onClick={upload} data-testid="unit-import-start">
            {loading ? t('unit.importing') : t('unit.startImport')}
          </button>
        </div>
        <UploadStatus upload={sending} testId="unit-import" />
        <InlineError className="un-error" testId="unit-import-error" message={error} />
      </section>
      {result && (
        <section className="yg-card un-card" data-testid="unit-import-result">
          <ImportResult result={result} />
        </section>
      )}
    </div>
  );
}
