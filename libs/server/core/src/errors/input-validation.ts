import { ArgumentMetadata, PipeTransform, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { ERROR_CODES } from '@yigou/shared/domain';
import { isUuid } from '@yigou/shared/validation';
import { AppError, notFound } from './app-error';

/** One wrong field of an input: its path (nested fields joined with '.') and its first constraint's message. */
export interface InputProblem {
  field: string;
  message: string;
}

/**
 * Every wrong field, in the input's order, each with the first message of its constraints. A constraint may name
 * its own error code in its context (`{ context: { code } }`); the answer then carries it when that field is first.
 */
export function inputProblems(errors: ValidationError[], path: string[] = []): (InputProblem & { code?: string })[] {
  const out: (InputProblem & { code?: string })[] = [];
  for (const e of errors) {
    const here = [...path, e.property];
    const [constraint] = Object.keys(e.constraints ?? {});
    if (constraint) {
      const code = (e.contexts?.[constraint] as { code?: unknown } | undefined)?.code;
      out.push({ field: here.join('.'), message: e.constraints![constraint], ...(typeof code === 'string' ? { code } : {}) });
    }
    out.push(...inputProblems(e.children ?? [], here));
  }
  return out;
}

/**
 * The refusal of an input: the first problem's message and `field` (what clients have always read), and, when more
 * than one field is wrong, all of them as `fields: [{ field, message }]` so a form can mark every one at once.
 */
export function inputRefusal(errors: ValidationError[]): AppError {
  return problemsRefusal(inputProblems(errors));
}

/**
 * The same refusal from a list of problems a check found itself (a service's or a pure function's, e.g. an invoice's
 * details): the first one's message and `field`, and with more than one, all of them in `fields`.
 */
export function problemsRefusal(all: readonly (InputProblem & { code?: string })[]): AppError {
  const first = all[0];
  if (!first) return new AppError(ERROR_CODES.BAD_USER_INPUT, '输入不正确');
  const fields = all.length > 1 ? { fields: all.map(({ field, message }) => ({ field, message })) } : {};
  return new AppError(first.code ?? ERROR_CODES.BAD_USER_INPUT, first.message, { field: first.field, ...fields });
}

/**
 * class-validator on every input (the API's global pipe); the refusal names every wrong field (`inputRefusal`).
 * A hot input may check itself first and come here only when its own check is not sure (checkout's
 * `PlaceOrderInputPipe`), so its refusals read the same.
 */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: inputRefusal,
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

/**
 * An ID argument that names a row: anything but a UUID names none, and is answered NOT_FOUND with the operation's own
 * Chinese message before any lookup (Nest's ParseUUIDPipe answers in English). `@Args('unitId', { type: () => ID },
 * new IdPipe('单位不存在'))`.
 */
export class IdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly notFoundMessage: string) {}

  transform(value: unknown): string {
    if (!isUuid(value)) throw notFound(this.notFoundMessage);
    return value;
  }
}
