import { registerEnumType } from '@nestjs/graphql';

/** The GraphQL enums of a live session's kind and status (the values: LIVE_SESSION_KINDS / _STATUSES in its entity). */
export enum LiveSessionKindEnum {
  sales = 'sales',
  tourism = 'tourism',
}
export enum LiveSessionStatusEnum {
  scheduled = 'scheduled',
  live = 'live',
  ended = 'ended',
}
registerEnumType(LiveSessionKindEnum, { name: 'LiveSessionKind', description: 'sales 直播带货 · tourism 文旅推介' });
registerEnumType(LiveSessionStatusEnum, { name: 'LiveSessionStatus' });
