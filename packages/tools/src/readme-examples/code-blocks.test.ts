import { describe, expect, it } from 'vitest';
import { extractExamples } from './code-blocks.js';

const readme = [
  '# Title', //  1
  '', //  2
  '```sh', //  3
  'npm i x', //  4
  '```', //  5
  '```ts', //  6
  "import { a } from 'x';", //  7
  'const b = a();', //  8
  '```', //  9
  'Text.', // 10
  '```ts continued', // 11
  'console.log(b);', // 12
  '```', // 13
  '```typescript runnable', // 14
  'await go();', // 15
  '````', // 16
  '```json', // 17
  '{}', // 18
  '```', // 19
].join('\n');

describe('extractExamples', () => {
  const examples = extractExamples(readme);

  it('keeps TypeScript blocks only, joining a continued block to the one before', () => {
    expect(examples).toHaveLength(2);
    expect(examples[0]?.source).toBe("import { a } from 'x';\nconst b = a();\nconsole.log(b);\nexport {};\n");
    expect(examples[0]?.startLines).toEqual([7, 12]);
    expect(examples[1]?.source).toBe('await go();\nexport {};\n');
  });

  it('maps every line back to the README', () => {
    expect(examples[0]?.lineMap).toEqual([7, 8, 12, 0]);
    expect(examples[1]?.lineMap).toEqual([15, 0]);
  });

  it('marks runnable blocks', () => {
    expect(examples.map((example) => example.runnable)).toEqual([false, true]);
  });

  it('reads indented fences (inside list items) and longer closing fences', () => {
    const [example] = extractExamples('- item\n\n  ```ts\n  const x = 1;\n  ```\n');
    expect(example?.source).toBe('const x = 1;\nexport {};\n');
    expect(example?.lineMap).toEqual([4, 0]);
  });

  it('starts a new module for a continued block with nothing before it', () => {
    expect(extractExamples('```ts continued\nconst y = 2;\n```\n')).toHaveLength(1);
  });

  it("marks examples that need the reader's generated documents", () => {
    const [plain, generated] = extractExamples(
      '```ts\nconst a = 1;\n```\n```ts after-codegen\nconst b = 2;\n```\n',
    );
    expect(plain?.afterCodegen).toBe(false);
    expect(generated?.afterCodegen).toBe(true);
  });
});
