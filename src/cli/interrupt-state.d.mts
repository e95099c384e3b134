/** The command is working. */
export declare const RUNNING: 0;
/** A signal arrived: nothing may be renamed any more. */
export declare const STOPPING: 1;
/** The renames of a finished output are under way. */
export declare const COMMITTING: 2;
/** Index in the shared state of the count of outputs renamed into place. */
export declare const COMMITTED_SLOT: 1;
