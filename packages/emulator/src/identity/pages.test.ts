import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';
import { errorPage, loginPage } from './pages.js';

const USERS = [{ email: 'dana@example.com', name: 'Dana <Demo>', password: 'demo' }];

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('loginPage', () => {
  it('escapes every value it shows', () => {
    const html = loginPage({
      applicationName: '<b>App</b>',
      loginAction: '/interaction/a"b/login',
      cancelAction: '/interaction/ab/cancel',
      users: USERS,
      email: '"><img src=x>',
      error: '<i>bad</i>',
    });
    expect(html).toContain('&lt;b&gt;App&lt;/b&gt;');
    expect(html).toContain('action="/interaction/a&quot;b/login"');
    expect(html).toContain('value="&quot;&gt;&lt;img src=x&gt;"');
    expect(html).toContain('&lt;i&gt;bad&lt;/i&gt;');
    expect(html).toContain('Dana &lt;Demo&gt;');
    expect(html).not.toMatch(/<img|<i>|<b>App/);
  });

  it('shows the shared password hint only when every user has the documented demo password', () => {
    const page = (password: string) =>
      loginPage({
        applicationName: 'A',
        loginAction: '/l',
        cancelAction: '/c',
        users: [{ ...USERS[0], email: 'a@b', name: 'A', password }],
      });
    expect(page('demo')).toContain('password <code>demo</code>');
    expect(page('s3cret')).not.toContain('s3cret');
  });

  it('has no error block unless there is an error', () => {
    const html = loginPage({ applicationName: 'A', loginAction: '/l', cancelAction: '/c', users: USERS });
    expect(html).not.toContain('id="error"');
  });
});

describe('errorPage', () => {
  it('shows the code and the escaped description', () => {
    const html = errorPage('invalid_request', 'bad <thing>');
    expect(html).toContain('<code>invalid_request</code>');
    expect(html).toContain('bad &lt;thing&gt;');
  });
});
