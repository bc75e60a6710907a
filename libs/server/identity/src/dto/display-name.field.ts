import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A person's 姓名或昵称 in an input (registration by email or SMS, profile edit): 1 to 32 characters. */
export function DisplayNameField(): PropertyDecorator {
  return applyDecorators(
    Field(),
    IsString(),
    MinLength(1, { message: '请填写姓名或昵称' }),
    MaxLength(32, { message: '姓名或昵称最多 32 个字' }),
  ) as PropertyDecorator;
}
