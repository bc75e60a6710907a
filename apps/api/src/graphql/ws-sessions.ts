import type { RequestContext } from '@yigou/server/core';

/** What a graphql-ws socket keeps of its sign-in (graphql-ws's `extra`; with the `ws` server it also holds the socket). */
export interface WsExtra {
  socket?: { close(code: number, reason: string): void };
  yigouCtx?: RequestContext;
  yigouToken?: string | null;
}

type Check = (token: string | null, ip: string) => Promise<{ ctx: RequestContext; tokenInvalid: boolean }>;

/** Same user, same unit, same grants: what the socket's subscriptions were authorised with still holds. */
function sameAuthority(a: RequestContext, b: RequestContext): boolean {
  if (!a.user || !b.user) return a.user === b.user;
  const key = (ctx: RequestContext) =>
    JSON.stringify([ctx.user!.id, ctx.user!.unitId, ctx.user!.grants.map((g) => [g.role, g.unitId, g.supplierId, g.regionCode]).sort()]);
  return key(a) === key(b);
}

/**
 * The signed-in graphql-ws sockets of this process, by user. A socket signs in once, at connect; when the user's
 * per-request read changes (AuthenticatedUserCache.onUserChanged: a withdrawn role, a suspension, a revoked session),
 * each of their sockets is checked again with its token: one whose sign-in no longer holds, or whose grants changed,
 * is closed with 4403 (graphql-ws clients retry it: the storefront reconnects with its current token and subscribes
 * again, authorised afresh); otherwise new operations on it see the new context.
 */
export class WsSessions {
  private readonly byUser = new Map<string, Set<WsExtra>>();

  constructor(private readonly check: Check) {}

  add(extra: WsExtra): void {
    const id = extra.yigouCtx?.user?.id;
    if (!id) return;
    let set = this.byUser.get(id);
    if (!set) this.byUser.set(id, (set = new Set()));
    set.add(extra);
  }

  remove(extra: WsExtra): void {
    const id = extra.yigouCtx?.user?.id;
    const set = id ? this.byUser.get(id) : undefined;
    if (!set) return;
    set.delete(extra);
    if (set.size === 0) this.byUser.delete(id!);
  }

  count(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  /** Re-checks the sockets of a user whose read changed. */
  async userChanged(userId: string): Promise<void> {
    const set = this.byUser.get(userId);
    if (!set) return;
    await Promise.all(
      [...set].map(async (extra) => {
        const before = extra.yigouCtx!;
        const { ctx, tokenInvalid } = await this.check(extra.yigouToken ?? null, before.ip).catch(() => ({
          ctx: before,
          tokenInvalid: true,
        }));
        if (tokenInvalid || !ctx.user || !sameAuthority(before, ctx)) {
          this.remove(extra);
          extra.socket?.close(4403, 'Forbidden');
          return;
        }
        extra.yigouCtx = ctx;
      }),
    );
  }
}
