import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DataExceptionFilter } from './data-exception.filter';

const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;
const failed = (code: string, message: string) =>
  new QueryFailedError(
    'UPDATE product_sku SET stock_available = stock_available + $1',
    [1_000_000],
    Object.assign(new Error(message), { code }),
  );

describe('DataExceptionFilter', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errors.mockRestore());

  it('answers a number past its column’s range as BAD_USER_INPUT in Chinese, without an error log', () => {
    const answer = new DataExceptionFilter().catch(failed('22003', 'integer out of range'), graphqlHost);
    expect(answer).toBeInstanceOf(GraphQLError);
    expect(answer).toMatchObject({ message: '数值超出允许范围', extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors).not.toHaveBeenCalled();
  });

  it('still logs any other database failure as an error and lets it fail the request', () => {
    const broken = failed('23505', 'duplicate key value violates unique constraint');
    expect(() => new DataExceptionFilter().catch(broken, graphqlHost)).toThrow(broken);
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
