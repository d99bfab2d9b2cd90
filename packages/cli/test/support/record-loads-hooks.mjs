import { appendFileSync } from 'node:fs';

// Module hooks run on their own thread; a file is the simplest way to hand the list back.
export async function load(url, context, nextLoad) {
  const log = process.env['CONTACTFLOW_LOAD_LOG'];
  if (log) appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}
