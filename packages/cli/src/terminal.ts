import { createInterface } from 'node:readline/promises';

/**
 * What a command that writes to an instance may do with the person at the terminal. Each part is
 * absent when there is no terminal for it, so that a pipeline never sees progress lines nor waits
 * for an answer nobody can give.
 */
export interface Terminal {
  /** Shows one line of progress in place of the previous one; `undefined` clears it. */
  readonly progress?: ((line: string | undefined) => void) | undefined;
  /** Shows `text` (a plan), asks `question`, and resolves to whether the answer was yes. */
  readonly ask?: ((text: string, question: string) => Promise<boolean>) | undefined;
}

/**
 * The terminal of this process: progress when standard error is a terminal, questions when
 * standard input and standard error both are. Both write to standard error, so that standard output
 * carries only the command's result.
 *
 * @example
 * ```ts
 * import { processTerminal } from './terminal.js';
 * const terminal = processTerminal();
 * terminal.progress?.('[1/3] create Main IVR');
 * terminal.progress?.(undefined);
 * ```
 */
export function processTerminal(): Terminal {
  const { stdin, stderr } = process;
  const interactive = stdin.isTTY === true && stderr.isTTY === true;
  return {
    ...(stderr.isTTY === true && {
      progress: (line: string | undefined) => {
        // Carriage return and erase-to-end-of-line: the next line replaces this one.
        const width = Math.max(10, (stderr.columns || 80) - 1);
        stderr.write(`\r\u001B[K${line === undefined ? '' : line.slice(0, width)}`);
      },
    }),
    ...(interactive && {
      ask: async (text: string, question: string) => {
        stderr.write(text);
        const reader = createInterface({ input: stdin, output: stderr });
        try {
          const answer = await reader.question(`${question} [y/N] `);
          return /^\s*y(es)?\s*$/i.test(answer);
        } finally {
          reader.close();
        }
      },
    }),
  };
}
