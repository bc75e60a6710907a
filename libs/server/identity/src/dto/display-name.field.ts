import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { badInput } from '@yigou/server/core';

const REQUIRED = '请填写姓名或昵称';

/** A person's 姓名或昵称 in an input (registration by email or SMS, profile edit): 1 to 32 characters. */
export function DisplayNameField(): PropertyDecorator {
  return applyDecorators(
    Field(),
    IsString(),
    MinLength(1, { message: REQUIRED }),
    MaxLength(32, { message: '姓名或昵称最多 32 个字' }),
  ) as PropertyDecorator;
}

/** The name as it is kept: without surrounding spaces, and refused when nothing else is left. */
export function requireDisplayName(displayName: string): string {
  const name = displayName.trim();
  if (!name) throw badInput(REQUIRED, 'displayName');
  return name;
}
