// @ts-nocheck
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The directory of the nearest package.json named "zhengwu", walking up from `from`; undefined if none.
 * Commands use it so they work from any folder inside the project.
 */
export function findProjectRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
        if (typeof pkg === 'object' && pkg !== null && (pkg as { name?: unknown }).name === 'zhengwu') return dir;
      } catch {
        // A broken package.json further down is not ours; keep walking.
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}
