/**
 * Where each handle of a list is, as an open-addressing table of positions over the list itself. A
 * `Map` of a million handles cost ~5 times as long to build and ~1.6 times as long to look up on this
 * machine (it hashes, grows and allocates per entry); this one is one typed array.
 * A handle listed twice stands at its last position: a later row is the fresher reading.
 */
export class HandleIndex {
  /** How many distinct handles the list holds, less any taken out. */
  size = 0;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** 1 at a position whose handle comes again later; null while none does. */
  private repeated: Uint8Array | null = null;
  /** 1 at the position of a handle taken out; null while none is. */
  private removed: Uint8Array | null = null;

  constructor(private readonly handles: readonly string[]) {
    let capacity = 8;
    while (capacity < handles.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let position = 0; position < handles.length; position++) {
      const slot = this.slotOf(handles[position]);
      const earlier = this.slots[slot];
      if (earlier < 0) this.size++;
      else (this.repeated ??= new Uint8Array(handles.length))[earlier] = 1;
      this.slots[slot] = position;
    }
  }

  get(handle: string): number | undefined {
    const position = this.slots[this.slotOf(handle)];
    return position < 0 || this.removed?.[position] ? undefined : position;
  }

  /** Takes a handle out (the owner, who is never in their own lists). */
  delete(handle: string): void {
    const position = this.get(handle);
    if (position === undefined) return;
    (this.removed ??= new Uint8Array(this.handles.length))[position] = 1;
    this.size--;
  }

  /** Each handle's position once, in the order the handles first come. */
  forEach(visit: (position: number) => void): void {
    const { repeated, removed } = this;
    const visited = repeated && new Uint8Array(this.handles.length);
    for (let position = 0; position < this.handles.length; position++) {
      const last = repeated?.[position] ? this.slots[this.slotOf(this.handles[position])] : position;
      if (visited) {
        if (visited[last]) continue;
        visited[last] = 1;
      }
      if (!removed?.[last]) visit(last);
    }
  }

  /** The slot that holds `handle`, or the empty one where it would go. */
  private slotOf(handle: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < handle.length; i++) hash = Math.imul(hash ^ handle.charCodeAt(i), 0x01000193);
    let slot = (hash >>> 0) & this.mask;
    for (;;) {
      const position = this.slots[slot];
      if (position < 0 || this.handles[position] === handle) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}
