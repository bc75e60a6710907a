/** "王小明" → "王**": the ticker never shows a buyer's full name. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '**';
  return `${chars[0]}**`;
}

/** 1478100 yuan in fen → "147.81 万元"; below 10,000 yuan → "8,600.00 元". */
export function formatWanYuan(fen: number): string {
  if (Math.abs(fen) >= 1_000_000) return `${(Math.round(fen / 10_000) / 100).toFixed(2)} 万元`;
  return `${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}
