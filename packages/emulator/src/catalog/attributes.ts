/**
 * The spec attributes the built-in catalog knows (SupAttribute): Octopart's own shortnames, names, groups
 * and, where Octopart's id is known, its id. Shortnames follow Octopart's rule: the name in lower case,
 * spaces dropped, any other punctuation an underscore ("Voltage Rating (DC)" → `voltagerating_dc_`).
 * Numbers are kept in SI base units (`siValue`), except temperatures (°C, as Octopart shows them). Some
 * attributes carry no value on any built-in part (height, weight...): they are known, as on Nexar, so a
 * sort by them puts every part last and a filter on them matches nothing, instead of an error.
 */
import type { Attribute } from './catalog-types.js';

type Row = readonly [
  id: string,
  shortname: string,
  name: string,
  group: string,
  units?: readonly [unitsName: string, unitsSymbol: string] | 'count',
];

const OHM = ['ohms', 'Ω'] as const;
const FARAD = ['farads', 'F'] as const;
const HENRY = ['henries', 'H'] as const;
const VOLT = ['volts', 'V'] as const;
const AMP = ['amperes', 'A'] as const;
const WATT = ['watts', 'W'] as const;
const HERTZ = ['hertz', 'Hz'] as const;
const METER = ['meters', 'm'] as const;
const SECOND = ['seconds', 's'] as const;
const CELSIUS = ['degrees Celsius', '°C'] as const;
const BYTE = ['bytes', 'B'] as const;

