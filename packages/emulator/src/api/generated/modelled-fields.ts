import modelled from './modelled-fields.json' with { type: 'json' };

/**
 * The object fields that the curated resolvers and data model (the catalog, the design data, the
 * comments, the application's usage), by type name. Every other field of the schema answers with
 * generated values.
 */
export const MODELLED_FIELDS: Readonly<Record<string, readonly string[]>> = modelled;

export function isModelledField(typeName: string, fieldName: string): boolean {
  return MODELLED_FIELDS[typeName]?.includes(fieldName) ?? false;
}
