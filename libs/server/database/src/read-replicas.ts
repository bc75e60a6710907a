import { Pool } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import { PreparedStatement, runPrepared } from './prepared-statement';

/**
 * Reads that may be a moment stale (catalogue listings, county and jurisdiction reports, rankings) go to
 * PostgreSQL streaming replicas (DATABASE_REPLICA_URLS), round robin; everything else stays on the primary.
 *
 * Read-your-writes: after a signed-in caller's mutation, `wrote(userId)` notes the primary's WAL position; that
 * caller's replica reads are answered by a replica only once it has replayed past it (checked in the same round
 * trip as the read's connection), otherwise by the primary. A replica that fails is skipped for the read.
 * The note lives in this process (several API processes: a caller whose next request lands on another process
 * may read from a replica that is still behind by the replication lag, usually well under a second).
 */
export class ReadReplicas {
  private readonly pools: Pool[];
  private next = 0;
  /** userId → WAL position of their last write (bounded: the oldest notes go first). */
  private readonly writes = new Map<string, string>();
  private static readonly MAX_NOTES = 100_000;
  private static readonly GENERIC_POOL_SIZE = 10;
  /** Connections to the primary whose prepared statements always run on PostgreSQL's generic plan; see `genericOnPrimary`. */
  private generic: Pool | null = null;

  constructor(
    private readonly primary: DataSource,
    urls: string[],
    poolSize = 10,
  ) {
    this.pools = urls.map((connectionString) => {
      const pool = new Pool({ connectionString, max: poolSize, application_name: 'yigou-api-read' });
      pool.on('error', () => undefined); // an idle client's error: the next read falls back to the primary
      return pool;
    });
  }

  get enabled(): boolean {
    return this.pools.length > 0;
  }

  /** Notes that `userId` just wrote, so their reads see it (no-op without replicas). */
  async wrote(userId: string): Promise<void> {
    if (!this.enabled) return;
    const [{ lsn }]: { lsn: string }[] = await this.primary.query('SELECT pg_current_wal_lsn()::text AS lsn');
    this.writes.delete(userId);
    this.writes.set(userId, lsn);
    if (this.writes.size > ReadReplicas.MAX_NOTES) this.writes.delete(this.writes.keys().next().value as string);
  }

  /**
   * A read that may be served by a replica; `userId` is the caller (null: anonymous, never wrote). A
   * `PreparedStatement` is run as one (parsed and planned once per connection, see `runPrepared`), on either side.
   */
  async query<T>(userId: string | null, sql: string | PreparedStatement, params: unknown[] = []): Promise<T[]> {
    if (!this.enabled) return this.onPrimary<T>(sql, params);
    const lsn = userId ? this.writes.get(userId) : undefined;
    for (let tries = 0; tries < this.pools.length; tries++) {
      const pool = this.pools[this.next++ % this.pools.length];
      let client;
      try {
        client = await pool.connect();
      } catch {
        continue;
      }
      try {
        if (lsn) {
          const { rows } = await client.query<{ ok: boolean }>('SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS ok', [
            lsn,
          ]);
          if (!rows[0].ok) continue;
        }
        const rows = typeof sql === 'string' ? await client.query(sql, params) : await client.query({ ...sql, values: params });
        return rows.rows as T[];
      } catch {
        continue;
      } finally {
        client.release();
      }
    }
    return this.onPrimary<T>(sql, params);
  }

  /**
   * A prepared statement on the primary, run on a connection of a small pool of its own whose sessions have
   * `plan_cache_mode = force_generic_plan`: PostgreSQL plans it once per connection and never again, where the shared
   * pool's connections plan it for its values on every execution (it keeps custom plans when it estimates them cheaper).
   * Only for statements whose one generic plan is right for every value they take: the catalogue's list shapes that
   * `productSearchStatements` marks `generic` (docs/architecture.md, "Signed-in search, fifth pass"); everything else
   * keeps the shared pool and PostgreSQL's own choice. Counted and logged like `runPrepared` (the statement budget),
   * failures wrapped the same way. Without a primary URL (a DataSource built from host/port parts) it is `runPrepared`.
   */
  async genericOnPrimary<T>(statement: PreparedStatement, params: unknown[]): Promise<T[]> {
    const url = (this.primary.options as { url?: string }).url;
    if (!url) return runPrepared<T>(this.primary, statement, params);
    if (!this.generic) {
      this.generic = new Pool({
        connectionString: url,
        max: ReadReplicas.GENERIC_POOL_SIZE,
        application_name: 'yigou-api-generic',
        options: '-c plan_cache_mode=force_generic_plan',
      });
      this.generic.on('error', () => undefined); // an idle client's error: the pool drops it and connects anew
    }
    this.primary.logger.logQuery(statement.text, params);
    try {
      const { rows } = await this.generic.query({ name: statement.name, text: statement.text, values: params });
      return rows as T[];
    } catch (e) {
      this.primary.logger.logQueryError(e as Error, statement.text, params);
      throw new QueryFailedError(statement.text, params, e as Error);
    }
  }

  private onPrimary<T>(sql: string | PreparedStatement, params: unknown[]): Promise<T[]> {
    return typeof sql === 'string' ? (this.primary.query(sql, params) as Promise<T[]>) : runPrepared<T>(this.primary, sql, params);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools, ...(this.generic ? [this.generic] : [])].map((p) => p.end().catch(() => undefined)));
  }
}
