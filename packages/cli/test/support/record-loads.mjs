// Loaded with `node --import`: records the URL of every module the process loads.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
