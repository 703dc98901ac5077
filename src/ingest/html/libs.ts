/**
 * linkedom and Readability, loaded on first use: they cost about 200 ms to load, and most runs (plain text, JSONL
 * with text) never parse HTML or XML. Loaded through `require` (both ship CommonJS builds) so that the callers stay
 * synchronous.
 */
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

const require = createRequire(import.meta.url);
let linkedom: typeof Linkedom | undefined;
let readability: typeof ReadabilityModule | undefined;

export function linkedomLib(): typeof Linkedom {
  return (linkedom ??= require('linkedom') as typeof Linkedom);
}

export function readabilityLib(): typeof ReadabilityModule {
  return (readability ??= require('@mozilla/readability') as typeof ReadabilityModule);
}
