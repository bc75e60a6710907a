/**
 * Bank statements are decoded by the shared reader (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK):
 * these names are kept for this domain's callers.
 */
export { decodeText as decodeStatement, type TextEncodingName as StatementEncoding } from '@yigou/server/spreadsheet';
