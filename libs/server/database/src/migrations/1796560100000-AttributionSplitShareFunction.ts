import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `attribution_split_share(total, parts, h)`: part `h` (1-based) of `attribution_split(total, parts)` without building
 * the split — its floor share plus one fen iff its remainder ranks within the fen left over, where a part ranks above
 * it when its remainder is larger or equal with an earlier index (the full split's tie-break, remainders descending,
 * ties to the earlier part). One counting pass after the weights' sum: no sort, no array. Same errors as the full
 * split; NULL when `h` is outside the parts (as `attribution_split(total, parts)[h]` is). For readers that need one
 * household's amount (the household page): a 458-part split per partial movement, twice, was most of its time.
 */
export class AttributionSplitShareFunction1796560100000 implements MigrationInterface {
  name = 'AttributionSplitShareFunction1796560100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION attribution_split_share(total bigint, parts bigint[], h integer) RETURNS bigint
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
      DECLARE
        t numeric := abs(total);
        sw numeric;
        mx numeric;
        bad boolean;
        rh numeric;
        rsum numeric;
        above bigint;
        tb bigint;
        swb bigint;
        rhb bigint;
      BEGIN
        IF coalesce(array_length(parts, 1), 0) = 0 THEN
          IF total = 0 THEN RETURN NULL; END IF;
          RAISE EXCEPTION '没有可分配的对象';
        END IF;
        SELECT sum(w), max(w), bool_or(w < 0 OR w IS NULL) INTO sw, mx, bad FROM unnest(parts) AS w;
        IF bad THEN RAISE EXCEPTION '权重不能为负数'; END IF;
        IF sw = 0 THEN RAISE EXCEPTION '权重之和必须大于零'; END IF;
        IF h < 1 OR h > array_length(parts, 1) THEN RETURN NULL; END IF;
        -- remainders r_j = t·w_j mod sw; the fen left over is Σ r_j / sw; part h gains one iff fewer than that rank above it
        IF t * mx <= 9223372036854775807 AND sw <= 9223372036854775807 THEN
          -- every product fits in bigint (a partial target is at most the parts' sum): integer arithmetic
          tb := t; swb := sw; rhb := tb * parts[h] % swb;
          SELECT sum(r), count(*) FILTER (WHERE r > rhb OR (r = rhb AND i < h)) INTO rsum, above
            FROM (SELECT tb * u.w % swb AS r, u.i FROM unnest(parts) WITH ORDINALITY AS u(w, i)) q;
        ELSE
          rh := mod(t * parts[h], sw);
          SELECT sum(r), count(*) FILTER (WHERE r > rh OR (r = rh AND i < h)) INTO rsum, above
            FROM (SELECT mod(t * u.w, sw) AS r, u.i FROM unnest(parts) WITH ORDINALITY AS u(w, i)) q;
        END IF;
        RETURN (sign(total) * (div(t * parts[h], sw) + CASE WHEN above < rsum / sw THEN 1 ELSE 0 END))::bigint;
      END
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION attribution_split_share(bigint, bigint[], integer)`);
  }
}
