import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  separateOperations,
  TypeInfo,
  TypeNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError } from '../errors/app-error';
import { currentStatementBudget, statementBudgetError } from './statement-budget';
import { rateLimitKey } from './query-rate-limit';

/**
 * Tokens a GraphQL document may have: graphql-js stops parsing past it (GRAPHQL_PARSE_FAILED, HTTP 400), which
 * bounds the work of parsing before any other check. The storefront's largest operation has ~120 tokens before
 * its fragments; a thousand aliases of a search have ~12,000.
 */
export const GRAPHQL_MAX_TOKENS = 3000;

/** Depth of the deepest field path, following fragments; introspection fields do not count. */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const ops: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) ops.push(def);
  }
  const visit = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        if (sel.selectionSet) max = Math.max(max, visit(sel.selectionSet, depth + 1, seen));
        else max = Math.max(max, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, visit(sel.selectionSet, depth, seen));
      } else {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (frag && !seen.has(name)) max = Math.max(max, visit(frag.selectionSet, depth, new Set(seen).add(name)));
      }
    }
    return max;
  };
  return Math.max(0, ...ops.map((op) => visit(op.selectionSet, 0, new Set())));
}

/**
 * The part of a request its cost depends on besides the document: the operation
 * name and the values of Int variables (page sizes reach `first` only through
 * them or through literals in the document). Other variables — ids, inputs,
 * search text — cannot change the figure.
 */
function costKey(
  op: OperationDefinitionNode | undefined,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): string {
  let key = operationName ?? '';
  for (const v of op?.variableDefinitions ?? []) {
    let type: TypeNode = v.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    if (type.name.value === 'Int') key += `|${v.variable.name.value}=${JSON.stringify(variables[v.variable.name.value] ?? null)}`;
  }
  return key;
}

/** Figures kept per parsed document (Apollo hands the same object for the same query text). */
const MAX_COSTS_PER_DOCUMENT = 64;

/** A String or ID argument in the document: its limit, and where its value comes from. */
interface StringArgument {
  name: string;
  limit: number;
  variable: string | null;
}

/** What a document's checks need, worked out once per document and operation. */
interface DocumentFacts {
  op: OperationDefinitionNode | undefined;
  /** Arguments given by variable (their values are checked per request). */
  stringArguments: StringArgument[];
  /** The first literal argument longer than its limit, or a literal holding NUL. */
  literalProblem: AppError | null;
  costs: Map<string, { depth: number; complexity: number }>;
}

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  /**
   * What each root field costs before its children (every alias counts): a root field is a resolver that
   * reaches the database, so a thousand aliases of one search cost a thousand searches. Default 20.
   */
  rootFieldCost?: number;
  /** Longest value of a String or ID argument unless its field says otherwise (`extensions.maxArgLength`). Default 200. */
  maxArgLength?: number;
  /** SQL statements one query operation may send (see statement-budget.ts); mutations are not limited. */
  maxStatements?: number;
  /** Per-client budgets and the anonymous gate (QueryRateLimiter). */
  rateLimiter?: QueryRateLimiterPort;
  /** Production: no "Did you mean …" in variable errors either (Apollo strips it from validation errors only). */
  hideSchemaDetails?: boolean;
}

/** The part of QueryRateLimiter the plugin uses. */
export interface QueryRateLimiterPort {
  charge(key: string, cost: number, anonymous: boolean): Promise<void>;
  enterAnonymous(): Promise<() => void>;
}

/** Cursors (`after`) carry sort keys such as names: up to 512 characters (decodeCursor's bound). */
const ARG_LIMIT_BY_NAME: Record<string, number> = { after: 512 };

const bad = (message: string, field?: string) =>
  new AppError(ERROR_CODES.BAD_USER_INPUT, message, { ...(field ? { field } : {}), http: { status: 400 } });
const tooLong = (name: string, limit: number) => bad(`输入过长：${name} 最多 ${limit} 个字`, name);
const nulByte = (field?: string) => bad('输入含有不允许的控制字符（NUL）', field);

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

function examine(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  maxArgLength: number,
): DocumentFacts {
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const stringArguments: StringArgument[] = [];
  let literalProblem: AppError | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (!literalProblem && node.value.includes('\u0000')) literalProblem = nulByte();
      },
      Argument(node) {
        const arg = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (!arg || !field || typeInfo.getDirective()) return;
        const named = getNamedType(arg.type);
        if (named.name !== 'String' && named.name !== 'ID') return;
        const declared = (field.extensions as { maxArgLength?: Record<string, number> } | undefined)?.maxArgLength?.[arg.name];
        const limit = declared ?? ARG_LIMIT_BY_NAME[arg.name] ?? maxArgLength;
        if (node.value.kind === Kind.VARIABLE) {
          stringArguments.push({ name: arg.name, limit, variable: node.value.name.value });
          return;
        }
        const literals = node.value.kind === Kind.LIST ? node.value.values : [node.value];
        for (const v of literals) {
          if (!literalProblem && v.kind === Kind.STRING && v.value.length > limit) literalProblem = tooLong(arg.name, limit);
          if (!literalProblem && v.kind === Kind.VARIABLE) stringArguments.push({ name: arg.name, limit, variable: v.name.value });
        }
      },
    }),
  );
  return { op, stringArguments, literalProblem, costs: new Map() };
}

/** Shape of the GraphQL context the plugin reads (the API's context factory builds it). */
interface LimitedContext {
  ctx?: { user: { id: string } | null; ip: string };
}

