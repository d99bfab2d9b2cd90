/** Where in the user's source a block was created. */
export interface SourceLocation {
  /** A file path, or a URL when the module was loaded from one. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

// Frames inside this package are the builder's own; the first frame outside it is the user's call.
const packageRoot = decodeURI(new URL('../../', import.meta.url).pathname);

/**
 * The location of the first caller outside this package, read from a stack trace. Diagnostics about
 * a compiled action point there, so that a user sees the `.flow.ts` line that created the block.
 */
export function callerLocation(): SourceLocation | undefined {
  // V8 (Node, Chromium) only; elsewhere blocks simply carry no location.
  if (typeof Error.captureStackTrace !== 'function') return undefined;
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  Error.captureStackTrace(holder, callerLocation);
  Error.stackTraceLimit = limit;
  for (const line of (holder.stack ?? '').split('\n').slice(1)) {
    const frame = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(line);
    if (frame === null) continue;
    const file = frame[1]!.startsWith('file://') ? decodeURI(frame[1]!.slice(7)) : frame[1]!;
    if (file.startsWith(packageRoot) || file.startsWith('node:') || !file.includes('/')) continue;
    return { file, line: Number(frame[2]), column: Number(frame[3]) };
  }
  return undefined;
}
