-- PostgreSQL 16+ lets a role be a member of another with ADMIN OPTION only (no INHERIT, no SET): the desk's admins
-- hold the editor role that way, to grant it (docs/decisions/0055). Such a membership must not make them editors:
-- an approval needs the editor role's privileges (USAGE), not mere membership. On 14 and 15 both are the same.
CREATE OR REPLACE FUNCTION desk_history_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := session_user;
    NEW.at := now();
    IF NEW.action = 'approve' AND NOT pg_has_role(session_user, '${editor}', 'USAGE') THEN
        RAISE EXCEPTION 'FactDesk: only an editor may approve a verdict (% is not one)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
