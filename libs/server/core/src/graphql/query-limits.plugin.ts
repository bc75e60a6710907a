import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  separateOperations,
  TypeNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError } from '../errors/app-error';

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
function costKey(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): string {
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
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

/**
 * Refuses queries deeper than `maxDepth` or costlier than `maxComplexity` before
 * they execute. List fields cost their page size (`first`) times their children.
 * Depth and cost are worked out once per document and cost key: walking the
 * query for them was ~4 % of the API's CPU per request in bench/checkout-hot-sku.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, Map<string, { depth: number; complexity: number }>>();
  const measure = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) => {
    const depth = queryDepth(document, operationName);
    if (depth > limits.maxDepth) return { depth, complexity: 0 };
    const doc = operationName ? separateOperations(document)[operationName] ?? document : document;
    const complexity = getComplexity({
      schema,
      query: doc,
      operationName: operationName ?? undefined,
      variables,
      estimators: [
        fieldExtensionsEstimator(),
        ({ args, childComplexity }) => {
          const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), 100) : null;
          return first !== null ? first * Math.max(1, childComplexity) : undefined;
        },
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
    return { depth, complexity };
  };
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          const key = costKey(document, request.operationName, variables);
          let costs = known.get(document);
          let figures = costs?.get(key);
          if (!figures) {
            figures = measure(schema as GraphQLSchema, document, request.operationName, variables);
            if (!costs) known.set(document, (costs = new Map()));
            if (costs.size < MAX_COSTS_PER_DOCUMENT) costs.set(key, figures);
          }
          const { depth, complexity } = figures;
          if (depth > limits.maxDepth) {
            throw new AppError(ERROR_CODES.QUERY_TOO_COMPLEX, `查询嵌套过深（${depth} 层，最多 ${limits.maxDepth} 层）`, {
              limit: limits.maxDepth,
            });
          }
          if (complexity > limits.maxComplexity) {
            throw new AppError(
              ERROR_CODES.QUERY_TOO_COMPLEX,
              `查询过于复杂（复杂度 ${complexity}，上限 ${limits.maxComplexity}），请减少字段或每页数量`,
              { limit: limits.maxComplexity },
            );
          }
        },
      };
    },
  };
}
