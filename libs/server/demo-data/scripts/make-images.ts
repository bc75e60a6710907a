/**
 * Draws the demo product tiles (800×800 SVG) into assets/images/<product-key>.svg.
 * Run once after changing data/demo.json:
 *   node -r @swc-node/register libs/server/demo-data/scripts/make-images.ts
 * The output is committed; nothing runs this at start.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProductCategory } from '@yigou/shared/domain';
import { demoImagesDir, readDemoData } from '../src/demo-data.types';

const PALETTE: Record<ProductCategory, [string, string, string]> = {
  fruit: ['#fff7d6', '#f6e27a', '#c9a227'],
  vegetable: ['#f3ecdf', '#dcc9a5', '#8a6a3b'],
  mushroom: ['#f7f3ee', '#e3d6c6', '#8b6f56'],
  grain: ['#fff4dc', '#f5d48a', '#b8860b'],
  meat: ['#fdeceb', '#f2b8b0', '#a8453a'],
  poultry: ['#fff1e6', '#f7c9a0', '#b5642a'],
  nuts: ['#f6eee4', '#d9bf9c', '#7a5531'],
  honey: ['#fff6dc', '#f8cf5e', '#c7860e'],
  feed: ['#eef3e4', '#c9d8a8', '#5f7a2e'],
  handicraft: ['#f7ecf5', '#e0b7d8', '#8e3f82'],
};

type Motif = (ink: string, accent: string) => string;

const pear: Motif = (ink, accent) => `
  <path d="M400 250c-40 0-60 40-62 85-3 55-88 95-88 190 0 95 70 150 150 150s150-55 150-150c0-95-85-135-88-190-2-45-22-85-62-85z" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <path d="M400 255c0-40 8-70 30-95" stroke="${ink}" stroke-width="12" fill="none" stroke-linecap="round"/>
  <path d="M432 170c40-30 90-25 115 5-40 30-90 25-115-5z" fill="#7cb342" stroke="${ink}" stroke-width="8"/>
  <ellipse cx="350" cy="520" rx="28" ry="60" fill="#fff" opacity=".35"/>`;
const chicken: Motif = (ink, accent) => `
  <ellipse cx="410" cy="500" rx="170" ry="130" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <circle cx="290" cy="360" r="80" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <path d="M255 285c10-40 45-45 50-15 15-30 50-20 40 15" fill="#e53935" stroke="${ink}" stroke-width="8"/>
  <path d="M215 360l-45 18 45 18z" fill="#ffb300" stroke="${ink}" stroke-width="8"/>
  <circle cx="275" cy="345" r="10" fill="${ink}"/>
  <path d="M420 470c60 0 110 30 120 80-60 10-110-20-120-80z" fill="#fff" opacity=".5" stroke="${ink}" stroke-width="6"/>
  <path d="M370 625v60M450 625v60" stroke="${ink}" stroke-width="10" stroke-linecap="round"/>`;
const mushroom: Motif = (ink, accent) => `
  <path d="M200 440c0-130 90-210 200-210s200 80 200 210z" fill="#fffaf2" stroke="${ink}" stroke-width="10"/>
  <path d="M330 440h140l-15 220c-2 25-108 25-110 0z" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <ellipse cx="330" cy="330" rx="40" ry="22" fill="${accent}" opacity=".6"/>
  <ellipse cx="470" cy="360" rx="30" ry="18" fill="${accent}" opacity=".6"/>`;
const walnut: Motif = (ink, accent) => `
  <ellipse cx="400" cy="460" rx="170" ry="190" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <path d="M400 270v380" stroke="${ink}" stroke-width="8"/>
  <path d="M320 340c30 30-30 60 0 90s-30 60 0 90M480 340c-30 30 30 60 0 90s30 60 0 90" stroke="${ink}" stroke-width="7" fill="none"/>`;
const dateWalnut: Motif = (ink, accent) => `
  <ellipse cx="400" cy="460" rx="220" ry="130" fill="#b71c1c" stroke="${ink}" stroke-width="10"/>
  <ellipse cx="400" cy="460" rx="120" ry="70" fill="${accent}" stroke="${ink}" stroke-width="8"/>
  <path d="M320 460c30-30 50 30 80 0s50 30 80 0" stroke="${ink}" stroke-width="7" fill="none"/>`;
const meat: Motif = (ink, accent) => `
  <path d="M250 430c0-110 110-170 220-150 110 20 150 120 110 210-40 90-150 130-250 110-60-12-80-80-80-170z" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <path d="M300 440c40-60 140-80 200-40" stroke="#fff" stroke-width="18" fill="none" stroke-linecap="round" opacity=".8"/>
  <circle cx="450" cy="480" r="34" fill="#fff" stroke="${ink}" stroke-width="8"/>`;
const lambLeg: Motif = (ink, accent) => `
  <path d="M260 560c-40-120 40-260 170-270 90-6 130 70 100 140-25 60-90 80-130 150-30 50-100 60-140-20z" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <path d="M480 330l110-110" stroke="#fff8e1" stroke-width="34" stroke-linecap="round"/>
  <circle cx="598" cy="206" r="26" fill="#fff8e1" stroke="${ink}" stroke-width="8"/>`;
const honey: Motif = (ink, accent) => `
  <rect x="270" y="300" width="260" height="330" rx="50" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <rect x="290" y="250" width="220" height="60" rx="14" fill="#8d6e63" stroke="${ink}" stroke-width="10"/>
  <rect x="310" y="400" width="180" height="120" rx="16" fill="#fff8e1" stroke="${ink}" stroke-width="6"/>
  <path d="M400 430l35 20v40l-35 20-35-20v-40z" fill="${accent}" stroke="${ink}" stroke-width="6"/>`;
const insole: Motif = (ink, accent) => `
  <path d="M330 220c70-10 110 60 100 160-8 80-10 150 10 220 18 70-80 90-110 30-40-80-60-200-40-300 8-50 20-105 40-110z" fill="#fff" stroke="${ink}" stroke-width="10"/>
  <path d="M470 220c70-10 110 60 100 160-8 80-10 150 10 220 18 70-80 90-110 30-40-80-60-200-40-300 8-50 20-105 40-110z" fill="#fff" stroke="${ink}" stroke-width="10"/>
  <circle cx="345" cy="330" r="26" fill="${accent}"/><circle cx="485" cy="330" r="26" fill="${accent}"/>
  <path d="M345 380v120M485 380v120" stroke="#43a047" stroke-width="8"/>`;
const beads: Motif = (ink, accent) => `
  ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    .map((i) => {
      const a = (i / 12) * Math.PI * 2;
      const colours = [accent, '#29b6f6', '#ffca28', '#66bb6a'];
      return `<circle cx="${400 + Math.cos(a) * 170}" cy="${450 + Math.sin(a) * 170}" r="42" fill="${colours[i % 4]}" stroke="${ink}" stroke-width="7"/>`;
    })
    .join('')}
  <circle cx="400" cy="450" r="70" fill="#fff" stroke="${ink}" stroke-width="8"/>`;
const potato: Motif = (ink, accent) => `
  <path d="M220 470c-10-110 90-190 210-180 120 10 170 90 150 180-20 100-120 150-220 140-90-8-135-60-140-140z" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <circle cx="330" cy="420" r="9" fill="${ink}"/><circle cx="450" cy="380" r="9" fill="${ink}"/><circle cx="480" cy="500" r="9" fill="${ink}"/>`;
const millet: Motif = (ink, accent) => `
  <path d="M400 680c0-150 20-300 80-420" stroke="#7cb342" stroke-width="12" fill="none"/>
  ${Array.from({ length: 9 }, (_, i) => `<ellipse cx="${470 - i * 6}" cy="${280 + i * 38}" rx="44" ry="24" fill="${accent}" stroke="${ink}" stroke-width="6" transform="rotate(-25 ${470 - i * 6} ${280 + i * 38})"/>`).join('')}`;
const feed: Motif = (ink, accent) => `
  <path d="M270 300h260l30 350H240z" fill="${accent}" stroke="${ink}" stroke-width="10"/>
  <path d="M270 300c40-40 220-40 260 0" fill="none" stroke="${ink}" stroke-width="10"/>
  <path d="M330 470c30-30 60 30 90 0s60 30 90 0" stroke="#8d6e63" stroke-width="22" fill="none" stroke-linecap="round"/>`;

const MOTIFS: Record<string, Motif> = {
  'yulu-pear-5kg': pear,
  'yulu-pear-10kg': pear,
  'broiler-whole': chicken,
  'broiler-breast': meat,
  'button-mushroom': mushroom,
  'mealworm-dried': feed,
  walnut,
  beef: meat,
  lamb: lambLeg,
  honey,
  'date-walnut': dateWalnut,
  insoles: insole,
  'bead-ornament': beads,
  potato,
  millet,
  'yushe-lamb-leg': lambLeg,
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tile(name: string, spec: string, category: ProductCategory, motif: Motif): string {
  const [light, mid, ink] = PALETTE[category];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="${escape(name)}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient>
    <radialGradient id="glow" cx=".5" cy=".45" r=".5"><stop offset="0" stop-color="#fff" stop-opacity=".7"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="800" height="800" fill="url(#bg)"/>
  <circle cx="400" cy="440" r="300" fill="url(#glow)"/>
  <g transform="translate(0 -40)">${motif(ink, mid)}
  </g>
  <rect x="0" y="640" width="800" height="160" fill="#fff" opacity=".72"/>
  <text x="400" y="712" text-anchor="middle" font-family="'Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="60" font-weight="700" fill="${ink}">${escape(name)}</text>
  <text x="400" y="768" text-anchor="middle" font-family="'Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="32" fill="#5d4037">${escape(spec)}</text>
</svg>
`;
}

mkdirSync(demoImagesDir, { recursive: true });
for (const p of readDemoData().products) {
  const motif = MOTIFS[p.key] ?? pear;
  writeFileSync(join(demoImagesDir, `${p.key}.svg`), tile(p.name, p.spec, p.category, motif));
}
console.log(`wrote ${readDemoData().products.length} images to ${demoImagesDir}`);
