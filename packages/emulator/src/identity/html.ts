/** Server-rendered pages of the identity server: no scripts, no external assets. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2330; margin: 0; }
  main { max-width: 26rem; margin: 3rem auto; background: #fff; border-radius: 8px; padding: 2rem;
         box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12); }
  h1 { font-size: 1.4rem; margin: 0 0 0.25rem; }
  p.lead { margin: 0 0 1.5rem; color: #5b6372; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  input { width: 100%; box-sizing: border-box; padding: 0.55rem; font-size: 1rem; border: 1px solid #c3c8d1;
          border-radius: 4px; }
  button { margin-top: 1.25rem; width: 100%; padding: 0.65rem; font-size: 1rem; border: 0; border-radius: 4px;
           cursor: pointer; background: #0b5fff; color: #fff; }
  button.secondary { background: transparent; color: #5b6372; margin-top: 0.5rem; }
  .error { background: #fdecea; color: #8a1c12; padding: 0.6rem 0.8rem; border-radius: 4px; margin-bottom: 1rem; }
  .users { margin-top: 1.75rem; font-size: 0.9rem; color: #5b6372; }
  .users ul { padding-left: 1.2rem; }
  code { font-size: 0.95em; }
`;

/** Wraps `body` (already escaped HTML) in the page layout. */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Nexar emulator</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
