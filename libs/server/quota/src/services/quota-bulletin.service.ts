import { Injectable } from '@nestjs/common';
import { RequestContext } from '@yigou/server/core';
import { RegionService } from '@yigou/server/regions';
import { writeCsv, writeWorkbook } from '@yigou/server/spreadsheet';
import { QuotaProgressService } from './quota-progress.service';
import type { Ranking } from './quota-ranking.service';

export const BULLETIN_HEADER = ['单位', '主管部门', '是否有食堂', '年度目标（元）', '已下单（元）', '已完成（元）', '完成率', '排名'];

export interface BulletinFile {
  filename: string;
  mimeType: string;
  contentBase64: string;
}

const yuan = (fen: number) => fen / 100;
/** fen → "1234.50" exactly (integer arithmetic), for CSV. */
const plain = (fen: number) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
const pct = (rate: number) => `${(rate * 100).toFixed(2)}%`;

/** 月度通报: the jurisdiction ranking as the spreadsheet offices use, with totals. */
@Injectable()
export class QuotaBulletinService {
  constructor(
    private readonly progress: QuotaProgressService,
    private readonly regions: RegionService,
  ) {}

  async export(ctx: RequestContext, regionCode: string, year: number, format: 'xlsx' | 'csv'): Promise<BulletinFile> {
    const ranking = await this.progress.ranking(ctx, regionCode, year);
    const regionName = (await this.regions.getByCode(ranking.regionCode))?.name ?? ranking.regionCode;
    const base = `以购代捐通报-${regionName}-${year}-${ctx.now.toISOString().slice(0, 7)}`;
    if (format === 'csv') {
      return {
        filename: `${base}.csv`,
        mimeType: 'text/csv; charset=utf-8',
        contentBase64: writeCsv(this.csvRows(ranking), { eol: '\n' }).toString('base64'),
      };
    }
    const buf = await this.xlsx(ranking, regionName);
    return {
      filename: `${base}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: buf.toString('base64'),
    };
  }

  /** The bulletin as CSV rows (amounts as exact "1234.50"), header first, totals last. */
  csvRows(r: Ranking): string[][] {
    return [
      BULLETIN_HEADER,
      ...r.rows.map((row) => [
        row.name,
        row.parentName ?? '',
        row.hasCanteen ? '是' : '否',
        plain(row.targetFen),
        plain(row.orderedFen),
        plain(row.completedFen),
        pct(row.rate),
        String(row.rank),
      ]),
      ['合计', '', '', plain(r.totals.targetFen), plain(r.totals.orderedFen), plain(r.totals.completedFen), pct(r.totals.rate), ''],
    ];
  }

  xlsx(r: Ranking, regionName: string = r.regionCode): Promise<Buffer> {
    const money = '#,##0.00';
    return writeWorkbook([
      {
        name: '通报',
        title: `${r.year} 年以购代捐完成情况通报（${regionName}）`,
        columns: [
          { header: BULLETIN_HEADER[0], width: 28 },
          { header: BULLETIN_HEADER[1], width: 22 },
          { header: BULLETIN_HEADER[2], width: 12 },
          { header: BULLETIN_HEADER[3], width: 16, numFmt: money },
          { header: BULLETIN_HEADER[4], width: 16, numFmt: money },
          { header: BULLETIN_HEADER[5], width: 16, numFmt: money },
          { header: BULLETIN_HEADER[6], width: 10, numFmt: '0.00%' },
          { header: BULLETIN_HEADER[7], width: 8 },
        ],
        rows: r.rows.map((row) => [
          row.name,
          row.parentName ?? '',
          row.hasCanteen ? '是' : '否',
          yuan(row.targetFen),
          yuan(row.orderedFen),
          yuan(row.completedFen),
          row.rate,
          row.rank,
        ]),
        below: [
          {
            cells: ['合计', '', '', yuan(r.totals.targetFen), yuan(r.totals.orderedFen), yuan(r.totals.completedFen), r.totals.rate, null],
            bold: true,
          },
        ],
      },
    ]);
  }
}
