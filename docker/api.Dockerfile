# Yigou API: the compiled JavaScript (npx nx build api) on Node 20, production dependencies only, as a non-root user.
# Build context: the repository root.  docker build -f docker/api.Dockerfile -t yigou-api .

# 1. Compile: every dependency (swc is a dev dependency), then dist/api.
FROM node:20-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY tools/scripts/build-api.mjs ./tools/scripts/
COPY apps/api/src ./apps/api/src
COPY libs/server ./libs/server
COPY libs/shared ./libs/shared
RUN node tools/scripts/build-api.mjs

# 2. Run: production dependencies only, the compiled files, PostgreSQL 17 client (pg_dump, pg_restore: Debian 13 ships 17, matching compose's server) for backups.
FROM node:20-trixie-slim
ENV NODE_ENV=production
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client-17 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/api ./dist/api
# Uploads (and backups, when BACKUP_DIR is not elsewhere) live under /data: a volume owned by the node user.
RUN mkdir -p /data/media /data/backups && chown -R node:node /data
USER node
ENV YIGOU_DATA_DIR=/data
EXPOSE 3000
# Readiness, not mere liveness: a replica whose database is unreachable leaves the load balancer's rotation.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# node as PID 1 receives SIGTERM from `docker stop` and drains (main.ts); compose gives it stop_grace_period.
# The operator's scripts, compiled like the API (package.json): docker compose exec api-1 npm run backup:prod
# (writes to /data/backups), npm run restore:prod -- <file> [url], npm run reconcile:prod.
CMD ["node", "--enable-source-maps", "dist/api/apps/api/src/main.js"]
