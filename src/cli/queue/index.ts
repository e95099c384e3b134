export { parseQueueUrl, redactUrl, type QueueUrl } from './url.js';
export { openQueueRun, DEFAULT_BATCH, DEFAULT_PATIENCE_SECONDS, type QueueRun, type QueueRunOptions } from './coordinator.js';
export { runWorker, type WorkerOptions } from './worker.js';
export { connectRedis, CONNECT_TIMEOUT_SECONDS } from './connection.js';
export { clusterDoneLine, clusterStatusLine } from './cluster-progress.js';
export { collabnetVersion } from './version.js';
export { QUEUE_NAME } from './protocol.js';
