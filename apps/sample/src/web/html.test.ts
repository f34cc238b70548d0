import { describe, expect, it } from 'vitest';
import { escapeHtml, externalUrl, html, SafeHtml } from './html.js';

describe('html', () => {
  it('escapes every interpolated value', () => {
    const name = `<script>alert("x")</script> & 'quotes'`;
    const out = html`<p title="${name}">${name}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
    expect(out).not.toContain('<script>');
  });

  it('keeps nested templates as markup and escapes their values once', () => {
    const item = (text: string) => html`<li>${text}</li>`;
    const out = html`<ul>${['a<b', 'c&d'].map(item)}</ul>`.value;
    expect(out).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    expect(html`[${null}${undefined}${false}${0}${12.5}]`.value).toBe('[012.5]');
  });

  it('does not trust a plain object that only looks like markup', () => {
    const fake = { value: '<b>bold</b>', toString: () => '<b>bold</b>' };
    expect(html`${fake}`.value).toBe('&lt;b&gt;bold&lt;/b&gt;');
    expect(html`${new SafeHtml('<b>bold</b>')}`.value).toBe('<b>bold</b>');
  });

  it('escapeHtml covers the five characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('externalUrl lets http(s) links through and drops the rest', () => {
    expect(externalUrl('https://octopart.com/x?a=1')).toBe('https://octopart.com/x?a=1');
    expect(externalUrl('javascript:alert(1)')).toBeUndefined();
    expect(externalUrl('not a url')).toBeUndefined();
    expect(externalUrl(null)).toBeUndefined();
  });
});
