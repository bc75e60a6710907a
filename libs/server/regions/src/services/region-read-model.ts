import { Logger } from '@nestjs/common';
import type { Client } from 'pg';
import { PgChannelListener } from '@yigou/server/database';
import type { Region } from '../entities/region.entity';

/** The channel the `region_changed` trigger (migration RegionReadModel) speaks on, once per writing statement. */
export const REGIONS_CHANNEL = 'yigou_regions';

/**
 * The region table held in this process (a few thousand rows of GB/T 2260 plus the served townships and villages),
 * so the per-request lookups by code need no round trip. It serves only while its own connection LISTENs on
 * REGIONS_CHANNEL: it listens before it reads the table, drops the copy on every notification (any INSERT, UPDATE,
 * DELETE or TRUNCATE of `region`, whoever runs it), and while the connection is lost `current()` says null and the
 * callers read the table as before. A load that was under way when a change came is handed to the callers already
 * waiting for it (they asked before the change was heard) but never kept.
 */
export class RegionReadModel {
  private readonly log = new Logger('regions-read-model');
  private readonly listener: PgChannelListener | null;
  private byCode: ReadonlyMap<string, Region> | null = null;
  private loading: Promise<ReadonlyMap<string, Region>> | null = null;
  private generation = 0;
  private loads = 0;

  constructor(
    connect: (() => Promise<Client>) | null,
    private readonly readAll: () => Promise<Region[]>,
    relistenMs = 1000,
  ) {
    this.listener = connect
      ? new PgChannelListener(
          REGIONS_CHANNEL,
          connect,
          {
            notification: () => this.invalidate(),
            // Whatever is read from now on is either current or followed by a notification.
            listening: () => this.invalidate(),
            lost: () => this.invalidate(),
          },
          relistenMs,
          (why, ms) => this.log.warn(`regions listener lost (${why}); regions are read from the table, listening again in ${ms} ms`),
        )
      : null;
  }

  /** How many times the table was read whole (for tests and metrics). */
  get tableReads(): number {
    return this.loads;
  }

  async start(): Promise<void> {
    await this.listener?.listen();
  }

  async stop(): Promise<void> {
    const client = this.listener?.stop();
    this.invalidate();
    await client?.end().catch(() => undefined);
  }

  /** Regions by code, or null when this process is not listening (then read the table). */
  current(): ReadonlyMap<string, Region> | Promise<ReadonlyMap<string, Region>> | null {
    if (!this.listener?.client) return null;
    if (this.byCode) return this.byCode;
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = this.readAll().then(
      (rows) => {
        this.loads++;
        const map = new Map(rows.map((r) => [r.code, r] as const));
        if (this.loading === loading) this.loading = null;
        if (generation === this.generation && this.listener?.client) this.byCode = map;
        return map;
      },
      (e: unknown) => {
        if (this.loading === loading) this.loading = null;
        throw e;
      },
    );
    this.loading = loading;
    return loading;
  }

  /** A region changed (or may have, unheard): forget the copy; the next lookup reads the table again. */
  invalidate(): void {
    this.generation++;
    this.byCode = null;
    this.loading = null;
  }
}
