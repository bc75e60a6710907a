import { useI18n, useT } from '@yigou/web/i18n';
import { IMPORT_COLUMNS, type UnitImportResult } from '../utils/import-file';

type Result = UnitImportResult;

/** The import's outcome: how many units were created, or each problem by row and column. */
export function ImportResult({ result }: { result: Result }) {
  const t = useT();
  const { pick } = useI18n();
  if (result.errors.length === 0)
    return (
      <p className="un-notice un-notice--ok" role="status" data-testid="import-summary">
        {t('unit.imported', { count: result.created })}
      </p>
    );
  return (
    <div className="un-import-errors">
      <p className="un-notice un-notice--error" role="alert" data-testid="import-summary">
        {t('unit.hasErrors', { count: result.errors.length })}
      </p>
      <table className="yg-table" data-testid="import-errors">
        <thead>
          <tr>
            <th>{t('unit.row')}</th>
            <th>{t('unit.column')}</th>
            <th>{t('unit.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {result.errors.map((e, i) => (
            <tr key={`${e.row}-${e.field}-${i}`} data-testid="import-error">
              <td>{e.row}</td>
              <td>{pick(IMPORT_COLUMNS[e.field], e.field)}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
