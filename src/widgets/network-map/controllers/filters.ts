import { typeSet, type ActorFilter } from '../../../feed/relations.js';
import type { Network } from '../../../feed/types.js';
import type { Lang } from '../../../i18n/locale.js';
import { provinceLabel } from '../../../i18n/province-label.js';
import type { SelectionController } from './selection.js';

/** The map's attributes that filter what is drawn. */
interface FilterAttributes {
  types?: string | undefined;
  province?: string | undefined;
  federation?: string | undefined;
}

/**
 * The map's filters: read from the attributes once per change (they are asked for every node,
 * every frame), changed by the legend and the geo view's provinces; a selection they hide closes.
 */
export class MapFilters {
  /** The types shown; unset, every type. */
  types?: Set<string>;
  /** Every filter (the geo view also filters by province). */
  all: ActorFilter = {};
  /** Without the province: the graph has no map to choose one on. */
  graph: ActorFilter = {};
  private key?: string;

  constructor(
    private readonly map: FilterAttributes,
    private readonly deps: {
      readonly network: () => Network | undefined;
      readonly selection: () => SelectionController;
      /** The province a selected actor is drawn in (the geo view). */
      readonly provinceOf: (id: string) => string | undefined;
      readonly fitGeo: () => void;
      readonly lang: () => Lang;
    },
  ) {}

  /** Reads the attributes again when they changed (the element's willUpdate). */
  read(): void {
    const { types, province, federation } = this.map;
    const key = `${types}|${province}|${federation}`;
    if (key === this.key) return;
    this.key = key;
    this.types = typeSet(types);
    this.all = { types: this.types, federation, province };
    this.graph = { ...this.all, province: undefined };
  }

  /** The legend: shows or hides a type. */
  toggleType(type: string): void {
    const network = this.deps.network();
    if (!network) return;
    const all = [...network.countsByType.keys()];
    const shown = new Set(typeSet(this.map.types) ?? all);
    if (shown.has(type)) shown.delete(type);
    else shown.add(type);
    this.map.types = shown.size === all.length ? undefined : all.filter((t) => shown.has(t)).join(',');
    const selection = this.deps.selection();
    const selected = selection.selected;
    if (selected && !shown.has(network.byId.get(selected)?.type ?? '')) selection.clear(false);
  }

  /** Chooses (or, chosen again, forgets) a province of the geo view. */
  chooseProvince(id: string): void {
    this.map.province = this.map.province === id ? undefined : id;
    const selection = this.deps.selection();
    const selected = selection.selected;
    if (selected && this.map.province) {
      const province = this.deps.provinceOf(selected);
      if (province && province !== this.map.province) selection.clear(false);
    }
    this.deps.fitGeo();
    selection.announce(this.map.province ? provinceLabel(this.map.province, this.deps.lang()) : '');
  }
}
