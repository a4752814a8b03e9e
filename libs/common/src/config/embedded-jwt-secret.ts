import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File in DATA_DIR that keeps the embedded default's JWT secret. */
export const JWT_SECRET_FILE = 'jwt-secret';
const MIN_LENGTH = 32;

/**
 * The JWT secret of the embedded default (no JWT_SECRET, no DATABASE_URL): generated once and kept
 * in `DATA_DIR/jwt-secret` (mode 0600), so tokens, and Swagger UI's persisted authorization,
 * survive a restart. `memory://` (throw-away runs) gets a fresh one. With DATABASE_URL the setting
 * stays required (validated in environment.ts): replicas must share it.
 */
export function embeddedJwtSecret(dataDir: string): string {
  if (dataDir === 'memory://') return randomBytes(32).toString('hex');
  const file = join(dataDir, JWT_SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process of the same DATA_DIR wrote it first: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readSecret(file) ?? secret;
    throw error;
  }
}

function readSecret(file: string): string | undefined {
  try {
    const value = readFileSync(file, 'utf8').trim();
    return value.length >= MIN_LENGTH ? value : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
