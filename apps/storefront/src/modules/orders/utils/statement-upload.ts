import type { OnProgress } from '@yigou/web/ui';
import { uploadFile } from '../../upload/upload';

export interface StatementImport {
  imported: number;
  duplicates: number;
  autoMatched: number;
  errors: string[];
  encoding: string | null;
}

/** POST /payments/bank-statements: a CSV bank statement as a file (UTF-8 or GBK, up to 5,000 rows). */
export function uploadStatement(file: File, onProgress?: OnProgress): Promise<StatementImport> {
  return uploadFile('/payments/bank-statements', file, {}, onProgress);
}
