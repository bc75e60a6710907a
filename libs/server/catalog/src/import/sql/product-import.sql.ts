import { namedSql } from '@yigou/server/database';

/** ProductImportService.importRows: one product of the sheet, as a draft with its search columns. */
export const INSERT_IMPORTED_PRODUCT = namedSql<
  'supplierId' | 'name' | 'category' | 'originCode' | 'description' | 'searchPinyin' | 'searchInitials',
  { id: string }
>(
  `INSERT INTO product (supplier_id, name, category, origin_code, description, status, search_pinyin, search_initials)
           VALUES (:supplierId, :name, :category, :originCode, :description, 'draft', :searchPinyin, :searchInitials) RETURNING id`,
);

/** ProductImportService.importRows: the product's SKUs (parallel arrays), ids in the arrays' order. */
export const INSERT_IMPORTED_SKUS = namedSql<'productId' | 'specs' | 'units' | 'pricesFen' | 'weightsGrams' | 'sortOrders', { id: string }>(
  `INSERT INTO product_sku (product_id, spec, unit, price_fen, weight_grams, sort_order)
           SELECT :productId, * FROM unnest(:specs::text[], :units::text[], :pricesFen::bigint[], :weightsGrams::int[], :sortOrders::int[]) RETURNING id`,
);

/** ProductImportRecoveryService.heartbeat: the jobs this process is running are alive. */
export const IMPORT_HEARTBEAT = namedSql<'jobIds'>(`UPDATE product_import_job SET heartbeat_at = now() WHERE id = ANY(:jobIds::uuid[])`);

/**
 * ProductImportRecoveryService.sweep: marks failed the jobs whose heartbeat is older than `:staleAfterSeconds`, but
 * not this process's own (`:runningIds`). Run with `queryNamed` for its RETURNING rows.
 */
export const FAIL_STALE_IMPORTS = namedSql<'failureMessage' | 'staleAfterSeconds' | 'runningIds', { id: string }>(
  `UPDATE product_import_job
          SET status = 'failed', failure_message = :failureMessage, pending_rows = NULL, finished_at = now()
        WHERE status IN ('validating', 'importing')
          AND heartbeat_at < now() - make_interval(secs => :staleAfterSeconds)
          AND NOT (id = ANY(:runningIds::uuid[]))
        RETURNING id`,
);
