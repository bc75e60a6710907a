import { namedSql } from '@yigou/server/database';

/** BenefitService.importLinks: the county's households the sheet names by number. */
export const COUNTY_HOUSEHOLDS_BY_NO = namedSql<'countyCode' | 'householdNos', { id: string; household_no: string }>(
  `SELECT id, household_no FROM household WHERE county_code = :countyCode AND household_no = ANY(:householdNos)`,
);

/** BenefitService.createRule: serialises the rules of one supplier (the overlap check, then the insert). */
export const LOCK_SUPPLIER_RULES = namedSql<'supplierId'>(`SELECT pg_advisory_xact_lock(hashtext('attribution_rule:' || :supplierId))`);

/** BenefitService.createRule: a rule of the same supplier and product (or both supplier-wide) whose dates overlap the new one's. */
export const OVERLAPPING_RULE = namedSql<'supplierId' | 'productId' | 'validFrom' | 'validTo', { id: string }>(
  `SELECT id FROM attribution_rule
          WHERE supplier_id = :supplierId AND product_id IS NOT DISTINCT FROM :productId
            AND daterange(valid_from, valid_to, '[]') && daterange(:validFrom::date, :validTo::date, '[]') LIMIT 1`,
);
