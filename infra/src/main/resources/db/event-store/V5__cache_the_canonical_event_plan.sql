-- The same canonical bytes as V2, computed by a PL/pgSQL function instead of a SQL one (decision 95). The SQL
-- function was neither inlined (its row argument is used eighteen times) nor kept planned: each call from the
-- chainer's query planned its body again, 0.4-0.7 ms a call in the profile of one command
-- (docs/benchmarks/profile-commands.md), against some 30 microseconds for the expression itself. PL/pgSQL keeps
-- the expression's plan for the session. The body names only the row's columns and built-in functions.
CREATE OR REPLACE FUNCTION canonical_event(e domain_event_entry) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE AS
$$
BEGIN
    RETURN convert_to(
           length(e.event_identifier) || ':' || e.event_identifier ||
           length(e.aggregate_identifier) || ':' || e.aggregate_identifier ||
           length(e.sequence_number::text) || ':' || e.sequence_number::text ||
           length(coalesce(e.type, '')) || ':' || coalesce(e.type, '') ||
           length(e.payload_type) || ':' || e.payload_type ||
           length(coalesce(e.payload_revision, '')) || ':' || coalesce(e.payload_revision, '') ||
           length(e.time_stamp) || ':' || e.time_stamp ||
           length(e.payload) || ':' || e.payload ||
           length(coalesce(e.meta_data, '')) || ':' || coalesce(e.meta_data, ''),
           'UTF8');
END;
$$;
