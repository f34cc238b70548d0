/** Library components in the design data JSON format. */
import { childPath as at } from '../catalog/json-reader.js';
import type { DesignJsonBase } from './design-json-base.js';
import { normalizeWorkspaceUrl } from './design-store.js';
import type { Component, ComponentParameter, ComponentType } from './design-types.js';

const PARAMETER_TYPES = [
  'NONE',
  'TEXT',
  'VOLTAGE',
  'CURRENT',
  'RESISTANCE',
  'CONDUCTANCE',
  'CAPACITANCE',
  'CHARGE',
  'INDUCTANCE',
  'POWER',
  'IMPEDANCE',
  'FREQUENCY',
  'TEMPERATURE',
  'DECIBELS',
  'PERCENT',
  'LENGTH',
  'MASS',
  'TIME',
] as const;

export function readComponentType(ctx: DesignJsonBase, value: unknown, path: string): ComponentType {
  const o = ctx.r.object(value, path, [
    'componentTypeId',
    'name',
    'parent',
    'createdBy',
    'updatedBy',
    'createdAt',
    'updatedAt',
  ]);
  const createdAt = ctx.r.dateTime(o, 'createdAt', path);
  const createdBy = ctx.ref(o, 'createdBy', path, ctx.users, 'user');
  return {
    componentTypeId: ctx.r.string(o, 'componentTypeId', path),
    name: ctx.r.string(o, 'name', path),
    parent:
      o.parent === undefined || o.parent === null
        ? null
        : readComponentType(ctx, o.parent, at(path, 'parent')),
    createdBy,
    updatedBy: ctx.optRef(o, 'updatedBy', path, ctx.users, 'user', createdBy),
    createdAt,
    updatedAt: ctx.r.optDateTime(o, 'updatedAt', path, createdAt),
  };
}

export function readParameter(ctx: DesignJsonBase, value: unknown, path: string): ComponentParameter {
  const o = ctx.r.object(value, path, ['type', 'name', 'value']);
  return {
    type: ctx.r.oneOf(o, 'type', path, PARAMETER_TYPES, 'TEXT'),
    name: ctx.r.string(o, 'name', path),
    value: ctx.r.string(o, 'value', path),
  };
}

export function readComponent(ctx: DesignJsonBase, value: unknown, path: string): Component {
  const r = ctx.r;
  const o = r.object(value, path, [
    'id',
    'workspaceUrl',
    'inLibrary',
    'name',
    'comment',
    'description',
    'createdAt',
    'modifiedAt',
    'createdBy',
    'isManaged',
    'revisionId',
    'componentType',
    'manufacturerParts',
    'details',
  ]);
  const id = r.string(o, 'id', path, { nonEmpty: true });
  const workspaceUrl = r.string(o, 'workspaceUrl', path);
  const workspace =
    ctx.workspaces.get(normalizeWorkspaceUrl(workspaceUrl)) ??
    r.fail(at(path, 'workspaceUrl'), `unknown workspace "${workspaceUrl}"`);
  const createdAt = r.dateTime(o, 'createdAt', path);
  const createdBy = ctx.ref(o, 'createdBy', path, ctx.users, 'user');
  const dp = at(path, 'details');
  const details =
    o.details === undefined
      ? {}
      : r.object(o.details, dp, ['itemInternalId', 'parameters', 'itemParameters', 'datasheets']);
  return {
    id,
    workspaceUrl: workspace.url,
    inLibrary: r.optBool(o, 'inLibrary', path, true),
    name: r.string(o, 'name', path),
    comment: r.optString(o, 'comment', path, ''),
    description: r.optString(o, 'description', path, ''),
    createdAt,
    modifiedAt: r.optDateTime(o, 'modifiedAt', path, createdAt),
    createdBy,
    isManaged: r.optBool(o, 'isManaged', path, true),
    revisionId: r.optString(o, 'revisionId', path, ''),
    componentType:
      o.componentType === undefined || o.componentType === null
        ? null
        : readComponentType(ctx, o.componentType, at(path, 'componentType')),
    manufacturerParts: ctx.list(o, 'manufacturerParts', path, (mv, mp) => {
      const m = r.object(mv, mp, ['partNumber', 'companyName', 'octopartId', 'priority', 'supplierParts']);
      return {
        partNumber: r.string(m, 'partNumber', mp, { nonEmpty: true }),
        companyName: r.string(m, 'companyName', mp),
        octopartId: r.nullableString(m, 'octopartId', mp),
        priority: m.priority === undefined ? 0 : r.number(m, 'priority', mp, { min: 0, integer: true }),
        supplierParts: ctx.list(m, 'supplierParts', mp, (sv, sp) => {
          const s = r.object(sv, sp, ['companyName', 'partNumber', 'prices', 'stocks']);
          return {
            companyName: r.string(s, 'companyName', sp),
            partNumber: r.string(s, 'partNumber', sp),
            prices: ctx.list(s, 'prices', sp, (pv, pp) => {
              const po = r.object(pv, pp, ['currency', 'price', 'breakQuantity']);
              return {
                currency: r.string(po, 'currency', pp),
                price: r.number(po, 'price', pp, { min: 0 }),
                breakQuantity: r.number(po, 'breakQuantity', pp, { min: 1, integer: true }),
              };
            }),
            stocks: ctx.list(s, 'stocks', sp, (xv, xp) => {
              const xo = r.object(xv, xp, ['locationName', 'quantity']);
              return {
                locationName: r.string(xo, 'locationName', xp),
                quantity: r.number(xo, 'quantity', xp, { min: 0 }),
              };
            }),
          };
        }),
      };
    }),
    details: {
      itemInternalId: r.optString(details, 'itemInternalId', dp, ''),
      parameters: ctx.list(details, 'parameters', dp, (v, p) => readParameter(ctx, v, p)),
      itemParameters: ctx.list(details, 'itemParameters', dp, (v, p) => readParameter(ctx, v, p)),
      datasheets: ctx.list(details, 'datasheets', dp, (dv, dsp) => {
        const d = r.object(dv, dsp, [
          'id',
          'name',
          'comment',
          'description',
          'dataDownloadUrl',
          'itemInternalId',
          'revisionInternalId',
          'createdBy',
          'updatedBy',
        ]);
        const by = ctx.optRef(d, 'createdBy', dsp, ctx.users, 'user', createdBy);
        return {
          id: r.string(d, 'id', dsp),
          name: r.string(d, 'name', dsp),
          comment: r.optString(d, 'comment', dsp, ''),
          description: r.optString(d, 'description', dsp, ''),
          dataDownloadUrl: r.string(d, 'dataDownloadUrl', dsp),
          itemInternalId: r.optString(d, 'itemInternalId', dsp, ''),
          revisionInternalId: r.optString(d, 'revisionInternalId', dsp, ''),
          createdBy: by,
          updatedBy: ctx.optRef(d, 'updatedBy', dsp, ctx.users, 'user', by),
        };
      }),
    },
  };
}
