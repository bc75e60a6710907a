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
 * - `nest-fastify-lean`: `nest-fastify` with Apollo's cache-control and inline-trace plugins disabled, as the API
 *   has them (graphql.module.ts): cache control otherwise wraps every field's resolver.
 * - `nest-fastify-mercurius`: the same resolvers on `@nestjs/platform-fastify` + `@nestjs/mercurius` (Mercurius, with
 *   graphql-jit compiling a document once it has been run once, `jit: 1`); `nest-fastify-mercurius-nojit`: the same with
 *   `jit: 0` (graphql-js execution, Mercurius's own request pipeline).
 *
 * Every Nest module also answers `cards`: 20 product cards × 12 fields from an in-memory array, the shape of a
 * signed-in catalogue page, so that graphql-js's field-by-field execution can be set beside graphql-jit's.
 *
 * All of these packages are in the repository's node_modules now (Mercurius and `@nestjs/mercurius` as
 * devDependencies, for this spike only; graphql-jit comes with Mercurius). run.ts still puts SPIKE_NODE_MODULES
 * (default /tmp/spike/node_modules, if it exists) first on NODE_PATH, for trying other versions.
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLModule, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
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

@ObjectType('Card')
class CardType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() subtitle!: string;
  @Field() priceCents!: number;
  @Field() originalPriceCents!: number;
  @Field() unit!: string;
  @Field() county!: string;
  @Field() province!: string;
  @Field() imageUrl!: string;
  @Field() stock!: number;
  @Field() sold!: number;
  @Field() favourite!: boolean;
}

/** 20 cards, built once: the resolver returns the array, every field is a default (property) resolver. */
const CARDS: CardType[] = Array.from({ length: 20 }, (_, i) => ({
  id: `6f1c2c4e-0d6b-4a43-9d0c-6a1d8c1f2b${String(i).padStart(2, '0')}`,
  title: `隰县玉露香梨 ${i + 1} 号 5 斤装`,
  subtitle: '产地直发 · 脱贫县特产',
  priceCents: 3990 + i * 100,
  originalPriceCents: 4990 + i * 100,
  unit: '箱',
  county: '隰县',
  province: '山西省',
  imageUrl: `https://img.example.cn/p/${i}.webp`,
  stock: 100 + i,
  sold: 1000 + 7 * i,
  favourite: i % 3 === 0,
}));

@Resolver(() => UserType)
class MeResolver {
  @Query(() => UserType, { nullable: true })
  me(): UserType {
    return ME;
  }

  @Query(() => [CardType])
  cards(): CardType[] {
    return CARDS;
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

function appModule(jit: boolean, lean = false) {
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
        ...(lean ? { plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()] } : {}),
      } as ApolloDriverConfig),
    ],
    providers: [MeResolver],
  })
  class SpikeModule {}
  return SpikeModule;
}

/** The same resolvers on Mercurius; `jit`: after how many uses of a document graphql-jit compiles it (0: never). */
function mercuriusModule(jit: number) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MercuriusDriver } = require('@nestjs/mercurius') as typeof import('@nestjs/mercurius');
  @Module({
    imports: [
      GraphQLModule.forRoot<MercuriusDriverConfig>({
        driver: MercuriusDriver,
        autoSchemaFile: true,
        path: '/graphql',
        graphiql: false,
        jit,
      }),
    ],
    providers: [MeResolver],
  })
  class MercuriusSpikeModule {}
  return MercuriusSpikeModule;
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
  if (SPIKE === 'nest-fastify-mercurius' || SPIKE === 'nest-fastify-mercurius-nojit') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { FastifyAdapter } = require('@nestjs/platform-fastify') as { FastifyAdapter: new () => never };
    const app = await NestFactory.create(mercuriusModule(SPIKE === 'nest-fastify-mercurius' ? 1 : 0), new FastifyAdapter(), {
      logger: ['error'],
    });
    await app.listen(PORT, '127.0.0.1');
    process.send?.('ready');
    return;
  }
  if (SPIKE === 'nest-fastify' || SPIKE === 'nest-fastify-lean') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { FastifyAdapter } = require('@nestjs/platform-fastify') as { FastifyAdapter: new () => never };
    const app = await NestFactory.create(appModule(false, SPIKE === 'nest-fastify-lean'), new FastifyAdapter(), { logger: ['error'] });
    await app.listen(PORT, '127.0.0.1');
    process.send?.('ready');
    return;
  }
  throw new Error(`unknown SPIKE ${SPIKE}`);
}

void main();
