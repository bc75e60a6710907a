import { registerEnumType } from '@nestjs/graphql';
import { REGION_LEVELS, RegionLevel } from '@yigou/shared/domain';

/** GraphQL enum `RegionLevel`, built from the shared list so both sides agree. */
export const RegionLevelEnum = Object.fromEntries(REGION_LEVELS.map((l) => [l, l])) as { [K in RegionLevel]: K };

registerEnumType(RegionLevelEnum, { name: 'RegionLevel', description: '行政区划级别' });
