// Worker threads start without the main thread's module hooks (Node 20), so the worker loads
// tsx itself before its TypeScript. Its CommonJS hooks run in this thread; the ESM ones
// (bin/journeylens.js) start a hooks thread of their own, which made the worker start about
// 0.1 s later, a tenth of a second of one core's scan.
require('tsx/cjs/api').register();
require('./ndjson-scan-worker.ts');
