/**
 * Ids grouped by their workspace, each once: the shape of a lookup that queries one workspace at
 * a time with the list of its ids.
 */
export function idsByWorkspace(
  pairs: Iterable<readonly [workspaceId: string, id: string]>,
): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const [workspaceId, id] of pairs) {
    const ids = sets.get(workspaceId);
    if (ids) ids.add(id);
    else sets.set(workspaceId, new Set([id]));
  }
  return new Map([...sets].map(([workspaceId, ids]) => [workspaceId, [...ids]]));
}
