import { readTextFile } from './files.js';
import { sha256, type CheckedMemo } from './checked-memo.js';
import { checkedSpec, surveyFileFor } from './spec-load.js';

/**
 * The built-in spec and survey through the one validation path, with the SHA-256 of the bytes
 * they came from: what scripts/build-cli.mjs stores as the memo (src/cli/checked-memo.ts). Throws
 * what any command would if the built-in data failed its checks (then the build fails).
 */
export function builtInChecked(): CheckedMemo {
  const { loaded, survey } = checkedSpec({});
  return {
    specSha256: sha256(readTextFile(loaded.path)),
    surveySha256: sha256(readTextFile(surveyFileFor(loaded).file)),
    spec: loaded.spec,
    survey,
  };
}
