import { ArgumentMetadata, PipeTransform, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './app-error';

function firstProblem(errors: ValidationError[], path: string[] = []): { field: string; message: string } | null {
  for (const e of errors) {
    const here = [...path, e.property];
    const message = e.constraints ? Object.values(e.constraints)[0] : null;
    if (message) return { field: here.join('.'), message };
    const nested = firstProblem(e.children ?? [], here);
    if (nested) return nested;
  }
  return null;
}

/**
 * class-validator on every input (the API's global pipe); the first problem becomes a BAD_USER_INPUT naming its
 * field. A hot input may check itself first and come here only when its own check is not sure (checkout's
 * `PlaceOrderInputPipe`), so its refusals read the same.
 */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const p = firstProblem(errors);
      return badInput(p?.message ?? '输入不正确', p?.field);
    },
  });
}

/**
 * The check of a hot argument: passes at once what `plainlyValid` (built from class-validator's own functions) can see
 * `metatype`'s decorators accept, and hands anything else to the global pipe as `metatype`, so refusals read the same.
 * The parameter is declared with an alias of the fields (not the class), so the global pipe skips it; the GraphQL type
 * is given explicitly (`@Args('input', { type: () => X }, XPipe)`). Checkout's input and `products`' arguments use it.
 */
export class PlainlyValidPipe<T> implements PipeTransform<unknown, Promise<T>> {
  private readonly full: ValidationPipe = validationPipe();

  constructor(
    private readonly metatype: Type<unknown>,
    private readonly plainlyValid: (value: unknown) => value is T,
  ) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<T> {
    if (this.plainlyValid(value)) return value;
    return (await this.full.transform(value, { ...metadata, metatype: this.metatype })) as T;
  }
}
