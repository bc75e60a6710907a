import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@yigou/server/core';
import { UserType } from './user.types';
import { DisplayNameField } from './display-name.field';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, username, phone or email' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '搜索内容不能超过50个字' })
  search?: string | null;
}

@InputType()
export class UpdateProfileInput {
  @DisplayNameField()
  displayName: string;
}

export const UserConnection = ConnectionType(UserType, 'User');
