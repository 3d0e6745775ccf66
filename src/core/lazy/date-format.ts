/** date-fns' format, for the calendar export only. In the Node extension: dist/lazy-date-format.js. */
export { format } from 'date-fns';
