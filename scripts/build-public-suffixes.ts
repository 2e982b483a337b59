/**
 * Writes lib/domains/public-suffixes.generated.ts, the ICANN section of the Public Suffix List
 * that lib/domains/public-suffix.ts matches against:
 *
 *   npx tsx scripts/build-public-suffixes.ts
 *
 * The rules come from tldts-icann (scripts/public-suffix-rules.ts). The extension used to bundle
 * tldts-icann itself; its trie arrays took more than twice the room of the same rules as one
 * front-coded string. To take a newer list, update tldts-icann and run this again;
 * tests/unit/public-suffix.test.ts checks the result against tldts-icann rule by rule.
 *
 * A TLD rule with no rules under it (`aaa`, `com`...) is left out: the PSL's default rule `*`
 * makes the last label the suffix whether the TLD is listed or not, so the answer is the same
 * and 1,240 entries shorter. The format is described in lib/domains/public-suffix.ts.
 */
import { writeFileSync } from 'node:fs';
import { icannRules } from './public-suffix-rules';

const OUT = new URL('../lib/domains/public-suffixes.generated.ts', import.meta.url);
/** A prefix letter A-Z says how many characters a label shares with the one before it. */
const MAX_SHARED = 25;

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

const { rules, exceptions, version } = icannRules();
for (const rule of rules) {
  if (rule.lastIndexOf('*') > 0) throw new Error(`${rule}: a wildcard that is not the left-most label; the matcher only handles those`);
}
const root = new Map<string, Node>();
for (const rule of rules) insert(root, rule, '');
for (const rule of exceptions) insert(root, rule, '!');
let implied = 0;
for (const [tld, node] of root) {
  if (node.children.size === 0) {
    root.delete(tld);
    implied++;
  }
}
const text = encode(root);
if (!/^[A-Z!?a-z0-9*()-]+$/.test(text)) throw new Error('encoded rules hold a character the format does not allow');

writeFileSync(
  OUT,
  `// Written by scripts/build-public-suffixes.ts from tldts-icann@${version}: the ICANN section of the
// Public Suffix List, ${rules.length} rules and ${exceptions.length} exceptions (ASCII forms), less ${implied} TLDs the
// default rule covers. Do not edit by hand.
export const ICANN_RULES =
  '${text}';
`,
);
console.log(`${rules.length} rules, ${exceptions.length} exceptions, ${implied} TLDs implied, ${text.length} characters`);
