/** The page around every view: header with sign-in state, the demo-data notice, a little inline CSS. */
import { html, SafeHtml } from './html.js';

export interface LayoutOptions {
  title: string;
  body: SafeHtml;
  /** Emulator mode shows a plain notice that the data is demo data. */
  mode: 'emulator' | 'nexar';
  banner: string;
  /** The signed-in user's name; undefined when nobody is signed in. */
  userName: string | undefined;
}

// A constant, so it goes out as it is (inside <style>, entities would not be decoded).
const STYLE = new SafeHtml(`
body { font-family: system-ui, sans-serif; margin: 0; color: #1d2330; background: #f6f7f9; line-height: 1.45; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: 0.75rem 1.5rem; background: #14213d; color: #fff; }
header a { color: #fff; }
header .brand { font-weight: 700; text-decoration: none; margin-right: 1rem; }
header nav { display: flex; gap: 1rem; flex: 1; }
header form { display: inline; margin: 0; }
main { max-width: 68rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
.notice { background: #fff4d6; border: 1px solid #e8c66b; padding: 0.6rem 0.9rem; border-radius: 6px; }
.error { background: #fdecea; border: 1px solid #e9a59d; padding: 0.6rem 0.9rem; border-radius: 6px; }
a.button, button { display: inline-block; padding: 0.45rem 0.9rem; border-radius: 5px; border: 0; font: inherit; cursor: pointer; background: #0b5fff; color: #fff; text-decoration: none; }
header button { background: transparent; border: 1px solid #8ea0c9; }
form.inline { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin: 1rem 0; }
form.inline label { display: flex; flex-direction: column; font-size: 0.9rem; font-weight: 600; }
input { font: inherit; font-weight: 400; padding: 0.35rem 0.5rem; border: 1px solid #b8bfcc; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; background: #fff; margin: 1rem 0; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.4rem 0; }
th, td { border-bottom: 1px solid #e1e4ea; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 700; border-top: 2px solid #1d2330; }
.status { font-size: 0.8rem; padding: 0.05rem 0.4rem; border-radius: 3px; background: #e6ecf7; }
.status.matched { background: #dff3e4; } .status.not-found, .status.error { background: #fdecea; }
.muted { color: #5b6372; font-size: 0.88rem; }
.status.flag { background: #fdecea; } .status.flag.single-source, .status.flag.low-stock, .status.flag.long-lead { background: #fff4d6; }
form.inline label.check { font-weight: 400; } table.order tr.grouped td:first-child { border-left: 3px solid #0b5fff; }
ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.75rem; }
ul.cards li { background: #fff; border: 1px solid #e1e4ea; border-radius: 6px; padding: 0.75rem; }
ul.cards h2 { font-size: 1.15rem; margin: 0 0 0.4rem; } ul.cards p { margin: 0.3rem 0; }
.chart svg { max-width: 100%; height: auto; background: #fff; border: 1px solid #e1e4ea; border-radius: 6px; }
.chart .grid line { stroke: #e4e7ed; } .chart .tick, .chart .axis-label { font-size: 11px; fill: #5b6372; }
.chart .series polyline { fill: none; stroke-width: 2; } .chart .highlight { stroke: #8a94a6; stroke-dasharray: 4 3; }
.chart .total polyline { stroke: #0b5fff; } .chart .total circle { fill: #0b5fff; stroke: #0b5fff; }
.chart .per-board polyline { stroke: #d9480f; } .chart .per-board circle { fill: #d9480f; stroke: #d9480f; }
.chart circle.incomplete { fill: #fff; stroke-width: 2; }
.key::before { content: ''; display: inline-block; width: 1.2em; height: 0.25em; margin-right: 0.3em; vertical-align: middle; }
.key.total::before { background: #0b5fff; } .key.per-board::before { background: #d9480f; } .key.highlight::before { border-top: 2px dashed #8a94a6; }
`);

export function layout(options: LayoutOptions): SafeHtml {
  const { userName } = options;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Nexar sample</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<a class="brand" href="/">Nexar sample</a>
<nav aria-label="Main"><a href="/">Workspaces</a><a href="/search">Part search</a></nav>
${
  userName === undefined
    ? html`<a class="button" id="sign-in" href="/auth/sign-in">Sign in with Nexar</a>`
    : html`<span id="signed-in-as">Signed in as ${userName}</span>
<form method="post" action="/auth/sign-out"><button id="sign-out" type="submit">Sign out</button></form>`
}
</header>
<main>
${options.mode === 'emulator' ? html`<p class="notice" id="demo-notice" role="note"><strong>Demo data.</strong> ${options.banner}</p>` : ''}
${options.body}
</main>
</body>
</html>
`;
}
