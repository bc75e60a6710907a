import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { isUuid } from '@yigou/shared/validation';
import { LiveSession } from '../entities/live-session.entity';

/** Livestream's read port for other domains that name sessions (attribution's report labels its rows by title). */
@Injectable()
export class LiveSessionTitles {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Session id → title; unknown ids are left out. */
  async titles(ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (wanted.length === 0) return new Map();
    const rows = await this.db.getRepository(LiveSession).find({ where: { id: In(wanted) }, select: { id: true, title: true } });
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
