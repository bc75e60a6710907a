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
 * The catalogue's generic-plan list shapes read the same way on connections of their own (`queryGeneric`).
 */
export class ReadReplicas {
  private readonly pools: Pool[];
  private next = 0;
  /** userId → WAL position of their last write (bounded: the oldest notes go first). */
  private readonly writes = new Map<string, string>();
  private static readonly MAX_NOTES = 100_000;
  /** Connections to the primary whose prepared statements always run on PostgreSQL's generic plan; see `genericOnPrimary`. */
  private genericPrimary: Pool | null = null;
  /** The same per replica, opened on its first generic read; see `queryGeneric`. */
  private readonly genericReplicas: (Pool | undefined)[] = [];
  private readonly primaryUrl: string | undefined;

  constructor(
    private readonly primary: DataSource,
    private readonly urls: string[],
    poolSize = 10,
  ) {
    this.primaryUrl = (primary.options as { url?: string }).url;
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
    return (await this.fromReplica<T>(userId, (i) => this.pools[i], sql, params)) ?? this.onPrimary<T>(sql, params);
  }

  /**
   * `genericOnPrimary`'s statements read like `query`: round robin over the replicas, each caller's last write
   * replayed first, a failing replica skipped, finally the primary — but on each replica's own small pool of
   * `plan_cache_mode = force_generic_plan` connections (opened on its first such read), and on the primary's generic
   * pool. The replicas' shared pools keep PostgreSQL's own choice for every other statement read there. Counted and
   * logged once, as `genericOnPrimary` (a replica's failure is skipped silently, as in `query`; the primary's is wrapped;
   * without a primary URL the fallback is `runPrepared`, which counts it again). Without replicas it is `genericOnPrimary`.
   */
  async queryGeneric<T>(userId: string | null, statement: PreparedStatement, params: unknown[]): Promise<T[]> {
    if (!this.enabled) return this.genericOnPrimary<T>(statement, params);
    this.primary.logger.logQuery(statement.text, params);
    const rows = await this.fromReplica<T>(userId, (i) => this.genericReplica(i), statement, params);
    if (rows) return rows;
    return this.primaryUrl ? this.onGenericPrimary<T>(this.primaryUrl, statement, params) : runPrepared<T>(this.primary, statement, params);
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
    if (!this.primaryUrl) return runPrepared<T>(this.primary, statement, params);
    this.primary.logger.logQuery(statement.text, params);
    return this.onGenericPrimary<T>(this.primaryUrl, statement, params);
  }

  /**
   * The read on the first replica (round robin) that answers and has replayed `userId`'s last write (checked on the
   * read's connection, before it); null when none does. `poolAt(i)` is replica i's pool to read on.
   */
  private async fromReplica<T>(
    userId: string | null,
    poolAt: (i: number) => Pool,
    sql: string | PreparedStatement,
    params: unknown[],
  ): Promise<T[] | null> {
    const lsn = userId ? this.writes.get(userId) : undefined;
    for (let tries = 0; tries < this.pools.length; tries++) {
      const pool = poolAt(this.next++ % this.pools.length);
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
    return null;
  }

  private async onGenericPrimary<T>(url: string, statement: PreparedStatement, params: unknown[]): Promise<T[]> {
    this.genericPrimary ??= genericPool(url, 'yigou-api-generic');
    try {
      const { rows } = await this.genericPrimary.query({ name: statement.name, text: statement.text, values: params });
      return rows as T[];
    } catch (e) {
      this.primary.logger.logQueryError(e as Error, statement.text, params);
      throw new QueryFailedError(statement.text, params, e as Error);
    }
  }

  private genericReplica(i: number): Pool {
    return (this.genericReplicas[i] ??= genericPool(this.urls[i], 'yigou-api-read-generic'));
  }

  private onPrimary<T>(sql: string | PreparedStatement, params: unknown[]): Promise<T[]> {
    return typeof sql === 'string' ? (this.primary.query(sql, params) as Promise<T[]>) : runPrepared<T>(this.primary, sql, params);
  }

  async close(): Promise<void> {
    const generic = [this.genericPrimary, ...this.genericReplicas].filter((p): p is Pool => !!p);
    await Promise.all([...this.pools, ...generic].map((p) => p.end().catch(() => undefined)));
  }
}

const GENERIC_POOL_SIZE = 10;

/** A small pool whose sessions run every prepared statement on its generic plan (`plan_cache_mode`). */
function genericPool(connectionString: string, application_name: string): Pool {
  const pool = new Pool({ connectionString, max: GENERIC_POOL_SIZE, application_name, options: '-c plan_cache_mode=force_generic_plan' });
  pool.on('error', () => undefined); // an idle client's error: the pool drops it and connects anew
  return pool;
}
