import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { registerDecorator, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { AppError, forgetConstraint, provideConstraint } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';
import type { AddressRegionInput } from './address-region';
import { RegionService } from './region.service';

type RegionPart = keyof AddressRegionInput;
interface Problem {
  field: string;
  message: string;
}

/**
 * The region part of an address input (省/市/区 codes or names) checked by class-validator, so that a wrong region is
 * named in the same refusal as the input's other wrong fields instead of on the next try. It runs the very check the
 * service runs before writing (`RegionService.resolveAddress`, once per input object: the service's own call then
 * reuses the answer) and puts its refusal, if any, on the field it names.
 */
@Injectable()
@ValidatorConstraint({ name: 'addressRegion', async: true })
export class AddressRegionConstraint implements ValidatorConstraintInterface, OnModuleInit, OnModuleDestroy {
  /** Per validated input: the region's problem (null when sound), read back by `defaultMessage`. */
  private readonly problems = new WeakMap<object, Problem | null>();

  constructor(private readonly regions: RegionService) {}

  onModuleInit(): void {
    provideConstraint(AddressRegionConstraint, this);
  }

  onModuleDestroy(): void {
    forgetConstraint(AddressRegionConstraint, this);
  }

  async validate(_value: unknown, args: ValidationArguments): Promise<boolean> {
    if (!this.regions) throw new Error('AddressRegionConstraint is built by Nest (RegionsModule), not by class-validator');
    const problem = await this.problemOf(args.object);
    return problem?.field !== args.property;
  }

  defaultMessage(args: ValidationArguments): string {
    return this.problems.get(args.object)?.message ?? '请重新选择省市区';
  }

  private async problemOf(input: object): Promise<Problem | null> {
    try {
      await this.regions.resolveAddress(input as AddressRegionInput);
      this.problems.set(input, null);
    } catch (e) {
      const field: unknown = e instanceof AppError ? e.extensions.field : undefined;
      if (!(e instanceof AppError) || typeof field !== 'string') throw e;
      this.problems.set(input, { field, message: e.message });
    }
    return this.problems.get(input) ?? null;
  }
}

/**
 * Put on every region property of an address input (provinceCode, cityCode, countyCode, province, city, district),
 * without `@IsOptional()`: a missing part is a problem too. Refusals carry REGION_MISMATCH when they come first.
 */
export function AddressRegionPart(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'addressRegion',
      target: target.constructor,
      propertyName: propertyName as RegionPart,
      options: { context: { code: ERROR_CODES.REGION_MISMATCH } },
      validator: AddressRegionConstraint,
      async: true,
    });
}
