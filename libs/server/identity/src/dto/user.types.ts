import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, Role } from '@yigou/shared/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('RoleGrant')
export class RoleGrantType {
  @Field(() => RoleEnum) role: Role;

  @Field(() => String, { nullable: true, description: 'Human name of the scope: the unit, supplier or region the role is limited to' })
  scopeLabel: string | null;

  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ID, { nullable: true }) supplierId: string | null;
  @Field(() => String, { nullable: true }) regionCode: string | null;
}

@ObjectType('WorkUnit')
export class WorkUnitType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() regionCode: string;
  @Field(() => Int) headcount: number;
  @Field() hasCanteen: boolean;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) username: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Date) createdAt: Date;
  /** resolved by fields */
  unitId: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field(() => Date) accessTokenExpiresAt: Date;
  @Field() refreshToken: string;
  @Field(() => UserType) user: UserType;
}
