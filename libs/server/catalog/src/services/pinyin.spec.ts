import { escapeLike, normalizeSearch, relevanceRank, searchColumnsFor, SearchTooLongError } from './pinyin';

describe('searchColumnsFor', () => {
  it('gives full pinyin without tones or spaces and the initials', () => {
    expect(searchColumnsFor('玉露香梨')).toEqual({ searchPinyin: 'yuluxiangli', searchInitials: 'ylxl' });
    expect(searchColumnsFor('双孢菇')).toEqual({ searchPinyin: 'shuangbaogu', searchInitials: 'sbg' });
  });

  it('ignores spaces and keeps letters and digits of mixed names', () => {
    expect(searchColumnsFor('玉露香梨 家庭装')).toEqual({
      searchPinyin: 'yuluxianglijiatingzhuang',
      searchInitials: 'ylxljtz',
    });
    expect(searchColumnsFor('5kg礼盒').searchPinyin).toBe('5kglihe');
  });

  it('writes ü as v the way people type it', () => {
    expect(searchColumnsFor('绿豆').searchPinyin).toBe('lvdou');
  });
});

describe('normalizeSearch', () => {
  it('lowercases and strips spaces; latin text searches pinyin', () => {
    expect(normalizeSearch('  YLXL ')).toEqual({ kind: 'latin', text: 'ylxl' });
    expect(normalizeSearch('yulu xiangli')).toEqual({ kind: 'latin', text: 'yuluxiangli' });
  });

  it('treats Chinese as name text', () => {
    expect(normalizeSearch(' 香 梨 ')).toEqual({ kind: 'text', text: '香梨' });
  });

  it('returns null for blank input', () => {
    expect(normalizeSearch('   ')).toBeNull();
    expect(normalizeSearch(undefined)).toBeNull();
  });

  it('refuses more than 50 characters after trimming but allows exactly 50', () => {
    expect(() => normalizeSearch('梨'.repeat(51))).toThrow(SearchTooLongError);
    expect(normalizeSearch(` ${'梨'.repeat(50)} `)).not.toBeNull();
  });
});

describe('escapeLike', () => {
  it('makes % _ and \\ match literally', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('relevanceRank', () => {
  const pear = { name: '玉露香梨', ...searchColumnsFor('玉露香梨') };
  const family = { name: '玉露香梨 家庭装', ...searchColumnsFor('玉露香梨 家庭装') };
  const chicken = { name: '冷鲜整鸡', ...searchColumnsFor('冷鲜整鸡') };

  it('ranks an exact initials match above a prefix match', () => {
    const q = normalizeSearch('ylxl')!;
    expect(relevanceRank(q, pear)).toBe(0);
    expect(relevanceRank(q, family)).toBe(1);
    expect(relevanceRank(q, chicken)).toBeNull();
  });

  it('finds by full pinyin and by a Chinese substring', () => {
    expect(relevanceRank(normalizeSearch('yuluxiangli')!, pear)).toBe(0);
    expect(relevanceRank(normalizeSearch('xiangli')!, pear)).toBe(2);
    expect(relevanceRank(normalizeSearch('香梨')!, family)).toBe(2);
    expect(relevanceRank(normalizeSearch('玉露香梨家庭装')!, family)).toBe(0);
  });
});
