/**
 * `npm run bench:peers`, the unfairness notes printed under the table: what each figure includes,
 * what ours and the peers have that the other has not, and how this machine's WebGL weighs on sigma.
 */
import { cpus } from 'node:os';
import { median } from './measure.js';
import { RASTER_LABEL } from '../flags.js';
import { PAN_BUDGET_MS, ZOOM_BUDGET_MS, type Library, type Size } from './options.js';
import type { Results } from './report.js';

/** The notes: printed, and returned for the JSON. */
export function printNotes(results: Results): string[] {
  const { options, bytes, feeds, rounds } = results;
  const { sizes, timeoutMs } = options;
  const { runs, surfaces, chromium, webglDefault } = rounds;
  const webgl = webglOf(results);
  const software = /swiftshader|llvmpipe|software|no webgl/i.test(webglDefault);
  const oursDrawn = (size: Size): string => {
    const drawn = runs
      .filter((r) => r.library === 'ours' && r.size === size && r.load)
      .map((r) => Number(r.load!.extra['nodesDrawn']));
    return drawn.length > 0 ? String(median(drawn)) : '?';
  };
  const via = (library: Library): string =>
    runs.find((r) => r.library === library && r.frames)?.frames?.via ?? 'not measured';
  const notes: string[] = [
    `Data ready: ours gets the raw feed object (already parsed) and validates, normalises, lays out and draws it itself, all on the clock; the peers get plain node and edge arrays built beforehand from the same feed by our normaliser, with our layout's positions for the preset runs (their graph building, layout and drawing are on the clock).`,
    `First complete frame: the animation frame after the one in which the library finished drawing the whole picture (ours: its canvas reports drawn nodes; sigma: its first render; Cytoscape: the first 'render' after the layout's stop; vis-network: the first 'afterDrawing' after stabilisation). Headless Chromium ${chromium}, frames not held to a display rate (--disable-gpu-vsync --disable-frame-rate-limit), ${cpus().length} CPU cores shared with the rest of the machine.`,
    `Level of detail (ours has it, the peers as set up here do not): ours draws each federation's associations as one bubble with a count until there is room for them, draws membership as position (clusters) rather than as ${feeds[sizes[0]!]?.memberships ?? '?'}+ lines, and draws the hub–federation lines, partnerships when there is room, and labels by priority without overlap. At its first frame ours drew ${sizes.map((s) => `${oursDrawn(s)} nodes (${s})`).join(', ')}; the peers draw every node and every edge (${sizes.map((s) => `${feeds[s]?.nodes} nodes + ${feeds[s]?.edges} edges at ${s}`).join(', ')}).`,
    `Features in ours' bytes and time that the peers' setups do not have: feed validation and normalising with error reporting, search, the legend with type filters, three languages (nl/fr/en catalogues), keyboard travel between actors, an accessible announcement region, the card panel for the selected actor (lazily loaded, counted in the bytes), the list view and the geo view's code (geo boundary data excluded), theming.`,
    `Features of the peers that ours does not have: node dragging, hover/click events on any node and edge, arbitrary graphs (ours only lays out this feed's structure: hub, federations, associations, other actors), stylesheets (Cytoscape), physics (vis-network), graph algorithms and a graph data model (graphology, Cytoscape), WebGL rendering that scales to far more visible items (sigma).`,
    `Raster mode of this table: ${RASTER_LABEL[options.raster]}. ${
      options.raster === 'cpu'
        ? 'The canvas 2D of ours, Cytoscape.js and vis-network is rasterised by Skia on the CPU, which keeps up with a scene drawn shape by shape.'
        : 'Every canvas 2D fill, stroke and label is a GPU operation, on a GPU emulated in software (as a weak GPU behaves): a scene drawn shape by shape pays for each.'
    } WebGL (sigma.js) ran on "${webgl}"${
      software
        ? `; with the GPU flags at their defaults this machine offers the same kind of software device ("${webglDefault}"), so sigma pays for rasterising on the CPU in either mode; on a partner's laptop with a GPU its frames would be far cheaper.`
        : `; with the GPU flags at their defaults this machine offers "${webglDefault}" (hardware).`
    }`,
    `Labels: every peer gets every node's name. sigma draws labels by its default density grid and size threshold; Cytoscape.js and vis-network get labels 8 layout units tall that show once they are 8 px on screen ('min-zoomed-font-size: 8'; vis 'scaling.label.drawThreshold: 8'), since their defaults (16 and 14 units, shown from 0 and 5 px) would draw all ${feeds[sizes[0]!]?.nodes ?? ''}+ names on top of each other at the fit-all zoom; ours shows the hub's and federations' names at first, others by priority as room allows.`,
    `Default layouts: sigma has none of its own; the usual companion graphology-layout-forceatlas2 runs synchronously for 100 iterations with inferSettings (Barnes-Hut above 2,000 nodes) from seeded random positions, and its bytes are counted in the "ForceAtlas2" rows. Cytoscape's own default is 'grid' (not a network layout); 'cose' (built in) is used with its defaults (animated while it runs). vis-network runs its default Barnes-Hut physics and stabilisation (up to 1,000 iterations) before its first picture, and keeps simulating afterwards until stable, which also costs frames during the pan and zoom. A run that gave no first frame within ${timeoutMs / 1000} s is reported as a timeout and not repeated in later rounds, and one that took over ${timeoutMs / 2000} s is measured once (to keep the whole bench within minutes); for the goals a timeout counts as ${timeoutMs / 1000} s (a lower bound for the peer).`,
    `Pan and zoom: the same script for everyone — 60 frames of drag along a loop (the same screen-pixel path), a 400 ms pause (not measured), then 60 frames zooming in and 60 out by e^±0.1 per frame around one point, held between 0.5× and ${sizes.map((s) => `${surfaces[s]?.zoomMax.toFixed(1) ?? '?'}× (${s})`).join(', ')} the fit-all zoom (our map's limits). Ours: ${via('ours')}. Peers: through their camera APIs, one move per frame (sigma: ${via('sigma')}; Cytoscape: ${via('cytoscape')}; vis-network: ${via('vis')}). Synthetic events do reach the peers, but sigma drops wheel events less than 50 ms apart and eases each zoom step over 250 ms, the three zoom by different steps per wheel notch, and a drag that starts on a node moves the node instead of the view, so events would give each library a different path; the camera APIs give all the same one and skip only their (small) input handling. Frame time = time between animation frames; p95 over the 180 frames of a run, median over runs. The pan has ${PAN_BUDGET_MS / 1000} s and the zoom ${ZOOM_BUDGET_MS / 1000} s: a library slower than that stops early and its p95 (marked *) covers the frames it drew, part of the path only.`,
    `Heap: JSHeapUsedSize after a forced GC, right after the first frame. It does not count WebGL buffers or canvas backing stores (sigma keeps its geometry on the GPU side, so its heap looks smaller than its memory), and ours also holds the raw feed it was given (the element keeps its 'feed' property).`,
    `Bytes: gzip -9 per file, summed. Peers: a minimal module per setup (scripts/bench/peers/render-*.ts, sigma-fa2.ts) built alone by Vite 8 (minified, production, ES2022) — sigma + graphology; + graphology-layout-forceatlas2; Cytoscape.js (cose included in its bundle); vis-network's standalone build (includes vis-data). Ours: dist/mf-network-map.js with all it imports statically and lazily, minus the geo boundary chunks (${bytes['ours']!.files.length} files).`,
  ];
  console.log('\nUnfairness notes');
  for (const note of notes) console.log(`- ${note}`);
  return notes;
}

/** The WebGL device sigma.js rendered with in the measured runs. */
export function webglOf({ rounds: { runs } }: Results): string {
  return String(runs.find((r) => r.library === 'sigma' && r.load)?.load?.extra['webgl'] ?? 'not measured');
}
