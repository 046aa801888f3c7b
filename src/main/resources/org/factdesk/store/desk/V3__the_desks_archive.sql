-- The desk's settings shared by all its reviewers (docs/decisions/0066): for now the address of the newsroom archive
-- on an OpenSearch cluster that every reviewer's window and `check` search, unless they give --archive themselves.
-- Only an admin changes them; who changed them and when come from the server, as in the history.
CREATE TABLE desk_settings (
    name       text PRIMARY KEY CHECK (name IN ('archive')),
    value      text NOT NULL CHECK (length(value) BETWEEN 1 AND 2000),
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION desk_settings_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER desk_settings_row BEFORE INSERT OR UPDATE ON desk_settings FOR EACH ROW EXECUTE FUNCTION desk_settings_row();

REVOKE ALL ON desk_settings FROM PUBLIC;
GRANT SELECT ON desk_settings TO ${reviewer}, ${editor}, ${admin};
GRANT INSERT (name, value), UPDATE (value), DELETE ON desk_settings TO ${admin};
