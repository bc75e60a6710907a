/**
 * SQL with named parameters (issue 20: "a `*.sql.ts` module with named parameters"). A domain's `sql/` module
 * declares `namedSql<'buyerId' | 'since'>('SELECT … WHERE buyer_id = :buyerId AND created_at > :since')` once, at
 * load; the service runs it with `queryNamed(em, STATEMENT, { buyerId, since })`. The text PostgreSQL receives is the
 * same positional `$1…$n` statement as before (a name used twice is one parameter), so plans and prepared statements
 * (`preparedStatement(STATEMENT.text)`) are unchanged; only the call site stops counting dollars.
 *
 * The row type goes with the statement (`namedSql<'id', { ref_id: string }>(…)`), so `queryNamed` infers both.
 *
 * A name is `:` + an identifier, not after another `:` (`::uuid` casts stay) and not inside a string, a quoted
 * identifier, a comment or a dollar-quoted body.
 */
export interface NamedSql<P extends string = string, R = Record<string, unknown>> {
  /** The statement with `$1…$n`, for `em.query`, `preparedStatement` or `runPrepared`. */
  readonly text: string;
  /** The parameters' names, `$1` first. */
  readonly names: readonly P[];
  /** Never set: carries the row type to `queryNamed`. */
  readonly row?: R;
}

const IDENT = /[A-Za-z_]\w*/y;

export function namedSql<P extends string = string, R = Record<string, unknown>>(source: string): NamedSql<P, R> {
  const names: P[] = [];
  let out = '';
  let i = 0;
  const skipTo = (end: string, from: number): number => {
    const at = source.indexOf(end, from);
    return at < 0 ? source.length : at + end.length;
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    let j = i + 1;
    if (c === "'") {
      j = i + 1;
      while (j < source.length && !(source[j] === "'" && source[j + 1] !== "'")) j += source[j] === "'" ? 2 : 1;
      j += 1;
    } else if (c === '"') j = skipTo('"', i + 1);
    else if (c === '-' && next === '-') j = skipTo('\n', i + 2);
    else if (c === '/' && next === '*') j = skipTo('*/', i + 2);
    else if (c === '$' && /[A-Za-z_$]/.test(next ?? '')) {
      const tag = /^\$[A-Za-z_]*\$/.exec(source.slice(i));
      if (tag) j = skipTo(tag[0], i + tag[0].length);
    } else if (c === ':' && next === ':') j = i + 2;
    else if (c === ':') {
      IDENT.lastIndex = i + 1;
      const m = IDENT.exec(source);
      if (m) {
        const name = m[0] as P;
        let n = names.indexOf(name);
        if (n < 0) n = names.push(name) - 1;
        out += `$${n + 1}`;
        i = IDENT.lastIndex;
        continue;
      }
    }
    out += source.slice(i, j);
    i = j;
  }
  return { text: out, names };
}

/** The values in `$1…$n` order; a name without a value is a programming error and throws. */
export function namedValues<P extends string>(sql: NamedSql<P, unknown>, params: Readonly<Record<P, unknown>>): unknown[] {
  return sql.names.map((name) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) throw new Error(`SQL parameter :${name} has no value`);
    return params[name];
  });
}

/** Anything with TypeORM's `query(text, values)`: an EntityManager, a DataSource, a QueryRunner, a Repository. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * TypeORM's answer to a top-level UPDATE or DELETE is `[rows, affected]`, to anything else the rows. Rows are objects,
 * never arrays, so the pair is told apart by its shape.
 */
function splitAnswer(answer: unknown): { rows: unknown[]; affected: number | null } {
  if (Array.isArray(answer) && answer.length === 2 && Array.isArray(answer[0]) && typeof answer[1] === 'number') {
    return { rows: answer[0] as unknown[], affected: answer[1] };
  }
  return { rows: Array.isArray(answer) ? answer : [], affected: null };
}

/**
 * Runs a named statement and answers its rows: `queryNamed(em, FIND, { buyerId })`. For an UPDATE or DELETE these
 * are its RETURNING rows (not TypeORM's `[rows, affected]` pair).
 */
export async function queryNamed<P extends string, R>(
  db: Queryable,
  sql: NamedSql<P, R>,
  params: Readonly<Record<P, unknown>>,
): Promise<R[]> {
  return splitAnswer(await db.query(sql.text, namedValues(sql, params))).rows as R[];
}

/**
 * Runs a named top-level UPDATE or DELETE and answers how many rows it changed: `if (await executeNamed(em, CLAIM,
 * { id }) === 0) …`. Throws for any other statement, whose answer carries no count.
 */
export async function executeNamed<P extends string>(
  db: Queryable,
  sql: NamedSql<P, unknown>,
  params: Readonly<Record<P, unknown>>,
): Promise<number> {
  const { affected } = splitAnswer(await db.query(sql.text, namedValues(sql, params)));
  if (affected === null) throw new Error('executeNamed answers the count of a top-level UPDATE or DELETE only');
  return affected;
}
