import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { QueryFailedError } from 'typeorm';
import { badInput, dataExceptionMessage } from '@yigou/server/core';
import { CodedErrorFilter } from './coded-error.filter';

/** The context Nest's own handler logs unhandled exceptions under. */
const unhandled = new Logger('ExceptionsHandler');

/**
 * A database data exception (SQLSTATE class 22: a sum past an int column's range, a NUL character, …) comes from the
 * values the client sent, so it is answered as BAD_USER_INPUT with its Chinese message (dataExceptionMessage) and is
 * not logged as a server error — Nest's default handler would log it at error level before formatError maps it.
 * Inputs are bounded by their DTOs first (e.g. AdjustStockInput.quantity); this is the backstop for what a DTO cannot
 * see, such as stock already near the column's limit. Every other database failure is the server's: logged and
 * rethrown (GraphQL) or answered 500 (HTTP), as Nest does.
 */
@Catch(QueryFailedError)
export class DataExceptionFilter extends BaseExceptionFilter {
  private readonly coded = new CodedErrorFilter();

  override catch(error: QueryFailedError, host: ArgumentsHost): unknown {
    const refusal = dataExceptionMessage(error);
    if (refusal) return this.coded.catch(badInput(refusal), host);
    if (host.getType<string>() !== 'graphql') return super.catch(error, host);
    unhandled.error(error);
    throw error;
  }
}
