// The hash a build is stamped with: src/ (every .ts, .mts, .mjs, .js and .json file, in a fixed order)
// and the named files. A test setup rebuilds when the stamp differs, so a stale build never passes a test.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SHA-256 over ROOT/src and `files` (paths relative to ROOT; missing ones are skipped), each entry named by its relative path. */
export function sourceTreeHash(root, files) {
  const hash = createHash('sha256');
  const add = (path) => {
    hash.update(relative(root, path));
    hash.update('\0');
    hash.update(readFileSync(path));
    hash.update('\0');
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mts|mjs|js|json)$/.test(entry.name)) add(path);
    }
  };
  walk(join(root, 'src'));
  for (const file of files) if (existsSync(join(root, file))) add(join(root, file));
  return hash.digest('hex');
}
