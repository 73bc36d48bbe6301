/** Domain exceptions every aggregate may throw; the web layer maps them to problem responses. */
package com.pazpaz.kernel.common;
