/** The demo workspaces, their regions and their projects (whose boards DEMO_BOMS lists). */

export interface WorkspaceSpec {
  key: string;
  name: string;
  url: string;
  description: string;
  /** The region that hosts the workspace (a DesWorkspaceLocation name), as its name and description say. */
  locationName: string;
  librarySize: number;
  projects: readonly (readonly [name: string, description: string])[];
}

export const DEMO_WORKSPACES: readonly WorkspaceSpec[] = [
  {
    key: 'acme-robotics',
    name: 'Acme Robotics',
    url: 'https://acme-robotics.365.altium.com',
    description: 'Robot controllers, motor drivers and sensor boards.',
    locationName: 'US West',
    librarySize: 80,
    projects: [
      [
        'Motor Controller',
        'Dual H-bridge brushed DC motor controller: power MOSFETs with gate resistors, LM358 current sensing, bulk capacitors and connectors.',
      ],
      [
        'Line Follower Base',
        'Five-sensor reflectance array read by an ATmega328P, with an H-bridge motor driver for the line-follower kit.',
      ],
      [
        'Battery Management Board',
        '4S Li-ion pack monitor: an ATmega328P reads the cells through LM358 buffers and switches balancing MOSFETs.',
      ],
      ['USB-Serial Adapter', 'USB to UART bridge (CH340G) with MOSFET level shifting for robot consoles.'],
      ['Sensor Hub', 'I2C/SPI sensor aggregation board with an STM32 and four JST sensor connectors.'],
      [
        'Arduino Nano Clone',
        'ATmega328P development board in the Nano footprint, with a CH340G USB to UART bridge.',
      ],
      ['ESP32 IoT Node', 'Wi-Fi telemetry node with ESP32-WROOM-32E, USB programming and a 3.3 V regulator.'],
      [
        'Power Supply 5V 3A',
        'Output stage of the robot base 5 V buck rail (inductor, Schottky diode, bulk capacitors) and a 3.3 V LDO.',
      ],
      [
        'LED Matrix Driver',
        '8x8 LED matrix driven by 74HC595 shift registers and PNP transistor row drivers.',
      ],
      ['Servo Driver 16ch', 'Sixteen-channel PWM servo driver on an STM32, with servo headers.'],
      [
        'Encoder Interface',
        'Quadrature encoder front end: LM358 comparators with RC filters and clamp diodes.',
      ],
      [
        'CAN Bus Node',
        'Drivetrain bus node on an STM32 (built-in CAN controller) with bus termination and connectors.',
      ],
      ['IMU Breakout', 'Breakout for a nine-axis IMU module: 3.3 V LDO, I2C pull-ups and a header.'],
      [
        'Robot Arm Joint Controller',
        'Closed-loop joint controller for the six-axis arm: STM32, H-bridge and current sensing.',
      ],
      [
        'Lidar Mount Board',
        'Power switch MOSFET, 3.3 V regulator and UART connectors for the 2D lidar mount.',
      ],
      ['Charging Dock', 'Contact charging dock with a MOSFET current limit (LM358) and status LEDs.'],
      ['Emergency Stop Panel', 'Latching e-stop with MOSFET relay drivers and indicator lamps.'],
      ['Wheel Odometry Board', 'Hall-sensor wheel odometry with a low-power ATmega328P.'],
      [
        'Audio Amplifier',
        'Mono op amp preamplifier with a push-pull transistor output stage for voice prompts.',
      ],
      [
        'Thermal Camera Carrier',
        'Carrier board for a thermal imaging module: 3.3 V regulators, filtered supply and headers.',
      ],
      [
        'Ultrasonic Sensor Array',
        'Eight ultrasonic rangers multiplexed to an ATmega328P through a shift register.',
      ],
      [
        'Gripper Controller',
        'Force-limited gripper motor controller: ATmega328P, H-bridge and current sensing.',
      ],
      ['Bluetooth Remote', 'Handheld BLE remote on an ESP32, with buttons and a battery connector.'],
      ['Display Adapter', 'SPI TFT display adapter with a MOSFET backlight driver.'],
      [
        'Production Test Fixture',
        'Bed-of-nails test fixture interface: STM32, MOSFET switches and pass/fail LEDs.',
      ],
      ['Debug Probe', 'SWD debug probe on an STM32, with USB-C and a target power switch MOSFET.'],
      [
        'Power Distribution Board',
        'Switched power distribution for the robot chassis: MOSFETs, Schottky diodes and bulk capacitors.',
      ],
      ['Camera Gimbal Controller', 'Two-axis brushless gimbal controller: STM32 and MOSFET half bridges.'],
      [
        'Relay Board 8ch',
        'Eight relay driver channels: MOSFETs, flyback diodes, status LEDs and relay connectors.',
      ],
      [
        'Environmental Sensor',
        'Temperature, humidity and pressure sensor node on an ATmega328P, with a sensor connector.',
      ],
    ],
  },
  {
    key: 'acme-robotics-eu',
    name: 'Acme Robotics Europe',
    url: 'https://acme-robotics-eu.365.altium.com',
    description: 'Designs of the Berlin team, hosted in the EU region.',
    locationName: 'EU Central',
    librarySize: 48,
    projects: [
      [
        'Conveyor Controller',
        'Stepper controller for the warehouse conveyor: STM32 and two MOSFET H-bridges.',
      ],
      [
        'Safety Relay Module',
        'Dual-channel safety relay driver for guarded cells, with MOSFET and transistor drivers.',
      ],
      [
        'Vision Light Controller',
        'Constant-current LED strobe controller for machine vision: MOSFETs regulated by LM358 amplifiers.',
      ],
      ['Fieldbus Gateway', 'Serial fieldbus gateway on an STM32 with a MAX232 RS-232 port.'],
      ['Pallet Tracker', 'Battery-powered pallet tracker with an nRF24L01+ radio.'],
      [
        'Motor Test Bench',
        'Instrumentation board for motor characterisation: STM32, LM358 amplifiers and a USB link.',
      ],
    ],
  },
  {
    key: 'open-hardware-lab',
    name: 'Open Hardware Lab',
    url: 'https://open-hardware-lab.365.altium.com',
    description: 'Community and training projects.',
    locationName: 'US West',
    librarySize: 40,
    projects: [
      ['Soldering Practice Kit', 'Through-hole practice kit with a 555 blinker.'],
      ['Bench Power Supply', 'Adjustable LM317 bench supply.'],
      ['Synth Oscillator', 'Analog oscillator module (TL072 op amps) for a modular synthesizer.'],
      ['Weather Station', 'Solar weather station with ESP32.'],
    ],
  },
];

export const COMMENT_TEXTS: readonly string[] = [
  'Can we move {d} closer to the supply pin? The loop area looks large.',
  'Please double-check the value of {d}; it does not match the calculation in the design notes.',
  'Add a test point next to {d} for production test.',
  'Silkscreen for {d} overlaps the board outline.',
  '{d} footprint: pad 1 marking is missing on the assembly layer.',
  'Is {d} rated for the worst-case voltage on this rail?',
  'Swapped {d} for a part with better availability.',
  'Looks good to me. Ready for release once the DRC is clean.',
  'Agreed, updated in the latest revision.',
  'Done. Please re-review.',
  'Can we use the same part as on the motor controller to reduce line items?',
  'Fixed, thanks for catching it.',
];
