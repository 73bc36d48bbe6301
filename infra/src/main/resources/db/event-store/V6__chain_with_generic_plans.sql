-- The chainer's statements keep one plan per session (decision 295). PostgreSQL planned the batch's query
-- (queue, events, event_workspace, canonical_event) again at every call, about 120 microseconds a call
-- (pg_stat_statements with track_planning, docs/benchmarks/profile-commands.md), for a plan that is the same
-- nested loop over two primary keys whatever the batch size. Every statement of the function reads or writes
-- by primary key or by an array of keys, so the generic plan is the right one for all of them.
ALTER FUNCTION chain_queued_events(INTEGER) SET plan_cache_mode = force_generic_plan;
