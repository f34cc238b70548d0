/**
 * Which optional part fields to ask for. Nexar plans differ in the fields they serve; asking for one the
 * plan lacks gets the request refused, so the client asks only for what its preset includes.
 *
 * | preset       | summary + offers (prices, stock, MOQ, packaging) | specs | documents (datasheets, images) | lead times |
 * | ------------ | ------------------------------------------------ | ----- | ------------------------------ | ---------- |
 * | `'basic'`    | yes                                              |       |                                |            |
 * | `'standard'` | yes                                              | yes   | yes                            |            |
 * | `'full'`     | yes                                              | yes   | yes                            | yes        |
 */
export type FieldPreset = 'basic' | 'standard' | 'full';

/** The optional field groups, one by one. */
export interface FieldSelection {
  specs?: boolean;
  documents?: boolean;
  leadTimes?: boolean;
}

export type FieldsOption = FieldPreset | FieldSelection;

/** The operation variables that switch the optional fragments on. */
export interface FieldVariables {
  withSpecs: boolean;
  withDocuments: boolean;
  withLeadTimes: boolean;
}

/** Safe on every plan. */
export const DEFAULT_FIELDS: FieldPreset = 'basic';

const PRESETS: Record<FieldPreset, FieldVariables> = {
  basic: { withSpecs: false, withDocuments: false, withLeadTimes: false },
  standard: { withSpecs: true, withDocuments: true, withLeadTimes: false },
  full: { withSpecs: true, withDocuments: true, withLeadTimes: true },
};

export function fieldVariables(fields: FieldsOption = DEFAULT_FIELDS): FieldVariables {
  if (typeof fields === 'string') {
    const preset = PRESETS[fields];
    if (!preset) {
      throw new TypeError(
        `fields must be 'basic', 'standard', 'full' or { specs, documents, leadTimes }, got '${fields}'.`,
      );
    }
    return { ...preset };
  }
  return {
    withSpecs: fields.specs === true,
    withDocuments: fields.documents === true,
    withLeadTimes: fields.leadTimes === true,
  };
}

/**
 * The name of a field set, for cache keys: the preset's name when it matches one, else the groups it
 * has (e.g. `specs+leadTimes`, or `summary` for none).
 */
export function fieldSetName(fields: FieldsOption = DEFAULT_FIELDS): string {
  const vars = fieldVariables(fields);
  for (const [name, preset] of Object.entries(PRESETS)) {
    if (
      preset.withSpecs === vars.withSpecs &&
      preset.withDocuments === vars.withDocuments &&
      preset.withLeadTimes === vars.withLeadTimes
    ) {
      return name;
    }
  }
  const groups = [
    vars.withSpecs && 'specs',
    vars.withDocuments && 'documents',
    vars.withLeadTimes && 'leadTimes',
  ];
  return groups.filter(Boolean).join('+');
}
