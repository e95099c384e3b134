import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  accessSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import type { TextSink } from '../formats/sink.js';
import { announceTemp, commitUnlessInterrupted, throwIfInterrupted } from './interrupt.js';
import { decodeUtf8 } from '../formats/read/decode.js';

/** The package's own folder (where data/ lives), wherever the CLI is run from. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of a built-in data file, e.g. `data/survey.json`. */
export function builtInPath(name: string): string {
  return join(PACKAGE_ROOT, 'data', name);
}

/** Largest input file read: checked before reading and enforced while reading. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const MB = 1048576;

/** Why a path cannot be opened, in words. */
function errnoWords(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symlinks';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? (err as Error).message;
}

/** What a non-regular file is, for messages. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads a text file, or throws an `InputError` that names it (see `readFileBytes`; invalid UTF-8: the byte offset named). */
export function readTextFile(path: string, label = path): string {
  return decodeUtf8(readFileBytes(path, label), label);
}

/**
 * Reads an input file's bytes, or throws an `InputError` that names it: missing, unreadable, a
 * folder, a device, a FIFO (or a symlink to one), larger than the limit (checked before and while
 * reading, so a file that grows cannot get past it), or binary (a NUL byte).
 */
export function readFileBytes(path: string, label = path): Uint8Array {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    throw new InputError(`${label}: cannot read it (${errnoWords(err)}); expected a readable file`);
  }
  if (st.isDirectory()) throw new InputError(`${label}: is a folder; expected a file`);
  if (!st.isFile()) throw new InputError(`${label}: is ${kindOf(st)}; expected a regular file`);
  if (st.size > MAX_INPUT_BYTES) throw new InputError(`${label}: ${(st.size / MB).toFixed(0)} MB is larger than the ${MAX_INPUT_BYTES / MB} MB limit for input files`);
  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the check, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new InputError(`${label}: cannot read it (${errnoWords(err)}); expected a readable file`);
  }
  let buf: Buffer;
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new InputError(`${label}: is ${kindOf(opened)}; expected a regular file`);
    buf = Buffer.allocUnsafe(Math.min(Math.max(opened.size, 65536) + 1, MAX_INPUT_BYTES + 1));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (buf.length > MAX_INPUT_BYTES) throw new InputError(`${label}: larger than the ${MAX_INPUT_BYTES / MB} MB limit for input files (it grew while being read)`);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, MAX_INPUT_BYTES + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    buf = buf.subarray(0, length);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${label}: cannot read it (${errnoWords(err)}); expected a readable file`);
  } finally {
    closeSync(fd);
  }
  if (buf.includes(0)) throw new InputError(`${label}: looks like a binary file; expected UTF-8 text`);
  return buf;
}

/** What `.NAME.tmp-PID-N` adds to NAME at most: the dot, `.tmp-`, a 7-digit PID, `-` and a 4-digit counter. */
const TEMP_NAME_EXTRA_BYTES = 1 + 5 + 7 + 1 + 4;
/** The longest `--out` file name whose temp file name still fits 255 bytes. */
export const MAX_OUT_NAME_BYTES = 255 - TEMP_NAME_EXTRA_BYTES;

/**
 * Checks an output path before any work is done, and returns the absolute path to write. Any
 * folder the user names is fine (absolute or relative, inside the working folder or not); a
 * symlink is followed to the file it names. Refused (exit 2): a missing or unwritable folder, a
 * folder, a device, FIFO or socket, a read-only file, a dangling symlink, a file name too long
 * for its temp file to fit beside it.
 */
export function checkOutputPath(path: string, cwd = process.cwd(), flag = '--out'): string {
  if (path === '') throw new InputError(`${flag}: expected a file name, got ""`);
  let abs = resolve(cwd, path);
  let link: Stats | undefined;
  try {
    link = lstatSync(abs);
  } catch {
    link = undefined;
  }
  if (link?.isSymbolicLink()) {
    try {
      abs = realpathSync(abs);
    } catch {
      throw new InputError(`${flag} ${path}: is a symlink to a file that does not exist (or a loop); name the file itself`);
    }
  }
  // The temp file beside the target (`.NAME.tmp-PID-N`) must fit the file system's 255-byte names.
  const bytes = Buffer.byteLength(basename(abs));
  if (bytes > MAX_OUT_NAME_BYTES)
    throw new InputError(`${flag} ${path}: the file name is ${bytes} bytes; expected at most ${MAX_OUT_NAME_BYTES} (collabnet first writes a temp file beside it, whose name is ${TEMP_NAME_EXTRA_BYTES} bytes longer, and file names hold 255)`);
  const dir = dirname(abs);
  let dirStat: Stats | undefined;
  try {
    dirStat = statSync(dir);
  } catch {
    dirStat = undefined;
  }
  if (!dirStat?.isDirectory()) throw new InputError(`${flag} ${path}: the folder ${dir} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(`${flag} ${path}: the folder ${dir} is not writable`);
  }
  let st: Stats | undefined;
  try {
    st = statSync(abs);
  } catch {
    st = undefined;
  }
  if (st) {
    if (st.isDirectory()) throw new InputError(`${flag} ${path}: is a folder; expected a file name`);
    if (!st.isFile()) throw new InputError(`${flag} ${path}: is ${kindOf(st)}; expected a regular file (leave out ${flag} to write to stdout)`);
    let writable = (st.mode & 0o222) !== 0;
    try {
      accessSync(abs, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) throw new InputError(`${flag} ${path}: is read-only; it is left as it is (make it writable or choose another name)`);
  }
  return abs;
}

