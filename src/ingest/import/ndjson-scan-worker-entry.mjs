// Worker threads start without the main thread's module hooks (Node 20), so the worker loads
// tsx itself before its TypeScript, as bin/journeylens.js does for the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./ndjson-scan-worker.ts');
