import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A household's net attributed per report bucket for one year, in one row: `sums` maps `dim:key` to fen for the
 * dimensions with few keys per household (`total:`, `category:…`, `village:…`, `supplier:…`, `product:…`,
 * `month:YYYY-MM`), so a receipt moves one row per household instead of six. The unbounded dimensions (`unit`,
 * `session`) stay one row per bucket in `attribution_household_sum` (docs/counting.md).
 */
@Entity('attribution_household_year')
export class AttributionHouseholdYear {
  @PrimaryColumn('uuid') householdId: string;
  @PrimaryColumn('int') year: number;
  @PrimaryColumn('varchar', { length: 12 }) countyCode: string;
  @Column('jsonb') sums: Record<string, number>;
}
