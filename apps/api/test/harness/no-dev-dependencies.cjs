// Preloaded (`node -r`) into a compiled entry point by production-build.int-spec: refuses to load any package that
// package.json lists only under devDependencies when the compiled code asks for it (what `npm ci --omit=dev`
// would leave out), and TypeScript sources altogether. A dependency's own optional use of one is its business.
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join, sep } = require('node:path');

const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
const dev = new Set(Object.keys(pkg.devDependencies ?? {}).filter((name) => !(name in (pkg.dependencies ?? {}))));
const packageOf = (request) => (request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0]);
const original = Module._load;
Module._load = function load(request, parent) {
  const fromOurCode = !parent || !parent.filename || !parent.filename.includes(`${sep}node_modules${sep}`);
  if (fromOurCode && !request.startsWith('.') && !request.startsWith('node:') && dev.has(packageOf(request))) {
    throw new Error(`the compiled code loads the dev dependency ${request} (from ${parent && parent.filename})`);
  }
  if (/\.tsx?$/.test(request)) throw new Error(`the compiled code loads TypeScript: ${request}`);
  return original.apply(this, arguments);
};