/** The temp file name for a target: `.NAME.tmp-PID-N` beside it (PID: the writing process). */
const TEMP = /^\.(.*)\.tmp-(\d+)-\d+$/;
let tempCounter = 0;

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${tempCounter++}`);
}

/** Whether a process id is alive (or cannot be checked: then it is assumed alive). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes temp files of `target` left by processes that no longer run (e.g. after `kill -9` or
 * a power cut); returns their names. Temp files of live processes are left alone.
 */
export function removeStaleTemps(target: string): string[] {
  const dir = dirname(target);
  const name = basename(target);
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (!m || m[1] !== name) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || processAlive(pid)) continue;
    try {
      unlinkSync(join(dir, entry));
      removed.push(entry);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** Temp files written and not yet renamed, removed on errors. */
const pending = new Set<string>();

/** Removes every temp file still pending (called on errors). */
export function removePendingTemps(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    announceTemp(tmp, true);
  }
  pending.clear();
}

/**
 * The reader of our output went away (`collabnet … | head`): stop quietly, as Unix tools do,
 * with exit 0 and no message (what was asked for has been read). Temp files are removed.
 */
export function brokenPipe(): never {
  removePendingTemps();
  process.exit(0);
}

/** Writes all of `text` to `fd`, retrying short writes (and EAGAIN on a non-blocking pipe). */
export function writeAllSync(fd: number, text: string | Uint8Array): void {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') brokenPipe();
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    }
  }
}

/** A sink that buffers text and writes it to a file descriptor in pieces of about 1 MB. */
export class FdSink implements TextSink {
  private parts: string[] = [];
  private size = 0;
  /** Bytes handed to the file so far (UTF-16 units until flushed; exact after `flush`). */
  bytes = 0;

  constructor(private readonly fd: number) {}

  /** Buffers a piece of text; writes the buffer out once it holds about 1 MB. */
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  /** Writes what is buffered; stops the work if a signal arrived. */
  flush(): void {
    throwIfInterrupted();
    if (!this.parts.length) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    writeAllSync(this.fd, buf);
    this.bytes += buf.length;
  }
}

/** One output file: its text, or a streaming writer that produces it. */
export type OutputFile = { path: string; text: string } | { path: string; write: (sink: TextSink) => void };

/** What disk errors mean, for messages. */
function writeErrorWords(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'the disk is full (ENOSPC)';
  if (code === 'EDQUOT') return 'the disk quota is exceeded (EDQUOT)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  return code ?? (err as Error).message;
}

/**
 * Tests only: a pause between the renames of a set of files, to hold open the moment where a
 * concurrent run could mix a CSV pair (tests/cli/csv-pair.test.ts). 0 otherwise.
 */
const RENAME_PAUSE_MS = Math.min(Number(process.env.COLLABNET_TEST_RENAME_PAUSE_MS) || 0, 10_000);

/**
 * Tests only: a pause after the renames, to hold open the moment where the output is in place
 * and the command has not exited yet (tests/cli/signals-after-commit.test.ts). 0 otherwise.
 */
const AFTER_COMMIT_PAUSE_MS = Math.min(Number(process.env.COLLABNET_TEST_AFTER_COMMIT_PAUSE_MS) || 0, 10_000);

/** Sleeps without the event loop (the writer is synchronous). */
function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes `.NAME.lock` beside the first file for the renames of a set of files, so two runs that
 * write the same pair rename theirs one after the other (never nodes of one and edges of the
 * other). A lock of a dead process is taken over. Returns the release function.
 */
function lockFor(target: string): () => void {
  const lock = join(dirname(target), `.${basename(target)}.lock`);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lock);
        } catch {
          /* gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(lock, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && !processAlive(owner)) {
      try {
        unlinkSync(lock);
      } catch {
        /* someone else took it over */
      }
      continue;
    }
    if (Date.now() > deadline) throw new InputError(`cannot write ${target}: another collabnet (pid ${owner}) has been renaming it for 30 s (${lock})`);
    throwIfInterrupted();
    sleepMs(20);
  }
}

/**
 * Writes files atomically. Each is streamed to a temp file beside it (`.NAME.tmp-PID-N`,
 * created new, with the target's mode if it exists), flushed to disk; only when every one is
 * complete, and no signal has arrived, are they renamed into place, one after the other (a pair
 * under a lock). Stale temp files of dead processes for the same targets are removed first. A
 * failure (full disk, signal, error) leaves no temp file and destroys nothing that was there
 * before. Returns the bytes written per file.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): number[] {
  const temps: { tmp: string; path: string }[] = [];
  const sizes: number[] = [];
  try {
    for (const f of files) removeStaleTemps(f.path);
    for (const f of files) {
      throwIfInterrupted();
      const tmp = tempPathFor(f.path);
      let mode = 0o644;
      try {
        mode = statSync(f.path).mode & 0o777;
      } catch {
        /* a new file */
      }
      announceTemp(tmp, false);
      pending.add(tmp);
      temps.push({ tmp, path: f.path });
      const fd = openSync(tmp, 'wx', mode);
      try {
        const sink = new FdSink(fd);
        if ('text' in f) sink.write(f.text);
        else f.write(sink);
        sink.flush();
        fsyncSync(fd);
        sizes.push(sink.bytes);
      } finally {
        closeSync(fd);
      }
    }
    throwIfInterrupted();
    const release = files.length > 1 ? lockFor(files[0]!.path) : () => {};
    try {
      commitUnlessInterrupted(() => {
        for (const [i, t] of temps.entries()) {
          if (i > 0 && RENAME_PAUSE_MS > 0) sleepMs(RENAME_PAUSE_MS);
          renameSync(t.tmp, t.path);
          pending.delete(t.tmp);
          announceTemp(t.tmp, true);
        }
      });
    } finally {
      release();
    }
    if (AFTER_COMMIT_PAUSE_MS > 0) sleepMs(AFTER_COMMIT_PAUSE_MS);
    for (const dir of new Set(temps.map((t) => dirname(t.path)))) {
      try {
        const fd = openSync(dir, 'r');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      } catch {
        /* not supported here; the renames are done */
      }
    }
    return sizes;
  } catch (err) {
    for (const t of temps) {
      if (pending.has(t.tmp)) {
        try {
          unlinkSync(t.tmp);
        } catch {
          /* never created */
        }
        pending.delete(t.tmp);
        announceTemp(t.tmp, true);
      }
    }
    if (err instanceof InputError || (err as Error).name === 'Interrupted') throw err;
    throw new InputError(`cannot write ${files.map((f) => f.path).join(', ')}: ${writeErrorWords(err)}; nothing was replaced`);
  }
}

/** Streams a writer's output to stdout (synchronously, so a closed pipe is noticed at once). */
export function writeToStdout(write: (sink: TextSink) => void): void {
  const sink = new FdSink(1);
  write(sink);
  sink.flush();
}

/**
 * Warns when a written file is larger than what `--in` reads (MAX_INPUT_BYTES): collabnet then
 * cannot read it back (NetworkX, igraph and Gephi can). Sizes as returned by `writeFilesAtomic`.
 */
export function warnIfUnreadable(paths: readonly string[], sizes: readonly number[]): void {
  paths.forEach((path, i) => {
    const size = sizes[i] ?? 0;
    if (size > MAX_INPUT_BYTES)
      process.stderr.write(
        `collabnet: WARNING: ${path} is ${(size / MB).toFixed(0)} MB, more than the ${MAX_INPUT_BYTES / MB} MB that --in reads, so collabnet cannot read it back (NetworkX, igraph and Gephi can)\n`,
      );
  });
}
