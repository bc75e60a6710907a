import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { LIVE_ROOM_QUERY, LIVE_UPDATES_SUBSCRIPTION } from '../graphql/live.documents';
import type { LiveRoomQuery, LiveUpdatesSubscription } from '../../../generated/graphql';
import { applyPush, LiveState, stateFromRoom } from '../utils/live-state';

export type LiveRoom = NonNullable<LiveRoomQuery['liveSession']>;

/**
 * The live room: the session as fetched, kept current by graphql-ws pushes.
 * Pushes carry absolute figures and a sequence number; when one shows that
 * something was missed (a reconnect, a gap) the room is fetched again.
 */
export function useLiveRoom(id: string, includeUnpinned: boolean) {
  const query = useQuery(LIVE_ROOM_QUERY, { variables: { id, includeUnpinned }, fetchPolicy: 'network-only' });
  const room = query.data?.liveSession ?? null;
  const [state, setState] = useState<LiveState | null>(null);

  useEffect(() => {
    if (room) setState(stateFromRoom(room));
  }, [room]);

  useSubscription(LIVE_UPDATES_SUBSCRIPTION, {
    variables: { sessionId: id },
    skip: !room,
    onData: ({ data }) => {
      const push: LiveUpdatesSubscription['liveUpdates'] | undefined = data.data?.liveUpdates;
      if (!push) return;
      setState((prev) => {
        if (!prev) return prev;
        const { next, refetch } = applyPush(prev, push);
        if (refetch) void query.refetch();
        return next;
      });
    },
  });

  return useMemo(() => ({ ...query, room, state }), [query, room, state]);
}
