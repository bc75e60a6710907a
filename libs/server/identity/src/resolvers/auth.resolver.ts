import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequestContext } from '@yigou/server/core';
import { AuthService, IssuedTokens } from '../services/auth.service';
import { LoginInput, RegisterInput } from '../dto/auth.input';
import { AuthPayload } from '../dto/user.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: '用邮箱注册个人买家账号；手机号须用短信验证码注册（registerBySms）' })
  register(@Ctx() ctx: RequestContext, @Args('input') input: RegisterInput): Promise<IssuedTokens> {
    return this.auth.register(ctx, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: '用用户名、手机号或邮箱登录；连续失败会被限流' })
  login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput): Promise<IssuedTokens> {
    return this.auth.login(ctx, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: '用刷新令牌换取新的访问令牌（刷新令牌随之轮换）' })
  refreshSession(@Ctx() ctx: RequestContext, @Args('refreshToken') refreshToken: string): Promise<IssuedTokens> {
    return this.auth.refresh(ctx, refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: '注销：吊销该刷新令牌' })
  logout(@Ctx() ctx: RequestContext, @Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(ctx, refreshToken);
  }
}
