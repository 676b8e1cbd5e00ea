import { describe, expect, expectTypeOf, it } from 'vitest';

import type { Relationship, SiteQuery } from '../../src/messaging/contract';
import { asker, dispatch, type Handlers, type SiteQueryReplies } from '../../src/messaging/replies';

const who = { platform: 'instagram', owner: 'me' } as const;

describe('typed replies', () => {
  it('a request resolves to the value of its own reply type', async () => {
    const sent: SiteQuery[] = [];
    const ask = asker<SiteQuery, SiteQueryReplies>(async (query) => {
      sent.push(query);
      return { ok: true, value: ['b'] };
    });
    const reply = ask({ type: 'ledger.notFollowers', ...who, handles: ['a', 'b'] });
    expectTypeOf(reply).resolves.toEqualTypeOf<string[] | null>();
    type RelationshipQuery = Extract<SiteQuery, { type: 'ledger.relationship' }>;
    expectTypeOf(ask<RelationshipQuery>).returns.resolves.toEqualTypeOf<Relationship>();
    expect(await reply).toEqual(['b']);
    expect(sent).toEqual([{ type: 'ledger.notFollowers', ...who, handles: ['a', 'b'] }]);
  });

  it('a refusal or no answer at all is thrown, with the reason', async () => {
    const refused = asker<SiteQuery, SiteQueryReplies>(async () => ({ ok: false, error: 'Refused: no tab' }));
    await expect(refused({ type: 'ledger.review', ...who, handle: 'a' })).rejects.toThrow('Refused: no tab');
    const silent = asker<SiteQuery, SiteQueryReplies>(async () => undefined);
    await expect(silent({ type: 'ledger.review', ...who, handle: 'a' })).rejects.toThrow();
  });

  it('each request goes to the handler of its type, with the receiver’s context', async () => {
    const handlers: Handlers<SiteQuery, SiteQueryReplies, string> = {
      'ledger.notFollowers': async (query, context) => query.handles.map((handle) => `${context}:${handle}`),
      'ledger.relationship': async () => {
        throw new Error('not this one');
      },
      'ledger.review': async () => undefined,
      'ledger.toolbar': async () => undefined,
      'ledger.reviewHere': async () => null,
      'ledger.reviewAct': async () => ({ kind: 'go', handle: 'a' }),
    };
    expect(await dispatch(handlers, { type: 'ledger.notFollowers', ...who, handles: ['a'] }, 'ctx')).toEqual([
      'ctx:a',
    ]);
    await expect(
      dispatch(handlers, { type: 'ledger.relationship', ...who, handle: 'a' }, 'ctx'),
    ).rejects.toThrow('not this one');
  });
});
