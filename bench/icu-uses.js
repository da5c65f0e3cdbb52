// Diagnosis only (it skews the times): counts the ICU-backed calls a process makes (Intl constructors,
// toLocale*, localeCompare) and prints, on exit, where the first of each came from. Preload it:
//   LAUNCH_ROUNDS=1 LAUNCH_PRELOAD=bench/icu-uses.js npx tsx bench/launch-compare.ts
const seen = new Map();
function note(name) {
  const e = seen.get(name);
  if (e) { e.n++; return; }
  const stack = new Error().stack.split('\n').slice(3, 7).map((l) => l.trim().replace(/\(.*\/(dist|bench)\//, '(')).join(' < ');
  seen.set(name, { n: 1, stack });
}
for (const k of ['DateTimeFormat', 'ListFormat', 'NumberFormat', 'PluralRules', 'Collator', 'RelativeTimeFormat', 'Segmenter', 'DisplayNames', 'Locale']) {
  const C = Intl[k];
  if (!C) continue;
  const W = new Proxy(C, { construct(t, a, nt) { note('Intl.' + k); return Reflect.construct(t, a, nt); }, apply(t, th, a) { note('Intl.' + k); return Reflect.apply(t, th, a); } });
  Intl[k] = W;
}
for (const [obj, name, m] of [[Number.prototype, 'Number', 'toLocaleString'], [Date.prototype, 'Date', 'toLocaleString'], [Date.prototype, 'Date', 'toLocaleDateString'], [Date.prototype, 'Date', 'toLocaleTimeString'], [String.prototype, 'String', 'localeCompare'], [String.prototype, 'String', 'toLocaleUpperCase'], [String.prototype, 'String', 'toLocaleLowerCase'], [Array.prototype, 'Array', 'toLocaleString']]) {
  const f = obj[m];
  obj[m] = function (...a) { note(name + '#' + m); return f.apply(this, a); };
}
process.on('exit', () => { for (const [k, v] of seen) process.stderr.write(`ICU ${k} ×${v.n}: ${v.stack}\n`); });
