import { describe, expect, it } from 'vitest';
import { quantityParam } from './respond.js';
import { WebError } from './web-errors.js';

describe('quantityParam', () => {
  const at = (query: string) => new URL(`http://localhost/project?id=7&${query}`);

  it('reads whole numbers from 1 to a million, with a default when absent', () => {
    expect(quantityParam(at('qty=250'), 'qty', 100)).toBe(250);
    expect(quantityParam(at(''), 'qty', 100)).toBe(100);
    expect(quantityParam(at('qty=+1000000'), 'qty', 100)).toBe(1_000_000);
  });

  it('refuses anything else with a page that links back without the bad value', () => {
    for (const bad of ['0', '-3', '2.5', '1e9', 'ten', '1000001']) {
      let error: unknown;
      try {
        quantityParam(at(`qty=${bad}`), 'qty', 100);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(WebError);
      expect((error as WebError).view.status).toBe(400);
      expect((error as WebError).view.action.href).toBe('/project?id=7');
    }
  });
});
