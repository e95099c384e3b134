import { closeSync, existsSync, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { decodeUtf8 } from '../formats/read/decode.js';

/** The package's own folder (where data/ lives), wherever the CLI is run from. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of a built-in data file, e.g. `data/survey.json`. */
export function builtInPath(name: string): string {
  return join(PACKAGE_ROOT, 'data', name);
}

/** Largest input file read, checked before reading. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads a text file, or throws an `InputError` that names it (missing, a folder, too large, not UTF-8 text: the byte offset named). */
export function readTextFile(path: string, label = path): string {
  return decodeUtf8(readFileBytes(path, label), label);
}

/** Reads an input file's bytes, or throws an `InputError` that names it (missing, a folder, too large, binary). */
export function readFileBytes(path: string, label = path): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${label}: is a folder; expected a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${label}: cannot read it (${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message})`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`${label}: ${(size / 1048576).toFixed(0)} MB is larger than the ${MAX_INPUT_BYTES / 1048576} MB limit for input files`);
  const buf = readFileSync(path);
  if (buf.includes(0)) throw new InputError(`${label}: looks like a binary file; expected UTF-8 text`);
  return buf;
}

/**
 * Checks an output path before any work is done: inside the working folder (also through
 * symlinks), its folder exists, and it is not itself a folder. Returns the absolute path.
 */
export function checkOutputPath(path: string, cwd = process.cwd()): string {
  const abs = resolve(cwd, path);
  const dir = dirname(abs);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`--out ${path}: the folder ${dir} does not exist`);
  const realCwd = realpathSync(cwd);
  const realDir = realpathSync(dir);
  const rel = relative(realCwd, realDir);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new InputError(`--out ${path}: is outside the working folder ${realCwd}; write inside it (cd there first)`);
  if (existsSync(abs)) {
    const st = lstatSync(abs);
    if (st.isDirectory()) throw new InputError(`--out ${path}: is a folder; expected a file name`);
    if (st.isSymbolicLink()) {
      const target = realpathSync(abs);
      const relTarget = relative(realCwd, target);
      if (relTarget.startsWith('..') || isAbsolute(relTarget)) throw new InputError(`--out ${path}: is a symlink to ${target}, outside the working folder`);
    }
  }
  return abs;
}

/** Temp files written and not yet renamed, removed if the process is interrupted. */
const pending = new Set<string>();

/** Removes every temp file still pending (called on SIGINT/SIGTERM and on errors). */
export function removePendingTemps(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
}

/**
 * Writes files atomically: each goes to a temp file beside it, is flushed, and only when every
 * one is complete are they renamed into place. A failure leaves no partial file and destroys
 * nothing that was there before.
 */
export function writeFilesAtomic(files: readonly { path: string; text: string }[]): void {
  const temps: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const tmp = join(dirname(f.path), `.${basename(f.path)}.tmp-${process.pid}-${temps.length}`);
      pending.add(tmp);
      temps.push({ tmp, path: f.path });
      const fd = openSync(tmp, 'w', 0o644);
      try {
        writeSync(fd, f.text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const t of temps) {
      renameSync(t.tmp, t.path);
      pending.delete(t.tmp);
    }
  } catch (err) {
    for (const t of temps) {
      if (pending.has(t.tmp)) {
        try {
          unlinkSync(t.tmp);
        } catch {
          /* never created */
        }
        pending.delete(t.tmp);
      }
    }
    throw new InputError(`cannot write ${files.map((f) => f.path).join(', ')}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
