-- Each value of the sequence now reserves a block of 64 key ids (KeyVault.ID_BLOCK), so that a service takes
-- ids from memory and creating a key costs only its insert. Ids already given are below every new block.
ALTER SEQUENCE data_key_ids INCREMENT BY 64;
