/** The spec attributes the built-in catalog uses (SupAttribute). */
import type { Attribute } from './catalog-types.js';

function attr(
  id: string,
  shortname: string,
  name: string,
  group: string,
  valueType: 'number' | 'text',
  unitsName = '',
  unitsSymbol = '',
): Attribute {
  return { id, name, shortname, group, valueType, unitsName, unitsSymbol, shortDisplayname: name };
}

const LIST: readonly Attribute[] = [
  attr('548', 'case_package', 'Case/Package', 'Physical', 'text'),
  attr('549', 'mount', 'Mount', 'Physical', 'text'),
  attr('550', 'resistance', 'Resistance', 'Technical', 'number', 'ohms', 'Ω'),
  attr('551', 'tolerance', 'Tolerance', 'Technical', 'text'),
  attr('552', 'powerrating', 'Power Rating', 'Technical', 'number', 'watts', 'W'),
  attr('553', 'capacitance', 'Capacitance', 'Technical', 'number', 'farads', 'F'),
  attr('554', 'voltagerating_dc_', 'Voltage Rating (DC)', 'Technical', 'number', 'volts', 'V'),
  attr('555', 'dielectric', 'Dielectric', 'Technical', 'text'),
  attr('556', 'numberofchannels', 'Number of Channels', 'Technical', 'number'),
  attr('557', 'gainbandwidthproduct', 'Gain Bandwidth Product', 'Technical', 'number', 'hertz', 'Hz'),
  attr('558', 'maxsupplyvoltage', 'Max Supply Voltage', 'Technical', 'number', 'volts', 'V'),
  attr('559', 'outputvoltage', 'Output Voltage', 'Technical', 'number', 'volts', 'V'),
  attr('560', 'outputcurrent', 'Output Current', 'Technical', 'number', 'amperes', 'A'),
  attr('561', 'dropoutvoltage', 'Dropout Voltage', 'Technical', 'number', 'volts', 'V'),
  attr('562', 'forwardcurrent', 'Max Forward Current', 'Technical', 'number', 'amperes', 'A'),
  attr('563', 'reversevoltage', 'Max Reverse Voltage', 'Technical', 'number', 'volts', 'V'),
  attr('564', 'zenervoltage', 'Zener Voltage', 'Technical', 'number', 'volts', 'V'),
  attr('565', 'polarity', 'Polarity', 'Technical', 'text'),
  attr(
    '566',
    'drain_to_sourcevoltage_vdss_',
    'Drain to Source Voltage (Vdss)',
    'Technical',
    'number',
    'volts',
    'V',
  ),
  attr(
    '567',
    'continuousdraincurrent_id_',
    'Continuous Drain Current (ID)',
    'Technical',
    'number',
    'amperes',
    'A',
  ),
  attr(
    '568',
    'drain_to_sourceresistance_rds_on_',
    'Drain to Source Resistance (Rds On)',
    'Technical',
    'number',
    'ohms',
    'Ω',
  ),
  attr(
    '569',
    'collector_emitterbreakdownvoltage',
    'Collector-Emitter Breakdown Voltage',
    'Technical',
    'number',
    'volts',
    'V',
  ),
  attr('570', 'frequency', 'Frequency', 'Technical', 'number', 'hertz', 'Hz'),
  attr('571', 'loadcapacitance', 'Load Capacitance', 'Technical', 'number', 'farads', 'F'),
  attr('572', 'color', 'Color', 'Technical', 'text'),
  attr('573', 'wavelength', 'Wavelength', 'Technical', 'number', 'meters', 'm'),
  attr('574', 'numberofpositions', 'Number of Positions', 'Physical', 'number'),
  attr('575', 'pitch', 'Pitch', 'Dimensions', 'number', 'meters', 'm'),
  attr('576', 'core_architecture', 'Core Architecture', 'Technical', 'text'),
  attr('577', 'memorysize', 'Memory Size', 'Technical', 'number', 'bytes', 'B'),
  attr('578', 'clockfrequency', 'Clock Frequency', 'Technical', 'number', 'hertz', 'Hz'),
  attr('579', 'inductance', 'Inductance', 'Technical', 'number', 'henries', 'H'),
  attr('580', 'currentrating', 'Current Rating', 'Technical', 'number', 'amperes', 'A'),
  attr('581', 'impedance', 'Impedance', 'Technical', 'number', 'ohms', 'Ω'),
  attr('582', 'interface', 'Interface', 'Technical', 'text'),
  attr('583', 'rohs', 'RoHS', 'Compliance', 'text'),
];

export function builtInAttributes(): Attribute[] {
  return LIST.map((attribute) => ({ ...attribute }));
}
