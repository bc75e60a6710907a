import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { RequestContext } from '@yigou/server/core';
import { RegionService } from '@yigou/server/regions';
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
      return { filename: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', contentBase64: Buffer.from(`\uFEFF${this.csv(ranking)}`, 'utf8').toString('base64') };
    }
    const buf = await this.xlsx(ranking, regionName);
    return { filename: `${base}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: Buffer.from(buf).toString('base64') };
  }

  csv(r: Ranking): string {
    const esc = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [BULLETIN_HEADER.join(',')];
    for (const row of r.rows) {
      lines.push(
        [row.name, row.parentName ?? '', row.hasCanteen ? '是' : '否', plain(row.targetFen), plain(row.orderedFen), plain(row.completedFen), pct(row.rate), String(row.rank)]
          .map(esc)
          .join(','),
      );
    }
    lines.push(['合计', '', '', plain(r.totals.targetFen), plain(r.totals.orderedFen), plain(r.totals.completedFen), pct(r.totals.rate), ''].join(','));
    return lines.join('\n') + '\n';
  }

  async xlsx(r: Ranking, regionName: string = r.regionCode): Promise<ExcelJS.Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Yigou 以购';
    const ws = wb.addWorksheet('通报');
    ws.addRow([`${r.year} 年以购代捐完成情况通报（${regionName}）`]);
    ws.mergeCells(1, 1, 1, BULLETIN_HEADER.length);
    ws.getRow(1).font = { bold: true, size: 14 };
    const header = ws.addRow(BULLETIN_HEADER);
    header.font = { bold: true };
    for (const row of r.rows) {
      ws.addRow([row.name, row.parentName ?? '', row.hasCanteen ? '是' : '否', yuan(row.targetFen), yuan(row.orderedFen), yuan(row.completedFen), row.rate, row.rank]);
    }
    const totals = ws.addRow(['合计', '', '', yuan(r.totals.targetFen), yuan(r.totals.orderedFen), yuan(r.totals.completedFen), r.totals.rate, null]);
    totals.font = { bold: true };
    [4, 5, 6].forEach((c) => (ws.getColumn(c).numFmt = '#,##0.00'));
    ws.getColumn(7).numFmt = '0.00%';
    ws.getColumn(1).width = 28;
    ws.getColumn(2).width = 22;
    [4, 5, 6].forEach((c) => (ws.getColumn(c).width = 16));
    return wb.xlsx.writeBuffer();
  }
}
