import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, ValueNode } from 'graphql';
import { Fen, MoneyError, parseFen } from '@yigou/shared/money';
import { badInput } from '../errors/app-error';

/** Money in integer fen, sent over the wire as a decimal string ("6800" = ¥68.00). */
@Scalar('Fen', () => FenScalarType)
export class FenScalar implements CustomScalar<string, Fen> {
  description = 'Amount in integer fen (1/100 yuan, CNY), serialised as a string of digits, e.g. "6800" = ¥68.00';

  parseValue(value: unknown): Fen {
    return toFen(value);
  }

  serialize(value: unknown): string {
    return String(parseFen(value));
  }

  parseLiteral(ast: ValueNode): Fen {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return toFen(ast.value);
    throw badInput('金额必须是以分为单位的整数字符串');
  }
}

function toFen(value: unknown): Fen {
  try {
    return parseFen(value);
  } catch (e) {
    throw badInput(e instanceof MoneyError ? e.message : '金额格式不正确');
  }
}

/** Marker class so code-first fields can say `@Field(() => FenScalarType)`. */
export class FenScalarType {}
