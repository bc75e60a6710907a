import { namedSql } from '@yigou/server/database';

/**
 * CertificationService.checkExpiries: verified certificates ending within 90 days of `:today` or ended at most 30 days
 * before it, only the latest of each product (older ones were renewed); valid_to as YYYY-MM-DD.
 */
export const EXPIRY_CANDIDATES = namedSql<
  'today',
  {
    id: string;
    product_id: string;
    product_name: string;
    supplier_id: string;
    county_code: string;
    certificate_no: string;
    valid_to: string;
  }
>(
  `SELECT c.id, c.product_id, p.name AS product_name, su.id AS supplier_id, su.county_code, c.certificate_no, to_char(c.valid_to, 'YYYY-MM-DD') AS valid_to
           FROM product_certification c
           JOIN product p ON p.id = c.product_id
           JOIN supplier su ON su.id = p.supplier_id
          WHERE c.verified_at IS NOT NULL
            AND c.valid_to <= CAST(:today AS date) + 90
            AND c.valid_to >= CAST(:today AS date) - 30
            AND NOT EXISTS (SELECT 1 FROM product_certification n
                             WHERE n.product_id = c.product_id AND n.verified_at IS NOT NULL AND n.valid_to > c.valid_to)`,
);

/** CertificationService.checkExpiries: records the reminder once per certification and threshold. No row: already sent. */
export const INSERT_REMINDER = namedSql<'certificationId' | 'threshold', { id: string }>(
  `INSERT INTO certification_reminder (certification_id, threshold) VALUES (:certificationId, :threshold)
           ON CONFLICT (certification_id, threshold) DO NOTHING RETURNING id`,
);
