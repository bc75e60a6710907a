# Yigou API: NestJS + GraphQL on Node 20. Build context: the repository root.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# TypeScript is compiled at start by @swc-node/register, which needs the
# typescript package: install dev dependencies too, then run in production mode.
RUN npm ci --no-audit --no-fund
ENV NODE_ENV=production
COPY tsconfig.base.json tsconfig.json ./
COPY apps/api ./apps/api
COPY libs/server ./libs/server
COPY libs/shared ./libs/shared
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENV SWC_NODE_PROJECT=tsconfig.base.json
CMD ["node", "-r", "@swc-node/register", "apps/api/src/main.ts"]
