/** The shared agenda's public values: venues, events with their iCalendar recurrence, and their occurrences. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.fabrique.agenda;
