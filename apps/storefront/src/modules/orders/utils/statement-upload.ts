import { postForm } from '../../upload/upload';

export interface StatementImport {
  imported: number;
  duplicates: number;
  autoMatched: number;
  errors: string[];
  encoding: string | null;
}

/** POST /payments/bank-statements: a CSV bank statement as a file (UTF-8 or GBK, up to 5,000 rows). */
export function uploadStatement(file: File): Promise<StatementImport> {
  const form = new FormData();
  form.append('file', file);
  return postForm('/payments/bank-statements', form);
}
