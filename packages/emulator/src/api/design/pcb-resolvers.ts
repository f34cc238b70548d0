/**
 * DesWipVariant.pcb and DesReleaseVariant.pcb: the variant's board, built on
 * first request (see design-data/pcb-builder.ts), with the DesPcb fields that
 * take arguments: design items paged and filtered, nets by name, tracks by layer; and the comment
 * threads placed on the board's document.
 */
import { GraphQLError } from 'graphql';
import type { DesignItem, Layer, Pcb, ReleaseVariant, Track, WipVariant } from '../../design-data/index.js';
import type { ResolverData } from '../resolver-data.js';
import { type ConnectionArgs, connectionFrom } from './connection.js';
import type { ResolverMap } from './resolver-map.js';
import {
  type FieldFilter,
  type FilterInput,
  filterWhere,
  matchesWhere,
  stringField,
} from './where-filter.js';

const LAYER_FILTERS: Readonly<Record<string, FieldFilter<Layer>>> = { name: stringField((l) => l.name) };

const onLayer =
  <T>(layerOf: (item: T) => Layer | null): FieldFilter<T> =>
  (item, operations) => {
    const layer = layerOf(item);
    return layer !== null && matchesWhere(layer, operations, LAYER_FILTERS);
  };

const TRACK_FILTERS: Readonly<Record<string, FieldFilter<Track>>> = { layer: onLayer((t) => t.layer) };

const ITEM_FILTERS: Readonly<Record<string, FieldFilter<DesignItem>>> = {
  designator: stringField((i) => i.designator),
  layer: onLayer((i) => i.layer),
};

type TrackArgs = { where?: FilterInput | null };
const tracksOf = (owner: { tracks: Track[] }, args: TrackArgs) =>
  filterWhere(owner.tracks, args.where, TRACK_FILTERS);

export function pcbResolvers(data: ResolverData): ResolverMap {
  // A broken project's variant carries its load error as `bom`: the board fails the same way.
  const pcbOf = (variant: WipVariant | ReleaseVariant | { bom: unknown }) => {
    if (variant.bom instanceof GraphQLError) throw variant.bom;
    return data.design.pcb(variant as WipVariant) ?? null;
  };
  return {
    DesWipVariant: { pcb: pcbOf },
    DesReleaseVariant: { pcb: pcbOf },
    DesPcb: {
      designItems: (
        pcb: Pcb,
        args: ConnectionArgs & { designators?: string[] | null; where?: FilterInput | null },
      ) => {
        const named = args.designators
          ? pcb.designItems.filter((item) => args.designators?.includes(item.designator))
          : pcb.designItems;
        return connectionFrom(filterWhere(named, args.where, ITEM_FILTERS), args, 'DesDesignItem');
      },
      nets: (pcb: Pcb, args: { names?: string[] | null }) =>
        args.names ? pcb.nets.filter((net) => args.names?.includes(net.name)) : pcb.nets,
      tracks: tracksOf,
      // The project's threads placed on this board's document (desCreateCommentThread with its documentId).
      commentThreads: (pcb: Pcb) =>
        data.design.comments.threads(pcb.projectId).filter((t) => t.context.documentId === pcb.documentId),
    },
    DesDesignItem: {
      tracks: tracksOf,
      // Threads on the board's document whose object is this item (desCreateCommentThread's itemAsInternalObjectId).
      commentThreads: (item: DesignItem) =>
        data.design.comments
          .threads(item.board.projectId)
          .filter((t) => t.context.documentId === item.board.documentId && t.context.objectId === item.pcbId),
      // Deprecated for boundingBox, and the same rectangle.
      area: (item: DesignItem) => item.boundingBox,
    },
    // Nexar documents these two as "No longer used - always returns null."
    DesLayer: { copperArea: () => null, copperRatio: () => null },
    DesNet: { tracks: tracksOf },
  };
}
