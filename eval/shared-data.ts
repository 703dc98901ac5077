/**
 * Where the open evaluation data is: one place for every eval, bench and training script. The data sits in
 * `../shared/data` beside the repository; TABAYYUN_SHARED names another shared folder and, when set, is the only
 * place looked at (a wrong value is reported, never silently replaced by ../shared).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder (the one holding data/), or null when there is none. */
export function findSharedDir(): string | null {
  const fromEnv = process.env['TABAYYUN_SHARED'];
  if (fromEnv) {
    if (existsSync(join(fromEnv, 'data'))) return fromEnv;
    console.error(`TABAYYUN_SHARED=${fromEnv} has no data/ folder`);
    return null;
  }
  for (const c of [join(process.cwd(), '..', 'shared'), new URL('../../../shared', import.meta.url).pathname]) {
    if (existsSync(join(c, 'data'))) return c;
  }
  return null;
}

/**
 * A path inside the shared data, given the shared folder or its data/ folder itself (both are accepted, as callers
 * and users pass either); undefined when it does not exist.
 */
export function sharedDataPath(sharedDir: string, ...parts: string[]): string | undefined {
  for (const p of [join(sharedDir, 'data', ...parts), join(sharedDir, ...parts)]) if (existsSync(p)) return p;
  return undefined;
}
