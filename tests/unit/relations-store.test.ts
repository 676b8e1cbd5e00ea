import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';

import { createExtensionPagesHandler } from '../../src/background/extension-pages-handler';
import type { CaptureSession } from '../../src/domain/capture';
import { membersToColumns } from '../../src/domain/columns';
import type { ListKind } from '../../src/domain/types';
import { relationshipViews } from '../../src/domain/views';
import { exportBackup } from '../../src/storage/backup';
import { closeCapture, recordBatch } from '../../src/storage/captures';
import { deleteLedger } from '../../src/storage/delete-ledger';
import { type LedgerSnapshot, listAccounts, readLedger } from '../../src/storage/ledger-reader';
import { readList, writeList, type WriteTx } from '../../src/storage/list-state';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { restoreBackup } from '../../src/storage/restore';
import { type LedgerDb } from '../../src/storage/schema';
import { quietReview, quietToolbar } from './support/quiet-toolbar';

let db: LedgerDb;
let dbCount = 0;
let captureCount = 0;
const self = { id: 'ext', origin: 'chrome-extension://ext' };
const fromPage = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
const pages = () =>
  createExtensionPagesHandler({
    db: async () => db,
    self,
    now: () => 5,
    toolbar: quietToolbar,
    review: quietReview,
  });

beforeEach(async () => {
  db = await openLedgerDb(`relations-test-${dbCount++}`);
});

async function capture(list: ListKind, handles: string[], at: number) {
  const session: CaptureSession = {
    id: `00000000-0000-4000-8000-${String(++captureCount).padStart(12, '0')}`,
    platform: 'instagram',
    owner: 'me',
    list,
  };
  const header = { value: handles.length, unit: 1 };
  await recordBatch(
    db,
    { type: 'capture.batch', session, seq: 0, rows: handles.map((handle) => ({ handle })), header },
    at,
  );
  await closeCapture(db, session, { endReached: true, header }, at + 1);
}

async function ledger(options?: { members: boolean }): Promise<LedgerSnapshot> {
  const [account] = await listAccounts(db);
  return readLedger(db, account, options);
}

/** The views' sizes as a page works them out from the members alone, protected accounts left out. */
function workedOut(snapshot: LedgerSnapshot) {
  const { followers, following } = snapshot.members!;
  const views = relationshipViews(followers, following);
  const isProtected = (member: { handle: string }) => snapshot.people.get(member.handle)?.protected;
  const size = (list: { handle: string }[]) => list.filter((member) => !isProtected(member)).length;
  return {
    notFollowingBack: size(views.notFollowingBack),
    fans: size(views.fans),
    mutuals: size(views.mutuals),
  };
}

describe('stored relations', () => {
  it('are written with each capture, so counts come without the members and match them', async () => {
    await capture('followers', ['a', 'b', 'c', 'd'], 1000);
    await capture('following', ['c', 'd', 'e'], 2000);
    const early = await ledger({ members: false });
    expect(early.members).toBeNull();
    expect(early.counts).toEqual({ notFollowingBack: 1, fans: 2, mutuals: 2 });
    const whole = await ledger();
    expect(whole.members?.relationsStored).toBe(true);
    expect(workedOut(whole)).toEqual(early.counts);

    await capture('followers', ['b', 'c', 'e', 'f'], 3000);
    const later = await ledger();
    expect(later.counts).toEqual({ notFollowingBack: 1, fans: 2, mutuals: 2 });
    expect(workedOut(later)).toEqual(later.counts);
    expect(
      relationshipViews(
        later.members!.followers,
        later.members!.following,
        later.members!.relations,
      ).mutuals.map((m) => m.handle),
    ).toEqual(['c', 'e']);
  });

  it("keep each view's first rows, newest first, so a page draws its first screen before the members", async () => {
    await capture('followers', ['a', 'b', 'c', 'd'], 1000);
    await capture('following', ['c', 'd', 'e'], 2000);
    await capture('followers', ['a', 'b', 'c', 'd', 'x', 'y'], 3000);
    const early = await ledger({ members: false });
    const firstHandles = (view: 'notFollowingBack' | 'fans' | 'mutuals') =>
      early.firstRows?.[view].map((member) => member.handle);
    // x and y arrived last: they come first; ties keep the list's order.
    expect(firstHandles('fans')).toEqual(['x', 'y', 'a', 'b']);
    expect(firstHandles('mutuals')).toEqual(['c', 'd']);
    expect(firstHandles('notFollowingBack')).toEqual(['e']);
  });

  it('follow the protected set, and are not trusted for counts while they lag behind it', async () => {
    await capture('followers', ['a', 'b', 'c'], 1000);
    await capture('following', ['b', 'c', 'd'], 2000);
    await pages()(
      {
        type: 'people.annotate',
        accountId: 'instagram:me',
        handles: ['b', 'd'],
        change: { protected: true },
      },
      fromPage,
    );
    const protectedOut = await ledger();
    expect(protectedOut.counts).toEqual({ notFollowingBack: 0, fans: 1, mutuals: 1 });
    expect(workedOut(protectedOut)).toEqual(protectedOut.counts);

    // A protected mark written behind the background's back: the counts are no longer known without the members.
    await db.put('people', { accountId: 'instagram:me', handle: 'a', protected: true });
    const lagging = await ledger();
    expect(lagging.counts).toBeNull();
    expect(lagging.members?.relationsStored).toBe(true);

    await pages()({ type: 'data.refreshRelations', accountId: 'instagram:me' }, fromPage);
    expect((await ledger()).counts).toEqual({ notFollowingBack: 0, fans: 0, mutuals: 1 });
  });

  it('are never used for members rewritten without them', async () => {
    await capture('followers', ['a', 'b'], 1000);
    await capture('following', ['b', 'c'], 2000);
    const tx = db.transaction(['lists', 'memberChunks', 'checkpoints'], 'readwrite') as unknown as WriteTx;
    const { state } = await readList(tx, 'instagram:me', 'following');
    await writeList(
      tx,
      'instagram:me',
      'following',
      { ...state, members: membersToColumns([...state.members].reverse()) },
      null,
    );
    await tx.done;

    const stale = await ledger();
    expect(stale.counts).toBeNull();
    expect(stale.members?.relationsStored).toBe(false);
    const views = relationshipViews(
      stale.members!.followers,
      stale.members!.following,
      stale.members!.relations,
    );
    expect(views.notFollowingBack.map((m) => m.handle)).toEqual(['c']);
    expect((await ledger({ members: false })).counts).toBeNull();
  });

  it('are written by a restore, counting its protected accounts out, and removed with the account', async () => {
    await capture('followers', ['a', 'b', 'c'], 1000);
    await capture('following', ['b', 'c', 'd'], 2000);
    await pages()(
      { type: 'people.annotate', accountId: 'instagram:me', handles: ['c'], change: { protected: true } },
      fromPage,
    );
    const backup = await exportBackup(db, 3000);
    await deleteLedger(db, 'instagram:me');
    expect(await db.getAll('relations')).toEqual([]);

    await restoreBackup(db, backup);
    const restored = await ledger();
    expect(restored.counts).toEqual({ notFollowingBack: 1, fans: 1, mutuals: 1 });
    expect(workedOut(restored)).toEqual(restored.counts);
  });
});
