import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { CatalogModule } from '@yigou/server/catalog';
import { RegionsModule } from '@yigou/server/regions';
import { EventDispatcher } from '@yigou/server/events';
import { NotificationsModule } from '@yigou/server/notifications';
import { IdentityModule } from '@yigou/server/identity';
import { MediaStorageModule } from '@yigou/server/media';
import { LiveOfferBuyer, LiveSessionProduct } from './live-session-product.entity';
import { LiveSession } from './live-session.entity';
import { LiveComment, LiveMute, LiveViewer } from './live-comment.entity';
import { LiveOrderEntry, LiveOrderEntryLine } from './live-order.entity';
import { LivePlacedOrder } from './live-placed-order.entity';
import { LiveSessionService } from './live-session.service';
import { LiveSessionTitles } from './live-session-titles';
import { LiveOfferService } from './live-offer.service';
import { LiveRoomService } from './live-room.service';
import { LiveOrderConsumer } from './live-order.consumer';
import { LiveSessionProductResolver, LiveSessionResolver } from './live-session.resolver';
import { LiveReportService } from './report/live-report.service';
import { LiveReportResolver } from './report/live-report.resolver';
import { LiveFollow, LiveFollowNotice } from './follow/live-follow.entity';
import { LiveFollowService } from './follow/live-follow.service';
import { LiveFollowResolver, LiveSessionCountyResolver } from './follow/live-follow.resolver';
import { LiveFollowNoticeJob } from './follow/live-follow-notice.job';
import { LiveOfferRequest } from './offer-request/live-offer-request.entity';
import { LiveOfferRequestService } from './offer-request/live-offer-request.service';
import { LiveOfferRequestResolver, LiveSessionOfferRequestsResolver } from './offer-request/live-offer-request.resolver';
import { createLivePubSub, LIVE_PUBSUB, LivePublisher } from './realtime/live-publisher.service';

export const LIVESTREAM_ENTITIES = [
  LiveSession,
  LiveSessionProduct,
  LiveOfferBuyer,
  LiveComment,
  LiveMute,
  LiveViewer,
  LiveOrderEntry,
  LiveOrderEntryLine,
  LivePlacedOrder,
  LiveFollow,
  LiveFollowNotice,
  LiveOfferRequest,
];

/** Livestream sessions: scheduling, the live room pushed over graphql-ws, flash-sale offers and reports. */
@Module({
  imports: [
    TypeOrmModule.forFeature(LIVESTREAM_ENTITIES),
    CatalogModule,
    RegionsModule,
    NotificationsModule,
    IdentityModule,
    MediaStorageModule,
  ],
  providers: [
    { provide: LIVE_PUBSUB, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLivePubSub(config) },
    LivePublisher,
    LiveSessionService,
    LiveSessionTitles,
    LiveOfferService,
    LiveRoomService,
    LiveOrderConsumer,
    LiveReportService,
    LiveSessionResolver,
    LiveSessionProductResolver,
    LiveReportResolver,
    LiveFollowService,
    LiveFollowResolver,
    LiveSessionCountyResolver,
    LiveFollowNoticeJob,
    LiveOfferRequestService,
    LiveOfferRequestResolver,
    LiveSessionOfferRequestsResolver,
  ],
  exports: [TypeOrmModule, LiveOfferService, LiveSessionService, LiveSessionTitles, LivePublisher, LiveFollowService, LiveFollowNoticeJob],
})
export class LivestreamModule implements OnModuleInit {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly consumer: LiveOrderConsumer,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this.consumer);
  }
}
