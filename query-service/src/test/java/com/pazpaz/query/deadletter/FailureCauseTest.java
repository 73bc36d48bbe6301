package com.pazpaz.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DuplicateKeyException;

class FailureCauseTest {

    @Test
    void namesTheFailureByItsKindAndSchemaNamesNeverByTheValuesItQuotes() {
        PSQLException server = new PSQLException(new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value "
                + "violates unique constraint \"services_name_key\"\0DKey (name)=(Jane Doe) already exists.\0"
                + "tservices\0nservices_name_key\0"));
        String failure = FailureCause.of(new DuplicateKeyException("Key (name)=(Jane Doe) already exists", server));

        assertThat(failure)
                .isEqualTo("DuplicateKeyException <- PSQLException [SQL state 23505, table services, "
                        + "constraint services_name_key]");
        assertThat(failure).doesNotContain("Jane");
    }

    @Test
    void anExceptionOfOursIsNamedByItsClassAlone() {
        assertThat(FailureCause.of(new IllegalStateException("Event for an unknown row 42 of clients")))
                .isEqualTo("IllegalStateException");
    }
}
