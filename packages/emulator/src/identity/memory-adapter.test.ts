import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-adapter.js';

describe('MemoryStore', () => {
  it('stores, finds and forgets payloads per model', async () => {
    const store = new MemoryStore();
    const tokens = store.adapterFactory('RefreshToken');
    const codes = store.adapterFactory('AuthorizationCode');
    await tokens.upsert('t1', { clientId: 'a', grantId: 'g1' }, 60);
    expect(await tokens.find('t1')).toEqual({ clientId: 'a', grantId: 'g1' });
    expect(await codes.find('t1')).toBeUndefined();
    await tokens.destroy('t1');
    expect(await tokens.find('t1')).toBeUndefined();
  });

  it('expires entries by their time to live', async () => {
    let now = 1_000_000;
    const store = new MemoryStore(() => now);
    const sessions = store.adapterFactory('Session');
    await sessions.upsert('s1', { uid: 'u1' }, 10);
    now += 9_999;
    expect(await sessions.findByUid('u1')).toEqual({ uid: 'u1' });
    now += 1;
    expect(await sessions.find('s1')).toBeUndefined();
  });

  it('marks consumed payloads and revokes a grant within one model', async () => {
    const store = new MemoryStore();
    const tokens = store.adapterFactory('RefreshToken');
    const codes = store.adapterFactory('AuthorizationCode');
    await tokens.upsert('t1', { grantId: 'g1' }, 60);
    await tokens.upsert('t2', { grantId: 'g2' }, 60);
    await codes.upsert('c1', { grantId: 'g1' }, 60);
    await tokens.consume('t2');
    expect((await tokens.find('t2'))?.consumed).toEqual(expect.any(Number));
    await tokens.revokeByGrantId('g1');
    expect(await tokens.find('t1')).toBeUndefined();
    expect(await codes.find('c1')).toBeDefined();
    expect([...store.list('RefreshToken')].map(([id]) => id)).toEqual(['t2']);
  });
});
