/** The demo workspaces and their project names. */

export interface WorkspaceSpec {
  key: string;
  name: string;
  url: string;
  description: string;
  /** Preferred region; otherwise the location at `locationIndex`, otherwise the first. */
  locationName: string;
  locationIndex: number;
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
    locationIndex: 0,
    librarySize: 60,
    projects: [
      ['Motor Controller', 'Dual H-bridge brushed DC motor controller with current sensing.'],
      ['Line Follower Base', 'Five-sensor reflectance array and motor driver for the line-follower kit.'],
      ['Battery Management Board', '4S Li-ion pack monitor with balancing and fuel gauge.'],
      ['USB-Serial Adapter', 'USB to UART bridge with level shifting for robot consoles.'],
      ['Sensor Hub', 'I2C/SPI sensor aggregation board with an STM32.'],
      ['Arduino Nano Clone', 'ATmega328P development board in the Nano footprint.'],
      ['ESP32 IoT Node', 'Wi-Fi telemetry node with ESP32-WROOM-32E.'],
      ['Power Supply 5V 3A', 'Buck converter and LDO rails for the robot base.'],
      ['LED Matrix Driver', '8x8 LED matrix driven by shift registers.'],
      ['Servo Driver 16ch', 'Sixteen-channel PWM servo driver.'],
      ['Encoder Interface', 'Quadrature encoder front end with Schmitt-trigger inputs.'],
      ['CAN Bus Node', 'CAN transceiver node for the drivetrain bus.'],
      ['IMU Breakout', 'Nine-axis IMU breakout with a 3.3 V regulator.'],
      ['Robot Arm Joint Controller', 'Closed-loop joint controller for the six-axis arm.'],
      ['Lidar Mount Board', 'Power and UART breakout for the 2D lidar mount.'],
      ['Charging Dock', 'Contact charging dock with current limit and status LEDs.'],
      ['Emergency Stop Panel', 'Latching e-stop with relay drivers and indicator lamps.'],
      ['Wheel Odometry Board', 'Hall-sensor wheel odometry with a low-power MCU.'],
      ['Audio Amplifier', 'Mono class-D amplifier for voice prompts.'],
      ['Thermal Camera Carrier', 'Carrier board for a thermal imaging module.'],
      ['Ultrasonic Sensor Array', 'Eight ultrasonic rangers multiplexed to one MCU.'],
      ['Gripper Controller', 'Force-limited gripper motor controller.'],
      ['Bluetooth Remote', 'Handheld BLE remote with joystick and buttons.'],
      ['Display Adapter', 'SPI TFT display adapter with backlight driver.'],
      ['Production Test Fixture', 'Bed-of-nails test fixture interface board.'],
      ['Debug Probe', 'SWD debug probe with target power switch.'],
      ['Power Distribution Board', 'Fused power distribution for the robot chassis.'],
      ['Camera Gimbal Controller', 'Two-axis brushless gimbal controller.'],
      ['Relay Board 8ch', 'Eight-channel relay board with optocoupled inputs.'],
      ['Environmental Sensor', 'Temperature, humidity and pressure sensor node.'],
    ],
  },
  {
    key: 'acme-robotics-eu',
    name: 'Acme Robotics Europe',
    url: 'https://acme-robotics-eu.365.altium.com',
    description: 'Designs of the Berlin team, hosted in the EU region.',
    locationName: 'EU Central',
    locationIndex: 1,
    librarySize: 24,
    projects: [
      ['Conveyor Controller', 'Stepper controller for the warehouse conveyor.'],
      ['Safety Relay Module', 'Dual-channel safety relay for guarded cells.'],
      ['Vision Light Controller', 'Constant-current LED strobe controller for machine vision.'],
      ['Fieldbus Gateway', 'RS-485 to Ethernet gateway.'],
      ['Pallet Tracker', 'Battery-powered pallet tracker with BLE beacon.'],
      ['Motor Test Bench', 'Instrumentation board for motor characterisation.'],
    ],
  },
  {
    key: 'open-hardware-lab',
    name: 'Open Hardware Lab',
    url: 'https://open-hardware-lab.365.altium.com',
    description: 'Community and training projects.',
    locationName: 'US West',
    locationIndex: 0,
    librarySize: 18,
    projects: [
      ['Soldering Practice Kit', 'Through-hole practice kit with a 555 blinker.'],
      ['Bench Power Supply', 'Adjustable LM317 bench supply.'],
      ['Synth Oscillator', 'Analog oscillator module for a modular synthesizer.'],
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
