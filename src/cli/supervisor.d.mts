/** Runs the CLI with `args` in a worker thread and stops it on SIGINT/SIGTERM/SIGHUP (exit 130). */
export declare function supervise(args: readonly string[]): void;
