import { useState } from 'react';
import { type OnProgress, Upload } from '@yigou/web/ui';

/** What the household and benefit-link uploads answer. */
export interface ImportResult {
  status: string;
  totalRows: number;
  createdRows: number;
  errors: { row: number; field: string; message: string }[];
}

/** One registry import: a file picker with progress, then the rows created or the first 50 row errors. */
export function ImportBox({
  title,
  testId,
  onImport,
}: {
  title: string;
  testId: string;
  onImport: (file: File, onProgress: OnProgress) => Promise<ImportResult>;
}) {
  const [result, setResult] = useState<ImportResult | null>(null);
  return (
    <div className="yg-card attribution-import" data-testid={testId}>
      <h3>{title}</h3>
      <Upload label="选择文件导入（XLSX / CSV）" accept=".xlsx,.csv" send={onImport} onDone={setResult} testId={`${testId}-file`} />
      {result && (
        <div data-testid={`${testId}-result`} data-status={result.status}>
          {result.status === 'done' ? (
            <p>
              导入成功：共 {result.totalRows} 行，新增 {result.createdRows} 条
            </p>
          ) : (
            <>
              <p className="form-error">有 {result.errors.length} 处错误，未导入任何数据：</p>
              <ul>
                {result.errors.slice(0, 50).map((e, i) => (
                  <li key={i}>
                    第 {e.row} 行 {e.field}：{e.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
