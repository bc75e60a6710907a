import { formatWanYuan, maskName } from './livestream.utils';
import { officeSentence } from '../report/services/live-report.service';

describe('livestream wording', () => {
  it('masks buyer names to the first character', () => {
    expect(maskName('王晓文')).toBe('王**');
    expect(maskName('欧阳')).toBe('欧**');
    expect(maskName('')).toBe('**');
  });

  it('writes the office sentence from figures, e.g. 汾西县 2020', () => {
    expect(officeSentence({ hosts: 5, leaders: true, sessions: 9, tourism: 2, orders: 16831, salesFen: 147_810_000 })).toBe(
      '5 名县级领导直播带货 9 场（含文旅推介 2 场），累计销售 16,831 单，销售金额 147.81 万元',
    );
    expect(officeSentence({ hosts: 1, leaders: false, sessions: 1, tourism: 0, orders: 3, salesFen: 8600 })).toBe(
      '1 名主播直播带货 1 场，累计销售 3 单，销售金额 86.00 元',
    );
    expect(formatWanYuan(1_000_000)).toBe('1.00 万元');
  });
});
