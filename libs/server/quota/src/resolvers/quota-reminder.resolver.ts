import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles } from '@yigou/server/core';
import { QuotaReminderType } from '../dto/quota.types';
import { QuotaReminderService } from '../services/quota-reminder.service';

/** Quota reminders: finance sends them; the quota desk reads the caller's inbox filtered to them. */
@Resolver()
export class QuotaReminderResolver {
  constructor(private readonly reminders: QuotaReminderService) {}

  @Roles('finance_reviewer', 'platform_admin')
  @Mutation(() => Int, { description: '财政部门：提醒进度落后的单位（每单位每天至多一次）；返回收到提醒的单位数' })
  sendQuotaReminders(
    @Ctx() ctx: RequestContext,
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<number> {
    return this.reminders.send(ctx, regionCode, year);
  }

  @Query(() => [QuotaReminderType], { description: '我收到的以购代捐提醒（最新 20 条）' })
  myQuotaReminders(@Ctx() ctx: RequestContext): Promise<QuotaReminderType[]> {
    return this.reminders.mine(ctx);
  }

  @Query(() => Int, { description: '我未读的以购代捐提醒条数' })
  myUnreadQuotaReminderCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.reminders.unreadCount(ctx);
  }

  @Mutation(() => QuotaReminderType, { description: '将一条提醒标为已读' })
  markQuotaReminderRead(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<QuotaReminderType> {
    return this.reminders.markRead(ctx, id);
  }

  @Mutation(() => Int, { description: '将我全部未读的以购代捐提醒标为已读；返回标记条数' })
  markAllQuotaRemindersRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.reminders.markAllRead(ctx);
  }
}
