/** What the event contract on Kafka names: the language-neutral type of every published event. */
package com.pazpaz.kernel.contract;
