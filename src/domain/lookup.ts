/**
 * A fixed table looked up by text that a page or a file supplies (a heading, a tab label, a host). A plain
 * object would answer "constructor" or "__proto__" with what every object inherits; a Map answers only
 * with what the table holds.
 */
export function lookupTable<V>(entries: Record<string, V>): (key: string) => V | undefined {
  const table = new Map(Object.entries(entries));
  return (key) => table.get(key);
}
