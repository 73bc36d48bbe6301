/** The local stack's SMTP server, where the reminders service's e-mails arrive and can be read. */
package com.pazpaz.local.mail;
