import { join } from 'node:path';
import { domainSources, shapeProblems, SourceFile } from './domain-shape';

/**
 * The server domains already converted to the inner shape (issue 20). The list may only grow: convert a domain,
 * then add it here so it stays converted. Infrastructure libraries (core, database, jobs, spreadsheet,
 * demo-data) are not domains and keep their own layout.
 */
const CONVERTED = [
  'notifications',
  'regions',
  'quota',
  'events',
  'attribution',
  'payments',
  'orders',
  'livestream',
  'identity',
  'reconciliation',
  'media',
  'catalog',
];

const root = join(__dirname, '../..');

describe('every converted server domain has the same inner shape', () => {
  it.each(CONVERTED)('%s', (domain) => {
    const files = domainSources(join(root, 'libs/server', domain));
    expect(files.some((f) => f.path === 'index.ts')).toBe(true);
    expect(shapeProblems(files)).toEqual([]);
  });

  it('fails when a file is dropped into a converted domain’s real src/', () => {
    const files = domainSources(join(root, 'libs/server', CONVERTED[0]));
    const planted: SourceFile = { path: 'planted.service.ts', text: 'export class PlantedService {}' };
    expect(shapeProblems([...files, planted])).toEqual([
      'planted.service.ts: only index.ts, *.module.ts and errors.ts sit directly in src/',
    ]);
  });
});

describe('the inner-shape checker', () => {
  const ok: SourceFile[] = [
    { path: 'index.ts', text: '' },
    { path: 'alpha.module.ts', text: '' },
    { path: 'errors.ts', text: '' },
    { path: 'entities/alpha.entity.ts', text: "@Entity('alpha') export class Alpha {}" },
    { path: 'resolvers/alpha.resolver.ts', text: '' },
    { path: 'services/alpha.service.ts', text: '' },
    { path: 'services/alpha.service.spec.ts', text: '' },
    { path: 'import/entities/alpha-import.entity.ts', text: '@Entity() export class AlphaImport {}' },
    { path: 'import/resolvers/alpha-import.resolver.ts', text: '' },
    { path: 'report/report.service.ts', text: '// an @Entity( in a comment does not count\n/* @Entity() @Entity() */' },
  ];

  it('accepts the shape: top-level index/module/errors, kind folders, feature folders with kind folders', () => {
    expect(shapeProblems(ok)).toEqual([]);
  });

  it('rejects loose top-level files, entities and resolvers outside their folders, and two entities in a file', () => {
    expect(
      shapeProblems([
        ...ok,
        { path: 'alpha.service.ts', text: '' },
        { path: 'alpha.entity.ts', text: '@Entity() export class Loose {}' },
        { path: 'services/beta.entity.ts', text: '@Entity() export class Beta {}' },
        { path: 'services/alpha.resolver.ts', text: '' },
        { path: 'entities/pair.entity.ts', text: "@Entity('a') export class A {}\n@Entity('b') export class B {}" },
      ]),
    ).toEqual([
      'alpha.entity.ts: an entity file belongs in an entities/ folder',
      'alpha.entity.ts: only index.ts, *.module.ts and errors.ts sit directly in src/',
      'alpha.service.ts: only index.ts, *.module.ts and errors.ts sit directly in src/',
      'entities/pair.entity.ts: 2 @Entity classes in one file (one entity per file)',
      'services/alpha.resolver.ts: a resolver belongs in a resolvers/ folder',
      'services/beta.entity.ts: an entity file belongs in an entities/ folder',
    ]);
  });
});
