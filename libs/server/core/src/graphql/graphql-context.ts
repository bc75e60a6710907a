import type { RequestContext } from '../context/request-context';
import type { LoaderRegistry } from './loader-registry';

/** What every resolver finds on the GraphQL context. */
export interface GraphQLContext {
  ctx: RequestContext;
  loaders: LoaderRegistry;
  req?: unknown;
  res?: unknown;
}
