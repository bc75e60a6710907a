#!/usr/bin/env node
// `npx nx build api` (or `npm run build:api`): compiles the API and the server and shared libraries it uses
// to CommonJS JavaScript under dist/api, with swc (the compiler `npm start` and Jest already use), keeping
// decorator metadata (NestJS DI and TypeORM read it). The repository's layout is mirrored
// (dist/api/apps/api/src/main.js, dist/api/libs/server/…), so files found next to the code (demo data,
// demo images) keep their relative places; `@yigou/...` imports are rewritten to relative paths.
// `npm run start:prod` runs the result with plain node: no TypeScript, no swc, no dev dependency at run time.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFile } from '@swc/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// YIGOU_BUILD_OUT: somewhere else than dist/api (the test that starts the compiled API builds into a temp folder).
const out = process.env.YIGOU_BUILD_OUT ? resolve(process.env.YIGOU_BUILD_OUT) : join(root, 'dist/api');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
// Server-side aliases only: the web libraries and the test harness are not part of the API.
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).filter(([alias]) => !alias.startsWith('@yigou/web/') && alias !== '@yigou/server/testing'),
);

const SOURCE_ROOTS = [
  'apps/api/src',
  ...['libs/server', 'libs/shared'].flatMap((d) => readdirSync(join(root, d)).map((lib) => `${d}/${lib}/src`)),
];
/** Data read at run time relative to the compiled file. */
const ASSETS = ['libs/server/demo-data/data', 'libs/server/demo-data/assets'];

function sources(dir) {
  const files = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...sources(rel));
    else if (/\.ts$/.test(entry.name) && !/\.(spec|int-spec|d)\.ts$/.test(entry.name)) files.push(rel);
  }
  return files;
}

const started = Date.now();
rmSync(out, { recursive: true, force: true });
const files = SOURCE_ROOTS.filter((d) => existsSync(join(root, d))).flatMap(sources);
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(join(root, file), {
      swcrc: false,
      configFile: false,
      sourceMaps: true,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
        baseUrl: root,
        paths,
      },
      module: { type: 'commonjs', resolveFully: false },
    });
    const target = join(out, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);
for (const dir of ASSETS) cpSync(join(root, dir), join(out, dir), { recursive: true });
// A stray alias left in the output would only fail at run time: refuse to finish instead.
const leftover = files.map((f) => join(out, f.replace(/\.ts$/, '.js'))).filter((f) => /require\("@yigou\//.test(readFileSync(f, 'utf8')));
if (leftover.length) {
  console.error(`unresolved @yigou/ imports in ${leftover.map((f) => relative(root, f)).join(', ')}`);
  process.exit(1);
}
console.log(
  `built ${files.length} files into ${relative(root, out)} in ${((Date.now() - started) / 1000).toFixed(1)} s; run: node dist/api/apps/api/src/main.js`,
);
