// @nexar/redis installed alone: two supply clients share one token, one result cache and one part budget.
import assert from 'node:assert/strict';
import { clientCredentials } from '@nexar/auth';
import { connectRedis, RedisPartBudget, RedisResultCache, RedisTokenStore } from '@nexar/redis';
import { createSupplyClient } from '@nexar/supply';

const redis = connectRedis(process.env.REDIS_URL, { keyPrefix: `smoke-${process.pid}:` });
const budget = new RedisPartBudget(redis, { maxParts: 50, name: 'smoke' });
const client = () =>
  createSupplyClient({
    auth: clientCredentials({ store: new RedisTokenStore(redis) }),
    cache: new RedisResultCache(redis),
    partBudget: budget,
  });

const first = client();
const { results } = await first.searchMpn({ q: 'LM358', limit: 3 });
assert.ok(results && results.length > 0);
const second = client();
await second.searchMpn({ q: 'LM358', limit: 3 });
assert.equal(second.parts.used, 0, 'the second client is answered from the shared cache');
const state = await budget.state();
assert.equal(state.used, first.parts.used);
assert.equal(state.remaining, 50 - first.parts.used);
await redis.close();
console.log('redis ok');
