/**
 * One server of bench/api-stack, chosen by SPIKE, listening on PORT, answering `POST /graphql` with
 * `{ me { id displayName } }`'s answer. Not the product: a ladder of stacks with no auth, no database and no app
 * middleware, so that each rung's cost per request can be read beside the real API's in the same run.
 *
 * - `bare`: node:http, reads the body, writes a fixed JSON answer (the limit).
 * - `fastify-bare`: Fastify with one JSON route (the limit on Fastify).
 * - `nest-express`: Nest on Express + Apollo (@nestjs/apollo, code-first, one resolver) — today's stack's shape.
 * - `nest-fastify`: the same module on `@nestjs/platform-fastify` (Apollo through `@as-integrations/fastify`).
 * - `nest-express-jit`: `nest-express` with execution by graphql-jit (compiled once per document) behind Apollo,
 *   through Apollo's gateway executor hook.
 *
 * The Fastify and graphql-jit variants need packages this repository does not depend on: install them outside it
 * (`npm install --no-save --legacy-peer-deps --prefix /tmp/spike @nestjs/platform-fastify@^11 @as-integrations/fastify
 * fastify@^5 graphql-jit`) and run with `NODE_PATH=/tmp/spike/node_modules:<repo>/node_modules` (run.ts does).
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLModule, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';

const SPIKE = process.env.SPIKE ?? 'bare';
const PORT = Number(process.env.PORT ?? 0);
const ME = { id: '6f1c2c4e-0d6b-4a43-9d0c-6a1d8c1f2b11', displayName: '演示采购员' };
const ANSWER = JSON.stringify({ data: { me: ME } });

@ObjectType('User')
class UserType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@Resolver(() => UserType)
class MeResolver {
  @Query(() => UserType, { nullable: true })
  me(): UserType {
    return ME;
  }
}

/** Apollo's gateway hook used as a custom executor: graphql-jit compiles each document once. */
function jitGateway(getSchema: () => GraphQLSchema) {
  // graphql-jit is not a dependency (see above): its two functions, typed here.
  type Compiled = { query: (root: unknown, context: unknown, variables: Record<string, unknown>) => unknown };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileQuery, isCompiledQuery } = require('graphql-jit') as {
    compileQuery: (
      schema: GraphQLSchema,
      document: import('graphql').DocumentNode,
      operationName?: string,
    ) => Compiled | import('graphql').ExecutionResult;
    isCompiledQuery: (c: unknown) => c is Compiled;
  };
  const compiled = new Map<string, ReturnType<typeof compileQuery>>();
  return {
    async load() {
      return {
        executor: async (rc: {
          source: string;
          document: import('graphql').DocumentNode;
          operationName?: string | null;
          request: { variables?: Record<string, unknown> };
          context: unknown;
        }) => {
          let c = compiled.get(rc.source);
          if (!c) {
            c = compileQuery(getSchema(), rc.document, rc.operationName ?? undefined);
            compiled.set(rc.source, c);
          }
          if (!isCompiledQuery(c)) return c;
          return c.query(undefined, rc.context, rc.request.variables ?? {});
        },
      };
    },
    onSchemaLoadOrUpdate(cb: (s: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { printSchema } = require('graphql') as typeof import('graphql');
      cb({ apiSchema: getSchema(), coreSupergraphSdl: printSchema(getSchema()) });
      return () => undefined;
    },
    async stop() {
      /* nothing */
    },
  };
}

function appModule(jit: boolean) {
  let schema: GraphQLSchema | null = null;
  @Module({
    imports: [
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
        path: '/graphql',
        playground: false,
        csrfPrevention: true,
        transformSchema: (s: GraphQLSchema) => {
          schema = s;
          return s;
        },
        ...(jit ? { gateway: jitGateway(() => schema as GraphQLSchema) } : {}),
      } as ApolloDriverConfig),
    ],
    providers: [MeResolver],
  })
  class SpikeModule {}
  return SpikeModule;
}

async function main(): Promise<void> {
  if (SPIKE === 'bare') {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(ANSWER);
      });
    });
    server.listen(PORT, '127.0.0.1', () => process.send?.('ready'));
    return;
  }
  if (SPIKE === 'fastify-bare') {
    type FastifyFactory = (o?: object) => { post: (p: string, h: () => string) => void; listen: (o: object) => Promise<string> };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fastify = (require('fastify') as { default: FastifyFactory }).default;
    const app = fastify();
    app.post('/graphql', () => ANSWER);
    await app.listen({ port: PORT, host: '127.0.0.1' });
    process.send?.('ready');
    return;
  }
  if (SPIKE === 'nest-express' || SPIKE === 'nest-express-jit') {
    const app = await NestFactory.create(appModule(SPIKE === 'nest-express-jit'), { logger: ['error'] });
    await app.listen(PORT, '127.0.0.1');
    process.send?.('ready');
    return;
  }
  if (SPIKE === 'nest-fastify') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { FastifyAdapter } = require('@nestjs/platform-fastify') as { FastifyAdapter: new () => never };
    const app = await NestFactory.create(appModule(false), new FastifyAdapter(), { logger: ['error'] });
    await app.listen(PORT, '127.0.0.1');
    process.send?.('ready');
    return;
  }
  throw new Error(`unknown SPIKE ${SPIKE}`);
}

void main();
