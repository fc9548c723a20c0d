"""The current schema's triggers, as literal SQL: derived columns, the search index, rounds.

Part of `current.py` (a fresh file's schema), kept apart only for length. The same rule
holds: change these only together with a new step in `steps.py`.
"""

from __future__ import annotations

TRIGGERS = (
    """
    CREATE TRIGGER request_added AFTER INSERT ON feedback_request WHEN NEW.wizard_step != 'done'
    BEGIN
        UPDATE interview SET debrief_step = NEW.wizard_step
            WHERE id = NEW.interview_id;
    END
    """,
    """
    CREATE TRIGGER request_step AFTER UPDATE OF wizard_step, interview_id ON feedback_request
        WHEN OLD.wizard_step IS NOT NEW.wizard_step OR OLD.interview_id != NEW.interview_id
    BEGIN
        UPDATE interview SET debrief_step = ( SELECT r.wizard_step FROM feedback_request r WHERE
            r.interview_id = interview.id AND r.wizard_step != 'done' ORDER BY r.id DESC LIMIT 1)
            WHERE id = NEW.interview_id;
        UPDATE interview SET debrief_step = ( SELECT r.wizard_step FROM feedback_request r WHERE
            r.interview_id = interview.id AND r.wizard_step != 'done' ORDER BY r.id DESC LIMIT 1)
            WHERE id = OLD.interview_id;
    END
    """,
    """
    CREATE TRIGGER request_removed AFTER DELETE ON feedback_request WHEN OLD.wizard_step != 'done'
    BEGIN
        UPDATE interview SET debrief_step = ( SELECT r.wizard_step FROM feedback_request r WHERE
            r.interview_id = interview.id AND r.wizard_step != 'done' ORDER BY r.id DESC LIMIT 1)
            WHERE id = OLD.interview_id;
    END
    """,
    """
    CREATE TRIGGER interview_search_add AFTER INSERT ON interview
    BEGIN
        INSERT INTO interview_search(rowid, company, role, notes) VALUES (NEW.id, NEW.company,
            NEW.role, NEW.notes);
    END
    """,
    """
    CREATE TRIGGER interview_search_remove AFTER DELETE ON interview
    BEGIN
        INSERT INTO interview_search(interview_search, rowid, company, role, notes) VALUES
            ('delete', OLD.id, OLD.company, OLD.role, OLD.notes);
    END
    """,
    """
    CREATE TRIGGER interview_search_change AFTER UPDATE OF company, role, notes ON interview
    BEGIN
        INSERT INTO interview_search(interview_search, rowid, company, role, notes) VALUES
            ('delete', OLD.id, OLD.company, OLD.role, OLD.notes);
        INSERT INTO interview_search(rowid, company, role, notes) VALUES (NEW.id, NEW.company,
            NEW.role, NEW.notes);
    END
    """,
    """
    CREATE TRIGGER interview_date_copied AFTER UPDATE OF date ON interview WHEN OLD.date IS NOT
        NEW.date
    BEGIN
        UPDATE feedback_point SET interview_date = NEW.date WHERE interview_id = NEW.id;
        UPDATE feedback_request SET interview_date = NEW.date WHERE interview_id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER interview_outcome_copied AFTER UPDATE OF outcome ON interview WHEN
        OLD.outcome IS NOT NEW.outcome
    BEGIN
        UPDATE feedback_request SET interview_outcome = NEW.outcome WHERE interview_id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER interview_steps_added AFTER INSERT ON interview WHEN NEW.feedback_steps != 0
    BEGIN
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = NEW.id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id = NEW.id
                    AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = NEW.id AND 1;
    END
    """,
    """
    CREATE TRIGGER request_chart_added AFTER INSERT ON feedback_request
    BEGIN
        UPDATE feedback_request SET (interview_outcome, interview_date) = (SELECT outcome, date
            FROM interview
            WHERE id = NEW.interview_id), reply_days = CASE WHEN feedback_request.response IN
                ('given', 'declined') THEN julianday(feedback_request.responded_at) -
                julianday(feedback_request.asked_at) END
            WHERE id = NEW.id;
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = NEW.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    NEW.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = NEW.interview_id AND 1;
    END
    """,
    """
    CREATE TRIGGER request_chart_changed AFTER UPDATE OF interview_id, asked_at, in_time,
        response, responded_at, thanked_at ON feedback_request
    BEGIN
        UPDATE feedback_request SET (interview_outcome, interview_date) = (SELECT outcome, date
            FROM interview
            WHERE id = NEW.interview_id), reply_days = CASE WHEN feedback_request.response IN
                ('given', 'declined') THEN julianday(feedback_request.responded_at) -
                julianday(feedback_request.asked_at) END
            WHERE id = NEW.id;
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = NEW.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    NEW.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = NEW.interview_id AND 1;
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = OLD.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    OLD.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = OLD.interview_id AND OLD.interview_id != NEW.interview_id;
    END
    """,
    """
    CREATE TRIGGER request_chart_removed AFTER DELETE ON feedback_request
    BEGIN
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = OLD.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    OLD.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = OLD.interview_id AND 1;
    END
    """,
    """
    CREATE TRIGGER point_chart_added AFTER INSERT ON feedback_point
    BEGIN
        UPDATE feedback_point SET interview_date = (SELECT date FROM interview
            WHERE id = NEW.interview_id)
            WHERE id = NEW.id;
        UPDATE feedback_point SET first_on_theme = (id = (SELECT MIN(id) FROM feedback_point
            WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id))
            WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id
            AND first_on_theme IS NOT (id = (SELECT MIN(id) FROM feedback_point WHERE interview_id =
            NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id));
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = NEW.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    NEW.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = NEW.interview_id AND (NEW.clarify_question != '' OR NEW.clarify_example
                != '');
    END
    """,
    """
    CREATE TRIGGER point_chart_changed AFTER UPDATE OF interview_id, kind, theme_id,
        clarify_question, clarify_example ON feedback_point
    BEGIN
        UPDATE feedback_point SET interview_date = (SELECT date FROM interview
            WHERE id = NEW.interview_id)
            WHERE id = NEW.id;
        UPDATE feedback_point SET first_on_theme = (id = (SELECT MIN(id) FROM feedback_point
            WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id))
            WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id
            AND first_on_theme IS NOT (id = (SELECT MIN(id) FROM feedback_point WHERE interview_id =
            OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id));
        UPDATE feedback_point SET first_on_theme = (id = (SELECT MIN(id) FROM feedback_point
            WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id))
            WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id
            AND first_on_theme IS NOT (id = (SELECT MIN(id) FROM feedback_point WHERE interview_id =
            NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id));
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = NEW.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    NEW.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = NEW.interview_id AND 1;
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = OLD.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    OLD.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = OLD.interview_id AND OLD.interview_id != NEW.interview_id;
    END
    """,
    """
    CREATE TRIGGER point_chart_removed AFTER DELETE ON feedback_point
    BEGIN
        UPDATE feedback_point SET first_on_theme = (id = (SELECT MIN(id) FROM feedback_point
            WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id))
            WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id
            AND first_on_theme IS NOT (id = (SELECT MIN(id) FROM feedback_point WHERE interview_id =
            OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id));
        UPDATE interview SET feedback_steps = (SELECT COALESCE(MAX(b & 1) | MAX(b & 2) | MAX(b &
            4) | MAX(b & 8) | MAX(b & 16), 0)
            FROM (SELECT interview_id, ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2) |
                ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b FROM
                feedback_request WHERE interview_id = OLD.interview_id
                UNION ALL SELECT interview_id, 8 FROM feedback_point WHERE interview_id =
                    OLD.interview_id AND (clarify_question != '' OR clarify_example != '')))
            WHERE id = OLD.interview_id AND (OLD.clarify_question != '' OR OLD.clarify_example
                != '');
    END
    """,
    """
    CREATE TRIGGER interview_application_made AFTER INSERT ON interview
        WHEN NEW.application_id IS NULL
    BEGIN
        INSERT INTO application (company, role, source, link, applied_on, outcome, told_at,
            told_via, created_at)
            VALUES (NEW.company, NEW.role, '', NEW.link, NULL, NEW.outcome, NEW.told_at,
                NEW.told_via, NEW.created_at);
        UPDATE interview SET application_id = last_insert_rowid() WHERE id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER interview_round_added AFTER INSERT ON interview
        WHEN NEW.application_id IS NOT NULL
    BEGIN
        UPDATE application SET rounds = rounds + 1 WHERE id = NEW.application_id;
    END
    """,
    """
    CREATE TRIGGER interview_round_moved AFTER UPDATE OF application_id ON interview
        WHEN OLD.application_id IS NOT NEW.application_id
    BEGIN
        UPDATE application SET rounds = rounds - 1 WHERE id = OLD.application_id;
        UPDATE application SET rounds = rounds + 1 WHERE id = NEW.application_id;
        DELETE FROM application WHERE id = OLD.application_id AND rounds <= 0;
    END
    """,
    """
    CREATE TRIGGER interview_round_removed AFTER DELETE ON interview
    BEGIN
        UPDATE application SET rounds = rounds - 1 WHERE id = OLD.application_id;
        DELETE FROM application WHERE id = OLD.application_id AND rounds <= 0;
    END
    """,
    """
    CREATE TRIGGER interview_application_copied AFTER UPDATE OF company, role, link, outcome,
        told_at, told_via ON interview WHEN NEW.application_id IS NOT NULL
    BEGIN
        UPDATE application SET company = NEW.company, role = NEW.role, link = NEW.link,
            outcome = NEW.outcome, told_at = NEW.told_at, told_via = NEW.told_via
            WHERE id = NEW.application_id AND (company IS NOT NEW.company
                OR role IS NOT NEW.role OR link IS NOT NEW.link OR outcome IS NOT NEW.outcome
                OR told_at IS NOT NEW.told_at OR told_via IS NOT NEW.told_via);
    END
    """,
    """
    CREATE TRIGGER application_rounds_copied AFTER UPDATE OF company, role, link, outcome,
        told_at, told_via ON application
    BEGIN
        UPDATE interview SET company = NEW.company, role = NEW.role, link = NEW.link,
            outcome = NEW.outcome, told_at = NEW.told_at, told_via = NEW.told_via
            WHERE application_id = NEW.id AND (company IS NOT NEW.company
                OR role IS NOT NEW.role OR link IS NOT NEW.link OR outcome IS NOT NEW.outcome
                OR told_at IS NOT NEW.told_at OR told_via IS NOT NEW.told_via);
    END
    """,
    """
    CREATE TRIGGER point_search_add AFTER INSERT ON feedback_point
    BEGIN
        INSERT INTO point_search(rowid, words, clarify_question, clarify_example) VALUES
            (NEW.id, NEW.words, NEW.clarify_question, NEW.clarify_example);
    END
    """,
    """
    CREATE TRIGGER point_search_remove AFTER DELETE ON feedback_point
    BEGIN
        INSERT INTO point_search(point_search, rowid, words, clarify_question, clarify_example)
            VALUES ('delete', OLD.id, OLD.words, OLD.clarify_question, OLD.clarify_example);
    END
    """,
    """
    CREATE TRIGGER point_search_change AFTER UPDATE OF words, clarify_question, clarify_example
        ON feedback_point
    BEGIN
        INSERT INTO point_search(point_search, rowid, words, clarify_question, clarify_example)
            VALUES ('delete', OLD.id, OLD.words, OLD.clarify_question, OLD.clarify_example);
        INSERT INTO point_search(rowid, words, clarify_question, clarify_example) VALUES
            (NEW.id, NEW.words, NEW.clarify_question, NEW.clarify_example);
    END
    """,
    """
    CREATE TRIGGER action_search_add AFTER INSERT ON action
    BEGIN
        INSERT INTO action_search(rowid, description) VALUES (NEW.id, NEW.description);
    END
    """,
    """
    CREATE TRIGGER action_search_remove AFTER DELETE ON action
    BEGIN
        INSERT INTO action_search(action_search, rowid, description) VALUES ('delete', OLD.id,
            OLD.description);
    END
    """,
    """
    CREATE TRIGGER action_search_change AFTER UPDATE OF description ON action
    BEGIN
        INSERT INTO action_search(action_search, rowid, description) VALUES ('delete', OLD.id,
            OLD.description);
        INSERT INTO action_search(rowid, description) VALUES (NEW.id, NEW.description);
    END
    """,
)
