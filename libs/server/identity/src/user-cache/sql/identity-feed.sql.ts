import { namedSql } from '@yigou/server/database';

/** The channel the identity triggers (migration UserReadCache) and the barriers speak on. */
export const IDENTITY_CHANNEL = 'yigou_identity';

/**
 * IdentityChangeFeed.heartbeat, on its listening connection: writes the listener's heartbeat and sends it a
 * notification `h:<listener>:<k>`. `:afterListen`: the first heartbeat since LISTEN, with the cache empty: every
 * barrier sent so far is acknowledged (a change committed before LISTEN is in whatever is read from now on, one
 * committed after it will be heard).
 */
export const HEARTBEAT = namedSql<
  'listenerId' | 'k' | 'afterListen'
>(`INSERT INTO identity_listener (id, backend_pid, heartbeat_at, acked_barrier)
  VALUES (:listenerId, pg_backend_pid(), now(), (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM identity_barrier_seq))
  ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), backend_pid = EXCLUDED.backend_pid,
    acked_barrier = CASE WHEN :afterListen::boolean THEN greatest(identity_listener.acked_barrier, EXCLUDED.acked_barrier) ELSE identity_listener.acked_barrier END
  RETURNING pg_notify('${IDENTITY_CHANNEL}', 'h:' || :listenerId || ':' || :k::text)`);

/** IdentityChangeFeed.ack, on its listening connection: the listener has handled everything up to barrier `:barrier`. */
export const ACK_BARRIER = namedSql<'listenerId' | 'barrier'>(
  `UPDATE identity_listener SET acked_barrier = greatest(acked_barrier, :barrier::bigint), heartbeat_at = now() WHERE id = :listenerId`,
);

/** IdentityChangeFeed.settle (the writer, after its commit): takes the next barrier number and sends it on the channel. */
export const SEND_BARRIER = namedSql<never, { n: string }>(
  `SELECT n::text AS n, pg_notify('${IDENTITY_CHANNEL}', 'b:' || n) FROM (SELECT nextval('identity_barrier_seq') AS n) s`,
);

/** IdentityChangeFeed.settle: the live listeners (a heartbeat within `:liveSeconds`) that have not acknowledged `:barrier` yet. */
export const UNACKED_LISTENERS = namedSql<'barrier' | 'liveSeconds', { n: number }>(
  `SELECT count(*)::int AS n FROM identity_listener WHERE heartbeat_at > now() - make_interval(secs => :liveSeconds) AND acked_barrier < :barrier::bigint`,
);

/** IdentityChangeFeed.stop: the listener leaves (writers stop waiting for it). */
export const DELETE_LISTENER = namedSql<'listenerId'>(`DELETE FROM identity_listener WHERE id = :listenerId`);
