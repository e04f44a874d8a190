/** Outgoing mail: what a module builds ({@link org.fabrique.mail.Mail}) and the service that sends it ({@link org.fabrique.mail.Mailer}). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.fabrique.mail;
