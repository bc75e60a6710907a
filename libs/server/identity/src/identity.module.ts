import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@yigou/server/notifications';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthenticatedUserCache } from './user-cache/authenticated-user-cache';
import { IdentityListener } from './user-cache/identity-listener.entity';
import { WorkUnitImportController } from './work-unit-import.controller';
import { RoleGrantEntity } from './role-grant.entity';
import { AttemptCounter } from './attempt-counter.entity';
import { AttemptThrottle } from './attempt-throttle';
import { AuthSession } from './session.entity';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';
import { WorkUnit } from './work-unit.entity';
import { UnitJoinRequest, UnitMembershipEvent, WorkUnitInvite } from './unit-membership.entity';
import { WorkUnitImportService } from './work-unit-import.service';
import { WorkUnitResolver } from './work-unit.resolver';
import { WorkUnitService } from './work-unit.service';
import { PEOPLE_ENTITIES, PEOPLE_PROVIDERS } from './people/people.providers';
import { VERIFICATION_CONTROLLERS, VERIFICATION_ENTITIES, VERIFICATION_PROVIDERS } from './verification/verification.providers';

export const IDENTITY_ENTITIES = [
  User,
  RoleGrantEntity,
  AuthSession,
  AttemptCounter,
  WorkUnit,
  WorkUnitInvite,
  UnitJoinRequest,
  UnitMembershipEvent,
  IdentityListener,
  ...PEOPLE_ENTITIES,
  ...VERIFICATION_ENTITIES,
];

/** Users, work units, roles with their scopes, sessions. The app must provide a ScopeDirectory. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), NotificationsModule],
  controllers: [WorkUnitImportController, ...VERIFICATION_CONTROLLERS],
  providers: [
    AuthService,
    AuthenticatedUserCache,
    AttemptThrottle,
    TokenService,
    UserService,
    AuthResolver,
    UserResolver,
    WorkUnitService,
    WorkUnitImportService,
    WorkUnitResolver,
    ...PEOPLE_PROVIDERS,
    ...VERIFICATION_PROVIDERS,
  ],
  exports: [AuthService, AuthenticatedUserCache, UserService, TokenService, WorkUnitService],
})
export class IdentityModule {}
