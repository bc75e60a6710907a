import { AsyncLocalStorage } from 'node:async_hooks';
import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError } from '../errors/app-error';

/**
 * The SQL statements one GraphQL request has sent, counted where every statement passes (TypeORM's
 * `logger.logQuery`, which `runPrepared` calls too). The query-limits plugin sets `limit` once it knows
 * the operation is a query; mutations and everything outside a request are not limited (imports write
 * thousands of rows in one request by design).
 */
export class StatementBudget {
  count = 0;
  limit = Number.POSITIVE_INFINITY;
  exceeded = false;
  /** False once the response is sent: work the request left running (a background import) is not its cost. */
  open = true;
}

const storage = new AsyncLocalStorage<StatementBudget>();

/** Runs `fn` (an HTTP request's handling, after its body is parsed) with a budget of its own. */
export function runWithStatementBudget<T>(fn: () => T): T {
  return storage.run(new StatementBudget(), fn);
}

export function currentStatementBudget(): StatementBudget | undefined {
  return storage.getStore();
}

export function statementBudgetError(limit: number): AppError {
  return new AppError(ERROR_CODES.QUERY_TOO_COMPLEX, `查询读取数据的次数过多（上限 ${limit} 次），请减少字段或每页数量`, {
    limit,
    http: { status: 400 },
  });
}

/** Counts one statement against the current request's budget; throws (before the statement is sent) past the limit. */
export function countStatement(): void {
  const b = storage.getStore();
  if (!b || !b.open) return;
  b.count++;
  if (b.count > b.limit) {
    b.exceeded = true;
    throw statementBudgetError(b.limit);
  }
}

/** The methods of TypeORM's `Logger` (structurally: core does not depend on TypeORM). */
export interface SqlLogger {
  logQuery(query: string, parameters?: unknown[], queryRunner?: unknown): unknown;
  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: unknown): unknown;
  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: unknown): unknown;
  logSchemaBuild(message: string, queryRunner?: unknown): unknown;
  logMigration(message: string, queryRunner?: unknown): unknown;
  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: unknown): unknown;
}

/** A TypeORM logger that counts each statement against the request's budget, then hands everything to `inner`. */
export class StatementCountingLogger implements SqlLogger {
  constructor(private readonly inner: SqlLogger) {}
  logQuery(query: string, parameters?: unknown[], queryRunner?: unknown): unknown {
    countStatement();
    return this.inner.logQuery(query, parameters, queryRunner);
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: unknown): unknown {
    return this.inner.logQueryError(error, query, parameters, queryRunner);
  }
  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: unknown): unknown {
    return this.inner.logQuerySlow(time, query, parameters, queryRunner);
  }
  logSchemaBuild(message: string, queryRunner?: unknown): unknown {
    return this.inner.logSchemaBuild(message, queryRunner);
  }
  logMigration(message: string, queryRunner?: unknown): unknown {
    return this.inner.logMigration(message, queryRunner);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: unknown): unknown {
    return this.inner.log(level, message, queryRunner);
  }
}
