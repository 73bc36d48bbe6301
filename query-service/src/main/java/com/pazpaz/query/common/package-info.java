/** What every read model shares: the processing group, read-your-writes waiting, and paging. */
package com.pazpaz.query.common;
