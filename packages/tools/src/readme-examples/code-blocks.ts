/**
 * The TypeScript examples of a README, as modules to typecheck (and run, when marked).
 *
 * Fences: ```ts (or ```typescript) is a module of its own; ```ts continued carries on the module of the
 * block before it, so a README can show a setup once and use it in later sections; ```ts runnable is
 * also run against the emulator by the README-examples test; ```ts after-codegen imports documents that
 * graphql-codegen writes in the reader's project, so the consumer-codegen test compiles and runs it there.
 */
export interface ReadmeExample {
  /** 1-based line in the README of each block's first code line, in order. */
  readonly startLines: readonly number[];
  /** The module's source: the blocks joined, each line where a `lineMap` entry says it came from. */
  readonly source: string;
  /** For each line of `source`, the README line it came from (0 for lines the extractor added). */
  readonly lineMap: readonly number[];
  readonly runnable: boolean;
  readonly afterCodegen: boolean;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/;
const TYPESCRIPT = new Set(['ts', 'typescript']);

export function extractExamples(markdown: string): ReadmeExample[] {
  const lines = markdown.split(/\r?\n/);
  const examples: {
    startLines: number[];
    lines: string[];
    lineMap: number[];
    runnable: boolean;
    afterCodegen: boolean;
  }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', language = '', rest = ''] = open;
    const flags = rest.trim().split(/\s+/).filter(Boolean);
    const body: { text: string; line: number }[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j] ?? '';
      if (isClosingFence(text, fence)) break;
      body.push({ text: text.startsWith(indent) ? text.slice(indent.length) : text, line: j + 1 });
    }
    i = j;
    if (!TYPESCRIPT.has(language.toLowerCase())) continue;
    let target = examples.at(-1);
    if (!target || !flags.includes('continued')) {
      target = { startLines: [], lines: [], lineMap: [], runnable: false, afterCodegen: false };
      examples.push(target);
    }
    target.startLines.push(body[0]?.line ?? i);
    target.runnable ||= flags.includes('runnable');
    target.afterCodegen ||= flags.includes('after-codegen');
    for (const { text, line } of body) {
      target.lines.push(text);
      target.lineMap.push(line);
    }
  }
  return examples.map((example) => ({
    startLines: example.startLines,
    // `export {}` makes every example a module, so top-level await works and names never clash.
    source: `${example.lines.join('\n')}\nexport {};\n`,
    lineMap: [...example.lineMap, 0],
    runnable: example.runnable,
    afterCodegen: example.afterCodegen,
  }));
}

function isClosingFence(line: string, fence: string): boolean {
  const text = line.trim();
  return text.length >= fence.length && [...text].every((char) => char === fence[0]);
}
