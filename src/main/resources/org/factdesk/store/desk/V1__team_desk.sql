-- FactDesk team desk, schema 1 (PostgreSQL 14+), applied by Flyway (docs/decisions/0050, 0051).
-- The group roles ${reviewer}, ${editor} and ${admin} exist before this runs (`desk init` creates them).
-- Who and when are the server's: triggers set them from session_user and now(), never from the client.

CREATE TABLE articles (
    id        text PRIMARY KEY,
    title     text NOT NULL DEFAULT '',
    text      text NOT NULL,
    source    text NOT NULL DEFAULT '',
    published date,
    url       text NOT NULL DEFAULT '',
    added_at  timestamptz NOT NULL DEFAULT now(),
    byline    text NOT NULL DEFAULT '',
    updated   date,
    language  text NOT NULL DEFAULT '',
    captions  text NOT NULL DEFAULT '[]',
    added_seq bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE claims (
    id           text PRIMARY KEY,
    article_id   text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind         text NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         text NOT NULL,
    score        double precision NOT NULL,
    details      text NOT NULL DEFAULT '{}',
    origin       text NOT NULL CHECK (origin IN ('extracted', 'manual')),
    dismissed    boolean NOT NULL DEFAULT false,
    position     integer NOT NULL DEFAULT 0
);
CREATE INDEX claims_by_article ON claims(article_id, start_offset, position);

-- The current verdict. version = the number of history rows of the claim (set by the trigger below);
-- approved when approved_version = version, so any change after an approval makes it a draft again.
CREATE TABLE verdicts (
    claim_id         text PRIMARY KEY,
    article_id       text,
    status           text NOT NULL,
    rationale        text NOT NULL DEFAULT '',
    confidence       integer NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5),
    reviewer         text NOT NULL DEFAULT '',
    updated_at       timestamptz NOT NULL DEFAULT now(),
    evidence         text NOT NULL DEFAULT '[]',
    version          bigint NOT NULL DEFAULT 0,
    approved_version bigint,
    approved_by      text,
    approved_at      timestamptz
);
CREATE INDEX verdicts_by_article ON verdicts(article_id);

-- Append-only for everyone: no UPDATE or DELETE is granted, and a trigger refuses them even to the owner.
CREATE TABLE verdict_history (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id   text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    who        text NOT NULL DEFAULT session_user,
    action     text NOT NULL,
    undoes_seq bigint,
    snapshot   text NOT NULL,
    origin_who text,           -- `desk migrate`: who made the change on the local desk it came from
    origin_at  timestamptz     -- ... and when
);
CREATE INDEX verdict_history_by_claim ON verdict_history(claim_id, seq);

CREATE TABLE comments (
    seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id text NOT NULL,
    at       timestamptz NOT NULL DEFAULT now(),
    who      text NOT NULL DEFAULT session_user,
    text     text NOT NULL
);
CREATE INDEX comments_by_claim ON comments(claim_id, seq);

-- Assignments of an article or a claim to a reviewer; the newest row of a target is the assignment.
CREATE TABLE assignments (
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_id text NOT NULL,
    assignee  text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    who       text NOT NULL DEFAULT session_user
);
CREATE INDEX assignments_by_target ON assignments(target_id, seq);

-- Which article each reviewer opened last ("reopen where you left off", "who is on what"): one's own rows only.
CREATE TABLE opened (
    who        text NOT NULL DEFAULT session_user,
    article_id text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (who, article_id)
);
ALTER TABLE opened ENABLE ROW LEVEL SECURITY;
CREATE POLICY opened_read ON opened FOR SELECT USING (true);
CREATE POLICY opened_insert ON opened FOR INSERT WITH CHECK (who = session_user);
CREATE POLICY opened_update ON opened FOR UPDATE USING (who = session_user) WITH CHECK (who = session_user);

-- ---- who and when, from the server ------------------------------------------------------------

CREATE FUNCTION desk_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := session_user;
    NEW.at := now();
    RETURN NEW;
END $$;

CREATE FUNCTION desk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'FactDesk: % is append-only: its rows are never changed or removed', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

-- A history row saying "approve" may only be written by an editor.
CREATE FUNCTION desk_history_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := session_user;
    NEW.at := now();
    IF NEW.action = 'approve' AND NOT pg_has_role(session_user, '${editor}', 'MEMBER') THEN
        RAISE EXCEPTION 'FactDesk: only an editor may approve a verdict (% is not one)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

-- The verdict's version is the count of its history rows; who changed it is the session's login; an approval is
-- stamped with the approving login, and any other change makes the verdict a draft again.
CREATE FUNCTION desk_verdict_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := (SELECT count(*) FROM verdict_history h WHERE h.claim_id = NEW.claim_id);
    NEW.reviewer := session_user;
    NEW.updated_at := now();
    IF TG_OP = 'UPDATE' AND NEW.approved_version IS DISTINCT FROM OLD.approved_version THEN
        NEW.approved_version := NEW.version;
        NEW.approved_by := session_user;
        NEW.approved_at := now();
        NEW.reviewer := OLD.reviewer;
    ELSIF TG_OP = 'INSERT' THEN
        NEW.approved_version := NULL;
        NEW.approved_by := NULL;
        NEW.approved_at := NULL;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER verdict_history_stamp BEFORE INSERT ON verdict_history FOR EACH ROW EXECUTE FUNCTION desk_history_row();
