import { namedSql } from '@yigou/server/database';

/**
 * SupplierOnboardingService.transition: moves the supplier from `:from` to `:to` only if it still is in `:from`, so two
 * reviewers can never both move it. The caller runs it with `executeNamed` (0: someone else moved it first).
 */
export const MOVE_SUPPLIER_STATUS = namedSql<'supplierId' | 'from' | 'to', { id: string }>(
  `UPDATE supplier SET status = :to WHERE id = :supplierId AND status = :from RETURNING id`,
);
