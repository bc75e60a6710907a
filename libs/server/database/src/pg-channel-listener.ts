import type { Client } from 'pg';

/** What a process-local copy kept fresh by LISTEN/NOTIFY does when its connection comes and goes. */
export interface ChannelListenerHooks {
  /** A notification on the channel, from the connection that heard it. */
  notification(payload: string | undefined, from: Client): void;
  /** LISTEN is in place on this connection (now `client`): anything held from before may have missed a change. */
  listening(client: Client): void | Promise<void>;
  /** The connection is gone (a reconnect is scheduled): anything held may miss changes from now on. */
  lost(): void;
}

/**
 * One connection that LISTENs on a channel and comes back after it is lost: the part the identity user cache and
 * the regions read model share. Lost means an error, the connection ending, or `lostConnection()` called by the
 * owner (a failed statement on it); each connection is given up once, ended, and a new one is tried after
 * `relistenMs`. A connection still being opened when `stop()` is called is ended instead of kept.
 */
export class PgChannelListener {
  private current: Client | null = null;
  private stopped = false;
  private readonly given = new WeakSet<Client>();

  constructor(
    private readonly channel: string,
    private readonly connect: () => Promise<Client>,
    private readonly hooks: ChannelListenerHooks,
    private readonly relistenMs: number,
    /** Says why the connection was lost and what the owner does meanwhile. */
    private readonly warnLost: (why: string, relistenMs: number) => void,
  ) {}

  /** The listening connection, or null while there is none. */
  get client(): Client | null {
    return this.current;
  }

  async listen(): Promise<void> {
    if (this.stopped) return;
    let client: Client | null = null;
    try {
      client = await this.connect();
      const c = client;
      c.on('error', (e) => this.lostConnection(c, e.message));
      c.on('end', () => this.lostConnection(c, 'connection ended'));
      // This connection LISTENs on the one channel only: every notification it hears is the channel's.
      c.on('notification', (n) => this.hooks.notification(n.payload, c));
      await c.query(`LISTEN ${this.channel}`);
      // Stopped while connecting (a relisten under way when the app closed): this connection must not outlive it.
      if (this.stopped) {
        this.given.add(c);
        await c.end().catch(() => undefined);
        return;
      }
      this.current = c;
      await this.hooks.listening(c);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (client) this.lostConnection(client, why);
      else this.relistenLater(why);
    }
  }

  lostConnection(client: Client, why: string): void {
    if (this.given.has(client)) return;
    this.given.add(client);
    if (this.current === client) this.current = null;
    this.hooks.lost();
    void client.end().catch(() => undefined);
    this.relistenLater(why);
  }

  /** Stops listening for good; hands back the connection (not ended) for the owner's last words, or null. */
  stop(): Client | null {
    this.stopped = true;
    const client = this.current;
    this.current = null;
    if (client) this.given.add(client);
    return client;
  }

  private relistenLater(why: string): void {
    if (this.stopped) return;
    this.warnLost(why, this.relistenMs);
    setTimeout(() => void this.listen(), this.relistenMs).unref();
  }
}
