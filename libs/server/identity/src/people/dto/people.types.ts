import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@yigou/shared/domain';
import { ConnectionArgs, ConnectionType } from '@yigou/server/core';
import { RoleEnum } from '../../dto/user.types';

@ObjectType('PersonRole', { description: 'A role a person holds, with its scope in words' })
export class PersonRoleType {
  @Field(() => ID, { description: 'The grant: withdrawRole takes it' }) id: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ID, { nullable: true }) supplierId: string | null;
  @Field(() => String, { nullable: true }) regionCode: string | null;
  @Field(() => String, { nullable: true, description: '单位、县或供应商的名称' }) scopeLabel: string | null;
  @Field(() => Date) grantedAt: Date;
}

@ObjectType('Person', { description: 'A person as the platform admin (or a delegate, within their scope) sees them: phone masked' })
export class PersonType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) username: string | null;
  @Field(() => String, { nullable: true, description: '138****0004' }) maskedPhone: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field({ description: 'Suspended (停用): cannot sign in, sessions ended' }) suspended: boolean;
  @Field(() => Date) createdAt: Date;
  /** For delegates: only roles in this scope are shown (resolved by field). */
  scope?: RoleScope | null;
}

export interface RoleScope {
  unitId?: string | null;
  supplierId?: string | null;
  regionCode?: string | null;
}

export const PersonConnection = ConnectionType(PersonType, 'Person');

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name, username, unit name, or phone digits (138****0004 works: * matches any digit)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '搜索内容不能超过50个字' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this unit and holders of its roles' })
  @IsOptional()
  @IsUUID('all', { message: '单位编号格式不正确' })
  unitId?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Only holders of this role' })
  @IsOptional()
  @IsIn([...ROLES], { message: '角色不正确' })
  role?: Role | null;
}

@InputType()
export class RoleScopeInput implements RoleScope {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '单位编号格式不正确' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '供应商编号格式不正确' })
  supplierId?: string | null;

  @Field(() => String, { nullable: true, description: 'A county code (GB/T 2260)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '请选择一个县（6 位行政区划代码）' })
  regionCode?: string | null;
}

@InputType()
export class GrantRoleInput extends RoleScopeInput {
  @Field(() => ID, { nullable: true, description: 'The person; or give `phone`' })
  @IsOptional()
  @IsUUID('all', { message: '用户编号格式不正确' })
  userId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A registered phone number (11 digits), when the appointer does not see the person in a list',
  })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: '请输入正确的手机号（11位）' })
  phone?: string | null;

  @Field(() => RoleEnum)
  @IsIn([...ROLES], { message: '角色不正确' })
  role: Role;

  @Field({ description: 'Why (2–200 characters), kept in the audit log' })
  @IsString()
  @MaxLength(200, { message: '原因最多 200 个字' })
  reason: string;
}

@InputType()
export class WithdrawRoleInput {
  @Field(() => ID) @IsUUID('all', { message: '授权编号格式不正确' }) grantId: string;
  @Field() @IsString() @MaxLength(200, { message: '原因最多 200 个字' }) reason: string;
}

@InputType()
export class AccountStatusInput {
  @Field(() => ID) @IsUUID('all', { message: '用户编号格式不正确' }) userId: string;
  @Field() @IsString() @MaxLength(200, { message: '原因最多 200 个字' }) reason: string;
}

@ObjectType('RoleAuditEntry', { description: 'A grant, withdrawal, suspension or restore' })
export class RoleAuditEntryType {
  @Field(() => ID) id: string;
  @Field({ description: 'grant | withdraw | suspend | restore' }) action: string;
  @Field(() => ID) actorId: string;
  @Field() actorName: string;
  @Field(() => RoleEnum, { description: 'The role the actor acted as' }) actorRole: Role;
  @Field(() => ID) targetUserId: string;
  @Field() targetName: string;
  @Field(() => RoleEnum, { nullable: true }) role: Role | null;
  @Field(() => String, { nullable: true }) scopeLabel: string | null;
  @Field(() => String, { nullable: true }) regionCode: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ID, { nullable: true }) supplierId: string | null;
  @Field() reason: string;
  @Field(() => Date) createdAt: Date;
}

export const RoleAuditConnection = ConnectionType(RoleAuditEntryType, 'RoleAudit');

@ArgsType()
export class RoleAuditArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries about this person' })
  @IsOptional()
  @IsUUID('all', { message: '用户编号格式不正确' })
  userId?: string | null;
}

@ObjectType('RoleAuditExport')
export class RoleAuditExportType {
  @Field() filename: string;
  @Field() contentBase64: string;
}
