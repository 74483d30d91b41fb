/**
 * What `npm run bench:peers` hands to every library: one graph (the same nodes and edges), with the
 * positions of our own layout for the runs that do not let a peer lay the graph out itself.
 */
export interface PeerNode {
  readonly id: string;
  readonly label: string;
  /** The actor type's colour (the feed's palette). */
  readonly color: string;
  /** Radius in layout units (our layout's node radius). */
  readonly size: number;
  /** Our layout's position, in layout units. */
  readonly x: number;
  readonly y: number;
}

export interface PeerEdge {
  readonly source: string;
  readonly target: string;
}

export interface PeerGraph {
  readonly nodes: readonly PeerNode[];
  readonly edges: readonly PeerEdge[];
}

/** `preset`: our positions, the peer runs no layout. `default`: the peer's usual layout. `own`: ours. */
export type LayoutMode = 'preset' | 'default' | 'own';

/** What one cold page measured from data ready to the first complete frame. */
export interface LoadResult {
  /** ms from data ready (parsed, in memory) to the first animation frame after the complete picture. */
  readonly firstFrame: number;
  /** Longest main-thread task (PerformanceObserver `longtask`, so 0 means none over 50 ms). */
  readonly longestTask: number;
  /** How many long tasks. */
  readonly longTasks: number;
  /** The drawing surface in CSS px. */
  readonly width: number;
  readonly height: number;
  /** Library-specific facts (layout time, iterations, renderer…). */
  readonly extra: Readonly<Record<string, number | string>>;
}

/** Frame times (ms between animation frames) over the scripted pan, then the scripted zoom. */
export interface InteractResult {
  readonly pan: readonly number[];
  readonly zoom: readonly number[];
  readonly via: string;
  /** False when a phase ran out of its time budget before the script's end (slow libraries). */
  readonly complete: boolean;
}

export interface LoadOptions {
  readonly url: string;
  readonly mode: LayoutMode;
  /** Size of the drawing surface for peers (ours: the element's size, its canvas is measured). */
  readonly width: number;
  readonly height: number;
}

export interface InteractOptions {
  /** The closest zoom, relative to the zoom that fits the whole graph (ours: 12 px per unit). */
  readonly zoomMax: number;
  /** Time budgets of the pan and the zoom phase, ms: a phase stops early when it runs out. */
  readonly panBudget: number;
  readonly zoomBudget: number;
}
