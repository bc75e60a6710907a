import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  separateOperations,
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
 * Refuses queries deeper than `maxDepth` or costlier than `maxComplexity` before
 * they execute. List fields cost their page size (`first`) times their children.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = queryDepth(document, request.operationName);
          if (depth > limits.maxDepth) {
            throw new AppError(ERROR_CODES.QUERY_TOO_COMPLEX, `查询嵌套过深（${depth} 层，最多 ${limits.maxDepth} 层）`, {
              limit: limits.maxDepth,
            });
          }
          const doc = request.operationName ? separateOperations(document)[request.operationName] ?? document : document;
          const complexity = getComplexity({
            schema: schema as GraphQLSchema,
            query: doc,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              ({ args, childComplexity }) => {
                const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), 100) : null;
                return first !== null ? first * Math.max(1, childComplexity) : undefined;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
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
