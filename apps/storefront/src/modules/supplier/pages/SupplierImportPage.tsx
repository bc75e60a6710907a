import '../supplier.css';
import { useCallback, useEffect, useState } from 'react';
import { FileField, type OnProgress, UploadStatus, useUpload, InlineError } from '@yigou/web/ui';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { CONFIRM_IMPORT, IMPORT_JOB_QUERY } from '../graphql/supplier.documents';
import { useL } from '../utils/labels';
import { startImport, templateHref } from '../utils/rest';

const RUNNING = new Set(['validating', 'importing']);
const STATUS_TEXT: Record<string, string> = {
  validating: '正在校验…',
  has_errors: '文件中有错误，未导入任何商品',
  importing: '正在导入…',
  done: '导入完成',
  failed: '导入失败',
};

/** /supplier/:supplierId/import: template, upload, progress (polled), row errors, import-the-valid-rows. */
export function SupplierImportPage() {
  const L = useL();
  const errorMessage = useErrorMessage();
  const { supplierId = '' } = useParams();
  useDocumentTitle(L('import'));
  const [file, setFile] = useState<File | null>(null);
  const [importValid, setImportValid] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The file's way up (bytes sent); the job's progress (rows processed) is polled below once it arrives.
  const send = useCallback(
    (f: File, onProgress: OnProgress) => startImport(supplierId, f, importValid, onProgress),
    [supplierId, importValid],
  );
  const sending = useUpload(send, (r) => setJobId(r.id));
  const busy = sending.state.phase === 'uploading';
  const { data, startPolling, stopPolling } = useQuery(IMPORT_JOB_QUERY, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    fetchPolicy: 'network-only',
  });
  const [confirm, { loading: confirming }] = useMutation(CONFIRM_IMPORT);
  const job = data?.productImportJob;
  const running = !!jobId && (!job || RUNNING.has(job.status));

  useEffect(() => {
    if (running) startPolling(500);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  function upload() {
    if (!file) return setError('请选择要导入的文件');
    setError(null);
    void sending.start(file);
  }

  async function importValidRows() {
    if (!jobId) return;
    try {
      await confirm({ variables: { id: jobId } });
      startPolling(500);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const total = job?.status === 'importing' || job?.status === 'done' ? job.validRows : (job?.totalRows ?? 0);
  const percent = job && total > 0 ? Math.min(100, Math.round((job.processedRows / total) * 100)) : 0;

  return (
    <div className="yg-desk yg-desk--narrow">
      <Link to={`/supplier/${supplierId}/products`}>← {L('products')}</Link>
      <h1>{L('import')}</h1>
      <section className="yg-card sp-card">
        <p className="sp-links">
          <a className="yg-button yg-button--secondary" href={templateHref('xlsx')} data-testid="template-xlsx">
            {L('template')} (XLSX)
          </a>
          <a className="yg-button yg-button--secondary" href={templateHref('csv')}>
            {L('template')} (CSV)
          </a>
        </p>
        <FileField label={L('importFile')} accept=".xlsx,.csv" data-testid="import-file" onFile={setFile} />
        <label className="sp-check">
          <input type="checkbox" checked={importValid} onChange={(e) => setImportValid(e.target.checked)} /> {L('importValid')}
        </label>
        <button type="button" className="yg-button" disabled={busy || running} onClick={upload} data-testid="start-import">
          {L('startImport')}
        </button>
        <UploadStatus upload={sending} testId="import-upload" />
        <InlineError className="sp-error" message={error} />
      </section>
      {job && (
        <section className="yg-card sp-card" data-testid="import-job" data-status={job.status}>
          <h2 className="sp-card__title">
            {job.fileName} · {STATUS_TEXT[job.status] ?? job.status}
          </h2>
          {job.failureMessage && <p className="sp-error">{job.failureMessage}</p>}
          <progress max={100} value={percent} aria-label="progress" />
          <p className="muted">
            共 {job.totalRows} 行 · 有效 {job.validRows} 行 · 错误 {job.errorCount} 处 · 已处理 {job.processedRows} 行 · 导入商品{' '}
            {job.importedProducts} 个
          </p>
          {job.status === 'has_errors' && job.validRows > 0 && (
            <button
              type="button"
              className="yg-button yg-button--accent"
              disabled={confirming}
              onClick={() => void importValidRows()}
              data-testid="import-valid-rows"
            >
              {L('importValidNow')}（{job.validRows}）
            </button>
          )}
          {job.errors.length > 0 && (
            <table className="yg-table sp-table" data-testid="import-errors">
              <thead>
                <tr>
                  <th>{L('row')}</th>
                  <th>{L('column')}</th>
                  <th>{L('problem')}</th>
                </tr>
              </thead>
              <tbody>
                {job.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
