import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UploadGate } from '@yigou/server/core';
import { UploadAdmission } from './services/upload-admission';
import { NotificationsModule } from '@yigou/server/notifications';
import { AuthResolver } from './resolvers/auth.resolver';
import { AuthService } from './services/auth.service';
import { AuthenticatedUserCache } from './user-cache/services/authenticated-user-cache';
import { IdentityListener } from './user-cache/entities/identity-listener.entity';
import { WorkUnitImportController } from './resolvers/work-unit-import.controller';
import { RoleGrantEntity } from './entities/role-grant.entity';
import { AttemptCounter } from './entities/attempt-counter.entity';
import { AttemptThrottle } from './services/attempt-throttle';
import { AuthSession } from './entities/session.entity';
import { TokenService } from './services/token.service';
import { User } from './entities/user.entity';
import { UserResolver } from './resolvers/user.resolver';
import { UserService } from './services/user.service';
import { WorkUnit } from './entities/work-unit.entity';
import { UnitJoinRequest } from './entities/unit-join-request.entity';
import { UnitMembershipEvent } from './entities/unit-membership-event.entity';
import { WorkUnitInvite } from './entities/work-unit-invite.entity';
import { WorkUnitImportService } from './services/work-unit-import.service';
import { WorkUnitResolver } from './resolvers/work-unit.resolver';
import { WorkUnitService } from './services/work-unit.service';
import { PEOPLE_ENTITIES, PEOPLE_PROVIDERS } from './people/services/people.providers';
import { VERIFICATION_CONTROLLERS, VERIFICATION_ENTITIES, VERIFICATION_PROVIDERS } from './verification/services/verification.providers';

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
    { provide: UploadGate, useClass: UploadAdmission },
  ],
  exports: [AuthService, AuthenticatedUserCache, UserService, TokenService, WorkUnitService, UploadGate],
})
export class IdentityModule {}
