-- Revenue by service and month (issue 16, decisions 200-204). A service may have a price: an amount with two
-- decimals in an ISO 4217 currency, both null for a service without one (schema.md has no price column; this is
-- an addition). An appointment keeps the price in force when it was completed, so a later price change does not
-- rewrite past revenue; both null for an appointment not completed, or whose service had no price then.
ALTER TABLE services ADD COLUMN price NUMERIC(12, 2), ADD COLUMN currency VARCHAR(3),
    ADD CONSTRAINT ck_services_price CHECK ((price IS NULL) = (currency IS NULL) AND price >= 0);
COMMENT ON COLUMN services.price IS 'Price of one appointment, two decimals; null: no price';
COMMENT ON COLUMN services.currency IS 'ISO 4217 code of the price; null with the price';
ALTER TABLE appointments ADD COLUMN completed_price NUMERIC(12, 2), ADD COLUMN completed_currency VARCHAR(3);
COMMENT ON COLUMN appointments.completed_price IS 'The service''s price when the appointment was completed';
COMMENT ON COLUMN appointments.completed_currency IS 'ISO 4217 code of completed_price';
