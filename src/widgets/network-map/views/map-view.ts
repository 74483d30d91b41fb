/**
 * One view of the map (the graph, the geographic map) behind one interface: its camera, what it
 * needs before it can draw, how it fits, draws, is pointed at and travelled by keyboard. The
 * element keeps what both share: the selection, the `focus` attribute, the filters, the template.
 */
import type { ActorFilter } from '../../../feed/relations.js';
import type { Actor, Network } from '../../../feed/types.js';
import type { Lang } from '../../../i18n/locale.js';
import type { Camera, View } from '../camera.js';
import type { DrawResult } from '../renderer.js';
import type { GeoDrawResult, GeoTarget } from '../geo.js';
import type { Palette } from '../palette.js';

/** What the map drew last, for tests and tools (`inspect()`); coordinates in CSS px of the canvas. */
export interface MapInspection {
  readonly view: View;
  readonly nodes: DrawResult['nodes'];
  readonly clusters: DrawResult['clusters'];
  /** The outer ring's closed groups (one per type), at overview zoom. */
  readonly groups: NonNullable<DrawResult['groups']>;
  readonly labels: readonly string[];
  readonly clustersOpen: boolean;
  readonly selected?: string;
  readonly focused?: string;
  /** The geo view: how actors are gathered, the provinces drawn and what can be pointed at. */
  readonly geo?: {
    readonly level: GeoDrawResult['level'];
    readonly provinces: readonly string[];
    readonly targets: readonly GeoTarget[];
    readonly unplaced: number;
  };
}

export interface SelectOptions {
  readonly announce?: boolean;
  readonly moveFocus?: boolean;
  readonly centre?: boolean;
  readonly emit?: boolean;
}

/** What a view may ask of the element. */
export interface MapHost {
  readonly network: Network | undefined;
  readonly lang: Lang;
  /** Every filter (the geo view also filters by province). */
  readonly filter: ActorFilter;
  /** The filters without the province: the graph has no map to choose one on. */
  readonly graphFilter: ActorFilter;
  readonly federation: string | undefined;
  readonly province: string | undefined;
  readonly selected: string | undefined;
  readonly highlight: ReadonlySet<string> | undefined;
  /** The actor (or, in the geo view, bubble) that has the keyboard's focus. */
  focused: string | undefined;
  readonly palette: () => Palette;
  readonly style: () => CSSStyleDeclaration;
  readonly requestUpdate: () => void;
  readonly scheduleDraw: () => void;
  /** Draws now (before hit-testing a frame that showed the picture moved). */
  readonly drawNow: () => void;
  readonly select: (id: string, options?: SelectOptions) => void;
  readonly clearSelection: (returnFocus?: boolean) => void;
  /** Says `text` to screen readers (politely). */
  readonly announce: (text: string) => void;
  /** An actor as one line: name, type, its biggest group of members, place. */
  readonly describe: (actor: Actor) => string;
  readonly chooseProvince: (id: string) => void;
  readonly inLocale: <T>(render: () => T) => T;
}

export interface MapViewStrategy {
  readonly camera: Camera;
  /** It has what it needs to draw (its layout, its boundaries). */
  readonly ready: boolean;
  /** Its first picture is still being painted, a slice per frame, under the cover. */
  readonly painting: boolean;
  /** Whether it answers keys now. */
  readonly keysReady: boolean;
  /** Starts, or starts again for another network, whatever the view needs; updates the host when done. */
  prepare(network: Network): void;
  /** The first fit once the view has its data and a size; then never again by itself. */
  fitIfReady(): void;
  /** Shows everything shown whole (the ⤢ button, the 0 key). */
  fit(animate: boolean): void;
  draw(ctx: CanvasRenderingContext2D): void;
  /** Brings a selected actor into view, beside the panel. */
  reveal(id: string): void;
  /** Brings a place's actors (`ids`, in municipality `nis`) into view. */
  frame(ids: ReadonlySet<string>, nis: string): void;
  tap(x: number, y: number): void;
  hover(x: number, y: number): void;
  leave(): void;
  /** The canvas got the keyboard's focus. */
  focusCanvas(): void;
  /** Arrow keys: to the next actor or bubble in that direction. False: nothing to move from. */
  move(dx: number, dy: number): boolean;
  /** Enter or Space on what is focused. */
  activate(): boolean;
  /** Escape with nothing selected. */
  escape(): boolean;
  /** The Home key. */
  home(): boolean;
  inspect(): Partial<MapInspection>;
}

/** The view with a point in the middle of what the panel leaves free: beside it when wide, above it when narrow. */
export function besidePanel(camera: Camera, node: { x: number; y: number }, k: number): View {
  const target = camera.centreView(node.x, node.y, k);
  if (camera.width > 640) target.x -= Math.min(384, camera.width / 2) / 2;
  else target.y -= camera.height * 0.3;
  return target;
}
