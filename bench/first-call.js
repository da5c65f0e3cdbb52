// The CPU and wall time of one call, the first of its kind in a fresh process (not part of `npm run bench`):
//   for i in 1 2 3 4 5 6 7; do node bench/first-call.js icu > /dev/null; done     (log | icu | icuUtc | list | plural | arith)
// Prints one line per run on stderr; stdout is a pipe or a file, as in the bench's cold child.
const what = process.argv[2];
const ops = {
  log: () => console.log(JSON.stringify({ level: 'info', type: 'LaunchRequest', user: 'x', commitMs: 0 })),
  icu: () => new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hour: 'numeric' }).format(0),
  icuUtc: () => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0),
  list: () => new Intl.ListFormat('en-US', { type: 'conjunction' }).format(['a', 'b']),
  plural: () => new Intl.PluralRules('en-US').select(2),
  arith: () => new Date(Date.now() - 480 * 60000).toISOString().slice(0, 10),
};
const c0 = process.cpuUsage(); const t0 = performance.now();
ops[what]();
const t1 = performance.now(); const c = process.cpuUsage(c0);
process.stderr.write(`${what} wall ${(t1 - t0).toFixed(2)} cpu ${((c.user + c.system) / 1000).toFixed(2)}\n`);
