import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@yigou/shared/domain';
import { RequestContext } from '../context/request-context';

export const IS_PUBLIC = 'yigou:public';
export const REQUIRED_ROLES = 'yigou:roles';

/** Marks a query or mutation as open to anonymous visitors. Everything else needs a login. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts an operation to users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ ctx: RequestContext }>().ctx;
  }
  const req = context.switchToHttp().getRequest<{ ctx?: RequestContext }>();
  return req.ctx ?? RequestContext.anonymous();
}

/** The caller's request context (user, roles with scopes, client address). */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) => requestContextOf(context));
