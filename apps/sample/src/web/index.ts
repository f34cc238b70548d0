export { DEFAULT_WEB_PORT, startWebApp, type WebApp, type WebAppOptions } from './start-web-app.js';
