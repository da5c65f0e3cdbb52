/**
 * The Lambda runtime's console, as the bench's skill processes get it. On Lambda the Node runtime
 * (aws-lambda-nodejs-runtime-interface-client, `LogPatch`) replaces console.log/info/warn/error/debug
 * /trace with a writer that formats the line (time, request id, level, message) and writes it with
 * `fs.writeSync` to its telemetry descriptor, so no stdout stream is ever made. A plain `node` process
 * instead builds its stdout stream on the first console call, about 7 ms of CPU (docs/PERFORMANCE.md,
 * P6): a cost Lambda never charges. Every skill in the bench runs with this console, so the yardstick
 * is the same for all of them. The lines go to /dev/null: the bench reads only its own result lines.
 */
import { openSync, writeSync } from 'node:fs';
import { format } from 'node:util';

export function useLambdaConsole(): void {
  const fd = openSync('/dev/null', 'a');
  const writer =
    (level: string) =>
    (...args: unknown[]): void => {
      writeSync(fd, `${new Date().toISOString()}\tundefined\t${level}\t${format(...args)}\n`);
    };
  console.log = writer('INFO');
  console.info = writer('INFO');
  console.warn = writer('WARN');
  console.error = writer('ERROR');
  console.debug = writer('DEBUG');
  console.trace = writer('TRACE');
}
