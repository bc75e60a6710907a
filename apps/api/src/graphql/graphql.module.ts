import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger } from '@nestjs/common';
import { GraphQLModule, GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Context as WsContext } from 'graphql-ws';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import {
  AppConfig,
  formatGraphQLError,
  GRAPHQL_MAX_TOKENS,
  LoaderRegistry,
  queryLimitsPlugin,
  QueryRateLimiter,
  RequestContext,
  testNow,
} from '@yigou/server/core';
import { AuthenticatedUserCache, AuthService, IdentityModule } from '@yigou/server/identity';
import { subscribeSharingPushes } from './shared-push-subscribe';
import { ReadReplicas } from '@yigou/server/database';
import type { RequestMeta } from '../metrics/operation-name';
import { WsExtra, WsSessions } from './ws-sessions';

const log = new Logger('graphql');

type WsConnection = WsExtra & { request?: IncomingMessage };

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S{1,4096})$/i.exec(header.trim());
  return m ? m[1] : null;
}

/**
 * graphql-ws options. `subscribe` (passed through to graphql-ws by @nestjs/graphql, though its type omits it)
 * shares one execution of a live push among all the viewers of a session.
 */
function graphqlWs(auth: AuthService, sessions: WsSessions): GraphQLWsSubscriptionsConfig {
  const options: GraphQLWsSubscriptionsConfig & { subscribe: typeof subscribeSharingPushes } = {
    path: '/graphql',
    subscribe: subscribeSharingPushes,
    onConnect: async (wsCtx: WsContext) => {
      const extra = wsCtx.extra as WsConnection;
      const raw = wsCtx.connectionParams?.authorization ?? wsCtx.connectionParams?.Authorization;
      const ip = extra.request?.socket?.remoteAddress ?? 'unknown';
      const token = bearerToken(typeof raw === 'string' ? raw : undefined);
      const { ctx, tokenInvalid } = await auth.contextFromToken(token, ip);
      if (tokenInvalid) return false;
      extra.yigouCtx = ctx;
      extra.yigouToken = token;
      // Checked again whenever this user's read changes (a withdrawal, a suspension, a sign-out): see WsSessions.
      sessions.add(extra);
      return true;
    },
    onClose: (wsCtx: WsContext) => sessions.remove(wsCtx.extra as WsConnection),
  };
  return options;
}

/**
 * With read replicas: once a signed-in caller's mutation has run, their next replica reads wait for the replica to
 * have replayed it (ReadReplicas.wrote), so they see their own change. Before the answer goes out.
 */
function readYourWritesPlugin(replicas: ReadReplicas): ApolloServerPlugin<{ ctx?: RequestContext }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const user = rc.contextValue.ctx?.user;
          if (rc.operation?.operation === 'mutation' && user) await replicas.wrote(user.id).catch(() => undefined);
        },
      };
    },
  };
}

export function graphqlModule(config: AppConfig): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: [IdentityModule],
    inject: [AuthService, QueryRateLimiter, ReadReplicas, AuthenticatedUserCache],
    useFactory: (
      auth: AuthService,
      rateLimiter: QueryRateLimiter,
      replicas: ReadReplicas,
      userCache: AuthenticatedUserCache,
    ): ApolloDriverConfig => {
      const sessions = new WsSessions((token, ip) => auth.contextFromToken(token, ip));
      userCache.onUserChanged((userId) => void sessions.userChanged(userId));
      return graphqlOptions(config, auth, rateLimiter, replicas, sessions);
    },
  });
}

function graphqlOptions(
  config: AppConfig,
  auth: AuthService,
  rateLimiter: QueryRateLimiter,
  replicas: ReadReplicas,
  sessions: WsSessions,
): ApolloDriverConfig {
  return {
    // Development writes the schema file that the storefront's codegen reads.
    autoSchemaFile: config.nodeEnv === 'development' ? join(process.cwd(), 'apps/api/schema.gql') : true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    // Production does not describe the schema to strangers: no introspection, no "Did you mean …" in errors.
    introspection: config.nodeEnv !== 'production',
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    parseOptions: { maxTokens: GRAPHQL_MAX_TOKENS },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Apollo's Fastify integration passes (request, reply).
    context: async (arg: FastifyRequest | WsContext, res?: FastifyReply) => {
      // graphql-ws calls this too, with its own context: the socket signed in at connect (below).
      if ('extra' in arg)
        return { ctx: (arg.extra as WsExtra).yigouCtx ?? RequestContext.anonymous(), tokenInvalid: false, loaders: new LoaderRegistry() };
      const req = arg;
      const { ctx, tokenInvalid, account } = await auth.contextFromToken(
        bearerToken(req.headers.authorization),
        req.ip ?? 'unknown',
        testNow(config, req.headers),
      );
      // For the request log line (request-log.ts), which sees node's request.
      if (ctx.user) (req.raw as RequestMeta).yigouUserId = ctx.user.id;
      // `account`: the caller's row as the sign-in check read it, for `me` (one round trip instead of two).
      return { ctx, tokenInvalid, loaders: new LoaderRegistry(), req, res, account };
    },
    // Live pushes over graphql-ws on the same path. The socket signs in with the same bearer token in
    // connectionParams ({ authorization: 'Bearer …' }); a bad token is refused, and the sign-in is checked again
    // whenever the user's read changes (WsSessions).
    subscriptions: {
      'graphql-ws': graphqlWs(auth, sessions),
    },
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, (e) => log.error({ msg: 'unexpected GraphQL error', error: e.message, path: e.path }), error),
    // Every plugin with a requestDidStart costs each request a promise and a listener that every later hook visits.
    // Apollo's cache-control plugin ran a hook per resolved field to compute hints nothing here sets; its only effect,
    // `Cache-Control: no-store`, is now set by the /graphql route's own hook (start-api.ts). Inline tracing (which Apollo
    // installs implicitly) only ever acts for a federated subgraph; this schema is not one.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      queryLimitsPlugin({
        maxDepth: config.maxQueryDepth,
        maxComplexity: config.maxQueryComplexity,
        maxStatements: config.maxQueryStatements,
        rateLimiter,
        hideSchemaDetails: config.nodeEnv === 'production',
      }),
      ...(replicas.enabled ? [readYourWritesPlugin(replicas)] : []),
    ],
  };
}
