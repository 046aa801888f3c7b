-- A NOTIFY inside a writing transaction holds PostgreSQL's database-wide notification lock until that transaction's
-- commit is on disk, so every save on the desk waited for every other save's disk flush (docs/decisions/0057). The
-- changes are announced instead after their commit, by the client, in a transaction of their own that waits for no
-- disk (an announcement lost in a server crash costs nothing: windows reload when they reconnect).
DROP TRIGGER verdict_history_notify ON verdict_history;
DROP TRIGGER comments_notify ON comments;
DROP FUNCTION desk_notify();

-- kinds[i] ('verdict_history' or 'comments') happened to claims[i]; who is the caller, as before.
CREATE FUNCTION desk_announce(p_kinds text[], p_claims text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM pg_notify('factdesk_desk', json_build_object('kind', k, 'claim', c, 'who', session_user)::text)
        FROM unnest(p_kinds, p_claims) AS t(k, c);
END $$;
REVOKE ALL ON FUNCTION desk_announce(text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk_announce(text[], text[]) TO ${reviewer}, ${editor}, ${admin};
