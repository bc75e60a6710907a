import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles } from '@yigou/server/core';
import { DeadLetterService } from '../services/dead-letter.service';
import { DeadLetterEvent, DeadLetterRetryResult } from '../dto/dead-letter.types';

@Resolver(() => DeadLetterEvent)
export class DeadLetterResolver {
  constructor(private readonly deadLetters: DeadLetterService) {}

  @Roles('platform_admin')
  @Query(() => [DeadLetterEvent], {
    description: 'Events the consumers could not handle (at most 200): parked first, then those still being retried',
  })
  eventDeadLetters(@Args('parkedOnly', { type: () => Boolean, defaultValue: false }) parkedOnly: boolean): Promise<DeadLetterEvent[]> {
    return this.deadLetters.list(parkedOnly);
  }

  @Roles('platform_admin')
  @Mutation(() => DeadLetterRetryResult, {
    description: 'Retries a dead-lettered event now (one attempt), then the events of its aggregate waiting behind it',
  })
  retryDeadLetterEvent(
    @Ctx() ctx: RequestContext,
    @Args('consumer') consumer: string,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<DeadLetterRetryResult> {
    return this.deadLetters.retry(ctx, consumer, eventId);
  }
}
