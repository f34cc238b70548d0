export { type ConnectOptions, connect, DESIGN_SCOPE, type SampleConnection } from './connect.js';
