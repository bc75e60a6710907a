import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { executeNamed, isBigintId, notFound, queryNamed, RequestContext } from '@yigou/server/core';
import { EventDispatcher } from './event-dispatcher.service';
import { DeadLetterEvent, DeadLetterRetryResult } from '../dto/dead-letter.types';
import { DEAD_LETTER, LIST_DEAD_LETTERS, RETRY_DEAD_LETTER } from '../sql/dead-letters.sql';

/** The dead-letter list as platform admins see it, and their retry. */
@Injectable()
export class DeadLetterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatcher: EventDispatcher,
  ) {}

  /** Each consumer's event types, for counting what waits behind a dead letter. */
  private types(): string {
    return JSON.stringify(this.dispatcher.consumerTypes());
  }

  /** Parked first, then the ones still retrying; newest failure first. */
  list(parkedOnly: boolean): Promise<DeadLetterEvent[]> {
    return queryNamed(this.db, LIST_DEAD_LETTERS, { consumerTypes: this.types(), parkedOnly });
  }

  /**
   * Makes the event due now (one more attempt; if it fails again it parks again) and runs the consumer's
   * delivery at once, so the admin sees whether it went through.
   */
  async retry(ctx: RequestContext, consumer: string, eventId: string): Promise<DeadLetterRetryResult> {
    const user = ctx.requireUser();
    // an event id is a bigint: other text names no event (and would fail the cast)
    if (!isBigintId(eventId)) throw notFound('找不到该待处理事件，它可能已经处理成功');
    if ((await executeNamed(this.db, RETRY_DEAD_LETTER, { consumer, eventId, retriedBy: user.id })) === 0)
      throw notFound('找不到该待处理事件，它可能已经处理成功');
    await this.dispatcher.drainConsumer(consumer);
    const [left] = await queryNamed(this.db, DEAD_LETTER, { consumerTypes: this.types(), consumer, eventId });
    return { delivered: !left, deadLetter: left ?? null };
  }
}
