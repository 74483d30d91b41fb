/** The geographic view: its data, layout and drawing (one module each). */
export * from './geo-data.js';
export * from './geo-layout.js';
export * from './geo-draw.js';
