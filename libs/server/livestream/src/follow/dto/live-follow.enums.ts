import { registerEnumType } from '@nestjs/graphql';

/** The GraphQL enum of what a buyer follows (the values: FOLLOW_TARGET_KINDS in its entity). */
export enum FollowTargetKindEnum {
  supplier = 'supplier',
  county = 'county',
}
registerEnumType(FollowTargetKindEnum, { name: 'FollowTargetKind', description: 'supplier 供应商 · county 县' });
