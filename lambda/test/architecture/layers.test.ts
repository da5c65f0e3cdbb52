import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The unit of layering: a top-level folder of lambda/src, or a file that sits at its root. */
function unitOf(file: string): string {
  const [first = '', ...rest] = relative(SRC, file).split('/');
  return rest.length > 0 ? first : first.replace(/\.ts$/, '');
}

/** Every relative import (type-only ones too: they bind the layers as much as values do). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)].map((m) => resolve(dirname(file), m[1]!));
}

/** unit -> the units it imports from. */
function unitGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = unitOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    for (const target of importsOf(file)) {
      const to = unitOf(`${target}.ts`);
      if (to !== from) targets.add(to);
    }
    graph.set(from, targets);
  }
  return graph;
}

/** A cycle through the graph, as the units it passes, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const visit = (unit: string, path: string[]): string[] | undefined => {
    const at = path.indexOf(unit);
    if (at >= 0) return [...path.slice(at), unit];
    if (done.has(unit)) return undefined;
    for (const next of graph.get(unit) ?? []) {
      const cycle = visit(next, [...path, unit]);
      if (cycle) return cycle;
    }
    done.add(unit);
    return undefined;
  };
  for (const unit of graph.keys()) {
    const cycle = visit(unit, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the layers of lambda/src', () => {
  const graph = unitGraph();

  it('reads the folders it is meant to check', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['coach', 'handlers', 'progress', 'scripts', 'session', 'speech']));
    expect(graph.get('handlers')).toContain('coach');
  });

  it('has no folders that import each other, directly or round a loop', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a loop when there is one (the check itself can fail)', () => {
    const looped = new Map([...graph, ['speech', new Set([...(graph.get('speech') ?? []), 'handlers'])]]);
    expect(findCycle(looped)).toEqual(expect.arrayContaining(['speech', 'handlers']));
  });

  it('keeps the engine away from the store and the session: coach/ imports neither', () => {
    expect([...(graph.get('coach') ?? [])].sort()).toEqual(['scripts', 'speech']);
  });
});
