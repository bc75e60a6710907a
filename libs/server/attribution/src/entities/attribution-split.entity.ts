import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A split of an attributable amount across households, stored once however many lines share it (docs/counting.md):
 * every 玉露香梨 line of one quantity, rule and day splits the same `A` over the same 458 households, so each line
 * names its split by `digest` instead of carrying six 458-element arrays. One array element per household in id
 * order: its full part and its county, village, category and members that day (what the report buckets need).
 * `digest` is SHA-256 of the arrays' text (`splitDigestText`), so a split is found again by its content.
 */
@Entity('attribution_split')
// GIN over the households: a household page finds the splits (and through them the lines) that reach a household.
@Index('attribution_split_households_gin', { synchronize: false })
export class AttributionSplit {
  @PrimaryColumn('bytea')
  digest: Buffer;

  @Column('uuid', { array: true })
  partHouseholdIds: string[];

  @Column('bigint', { array: true })
  partFen: string[];

  @Column('varchar', { length: 12, array: true })
  partCountyCodes: string[];

  @Column('varchar', { length: 12, array: true })
  partVillageCodes: string[];

  @Column('text', { array: true })
  partCategories: string[];

  @Column('int', { array: true })
  partMembers: number[];
}
