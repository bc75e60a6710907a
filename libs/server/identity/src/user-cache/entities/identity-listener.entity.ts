import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per API process that caches the per-request user read (IdentityChangeFeed): written by its listening
 * connection every heartbeat, and by it again when it acknowledges a barrier. A request that changed someone's
 * identity waits until every listener with a recent heartbeat has acknowledged its barrier (see docs/architecture.md,
 * "HTTP adapter and GraphQL engine"). A process that stops deletes its row; a crashed one's row goes stale and is
 * not waited for (and that process, if alive, serves nothing from its cache, its heartbeats failing).
 */
@Entity('identity_listener')
export class IdentityListener {
  @PrimaryColumn('uuid') id: string;

  /** The listening connection's backend, to find it in pg_stat_activity. */
  @Column('int') backendPid: number;

  @Column('timestamptz') heartbeatAt: Date;

  /** The highest barrier (identity_barrier_seq) this listener has handled, with every change notified before it. */
  @Column('bigint', { default: 0 }) ackedBarrier: string;
}
