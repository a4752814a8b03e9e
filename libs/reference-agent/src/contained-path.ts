import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Whether `candidate`, resolved, is `root` or lies under it. The agent's defence in depth against a
 * name that is more than one path segment (`../../tmp/x`): the API refuses such names, but the agent
 * often runs as root on the server it protects and must never write outside its repository.
 */
export function isInsideRoot(root: string, candidate: string): boolean {
  const from = resolve(root);
  const rel = relative(from, resolve(from, candidate));
  return !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}
