import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RoleGrantEntity } from './role-grant.entity';
import { AuthSession, LoginFailure } from './session.entity';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';
import { WorkUnit } from './work-unit.entity';

export const IDENTITY_ENTITIES = [User, RoleGrantEntity, AuthSession, LoginFailure, WorkUnit];

/** Users, work units, roles with their scopes, sessions. The app must provide a ScopeDirectory. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [AuthService, TokenService, UserService, AuthResolver, UserResolver],
  exports: [AuthService, UserService, TokenService],
})
export class IdentityModule {}
