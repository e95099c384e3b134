// Worker entry for exact betweenness on several threads (fold-parallel.ts), run from source: loads
// the TypeScript core through tsx, then searches the chunks it is sent (lib/cli/ holds the compiled one).
import { register } from 'tsx/esm/api';

register();
const { runFoldThread } = await import('./fold-thread.ts');
runFoldThread();
