/**
 * The children of `rows` that these mutation records added, or changed inside: the only places a
 * render of the list can have brought a row that was not there before. Removals bring none.
 */
export function touchedRows(rows: Element, records: readonly MutationRecord[]): Element[] {
  const touched = new Set<Element>();
  for (const record of records) {
    if (record.addedNodes.length === 0 || !rows.contains(record.target)) continue;
    if (record.target === rows) {
      for (const node of record.addedNodes) if (node instanceof Element) touched.add(node);
      continue;
    }
    let child = record.target;
    while (child.parentNode !== rows) child = child.parentNode!;
    if (child instanceof Element) touched.add(child);
  }
  return [...touched];
}
