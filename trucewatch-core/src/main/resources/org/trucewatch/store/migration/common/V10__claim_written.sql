-- TruceWatch store, version 10: how the text named a claim's speaker ("the health ministry") beside the dictionary's
-- canonical name, so that a stored event lists its claimants as its extraction did. Null for claims stored before.
ALTER TABLE claims ADD COLUMN written TEXT;