CREATE TRIGGER comments_stamp BEFORE INSERT ON comments FOR EACH ROW EXECUTE FUNCTION desk_stamp();
CREATE TRIGGER assignments_stamp BEFORE INSERT ON assignments FOR EACH ROW EXECUTE FUNCTION desk_stamp();
CREATE TRIGGER opened_stamp BEFORE INSERT OR UPDATE ON opened FOR EACH ROW EXECUTE FUNCTION desk_stamp();
CREATE TRIGGER verdicts_stamp BEFORE INSERT OR UPDATE ON verdicts FOR EACH ROW EXECUTE FUNCTION desk_verdict_row();

CREATE TRIGGER verdict_history_append_only BEFORE UPDATE OR DELETE ON verdict_history
    FOR EACH ROW EXECUTE FUNCTION desk_append_only();
CREATE TRIGGER verdict_history_no_truncate BEFORE TRUNCATE ON verdict_history
    FOR EACH STATEMENT EXECUTE FUNCTION desk_append_only();
CREATE TRIGGER comments_append_only BEFORE UPDATE OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION desk_append_only();
CREATE TRIGGER comments_no_truncate BEFORE TRUNCATE ON comments
    FOR EACH STATEMENT EXECUTE FUNCTION desk_append_only();
CREATE TRIGGER assignments_append_only BEFORE UPDATE OR DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION desk_append_only();

-- ---- saving a verdict in one round trip ------------------------------------------------------------
-- Under a per-claim lock: checks the version the client read (NULL: no check), appends the history row and writes the
-- current row. Returns the stored row, or no row when somebody saved a newer version (a conflict). Runs with the
-- caller's privileges (SECURITY INVOKER), so the grants and triggers above apply as to plain statements.
CREATE FUNCTION desk_save_verdict(p_claim text, p_expected bigint, p_action text, p_undoes bigint, p_snapshot text,
        p_status text, p_rationale text, p_confidence integer, p_evidence text)
    RETURNS SETOF verdicts LANGUAGE plpgsql AS $$
DECLARE
    current_version bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_claim, 21));
    SELECT v.version INTO current_version FROM verdicts v WHERE v.claim_id = p_claim;
    IF p_expected IS NOT NULL AND coalesce(current_version, 0) <> p_expected THEN
        RETURN;
    END IF;
    INSERT INTO verdict_history (claim_id, action, undoes_seq, snapshot) VALUES (p_claim, p_action, p_undoes, p_snapshot);
    RETURN QUERY
        INSERT INTO verdicts AS v (claim_id, article_id, status, rationale, confidence, evidence)
        VALUES (p_claim, (SELECT c.article_id FROM claims c WHERE c.id = p_claim), p_status, p_rationale, p_confidence,
                p_evidence)
        ON CONFLICT (claim_id) DO UPDATE SET article_id = coalesce(excluded.article_id, v.article_id),
            status = excluded.status, rationale = excluded.rationale, confidence = excluded.confidence,
            evidence = excluded.evidence
        RETURNING v.*;
END $$;

-- ---- a colleague's change reaches open windows (LISTEN factdesk_desk) -----------------------------

CREATE FUNCTION desk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('factdesk_desk', json_build_object('kind', TG_TABLE_NAME, 'claim', NEW.claim_id,
        'who', session_user)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER verdict_history_notify AFTER INSERT ON verdict_history FOR EACH ROW EXECUTE FUNCTION desk_notify();
CREATE TRIGGER comments_notify AFTER INSERT ON comments FOR EACH ROW EXECUTE FUNCTION desk_notify();

-- ---- who may do what ------------------------------------------------------------------------------

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${reviewer}, ${editor}, ${admin};
GRANT SELECT ON articles, claims, verdicts, verdict_history, comments, assignments, opened
    TO ${reviewer}, ${editor}, ${admin};
GRANT INSERT, UPDATE, DELETE ON articles, claims TO ${reviewer}, ${editor}, ${admin};
GRANT INSERT, UPDATE ON opened TO ${reviewer}, ${editor}, ${admin};
GRANT INSERT (claim_id, article_id, status, rationale, confidence, evidence) ON verdicts
    TO ${reviewer}, ${editor}, ${admin};
GRANT UPDATE (article_id, status, rationale, confidence, evidence) ON verdicts TO ${reviewer}, ${editor}, ${admin};
GRANT UPDATE (approved_version) ON verdicts TO ${editor};
GRANT INSERT (claim_id, action, undoes_seq, snapshot) ON verdict_history TO ${reviewer}, ${editor}, ${admin};
GRANT INSERT (origin_who, origin_at) ON verdict_history TO ${admin};
GRANT INSERT (claim_id, text) ON comments TO ${reviewer}, ${editor}, ${admin};
GRANT INSERT (target_id, assignee) ON assignments TO ${editor}, ${admin};
-- The owner (the login that ran `desk init`) keeps no way to rewrite the history either.
REVOKE UPDATE, DELETE, TRUNCATE ON verdict_history, comments, assignments FROM CURRENT_USER;
-- A current verdict is never removed either (its history would lose its head).
REVOKE DELETE, TRUNCATE ON verdicts FROM CURRENT_USER;
