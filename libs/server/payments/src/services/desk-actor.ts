import { forbidden, RequestContext } from '@yigou/server/core';
import { type FinanceDeskRole } from '@yigou/shared/domain';

/** Who works the finance desk: recorded on transfers, matches, refunds and the orders' timelines. */
export interface DeskActor {
  id: string;
  role: FinanceDeskRole;
}

/**
 * The finance desk's rule, written once: platform finance or a platform admin, as the actor their work records.
 * Anyone else signed in is FORBIDDEN with `refusal`, which names what they tried.
 */
export function requireDeskActor(ctx: RequestContext, refusal: string): DeskActor {
  const user = ctx.requireUser();
  const role = ctx.financeDeskRole();
  if (!role) throw forbidden(refusal);
  return { id: user.id, role };
}
