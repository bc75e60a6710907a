import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@yigou/shared/domain';
import { ERROR_CODES } from '@yigou/shared/domain';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, forbidden, unauthenticated } from '../errors/app-error';
import { IS_PUBLIC, REQUIRED_ROLES, requestContextOf } from './auth.decorators';

/**
 * Global guard: every resolver and route needs a signed-in user unless it is
 * marked @Public(); @Roles() narrows it further. Authentication itself happens
 * earlier (the identity module builds the RequestContext from the bearer token).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (isPublic) return true;
    // Field resolvers on types inherit the guard of the operation that reached them.
    if (context.getType<string>() === 'graphql') {
      const info = context.getArgByIndex(3) as { parentType?: { name?: string } } | undefined;
      const parent = info?.parentType?.name;
      if (parent && parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription') return true;
    }
    const ctx = requestContextOf(context);
    if (!ctx.isAuthenticated) {
      if (tokenWasInvalid(context)) throw new AppError(ERROR_CODES.INVALID_TOKEN, '登录已过期，请重新登录');
      throw unauthenticated();
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && roles.length > 0 && !roles.some((r) => ctx.hasRole(r))) throw forbidden();
    return true;
  }
}

function tokenWasInvalid(context: ExecutionContext): boolean {
  if (context.getType<string>() === 'graphql') {
    return !!GqlExecutionContext.create(context).getContext<{ tokenInvalid?: boolean }>().tokenInvalid;
  }
  return !!context.switchToHttp().getRequest<{ tokenInvalid?: boolean }>().tokenInvalid;
}
