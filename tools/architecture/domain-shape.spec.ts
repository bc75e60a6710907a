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

/**
 * Each domain's feature folders: the folders directly under src/ that are not kind folders. A new one is a decision
 * like a new arrow between domains — add it here; a folder that is neither fails, so a file cannot land in `misc/`.
 * Inside a feature folder only kind folders (and `testing/`) are allowed.
 */
const FEATURE_FOLDERS: Record<string, readonly string[]> = {
  attribution: [],
  catalog: ['certification', 'import', 'onboarding', 'products'],
  events: [],
  identity: ['people', 'sms', 'user-cache', 'verification'],
  livestream: ['follow', 'offer-request', 'realtime', 'report'],
  media: ['s3'],
  notifications: [],
  orders: ['invoices', 'payments', 'pricing', 'ratings', 'shipping'],
  payments: ['alipay', 'wechatpay'],
  quota: [],
  reconciliation: [],
  regions: [],
};

const root = join(__dirname, '../..');
const sourcesOf = (domain: string) => domainSources(join(root, 'libs/server', domain));

describe('every converted server domain has the same inner shape', () => {
  it.each(CONVERTED)('%s', (domain) => {
    const files = sourcesOf(domain);
    expect(files.some((f) => f.path === 'index.ts')).toBe(true);
    expect(shapeProblems(files, FEATURE_FOLDERS[domain])).toEqual([]);
  });

  it('every converted domain says which feature folders it has', () => {
    expect(Object.keys(FEATURE_FOLDERS).sort()).toEqual([...CONVERTED].sort());
  });

  it('fails when a real service makes a coded error instead of throwing its domain’s errors.ts factory', () => {
    const files = sourcesOf('orders');
    const service = files.find((f) => f.path === 'shipping/services/parcel-rules.ts')!;
    expect(service).toBeDefined();
    const planted = files.map((f) =>
      f === service ? { ...f, text: `${f.text}\nexport const leak = () => new AppError(ERROR_CODES.BAD_USER_INPUT, '包裹为空');\n` } : f,
    );
    expect(shapeProblems(planted, FEATURE_FOLDERS.orders)).toEqual([
      'shipping/services/parcel-rules.ts: 1 coded error(s) made here; make them in errors.ts and throw its factory',
    ]);
  });

  it('fails when a real resolver reads the database itself instead of asking a service', () => {
    const files = sourcesOf('orders');
    const resolver = files.find((f) => f.path === 'ratings/resolvers/product-ratings.resolver.ts')!;
    expect(resolver).toBeDefined();
    const planted = files.map((f) =>
      f === resolver
        ? { ...f, text: f.text.replace('constructor(', 'constructor(@InjectDataSource() private readonly db: DataSource, ') }
        : f,
    );
    expect(shapeProblems(planted, FEATURE_FOLDERS.orders)).toEqual([
      'ratings/resolvers/product-ratings.resolver.ts: a resolver or controller reads through a service (no DataSource, repository or SQL here)',
    ]);
  });

  it('fails on a file in a folder no one declared, in a stray folder inside a feature, or a service loose in a feature', () => {
    const files = sourcesOf('orders');
    const planted: SourceFile[] = [
      { path: 'helpers/money-format.ts', text: 'export const x = 1;' },
      { path: 'shipping/utils/parcel-label.ts', text: 'export const y = 1;' },
      { path: 'invoices/invoice-mailer.service.ts', text: 'export class InvoiceMailer {}' },
    ];
    expect(shapeProblems([...files, ...planted], FEATURE_FOLDERS.orders)).toEqual([
      "helpers/: not a kind folder (entities, dto, resolvers, services, sql, jobs) nor one of the domain's feature folders",
      'invoices/invoice-mailer.service.ts: a service belongs in a services/ folder',
      'shipping/utils/: inside a feature folder only kind folders (entities, dto, resolvers, services, sql, jobs, testing)',
    ]);
  });

  it('fails when a real entity is made its own GraphQL object type again', () => {
    // Order was among the last seven entities (orders' checkout path) that were their own object type
    const files = domainSources(join(root, 'libs/server', 'orders'));
    const entity = files.find((f) => f.path === 'entities/order.entity.ts')!;
    expect(entity).toBeDefined();
    expect(shapeProblems(files)).toEqual([]);
    const planted = files.map((f) =>
      f === entity ? { ...f, text: f.text.replace("@Entity('shop_order')", "@ObjectType('Order')\n@Entity('shop_order')") } : f,
    );
    expect(shapeProblems(planted)).toEqual(['entities/order.entity.ts: GraphQL types (ObjectType) belong in a dto/ folder']);
  });

  it('fails when a file is dropped into a converted domain’s real src/', () => {
    const files = domainSources(join(root, 'libs/server', CONVERTED[0]));
    const planted: SourceFile = { path: 'planted.service.ts', text: 'export class PlantedService {}' };
    expect(shapeProblems([...files, planted])).toEqual([
      'planted.service.ts: a service belongs in a services/ folder',
      'planted.service.ts: only index.ts, *.module.ts and errors.ts sit directly in src/',
    ]);
  });

  it('fails when a GraphQL type is declared in a converted domain’s real service or beside its real entity', () => {
    const files = domainSources(join(root, 'libs/server', 'orders'));
    const service = files.find((f) => f.path === 'services/order.service.ts')!;
    const entity = files.find((f) => f.path === 'entities/order.entity.ts')!;
    expect(service).toBeDefined();
    expect(entity).toBeDefined();
    const planted = files.map((f) =>
      f === service
        ? { ...f, text: `${f.text}\n@ObjectType('OrderLeak') export class OrderLeak {}\n` }
        : f === entity
          ? { ...f, text: `${f.text}\nregisterEnumType(OrderLeakEnum, { name: 'OrderLeak' });\n` }
          : f,
    );
    expect(shapeProblems(planted)).toEqual([
      'entities/order.entity.ts: GraphQL types (registerEnumType) belong in a dto/ folder',
      'services/order.service.ts: GraphQL types (ObjectType) belong in a dto/ folder',
    ]);
  });
});

