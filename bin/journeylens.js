#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so the command works from a fresh checkout
// right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
