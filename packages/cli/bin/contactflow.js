#!/usr/bin/env node
// The command is compiled to dist/ by the workspace build (`pnpm install` runs it).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