describe('the inner-shape checker', () => {
  const ok: SourceFile[] = [
    { path: 'index.ts', text: '' },
    { path: 'alpha.module.ts', text: '' },
    { path: 'entities/alpha.entity.ts', text: "@Entity('alpha') export class Alpha {}" },
    { path: 'resolvers/alpha.resolver.ts', text: '' },
    { path: 'services/alpha.service.ts', text: '' },
    { path: 'import/entities/alpha-import.entity.ts', text: '@Entity() export class AlphaImport {}' },
    { path: 'import/resolvers/alpha-import.resolver.ts', text: '' },
    { path: 'report/services/report.service.ts', text: '// an @Entity( in a comment does not count\n/* @Entity() @Entity() */' },
    { path: 'report/sql/report.sql.ts', text: '' },
    { path: 'report/testing/report.fixture.ts', text: '' },
    { path: 'import/resolvers/alpha-import.controller.ts', text: '' },
    { path: 'jobs/alpha-sweep.job.ts', text: '' },
    { path: 'errors.ts', text: "export const gone = () => new AppError(ERROR_CODES.NOT_FOUND, '没有了');" },
    { path: 'import/errors.ts', text: "export const bad = () => new AppError(ERROR_CODES.BAD_USER_INPUT, '不行');" },
    { path: 'services/alpha.service.spec.ts', text: "expect(err).toEqual(new AppError(ERROR_CODES.NOT_FOUND, '没有了'));" },
    { path: 'services/beta.service.ts', text: '// new AppError( in a comment does not count\nthrow gone();' },
    {
      path: 'dto/alpha.types.ts',
      text: "@ObjectType() export class AlphaView {}\n@InputType() export class AlphaInput {}\nregisterEnumType(E, { name: 'E' });",
    },
    { path: 'import/dto/alpha-import.args.ts', text: '@ArgsType() export class AlphaImportArgs {}' },
    { path: 'services/gamma.service.ts', text: '/** returns an @ObjectType() declared in dto/ */ export class GammaService {}' },
  ];

  it('accepts the shape: top-level index/module/errors, kind folders, feature folders with kind folders', () => {
    expect(shapeProblems(ok)).toEqual([]);
    expect(shapeProblems(ok, ['import', 'report'])).toEqual([]);
  });

  it('rejects coded errors outside errors.ts, role files outside their kind folder, and folders nobody declared', () => {
    expect(
      shapeProblems(
        [
          ...ok,
          { path: 'services/delta.service.ts', text: "throw new AppError(ERROR_CODES.NOT_FOUND, 'a'); throw new  AppError (x, 'b');" },
          { path: 'import/alpha-import.sql.ts', text: '' },
          { path: 'services/alpha.controller.ts', text: '' },
          { path: 'services/nightly.job.ts', text: '' },
          { path: 'services/alpha.input.ts', text: '' },
          { path: 'util/alpha-format.ts', text: '' },
          { path: 'report/helpers/alpha-format.ts', text: '' },
          { path: 'resolvers/beta.resolver.ts', text: 'const rows = await this.db.query(`SELECT 1`);' },
          { path: 'import/resolvers/alpha-import.controller.ts', text: 'constructor(@InjectRepository(Alpha) r: Repository<Alpha>) {}' },
          {
            path: 'resolvers/gamma.resolver.ts',
            text: '// not this.db.query( in a comment\n@Query(() => Gamma) gamma() { return this.gammas.one(); }',
          },
        ],
        ['import', 'report'],
      ),
    ).toEqual([
      'import/alpha-import.sql.ts: an SQL module belongs in a sql/ folder',
      'import/resolvers/alpha-import.controller.ts: a resolver or controller reads through a service (no DataSource, repository or SQL here)',
      'report/helpers/: inside a feature folder only kind folders (entities, dto, resolvers, services, sql, jobs, testing)',
      'resolvers/beta.resolver.ts: a resolver or controller reads through a service (no DataSource, repository or SQL here)',
      'services/alpha.controller.ts: a controller belongs in a resolvers/ folder',
      'services/alpha.input.ts: a GraphQL input or type file belongs in a dto/ folder',
      'services/delta.service.ts: 2 coded error(s) made here; make them in errors.ts and throw its factory',
      'services/nightly.job.ts: a job belongs in a jobs/ folder',
      "util/: not a kind folder (entities, dto, resolvers, services, sql, jobs) nor one of the domain's feature folders",
    ]);
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
      'alpha.service.ts: a service belongs in a services/ folder',
      'alpha.service.ts: only index.ts, *.module.ts and errors.ts sit directly in src/',
      'entities/pair.entity.ts: 2 @Entity classes in one file (one entity per file)',
      'services/alpha.resolver.ts: a resolver belongs in a resolvers/ folder',
      'services/beta.entity.ts: an entity file belongs in an entities/ folder',
    ]);
  });

  it('rejects GraphQL types outside dto/: in services, resolvers and entity files (an entity is never its own object type)', () => {
    expect(
      shapeProblems([
        ...ok,
        { path: 'services/alpha-list.ts', text: "export enum AlphaSort { A = 'A' }\nregisterEnumType(AlphaSort, { name: 'AlphaSort' });" },
        { path: 'resolvers/beta.resolver.ts', text: '@ObjectType() class BetaPayload {}\n@Resolver() export class BetaResolver {}' },
        { path: 'realtime/beta-update.ts', text: "@ObjectType('BetaUpdate') export class BetaUpdate {}" },
        {
          path: 'entities/delta.entity.ts',
          text: "@ObjectType() export class DeltaPart {}\n@ObjectType()\n@Entity('delta') export class Delta {}",
        },
        {
          path: 'entities/epsilon.entity.ts',
          text: "@InputType('EpsilonInput')\n@ObjectType()\n@Entity('epsilon') export class Epsilon {}",
        },
        { path: 'entities/zeta.entity.ts', text: '@ObjectType() export class ZetaView {}' },
        { path: 'entities/gamma.entity.ts', text: "@ObjectType('Gamma')\n@Entity('gamma') export class Gamma {}" },
        { path: 'services/union.ts', text: "export const U = createUnionType({ name: 'U', types: () => [] });" },
      ]),
    ).toEqual([
      'entities/delta.entity.ts: GraphQL types (2 ObjectType) belong in a dto/ folder',
      'entities/epsilon.entity.ts: GraphQL types (InputType, ObjectType) belong in a dto/ folder',
      'entities/gamma.entity.ts: GraphQL types (ObjectType) belong in a dto/ folder',
      'entities/zeta.entity.ts: GraphQL types (ObjectType) belong in a dto/ folder',
      'realtime/beta-update.ts: GraphQL types (ObjectType) belong in a dto/ folder',
      'resolvers/beta.resolver.ts: GraphQL types (ObjectType) belong in a dto/ folder',
      'services/alpha-list.ts: GraphQL types (registerEnumType) belong in a dto/ folder',
      'services/union.ts: GraphQL types (createUnionType) belong in a dto/ folder',
    ]);
  });
});
