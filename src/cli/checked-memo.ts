import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Spec, Survey } from '../schemas/index.js';

/**
 * The built-in spec and survey as the one validation path (`checkedSpec`: schema, survey, every
 * semantic check) left them when the CLI was built, keyed by the SHA-256 of their bytes. A command
 * whose spec and survey files have exactly those bytes takes the checked objects instead of
 * parsing and checking the same bytes again (about 45 ms of every start-up on the built-in data);
 * any other bytes — an edited copy, another spec — take the whole path. Written by
 * scripts/build-cli.mjs into lib/cli/ (the source tree has none: there every command checks).
 */
export interface CheckedMemo {
  readonly specSha256: string;
  readonly surveySha256: string;
  readonly spec: Spec;
  readonly survey: Survey;
}

/** The memo's file name, next to the compiled CLI. */
export const CHECKED_MEMO_FILE = 'checked-data.json';

let memo: CheckedMemo | null | undefined;

/** Replaces the memo (null: none) for this process; for tests of the rule above. */
export function useCheckedMemo(replacement: CheckedMemo | null): void {
  memo = replacement;
}

/** SHA-256 of a file's text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function load(): CheckedMemo | null {
  if (memo !== undefined) return memo;
  try {
    memo = JSON.parse(readFileSync(new URL(`./${CHECKED_MEMO_FILE}`, import.meta.url), 'utf8')) as CheckedMemo;
  } catch {
    memo = null;
  }
  return memo;
}

/** The checked spec when `text` is byte for byte the one checked at build time (a fresh copy), else null. */
export function memoSpec(text: string): Spec | null {
  const m = load();
  return m && sha256(text) === m.specSha256 ? (structuredClone(m.spec) as Spec) : null;
}

/** The checked survey when `text` is byte for byte the one checked at build time (a fresh copy), else null. */
export function memoSurvey(text: string): Survey | null {
  const m = load();
  return m && sha256(text) === m.surveySha256 ? (structuredClone(m.survey) as Survey) : null;
}
