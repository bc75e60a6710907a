import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@yigou/server/core';

@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Liveness and database reachability, for load balancers and `docker compose`. */
  @Public()
  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const started = process.hrtime.bigint();
    try {
      await this.db.query('SELECT 1');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs: Math.round(latencyMs * 100) / 100 } });
    } catch (e) {
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ status: 'error', database: { status: 'down', error: e instanceof Error ? e.message : String(e) } });
    }
  }
}
