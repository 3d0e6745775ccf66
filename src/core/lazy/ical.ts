/**
 * ical.js behind one function: the only library code New Interview from Invitation needs. In the
 * Node extension this module is its own chunk (dist/lazy-ical.js), loaded by load-ical.ts.
 */
import ICAL from 'ical.js';

/** The VCALENDAR component of an iCalendar text; throws ical.js's error when it cannot be read. */
export function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown as never[]);
}
