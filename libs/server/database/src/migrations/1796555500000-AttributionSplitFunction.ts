import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `attribution_split(total, parts)`: the largest-remainder split of `total` fen over `parts` (the weights, in order) in
 * SQL, the same split as `splitLargestRemainder` in libs/shared/money (floors of the exact shares, the fen left over
 * one each to the largest remainders, ties to the earlier part; a negative total split as the mirror of the positive
 * one). Owned by attribution: a household's holding of a line is `attribution_split(T, P)[h]` (docs/counting.md), so
 * readers of a ledger that stores a line's target `T` rather than one row per household can expand it in SQL.
 * Amounts are multiplied as numeric, so no product of a total and a weight overflows.
 */
export class AttributionSplitFunction1796555500000 implements MigrationInterface {
  name = 'AttributionSplitFunction1796555500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION attribution_split(total bigint, parts bigint[]) RETURNS bigint[]
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
      DECLARE
        t numeric := abs(total);
        sw numeric;
        result bigint[];
      BEGIN
        IF coalesce(array_length(parts, 1), 0) = 0 THEN
          IF total = 0 THEN RETURN '{}'; END IF;
          RAISE EXCEPTION '没有可分配的对象';
        END IF;
        IF EXISTS (SELECT 1 FROM unnest(parts) AS w WHERE w < 0 OR w IS NULL) THEN RAISE EXCEPTION '权重不能为负数'; END IF;
        SELECT sum(w) INTO sw FROM unnest(parts) AS w;
        IF sw = 0 THEN RAISE EXCEPTION '权重之和必须大于零'; END IF;
        SELECT array_agg((sign(total) * (q.fl + CASE WHEN q.rank <= t - q.floors THEN 1 ELSE 0 END))::bigint ORDER BY q.i)
          INTO result
          FROM (SELECT f.i, f.fl, row_number() OVER (ORDER BY f.r DESC, f.i) AS rank, sum(f.fl) OVER () AS floors
                  FROM (SELECT u.i, div(t * u.w, sw) AS fl, mod(t * u.w, sw) AS r
                          FROM unnest(parts) WITH ORDINALITY AS u(w, i)) f) q;
        RETURN result;
      END
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION attribution_split(bigint, bigint[])`);
  }
}
