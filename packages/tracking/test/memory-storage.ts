/** A Web Storage stand-in for tests: the tracker's KeyValueStore over a Map (exposed as `map`). */
export function memoryStorage() {
  const map = new Map<string, string>();
  return {map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k)};
}
