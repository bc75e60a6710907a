import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { CatalogModule } from '@yigou/server/catalog';
import { RegionsModule } from '@yigou/server/regions';
import { EventDispatcher } from '@yigou/server/events';
import { NotificationsModule } from '@yigou/server/notifications';
import { IdentityModule } from '@yigou/server/identity';
import { MediaStorageModule } from '@yigou/server/media';
import { LiveOfferBuyer } from './entities/live-offer-buyer.entity';
import { LiveSessionProduct } from './entities/live-session-product.entity';
import { LiveSession } from './entities/live-session.entity';
import { LiveComment } from './entities/live-comment.entity';
import { LiveMute } from './entities/live-mute.entity';
import { LiveViewer } from './entities/live-viewer.entity';
import { LiveOrderEntry } from './entities/live-order.entity';
import { LiveOrderEntryLine } from './entities/live-order-entry-line.entity';
import { LivePlacedOrder } from './entities/live-placed-order.entity';
import { LiveSessionService } from './services/live-session.service';
import { LiveSessionTitles } from './services/live-session-titles';
import { LiveOfferService } from './services/live-offer.service';
import { LiveRoomService } from './services/live-room.service';
import { LiveOrderConsumer } from './services/live-order.consumer';
import { LiveSessionProductResolver, LiveSessionResolver } from './resolvers/live-session.resolver';
import { LiveReportService } from './report/services/live-report.service';
import { LiveReportResolver } from './report/resolvers/live-report.resolver';
import { LiveFollow } from './follow/entities/live-follow.entity';
import { LiveFollowNotice } from './follow/entities/live-follow-notice.entity';
import { LiveFollowService } from './follow/services/live-follow.service';
import { LiveFollowResolver, LiveSessionCountyResolver } from './follow/resolvers/live-follow.resolver';
import { LiveFollowNoticeJob } from './follow/jobs/live-follow-notice.job';
import { LiveOfferRequest } from './offer-request/entities/live-offer-request.entity';
import { LiveOfferRequestService } from './offer-request/services/live-offer-request.service';
import { LiveOfferRequestResolver, LiveSessionOfferRequestsResolver } from './offer-request/resolvers/live-offer-request.resolver';
import { createLivePubSub, LIVE_PUBSUB, LivePublisher } from './realtime/services/live-publisher.service';

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
