import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppConfig, formatGraphQLError, LoaderRegistry, queryLimitsPlugin } from '@yigou/server/core';
import { AuthService, IdentityModule } from '@yigou/server/identity';

const log = new Logger('graphql');

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S{1,4096})$/i.exec(header.trim());
  return m ? m[1] : null;
}

export function graphqlModule(config: AppConfig): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: [IdentityModule],
    inject: [AuthService],
    useFactory: (auth: AuthService): ApolloDriverConfig => ({
      // Development writes the schema file that the storefront's codegen reads.
      autoSchemaFile: config.nodeEnv === 'development' ? join(process.cwd(), 'apps/api/schema.gql') : true,
      sortSchema: true,
      path: '/graphql',
      playground: false,
      introspection: true,
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      context: async ({ req, res }: { req: Request; res: Response }) => {
        const { ctx, tokenInvalid } = await auth.contextFromToken(bearerToken(req.headers.authorization), req.ip ?? 'unknown');
        return { ctx, tokenInvalid, loaders: new LoaderRegistry(), req, res };
      },
      formatError: (formatted) =>
        formatGraphQLError(formatted, (e) => log.error({ msg: 'unexpected GraphQL error', error: e.message, path: e.path })),
      plugins: [queryLimitsPlugin({ maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity })],
    }),
  });
}
