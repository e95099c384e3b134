// The states shared by the supervisor (main thread) and the CLI's worker: plain JavaScript, so
// the main thread starts without the TypeScript loader. See interrupt.ts.
/** The command is working. */
export const RUNNING = 0;
/** A signal arrived: nothing may be renamed any more. */
export const STOPPING = 1;
/** The renames of a finished output are under way. */
export const COMMITTING = 2;
/** Index in the shared state of the count of outputs renamed into place (the rest is the state above). */
export const COMMITTED_SLOT = 1;
