// The seeker's pages, one module per page: Today, the applications (board and list), one application's story,
// feedback, settings.
export { today } from './today.js';
export { applications } from './board.js';
export { application } from './application.js';
export { feedback } from './feedback.js';
export { settings } from './settings.js';
