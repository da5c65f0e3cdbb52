import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Keeps the suite honest (issue 21): no `expect(` whose running depends on a branch (`if`/`else`,
 * `? :`, `&&`/`||`/`??`, `switch`, `catch`), since an assertion that may not run cannot fail. A test
 * that must branch states the count with `expect.assertions(n)` instead (then it is allowed).
 * Loops that may run zero times count as branches: a `while`/`do` loop, and a `for…of` over a list
 * computed by `.filter()`/`.flatMap()` (an empty result would pass silently).
 */
const ROOT = path.resolve(__dirname, '../../..');
const TEST_DIRS = ['lambda/test', 'console', 'bench'];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function isExpectCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  let callee: ts.Expression = node.expression;
  while (ts.isPropertyAccessExpression(callee) || ts.isCallExpression(callee)) callee = callee.expression;
  return ts.isIdentifier(callee) && callee.text === 'expect' && ts.isIdentifier(node.expression) && node.expression.text === 'expect';
}

const isLogical = (n: ts.Node): boolean =>
  ts.isBinaryExpression(n) &&
  [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(n.operatorToken.kind);

/** A list computed by filtering, which may come out empty. */
function mayBeEmpty(list: ts.Expression): boolean {
  return ts.isCallExpression(list) && ts.isPropertyAccessExpression(list.expression) && ['filter', 'flatMap'].includes(list.expression.name.text);
}

/** The branch an expect() sits in, up to its enclosing function, or undefined. */
function branchAround(node: ts.Node): string | undefined {
  for (let child = node, parent = node.parent; !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (ts.isFunctionLike(parent)) return undefined;
    if (ts.isIfStatement(parent) && child !== parent.expression) return 'if';
    if (ts.isConditionalExpression(parent) && child !== parent.condition) return '? :';
    if (isLogical(parent) && child === (parent as ts.BinaryExpression).right) return 'a logical operator';
    if (ts.isCaseClause(parent) || ts.isDefaultClause(parent)) return 'switch';
    if (ts.isCatchClause(parent)) return 'catch';
    if ((ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && child === parent.statement) return 'a while loop';
    if (ts.isForOfStatement(parent) && child === parent.statement && mayBeEmpty(parent.expression)) return 'a loop over a filtered list';
  }
  return undefined;
}

/** Whether the test function around `node` declares its assertion count. */
function countsAssertions(node: ts.Node, source: string): boolean {
  for (let p = node.parent; !ts.isSourceFile(p); p = p.parent) {
    if (ts.isFunctionLike(p) && /expect\.assertions\(|expect\.hasAssertions\(/.test(source.slice(p.pos, p.end))) return true;
  }
  return false;
}

function conditionalExpects(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (isExpectCall(node)) {
      const branch = branchAround(node);
      if (branch && !countsAssertions(node, source)) {
        const { line } = tree.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(ROOT, file)}:${line + 1} expect() inside ${branch}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('assertions in the test files', () => {
  const files = TEST_DIRS.flatMap((d) => testFiles(path.join(ROOT, d)));

  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('puts no expect() inside a branch that may not run', () => {
    expect(files.flatMap(conditionalExpects)).toEqual([]);
  });

  it('would flag one (the check itself can fail)', () => {
    const sample = path.join(__dirname, 'fixtures', 'branchy.test.ts.txt');
    expect(conditionalExpects(sample).map((f) => f.replace(/^.*:(\d+) /, '$1 '))).toEqual([
      '3 expect() inside if',
      '4 expect() inside ? :',
      '5 expect() inside a logical operator',
      '14 expect() inside a while loop',
      '16 expect() inside a loop over a filtered list',
    ]);
  });
});