/**
 * Checks a request before it runs, in this order, each refusal a coded error with HTTP 400 (429 for the rate
 * limit) instead of Apollo's 500 for errors raised here:
 * 1. variables coerced against their declared types (a bad Int, a missing variable: BAD_USER_INPUT);
 * 2. no NUL character in any string (PostgreSQL cannot store it), String/ID arguments within their length;
 * 3. depth and cost: list fields cost their page size (`first`) times their children, root fields
 *    `rootFieldCost` plus their children, so aliases count — over `maxDepth`/`maxComplexity`: QUERY_TOO_COMPLEX;
 * 4. the cost charged to the client's budget, and anonymous queries through the gate (QueryRateLimiter);
 * 5. while it runs, a query may send at most `maxStatements` SQL statements; past that its answer is
 *    replaced by one QUERY_TOO_COMPLEX error with HTTP 400.
 * Depth, cost and argument sites are worked out once per document (and Int variables): walking the query
 * for them was ~4 % of the API's CPU per request in bench/checkout-hot-sku.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const rootFieldCost = limits.rootFieldCost ?? 20;
  const maxArgLength = limits.maxArgLength ?? 200;
  const known = new WeakMap<DocumentNode, Map<string, DocumentFacts>>();
  const measure = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ) => {
    const depth = queryDepth(document, operationName);
    if (depth > limits.maxDepth) return { depth, complexity: 0 };
    const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
    const doc = operationName ? (separateOperations(document)[operationName] ?? document) : document;
    const complexity = getComplexity({
      schema,
      query: doc,
      operationName: operationName ?? undefined,
      variables,
      estimators: [
        // `__typename` has no resolver and reads nothing; Apollo Client adds it to every selection set, fragments
        // included, so charging it made a row read through a fragment cost more than the same row written out
        ({ field }) => (field.name === '__typename' ? 0 : undefined),
        fieldExtensionsEstimator(),
        ({ type, args, childComplexity }) => {
          const base = roots.has(type) ? rootFieldCost : 1;
          const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), 100) : null;
          if (first !== null) return (base === 1 ? 0 : base) + first * Math.max(1, childComplexity);
          return base === 1 ? undefined : base + childComplexity;
        },
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
    return { depth, complexity };
  };
  const factsOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): DocumentFacts => {
    let byOp = known.get(document);
    if (!byOp) known.set(document, (byOp = new Map()));
    let facts = byOp.get(operationName ?? '');
    if (!facts) {
      facts = examine(schema, document, operationName, maxArgLength);
      if (byOp.size < MAX_COSTS_PER_DOCUMENT) byOp.set(operationName ?? '', facts);
    }
    return facts;
  };
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      let release: (() => void) | null = null;
      let isQuery = false;
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const raw = request.variables ?? {};
          const facts = factsOf(schema as GraphQLSchema, document, request.operationName);
          // 1. variables: graphql-query-complexity would throw graphql-js's coercion error, which Apollo answers with HTTP 500
          const coerced = getVariableValues(schema as GraphQLSchema, facts.op?.variableDefinitions ?? [], raw);
          if (coerced.errors) {
            let detail = coerced.errors.map((e) => e.message).join('; ');
            if (limits.hideSchemaDetails) detail = detail.replace(/ ?Did you mean[^?]*\?/g, '');
            throw bad(`输入格式不正确：${detail}`);
          }
          // 2. strings
          if (facts.literalProblem) throw facts.literalProblem;
          for (const [name, value] of Object.entries(raw)) if (hasNul(value)) throw nulByte(name);
          for (const a of facts.stringArguments) {
            const value = coerced.coerced[a.variable as string];
            const values = Array.isArray(value) ? value : [value];
            if (values.some((v) => typeof v === 'string' && v.length > a.limit)) throw tooLong(a.name, a.limit);
          }
          // 3. depth and cost
          const key = costKey(facts.op, request.operationName, raw);
          let figures = facts.costs.get(key);
          if (!figures) {
            figures = measure(schema as GraphQLSchema, document, request.operationName, raw);
            if (facts.costs.size < MAX_COSTS_PER_DOCUMENT) facts.costs.set(key, figures);
          }
          const { depth, complexity } = figures;
          if (depth > limits.maxDepth) {
            throw new AppError(ERROR_CODES.QUERY_TOO_COMPLEX, `查询嵌套过深（${depth} 层，最多 ${limits.maxDepth} 层）`, {
              limit: limits.maxDepth,
              http: { status: 400 },
            });
          }
          if (complexity > limits.maxComplexity) {
            throw new AppError(
              ERROR_CODES.QUERY_TOO_COMPLEX,
              `查询过于复杂（复杂度 ${complexity}，上限 ${limits.maxComplexity}），请减少字段或每页数量`,
              { limit: limits.maxComplexity, http: { status: 400 } },
            );
          }
          isQuery = facts.op?.operation === 'query';
          // 4. the client's budget and, for anonymous queries, a place to run
          const ctx = (contextValue as LimitedContext | undefined)?.ctx;
          if (limits.rateLimiter && ctx) {
            await limits.rateLimiter.charge(rateLimitKey(ctx.user, ctx.ip), complexity, !ctx.user);
            if (!ctx.user && isQuery) release = await limits.rateLimiter.enterAnonymous();
          }
          // 5. statements
          const budget = currentStatementBudget();
          if (budget && isQuery && limits.maxStatements) budget.limit = budget.count + limits.maxStatements;
        },
        async willSendResponse(requestContext: GraphQLRequestContext<Record<string, unknown>>) {
          release?.();
          release = null;
          const budget = currentStatementBudget();
          if (!budget) return;
          budget.open = false;
          if (budget.exceeded && isQuery && limits.maxStatements) {
            const e = statementBudgetError(limits.maxStatements);
            requestContext.response.body = {
              kind: 'single',
              singleResult: { errors: [{ message: e.message, extensions: { code: e.extensions.code, limit: limits.maxStatements } }] },
            };
            requestContext.response.http.status = 400;
          }
        },
      };
    },
  };
}
