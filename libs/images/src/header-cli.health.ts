import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult } from '@nestjs/terminus';
import { AppConfig } from '@zdm/common';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * Health of the header CLI (`IMAGE_HEADER_CLI`): it exists, is a file and is executable. Does not run
 * it (the vendor CLI has no "version" mode in its contract).
 */
@Injectable()
export class HeaderCliHealthIndicator {
  constructor(private readonly config: AppConfig) {}

  async check<const Key extends string>(key: Key): Promise<HealthIndicatorResult<Key>> {
    const cli = this.config.imageHeaderCli;
    const name = basename(cli);
    let problem: string | undefined;
    try {
      const s = await stat(cli);
      if (!s.isFile()) problem = 'not a file';
      else if ((s.mode & 0o111) === 0)
        problem = 'not executable'; // root passes X_OK only with some x bit, be explicit
      else await access(cli, constants.X_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problem = code === 'ENOENT' ? 'not found' : code === 'EACCES' ? 'not executable' : (code ?? 'not usable');
    }
    const result = problem
      ? { status: 'down' as const, cli: name, message: problem }
      : { status: 'up' as const, cli: name };
    return { [key]: result } as unknown as HealthIndicatorResult<Key>;
  }
}
