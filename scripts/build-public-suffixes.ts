/**
 * Writes lib/domains/public-suffixes.generated.ts, the ICANN section of the Public Suffix List
 * that lib/domains/public-suffix.ts matches against:
 *
 *   npx tsx scripts/build-public-suffixes.ts
 *
 * The rules come from tldts-icann (a devDependency), which ships that section as a label trie
 * (dist/cjs/src/data/trie.js): walking it gives every rule back. The extension used to bundle
 * tldts-icann itself; its trie arrays were 73 kB minified, the same rules as one front-coded
 * string are about half that. To take a newer list, update tldts-icann and run this again;
 * tests/unit/public-suffix.test.ts checks the result against tldts-icann rule by rule.
 *
 * Only ASCII rules are kept: tldts lists each IDN suffix twice (Unicode and `xn--`), and every
 * caller hands the matcher a punycode host (registrable.ts toAscii). The format is described in
 * lib/domains/public-suffix.ts (decodeRules).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OUT = new URL('../lib/domains/public-suffixes.generated.ts', import.meta.url);
/** A prefix letter A-Z says how many characters a label shares with the one before it. */
const MAX_SHARED = 25;

interface TrieData {
  nodeFlags: ArrayLike<number>;
  edgeStart: ArrayLike<number>;
  edgeLength: ArrayLike<number>;
  edgeChild: ArrayLike<number>;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

/** Every rule under `root`, right-most label first in `path`; a node with flag bit 1 ends a rule. */
function rulesUnder(data: TrieData, root: number): string[] {
  const edgeOffset: number[] = [];
  for (let edge = 0, offset = 0; edge < data.edgeLength.length; edge++) {
    edgeOffset.push(offset);
    offset += data.edgeLength[edge]!;
  }
  const out: string[] = [];
  const visit = (node: number, path: string[]) => {
    if (path.length > 10) throw new Error('tldts-icann trie: a rule deeper than 10 labels, the format has changed');
    for (let edge = data.edgeStart[node]!; edge < data.edgeStart[node + 1]!; edge++) {
      const label = data.labelText.slice(edgeOffset[edge], edgeOffset[edge]! + data.edgeLength[edge]!);
      const child = data.edgeChild[edge]!;
      const labels = [label, ...path];
      if ((data.nodeFlags[child]! & 1) !== 0) out.push(labels.join('.'));
      visit(child, labels);
    }
  };
  visit(root, []);
  return out;
}

type Mark = '' | '!' | '?';
interface Node { mark: Mark; children: Map<string, Node> }

function insert(root: Map<string, Node>, rule: string, mark: Mark): void {
  let children = root;
  let node: Node | undefined;
  for (const label of rule.split('.').reverse()) {
    node = children.get(label) ?? { mark: '?', children: new Map() };
    children.set(label, node);
    children = node.children;
  }
  node!.mark = mark;
}

/** Siblings sorted, each: shared-prefix letter, mark, rest of the label, then `(children)`. */
function encode(siblings: Map<string, Node>): string {
  let previous = '';
  let out = '';
  for (const label of [...siblings.keys()].sort()) {
    const node = siblings.get(label)!;
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && previous[shared] === label[shared]) shared++;
    out += String.fromCharCode(65 + shared) + node.mark + label.slice(shared);
    if (node.children.size) out += `(${encode(node.children)})`;
    previous = label;
  }
  return out;
}

const data = require('tldts-icann/dist/cjs/src/data/trie.js') as TrieData;
for (const key of ['nodeFlags', 'edgeStart', 'edgeLength', 'edgeChild', 'labelText', 'rulesRoot', 'exceptionsRoot'] as const) {
  if (data[key] === undefined) throw new Error(`tldts-icann trie: no ${key}, the format has changed`);
}
const ascii = (rule: string) => /^[a-z0-9.*-]+$/.test(rule);
const rules = rulesUnder(data, data.rulesRoot).filter(ascii);
const exceptions = rulesUnder(data, data.exceptionsRoot).filter(ascii);
for (const rule of rules) {
  if (rule.lastIndexOf('*') > 0) throw new Error(`${rule}: a wildcard that is not the left-most label; the matcher only handles those`);
}
if (rules.length < 6_000 || !rules.includes('co.uk') || !exceptions.includes('www.ck')) throw new Error('tldts-icann trie: too few rules, the format has changed');

const root = new Map<string, Node>();
for (const rule of rules) insert(root, rule, '');
for (const rule of exceptions) insert(root, rule, '!');
const text = encode(root);
if (!/^[A-Z!?a-z0-9*()-]+$/.test(text)) throw new Error('encoded rules hold a character the format does not allow');

const { version } = require('tldts-icann/package.json') as { version: string };
writeFileSync(
  OUT,
  `// Written by scripts/build-public-suffixes.ts from tldts-icann@${version}: the ICANN section of the
// Public Suffix List, ${rules.length} rules and ${exceptions.length} exceptions (ASCII forms). Do not edit by hand.
export const ICANN_RULES =
  '${text}';
`,
);
console.log(`${rules.length} rules, ${exceptions.length} exceptions, ${text.length} characters`);