const ROWS: readonly Row[] = [
  // Physical, dimensions, compliance: every family.
  ['842', 'case_package', 'Case/Package', 'Physical'],
  ['773', 'mount', 'Mount', 'Physical'],
  ['329', 'numberofpins', 'Number of Pins', 'Physical', 'count'],
  ['412', 'packaging', 'Packaging', 'Technical'],
  ['468', 'height', 'Height', 'Dimensions', METER],
  ['755', 'length', 'Length', 'Dimensions', METER],
  ['576', 'width', 'Width', 'Dimensions', METER],
  ['547', 'weight', 'Weight', 'Physical', ['grams', 'g']],
  ['610', 'rohs', 'RoHS', 'Compliance'],
  ['724', 'leadfree', 'Lead Free', 'Compliance'],
  ['683', 'reachsvhc', 'REACH SVHC', 'Compliance'],
  ['849', 'maxoperatingtemperature', 'Max Operating Temperature', 'Technical', CELSIUS],
  ['456', 'minoperatingtemperature', 'Min Operating Temperature', 'Technical', CELSIUS],
  ['905', 'maxjunctiontemperature', 'Max Junction Temperature (Tj)', 'Technical', CELSIUS],
  // Passives.
  ['440', 'resistance', 'Resistance', 'Technical', OHM],
  ['342', 'tolerance', 'Tolerance', 'Technical'],
  ['257', 'powerrating', 'Power Rating', 'Technical', WATT],
  [
    '321',
    'temperaturecoefficient',
    'Temperature Coefficient',
    'Technical',
    ['ppm per degree Celsius', 'ppm/°C'],
  ],
  ['371', 'composition', 'Composition', 'Technical'],
  ['548', 'capacitance', 'Capacitance', 'Technical', FARAD],
  ['323', 'voltagerating_dc_', 'Voltage Rating (DC)', 'Technical', VOLT],
  ['357', 'dielectric', 'Dielectric', 'Technical'],
  ['308', 'esr_equivalentseriesresistance_', 'ESR (Equivalent Series Resistance)', 'Technical', OHM],
  ['521', 'ripplecurrent', 'Ripple Current', 'Technical', AMP],
  ['839', 'life_hours_', 'Life (Hours)', 'Technical', ['hours', 'h']],
  ['375', 'inductance', 'Inductance', 'Technical', HENRY],
  ['638', 'currentrating', 'Current Rating', 'Technical', AMP],
  ['201', 'dcresistance_dcr_', 'DC Resistance (DCR)', 'Technical', OHM],
  ['581', 'saturationcurrent', 'Saturation Current', 'Technical', AMP],
  ['831', 'shielding', 'Shielding', 'Technical'],
  ['495', 'impedance', 'Impedance', 'Technical', OHM],
  // Frequency control.
  ['505', 'frequency', 'Frequency', 'Technical', HERTZ],
  ['223', 'frequencystability', 'Frequency Stability', 'Technical', ['parts per million', 'ppm']],
  ['1101', 'loadcapacitance', 'Load Capacitance', 'Technical', FARAD],
  // Supply of ICs.
  ['588', 'maxsupplyvoltage', 'Max Supply Voltage', 'Technical', VOLT],
  ['339', 'minsupplyvoltage', 'Min Supply Voltage', 'Technical', VOLT],
  ['1102', 'quiescentcurrent', 'Quiescent Current', 'Technical', AMP],
  ['663', 'maxpowerdissipation', 'Max Power Dissipation', 'Technical', WATT],
  // Amplifiers.
  ['1103', 'numberofchannels', 'Number of Channels', 'Technical', 'count'],
  ['1104', 'gainbandwidthproduct', 'Gain Bandwidth Product', 'Technical', HERTZ],
  ['1105', 'slewrate', 'Slew Rate', 'Technical', ['volts per second', 'V/s']],
  ['1106', 'inputoffsetvoltage', 'Input Offset Voltage', 'Technical', VOLT],
  // Regulators.
  ['1107', 'outputvoltage', 'Output Voltage', 'Technical', VOLT],
  ['1108', 'outputcurrent', 'Output Current', 'Technical', AMP],
  ['1109', 'dropoutvoltage', 'Dropout Voltage', 'Technical', VOLT],
  ['1110', 'maxinputvoltage', 'Max Input Voltage', 'Technical', VOLT],
  ['1111', 'outputtype', 'Output Type', 'Technical'],
  // Processors, interface, RF.
  ['1112', 'corearchitecture', 'Core Architecture', 'Technical'],
  ['1113', 'memorysize', 'Memory Size', 'Technical', BYTE],
  ['1114', 'ramsize', 'RAM Size', 'Technical', BYTE],
  ['1115', 'clockfrequency', 'Clock Frequency', 'Technical', HERTZ],
  ['1116', 'numberofi_os', 'Number of I/Os', 'Technical', 'count'],
  ['1117', 'interface', 'Interface', 'Technical'],
  // Diodes.
  ['1118', 'forwardcurrent', 'Forward Current', 'Technical', AMP],
  ['1119', 'forwardvoltage', 'Forward Voltage', 'Technical', VOLT],
  ['1120', 'reversevoltage', 'Reverse Voltage', 'Technical', VOLT],
  ['1121', 'reverserecoverytime', 'Reverse Recovery Time', 'Technical', SECOND],
  ['1122', 'zenervoltage', 'Zener Voltage', 'Technical', VOLT],
  // Transistors.
  ['597', 'polarity', 'Polarity', 'Technical'],
  ['1123', 'drain_to_sourcevoltage_vdss_', 'Drain to Source Voltage (Vdss)', 'Technical', VOLT],
  ['1124', 'continuousdraincurrent_id_', 'Continuous Drain Current (ID)', 'Technical', AMP],
  ['1125', 'drain_to_sourceresistance_rds_on_', 'Drain to Source Resistance (Rds On)', 'Technical', OHM],
  ['1126', 'gatecharge', 'Gate Charge', 'Technical', ['coulombs', 'C']],
  ['1127', 'thresholdvoltage', 'Threshold Voltage', 'Technical', VOLT],
  ['1128', 'collector_emitterbreakdownvoltage', 'Collector-Emitter Breakdown Voltage', 'Technical', VOLT],
  ['1129', 'continuouscollectorcurrent', 'Continuous Collector Current', 'Technical', AMP],
  // LEDs.
  ['743', 'color', 'Color', 'Technical'],
  ['1130', 'wavelength', 'Wavelength', 'Technical', METER],
  ['1131', 'luminousintensity', 'Luminous Intensity', 'Technical', ['candelas', 'cd']],
  ['1132', 'viewingangle', 'Viewing Angle', 'Technical', ['degrees', '°']],
  // Connectors.
  ['1133', 'numberofpositions', 'Number of Positions', 'Physical', 'count'],
  ['1134', 'numberofrows', 'Number of Rows', 'Physical', 'count'],
  ['1135', 'pitch', 'Pitch', 'Dimensions', METER],
  ['384', 'contactplating', 'Contact Plating', 'Physical'],
  ['1136', 'gender', 'Gender', 'Physical'],
  ['1137', 'orientation', 'Orientation', 'Physical'],
];

function attribute([id, shortname, name, group, units]: Row): Attribute {
  const [unitsName, unitsSymbol] = Array.isArray(units) ? units : ['', ''];
  return {
    id,
    name,
    shortname,
    group,
    valueType: units === undefined ? 'text' : 'number',
    unitsName,
    unitsSymbol,
    shortDisplayname: name,
  };
}

export function builtInAttributes(): Attribute[] {
  return ROWS.map(attribute);
}
