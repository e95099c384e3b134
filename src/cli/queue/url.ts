import { InputError } from '../../errors.js';

/** A checked `--queue` URL: what to connect to, and how to print it (password never in clear). */
export interface QueueUrl {
  /** The URL as given (holds the password: never print it). */
  readonly href: string;
  /** The URL with any password (and user name) replaced by `***`: safe for messages and progress. */
  readonly shown: string;
  readonly tls: boolean;
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username: string | undefined;
  readonly password: string | undefined;
}

/** The shown form of a URL-like text: `user:password@` after any `scheme://` becomes `***@`. Also used on messages from the Redis client. */
export function redactUrl(text: string): string {
  // Up to the last '@' of the word: a password may hold '@' or '/' that the user did not percent-encode.
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)\S*@/gi, '$1***@').replace(/^(?![a-z][a-z0-9+.-]*:\/\/)[^/@\s]*:\S*@/i, '***@');
}

/** The shown form of a whole `--queue` value: everything before its last '@' (after any scheme) is credentials, spaces included. */
function redactInput(text: string): string {
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
  return `${scheme}***${text.slice(at)}`;
}

/** Where a password may come from besides the URL (the command line is readable by every user of a machine through `ps`). */
export interface QueueEnv {
  readonly COLLABNET_QUEUE_PASSWORD?: string | undefined;
}

/**
 * Parses `redis://[user:password@]HOST[:PORT][/DB]` or `rediss://…` (TLS). Anything else is an
 * `InputError` naming the flag, with the URL shown without its password. A URL without a password
 * takes `env.COLLABNET_QUEUE_PASSWORD` (if set and not empty), so the password need not be on the
 * command line.
 */
export function parseQueueUrl(text: string, flag = '--queue', env: QueueEnv = {}): QueueUrl {
  const shown = redactInput(text);
  const bad = (why: string) => new InputError(`${flag} ${shown}: ${why}; expected redis://[user:password@]HOST[:PORT][/DB] or rediss://… (TLS)`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad('not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw bad(`the scheme ${JSON.stringify(url.protocol.replace(/:$/, ''))} is not redis or rediss`);
  if (url.hostname === '') throw bad('no host');
  if (url.search !== '' || url.hash !== '') throw bad('a query or fragment is not supported');
  const port = url.port === '' ? 6379 : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw bad('the port is not in [1, 65535]');
  const path = url.pathname.replace(/^\//, '');
  if (path !== '' && !/^\d{1,5}$/.test(path)) throw bad(`the database ${JSON.stringify(path)} is not a number`);
  const db = path === '' ? 0 : Number(path);
  const decode = (s: string, what: string) => {
    if (s === '') return undefined;
    try {
      return decodeURIComponent(s);
    } catch {
      throw bad(`the ${what} has a malformed %-escape (percent-encode '%' as %25)`);
    }
  };
  return {
    href: text,
    shown: redactUrl(`${url.protocol}//${url.username || url.password ? `${url.username}:${url.password}@` : ''}${url.hostname}:${port}/${db}`),
    tls: url.protocol === 'rediss:',
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    db,
    username: decode(url.username, 'user name'),
    password: decode(url.password, 'password') ?? (env.COLLABNET_QUEUE_PASSWORD ? env.COLLABNET_QUEUE_PASSWORD : undefined),
  };
}
