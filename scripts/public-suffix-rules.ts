/**
 * The ICANN section of the Public Suffix List as tldts-icann (a devDependency) ships it: a label
 * trie in dist/cjs/src/data/trie.js, walked back into rules. Read by
 * scripts/build-public-suffixes.ts, which writes the extension's copy, and by
 * tests/unit/public-suffix.test.ts, which checks that copy against every rule.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface TrieData {
  nodeFlags: ArrayLike<number>;
  edgeStart: ArrayLike<number>;
  edgeLength: ArrayLike<number>;
  edgeChild: ArrayLike<number>;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

export interface IcannRules {
  /** `co.uk`, `*.ck`: ASCII forms only (tldts lists each IDN suffix as Unicode and as `xn--`). */
  rules: string[];
  /** `www.ck` for the rule `!www.ck`. */
  exceptions: string[];
  /** tldts-icann's version, to name where the list came from. */
  version: string;
}

/** Every rule under `root`; a node with flag bit 1 ends a rule. Labels are walked right to left. */
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

export function icannRules(): IcannRules {
  const data = require('tldts-icann/dist/cjs/src/data/trie.js') as TrieData;
  for (const key of ['nodeFlags', 'edgeStart', 'edgeLength', 'edgeChild', 'labelText', 'rulesRoot', 'exceptionsRoot'] as const) {
    if (data[key] === undefined) throw new Error(`tldts-icann trie: no ${key}, the format has changed`);
  }
  const ascii = (rule: string) => /^[a-z0-9.*-]+$/.test(rule);
  const rules = rulesUnder(data, data.rulesRoot).filter(ascii);
  const exceptions = rulesUnder(data, data.exceptionsRoot).filter(ascii);
  if (rules.length < 6_000 || !rules.includes('co.uk') || !exceptions.includes('www.ck')) {
    throw new Error('tldts-icann trie: too few rules, the format has changed');
  }
  const { version } = require('tldts-icann/package.json') as { version: string };
  return { rules, exceptions, version };
}
