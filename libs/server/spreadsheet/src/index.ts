export * from './spreadsheet-error';
export * from './text-encoding';
export * from './csv';
export * from './read-table';
export * from './write-workbook';
