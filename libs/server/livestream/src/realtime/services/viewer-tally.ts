import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { LivePublisher } from './live-publisher.service';
import { BUMP_VIEWERS, INSERT_VIEWERS } from '../sql/live-counters.sql';

export const VIEWER_FLUSH_MS = 250;

interface Pending {
  delta: number;
  joined: Map<string, string | null>;
}

/**
 * Viewer accounting, batched per process: joins and leaves are summed and
 * written every VIEWER_FLUSH_MS in one transaction per session (unique viewers,
 * current count, peak), so ten thousand viewers arriving at once cost a
 * handful of updates on the session row instead of one each.
 */
export class ViewerTally {
  private readonly log = new Logger('live-viewers');
  private readonly pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly publisher: LivePublisher,
  ) {}

  join(sessionId: string, viewerKey: string, userId: string | null): void {
    const p = this.entry(sessionId);
    p.delta += 1;
    p.joined.set(viewerKey, userId);
    this.schedule();
  }

  leave(sessionId: string): void {
    this.entry(sessionId).delta -= 1;
    this.schedule();
  }

  /** Writes everything pending now (shutdown, tests). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flushing;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    this.flushing = (async () => {
      for (const [sessionId, p] of batch) {
        await this.write(sessionId, p).catch((e: unknown) =>
          this.log.warn(`viewer count of ${sessionId}: ${e instanceof Error ? e.message : String(e)}`),
        );
      }
    })();
    await this.flushing;
    this.flushing = null;
  }

  private entry(sessionId: string): Pending {
    let p = this.pending.get(sessionId);
    if (!p) {
      p = { delta: 0, joined: new Map() };
      this.pending.set(sessionId, p);
    }
    return p;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), VIEWER_FLUSH_MS);
    this.timer.unref();
  }

  private async write(sessionId: string, p: Pending): Promise<void> {
    await this.db.transaction(async (em) => {
      if (p.joined.size > 0) {
        await queryNamed(em, INSERT_VIEWERS, { sessionId, viewerKeys: [...p.joined.keys()], userIds: [...p.joined.values()] });
      }
      if (p.delta === 0 && p.joined.size === 0) return;
      const counters = await this.publisher.bump(em, sessionId, BUMP_VIEWERS, { delta: p.delta });
      if (counters) this.publisher.publishAfterCommit(em, { sessionId, counters, quiet: true });
    });
  }
}
