/**
 * The children of `rows` that these mutation records added, or changed inside: the only places a
 * render of the list can have brought a row that was not there before. Removals bring none.
 */
export function touchedRows(rows: Element, records: readonly MutationRecord[]): Element[] {
  const touched = new Set<Element>();
  // Called on every frame of a scroll with a record per row added or removed: indexed loops, and the
  // list's own records (nearly all of them) before any walk up the tree.
  for (const record of records) {
    const added = record.addedNodes;
    if (added.length === 0) continue;
    if (record.target === rows) {
      for (let i = 0; i < added.length; i++) {
        const node = added[i];
        if (node instanceof Element) touched.add(node);
      }
      continue;
    }
    if (!rows.contains(record.target)) continue;
    let child = record.target;
    while (child.parentNode !== rows) child = child.parentNode!;
    if (child instanceof Element) touched.add(child);
  }
  return [...touched];
}
