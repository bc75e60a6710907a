/**
 * Writes apps/api/schema.gql from the code-first resolvers without a database:
 * the storefront's codegen reads it (`npm run codegen` runs this first).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@yigou/server/core';
import { AppModule } from '../app.module';

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'error' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { connectDatabase: false }), { logger: ['error'] });
  await app.init();
  await app.close();
  process.stdout.write('wrote apps/api/schema.gql\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
