/** Why a file could not be read as a table. Each kind has a Chinese message; a caller may word its own. */
export type SpreadsheetErrorKind = 'unsupported-format' | 'unreadable-csv' | 'unreadable-xlsx' | 'no-worksheet' | 'empty' | 'too-many-rows';

export type SpreadsheetMessages = Partial<Record<SpreadsheetErrorKind, string>>;

/**
 * A file that is not a readable table. `message` is Chinese, for the person who uploaded it; callers turn it into
 * their domain's coded error (`badInput(e.message, 'file')`) and may replace any kind's words through `messages`.
 */
export class SpreadsheetError extends Error {
  constructor(
    readonly kind: SpreadsheetErrorKind,
    message: string,
    /** the parser's own words (English), for logs */
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

/** The default Chinese message of each kind. */
export function defaultMessage(kind: SpreadsheetErrorKind, values: { detail?: string; maxRows?: number; rows?: number } = {}): string {
  switch (kind) {
    case 'unsupported-format':
      return '只支持 .xlsx 或 .csv 文件';
    case 'unreadable-csv':
      return values.detail ? `CSV 文件无法解析：${values.detail}` : 'CSV 文件无法解析';
    case 'unreadable-xlsx':
      return 'XLSX 文件无法读取';
    case 'no-worksheet':
      return 'XLSX 文件中没有工作表';
    case 'empty':
      return '文件是空的';
    case 'too-many-rows':
      return `一次最多导入 ${values.maxRows} 行，本文件有 ${values.rows} 行`;
  }
}
