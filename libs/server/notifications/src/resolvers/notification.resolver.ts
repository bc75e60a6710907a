import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, Ctx, RequestContext } from '@yigou/server/core';
import { NotificationConnection } from '../dto/notification-connection';
import { NotificationView } from '../dto/notification.view';
import { NotificationService } from '../services/notification.service';

@Resolver(() => NotificationView)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'The signed-in user’s notifications, newest first' })
  myNotifications(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<NotificationConnection> {
    return this.notifications.mine(ctx, args.first, args.after);
  }

  @Query(() => Int)
  myUnreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.notifications.unreadCount(ctx);
  }

  @Mutation(() => Int, { description: 'Marks these notifications of the caller read; returns how many changed' })
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.notifications.markRead(ctx, ids);
  }
}
