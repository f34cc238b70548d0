/** The layer stack of a two- or four-layer FR-4 board, as a fabricator's stackup lists it. */
import type { Layer, Stackup } from './pcb-types.js';
import { size } from './pcb-units.js';

const OUNCE_GRAMS = 28.3495;

function layer(name: string, layerType: string, extra: Partial<Layer> = {}): Layer {
  return {
    name,
    layerType,
    thickness: null,
    dielectricConstant: null,
    copperWeight: null,
    material: null,
    layerProperties: [],
    nets: [],
    ...extra,
  };
}

function copper(name: string, layerType: 'SIGNAL' | 'PLANE', ounces: number): Layer {
  return layer(name, layerType, {
    thickness: size(1.37 * ounces),
    copperWeight: { x: ounces, gram: Number((ounces * OUNCE_GRAMS).toFixed(4)), ounce: ounces },
    material: 'Copper',
    layerProperties: [
      { name: 'Copper orientation', text: name.startsWith('Bottom') ? 'Below' : 'Above', size: null },
      { name: 'Minimum track width', text: '6 mil', size: size(6) },
    ],
  });
}

function dielectric(name: string, kind: 'CORE' | 'PREPREG', mils: number): Layer {
  return layer(name, kind, {
    thickness: size(mils),
    dielectricConstant: kind === 'CORE' ? 4.6 : 4.4,
    material: kind === 'CORE' ? 'FR-4 Core' : 'FR-4 Prepreg 7628',
    layerProperties: [{ name: 'Glass transition', text: 'Tg 150 °C', size: null }],
  });
}

const mask = (name: string) =>
  layer(name, 'SOLDER_MASK', { thickness: size(0.4), dielectricConstant: 3.5, material: 'Solder Resist' });
const overlay = (name: string) => layer(name, 'OVERLAY', { material: 'Legend ink' });

/** The stack (outer layers first) and its copper layers, top first; planes carry GND and the 3.3 V rail. */
export function layerStack(copperLayers: 2 | 4): { stackup: Stackup; copper: Layer[] } {
  const top = copper('Top Layer', 'SIGNAL', 1);
  const bottom = copper('Bottom Layer', 'SIGNAL', 1);
  const inner =
    copperLayers === 4 ? [copper('GND Plane', 'PLANE', 1), copper('Power Plane', 'PLANE', 1)] : [];
  const middle =
    copperLayers === 4
      ? [
          dielectric('Prepreg 1', 'PREPREG', 8),
          inner[0] as Layer,
          dielectric('Core', 'CORE', 40),
          inner[1] as Layer,
          dielectric('Prepreg 2', 'PREPREG', 8),
        ]
      : [dielectric('Core', 'CORE', 59)];
  const layers = [
    overlay('Top Overlay'),
    mask('Top Solder'),
    top,
    ...middle,
    bottom,
    mask('Bottom Solder'),
    overlay('Bottom Overlay'),
  ];
  const layerTypes = [...new Set(layers.map((l) => l.layerType))];
  return {
    stackup: {
      stackupType: copperLayers === 4 ? 'Rigid, 4 layers' : 'Rigid, 2 layers',
      layerTypes,
      roughnessType: 'Huray',
      roughnessFactorSR: '0.1',
      roughnessFactorRF: '2',
      stacks: [{ name: 'Board Layer Stack', layers }],
    },
    copper: [top, ...inner, bottom],
  };
}
