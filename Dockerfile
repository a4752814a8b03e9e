# syntax=docker/dockerfile:1
# Multi-stage: build (TypeScript, Swagger plugin, reference header CLI) → slim runtime as non-root.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/var/lib/zdm BACKUP_REPOSITORY_PATH=/ZConverter
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
# The app only: dist/apps and dist/libs (benchmarks and tests are not in the build context).
COPY --from=build --chown=node:node /app/dist/apps ./dist/apps
COPY --from=build --chown=node:node /app/dist/libs ./dist/libs
COPY --from=build --chown=node:node /app/libs/images/reference-cli/bin ./libs/images/reference-cli/bin
RUN mkdir -p /var/lib/zdm /ZConverter && chown node:node /var/lib/zdm /ZConverter
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/src/main.js"]
