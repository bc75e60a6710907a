import { Logger } from '@nestjs/common';
import { Client } from 'pg';
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
  private client: Client | null = null;
  private byCode: ReadonlyMap<string, Region> | null = null;
  private loading: Promise<ReadonlyMap<string, Region>> | null = null;
  private generation = 0;
  private stopped = false;
  private loads = 0;

  constructor(
    private readonly connect: (() => Promise<Client>) | null,
    private readonly readAll: () => Promise<Region[]>,
    private readonly relistenMs = 1000,
  ) {}

  /** How many times the table was read whole (for tests and metrics). */
  get tableReads(): number {
    return this.loads;
  }

  async start(): Promise<void> {
    if (this.connect) await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    this.invalidate();
    if (client) {
      (client as { yigouLost?: boolean }).yigouLost = true;
      await client.end().catch(() => undefined);
    }
  }

  /** Regions by code, or null when this process is not listening (then read the table). */
  current(): ReadonlyMap<string, Region> | Promise<ReadonlyMap<string, Region>> | null {
    if (!this.client) return null;
    if (this.byCode) return this.byCode;
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = this.readAll().then(
      (rows) => {
        this.loads++;
        const map = new Map(rows.map((r) => [r.code, r] as const));
        if (this.loading === loading) this.loading = null;
        if (generation === this.generation && this.client) this.byCode = map;
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

  private async listen(): Promise<void> {
    if (this.stopped || !this.connect) return;
    let client: Client | null = null;
    try {
      client = await this.connect();
      const c = client;
      c.on('error', (e) => this.lost(c, e.message));
      c.on('end', () => this.lost(c, 'connection ended'));
      c.on('notification', (n) => {
        if (n.channel === REGIONS_CHANNEL) this.invalidate();
      });
      await c.query(`LISTEN ${REGIONS_CHANNEL}`);
      if (this.stopped) {
        (c as { yigouLost?: boolean }).yigouLost = true;
        await c.end().catch(() => undefined);
        return;
      }
      // Whatever is read from now on is either current or followed by a notification.
      this.invalidate();
      this.client = c;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (client) this.lost(client, why);
      else this.relistenLater(why);
    }
  }

  private lost(client: Client, why: string): void {
    if ((client as { yigouLost?: boolean }).yigouLost) return;
    (client as { yigouLost?: boolean }).yigouLost = true;
    if (this.client === client) this.client = null;
    this.invalidate();
    void client.end().catch(() => undefined);
    this.relistenLater(why);
  }

  private relistenLater(why: string): void {
    if (this.stopped) return;
    this.log.warn(`regions listener lost (${why}); regions are read from the table, listening again in ${this.relistenMs} ms`);
    setTimeout(() => void this.listen(), this.relistenMs).unref();
  }
}
