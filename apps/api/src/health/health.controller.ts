import { Controller, Get, HttpStatus, Inject, Logger, OnApplicationShutdown, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Public } from '@yigou/server/core';

/** A check slower than this counts as failed: a load balancer should not wait on a stuck database. */
const CHECK_TIMEOUT_MS = 2000;

type CheckResult = { status: 'up' | 'down'; latencyMs?: number };

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * /health/live: the process answers (restart it if not). /health/ready: it can serve — the database answers,
 * every migration is applied, Redis answers when configured, and it is not draining. /health: the database
 * check, kept for existing probes. Answers name each check as up or down and never carry an error's text
 * (it may name hosts, users or databases); the reason is logged instead.
 */
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly log = new Logger('health');
  private redis: Redis | null = null;
  /** Set while the API drains (startApi's close()): readiness fails, so a load balancer stops sending it requests. */
  draining = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: FastifyReply): Promise<void> {
    const database = await this.check('database', () => this.db.query('SELECT 1'));
    res
      .status(database.status === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .send({ status: database.status === 'up' ? 'ok' : 'error', database });
  }

  @Public()
  @Get('live')
  live(@Res() res: FastifyReply): void {
    res.status(HttpStatus.OK).send({ status: 'ok' });
  }

  @Public()
  @Get('ready')
  async ready(@Res() res: FastifyReply): Promise<void> {
    const [database, migrations, redis] = await Promise.all([
      this.check('database', () => this.db.query('SELECT 1')),
      this.check('migrations', async () => {
        if (await this.db.showMigrations()) throw new Error('migrations pending');
      }),
      this.config.redisUrl ? this.check('redis', () => this.redisClient().ping()) : Promise.resolve(null),
    ]);
    const checks: Record<string, CheckResult | { status: 'up' | 'down' }> = { database, migrations: { status: migrations.status } };
    if (redis) checks.redis = redis;
    if (this.draining) checks.draining = { status: 'down' };
    const up = Object.values(checks).every((c) => c.status === 'up');
    res.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).send({ status: up ? 'ok' : 'error', checks });
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }

  private redisClient(): Redis {
    if (!this.redis) {
      this.redis = new Redis(this.config.redisUrl as string, { maxRetriesPerRequest: 1, connectionName: 'yigou-health' });
      this.redis.on('error', () => undefined); // reported through the failed ping
    }
    return this.redis;
  }

  private async check(name: string, run: () => Promise<unknown>): Promise<CheckResult> {
    const started = process.hrtime.bigint();
    try {
      await within(run(), CHECK_TIMEOUT_MS);
      return { status: 'up', latencyMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100 };
    } catch (e) {
      this.log.warn(`${name} check failed: ${e instanceof Error ? e.message : String(e)}`);
      return { status: 'down' };
    }
  }
}
