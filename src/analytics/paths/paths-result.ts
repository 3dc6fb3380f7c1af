/** A node of the Sankey diagram: a name at a step position (steps count from 1). */
export interface PathNode {
  step: number;
  name: string;
}

/** Paths that go from one node to the next step's node. */
export interface PathEdge {
  from: PathNode;
  to: PathNode;
  count: number;
}

/** One full path (its nodes in order) and how many persons (or sessions) took it. */
export interface PathEntry {
  nodes: string[];
  count: number;
  /** count ÷ total: the exact fraction of all persons (or sessions) with a path. */
  share: number;
}

export interface PathsResult {
  /** Edges by step, then most common first (ties by names): ready for a Sankey diagram. */
  edges: PathEdge[];
  /** The `pathLimit` most common paths, most common first (ties by their nodes). */
  paths: PathEntry[];
  /** Persons with a path (sessions with one, with `sessions`): the denominator of `share`. */
  total: number;
}
