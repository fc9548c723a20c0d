-- user_version 7
-- application_id 1147302502
-- index action_status
CREATE INDEX action_status ON action(status);
-- index action_theme_id
CREATE INDEX "action_theme_id" ON "action"("theme_id");
-- index application_outcome
CREATE INDEX application_outcome ON application(outcome);
-- index feedback_point_action_id
CREATE INDEX "feedback_point_action_id" ON "feedback_point"("action_id");
-- index feedback_point_interview_id
CREATE INDEX "feedback_point_interview_id" ON "feedback_point"("interview_id");
-- index feedback_point_kind
CREATE INDEX "feedback_point_kind" ON "feedback_point"("kind");
-- index feedback_point_request_id
CREATE INDEX "feedback_point_request_id" ON "feedback_point"("request_id");
-- index feedback_point_theme_day
CREATE INDEX feedback_point_theme_day ON feedback_point(kind,theme_id,interview_date,first_on_theme);
-- index feedback_point_theme_first
CREATE INDEX feedback_point_theme_first ON feedback_point(kind,theme_id,first_on_theme,interview_date);
-- index feedback_point_theme_id
CREATE INDEX "feedback_point_theme_id" ON "feedback_point"("theme_id");
-- index feedback_request_interview_id
CREATE INDEX "feedback_request_interview_id" ON "feedback_request"("interview_id");
-- index feedback_request_interviewer_id
CREATE INDEX "feedback_request_interviewer_id" ON "feedback_request"("interviewer_id");
-- index feedback_request_reply
CREATE INDEX feedback_request_reply ON feedback_request(interview_outcome,reply_days,interview_date);
-- index feedback_request_waiting
CREATE INDEX feedback_request_waiting ON feedback_request(response,asked_at);
-- index interview_application_asked
CREATE INDEX interview_application_asked ON interview(outcome,application_id,feedback_steps,date)WHERE feedback_steps != 0;
-- index interview_application_funnel
CREATE INDEX interview_application_funnel ON interview(outcome,application_id,feedback_steps,date);
-- index interview_application_id
CREATE INDEX "interview_application_id" ON "interview"("application_id","round");
-- index interview_company
CREATE INDEX "interview_company" ON "interview"("company");
-- index interview_company_nocase
CREATE INDEX interview_company_nocase ON interview(company COLLATE NOCASE,id);
-- index interview_date
CREATE INDEX "interview_date" ON "interview"("date");
-- index interview_debrief_step
CREATE INDEX "interview_debrief_step" ON "interview"("debrief_step");
-- index interview_feeling
CREATE INDEX "interview_feeling" ON "interview"("feeling");
-- index interview_funnel
CREATE INDEX interview_funnel ON interview(outcome,feedback_steps,date);
-- index interview_outcome
CREATE INDEX "interview_outcome" ON "interview"("outcome");
-- index interview_role
CREATE INDEX "interview_role" ON "interview"("role");
-- index interview_role_nocase
CREATE INDEX interview_role_nocase ON interview(role COLLATE NOCASE,id);
-- index interview_round
CREATE INDEX "interview_round" ON "interview"("round");
-- index interview_stage
CREATE INDEX "interview_stage" ON "interview"("stage");
-- index interview_stage_rank
CREATE INDEX interview_stage_rank ON interview(CASE stage WHEN 'screen' THEN 0 WHEN 'technical' THEN 1 WHEN 'onsite' THEN 2 WHEN 'final' THEN 3 ELSE 4 END,id);
-- index interview_told
CREATE INDEX interview_told ON interview(outcome,told_at);
-- index interviewer_interview_id
CREATE INDEX "interviewer_interview_id" ON "interviewer"("interview_id");
-- index theme_name
CREATE UNIQUE INDEX "theme_name" ON "theme"("name");
-- table action
CREATE TABLE "action"("id" INTEGER NOT NULL PRIMARY KEY,"theme_id" INTEGER,"description" TEXT NOT NULL,"status" TEXT NOT NULL,"created_at" DATETIME NOT NULL,"done_at" DATETIME,FOREIGN KEY("theme_id")REFERENCES "theme"("id")ON DELETE SET NULL);
-- table action_search
CREATE VIRTUAL TABLE action_search USING fts5(description,content='action',content_rowid='id',tokenize='trigram');
-- table action_search_config
CREATE TABLE 'action_search_config'(k PRIMARY KEY,v)WITHOUT ROWID;
-- table action_search_data
CREATE TABLE 'action_search_data'(id INTEGER PRIMARY KEY,block BLOB);
-- table action_search_docsize
CREATE TABLE 'action_search_docsize'(id INTEGER PRIMARY KEY,sz BLOB);
-- table action_search_idx
CREATE TABLE 'action_search_idx'(segid,term,pgno,PRIMARY KEY(segid,term))WITHOUT ROWID;
-- table application
CREATE TABLE "application"("id" INTEGER NOT NULL PRIMARY KEY,"company" TEXT NOT NULL,"role" TEXT NOT NULL,"source" TEXT NOT NULL,"link" TEXT NOT NULL,"applied_on" DATE,"outcome" TEXT NOT NULL,"told_at" DATETIME,"told_via" TEXT,"created_at" DATETIME NOT NULL,"rounds" INTEGER NOT NULL DEFAULT 0);
-- table feedback_point
CREATE TABLE "feedback_point"("id" INTEGER NOT NULL PRIMARY KEY,"interview_id" INTEGER NOT NULL,"request_id" INTEGER,"kind" TEXT NOT NULL,"theme_id" INTEGER,"words" TEXT NOT NULL,"verdict" TEXT,"clarify_question" TEXT NOT NULL,"clarify_example" TEXT NOT NULL,"action_id" INTEGER,"position" INTEGER NOT NULL,"created_at" DATETIME NOT NULL,"interview_date" DATE,"first_on_theme" INTEGER NOT NULL DEFAULT 0,"note" TEXT NOT NULL DEFAULT '',FOREIGN KEY("interview_id")REFERENCES "interview"("id")ON DELETE CASCADE,FOREIGN KEY("request_id")REFERENCES "feedback_request"("id")ON DELETE CASCADE,FOREIGN KEY("theme_id")REFERENCES "theme"("id")ON DELETE SET NULL,FOREIGN KEY("action_id")REFERENCES "action"("id")ON DELETE SET NULL);
-- table feedback_request
CREATE TABLE "feedback_request"("id" INTEGER NOT NULL PRIMARY KEY,"interview_id" INTEGER NOT NULL,"interviewer_id" INTEGER,"channel" TEXT,"asked_at" DATETIME,"words" TEXT NOT NULL,"in_time" INTEGER,"response" TEXT NOT NULL,"responded_at" DATETIME,"thanked_at" DATETIME,"thank_words" TEXT NOT NULL,"wizard_step" TEXT NOT NULL,"draft" TEXT NOT NULL,"created_at" DATETIME NOT NULL,"interview_outcome" TEXT,"interview_date" DATE,"reply_days" REAL,"followed_up_at" DATETIME,FOREIGN KEY("interview_id")REFERENCES "interview"("id")ON DELETE CASCADE,FOREIGN KEY("interviewer_id")REFERENCES "interviewer"("id")ON DELETE SET NULL);
-- table interview
CREATE TABLE "interview"("id" INTEGER NOT NULL PRIMARY KEY,"company" TEXT NOT NULL,"role" TEXT NOT NULL,"stage" TEXT NOT NULL,"date" DATE NOT NULL,"feeling" INTEGER,"notes" TEXT NOT NULL,"link" TEXT NOT NULL,"outcome" TEXT NOT NULL,"told_at" DATETIME,"told_via" TEXT,"created_at" DATETIME NOT NULL,"updated_at" DATETIME NOT NULL,"debrief_step" TEXT,"feedback_steps" INTEGER NOT NULL DEFAULT 0,"application_id" INTEGER REFERENCES "application"("id")ON DELETE CASCADE,"round" INTEGER NOT NULL DEFAULT 1,"time" TEXT,"format" TEXT);
-- table interview_search
CREATE VIRTUAL TABLE interview_search USING fts5(company,role,notes,content='interview',content_rowid='id',tokenize='trigram');
-- table interview_search_config
CREATE TABLE 'interview_search_config'(k PRIMARY KEY,v)WITHOUT ROWID;
-- table interview_search_data
CREATE TABLE 'interview_search_data'(id INTEGER PRIMARY KEY,block BLOB);
-- table interview_search_docsize
CREATE TABLE 'interview_search_docsize'(id INTEGER PRIMARY KEY,sz BLOB);
-- table interview_search_idx
CREATE TABLE 'interview_search_idx'(segid,term,pgno,PRIMARY KEY(segid,term))WITHOUT ROWID;
-- table interviewer
CREATE TABLE "interviewer"("id" INTEGER NOT NULL PRIMARY KEY,"interview_id" INTEGER NOT NULL,"name" TEXT NOT NULL,"title" TEXT NOT NULL,"email" TEXT NOT NULL,"phone" TEXT NOT NULL,FOREIGN KEY("interview_id")REFERENCES "interview"("id")ON DELETE CASCADE);
-- table point_search
CREATE VIRTUAL TABLE point_search USING fts5(words,clarify_question,clarify_example,content='feedback_point',content_rowid='id',tokenize='trigram');
-- table point_search_config
CREATE TABLE 'point_search_config'(k PRIMARY KEY,v)WITHOUT ROWID;
-- table point_search_data
CREATE TABLE 'point_search_data'(id INTEGER PRIMARY KEY,block BLOB);
-- table point_search_docsize
CREATE TABLE 'point_search_docsize'(id INTEGER PRIMARY KEY,sz BLOB);
-- table point_search_idx
CREATE TABLE 'point_search_idx'(segid,term,pgno,PRIMARY KEY(segid,term))WITHOUT ROWID;
-- table profile
CREATE TABLE "profile"("id" INTEGER NOT NULL PRIMARY KEY,"name" TEXT NOT NULL,"signature" TEXT NOT NULL,"channel" TEXT);
-- table theme
CREATE TABLE "theme"("id" INTEGER NOT NULL PRIMARY KEY,"name" TEXT NOT NULL COLLATE NOCASE,"builtin" INTEGER NOT NULL,"suggestion" TEXT NOT NULL);
-- trigger action_search_add
CREATE TRIGGER action_search_add AFTER INSERT ON action BEGIN INSERT INTO action_search(rowid,description)VALUES(NEW.id,NEW.description);END;
-- trigger action_search_change
CREATE TRIGGER action_search_change AFTER UPDATE OF description ON action BEGIN INSERT INTO action_search(action_search,rowid,description)VALUES('delete',OLD.id,OLD.description);INSERT INTO action_search(rowid,description)VALUES(NEW.id,NEW.description);END;
-- trigger action_search_remove
CREATE TRIGGER action_search_remove AFTER DELETE ON action BEGIN INSERT INTO action_search(action_search,rowid,description)VALUES('delete',OLD.id,OLD.description);END;
-- trigger application_rounds_copied
CREATE TRIGGER application_rounds_copied AFTER UPDATE OF company,role,link,outcome,told_at,told_via ON application BEGIN UPDATE interview SET company = NEW.company,role = NEW.role,link = NEW.link,outcome = NEW.outcome,told_at = NEW.told_at,told_via = NEW.told_via WHERE application_id = NEW.id AND(company IS NOT NEW.company OR role IS NOT NEW.role OR link IS NOT NEW.link OR outcome IS NOT NEW.outcome OR told_at IS NOT NEW.told_at OR told_via IS NOT NEW.told_via);END;
-- trigger interview_application_copied
CREATE TRIGGER interview_application_copied AFTER UPDATE OF company,role,link,outcome,told_at,told_via ON interview WHEN NEW.application_id IS NOT NULL BEGIN UPDATE application SET company = NEW.company,role = NEW.role,link = NEW.link,outcome = NEW.outcome,told_at = NEW.told_at,told_via = NEW.told_via WHERE id = NEW.application_id AND(company IS NOT NEW.company OR role IS NOT NEW.role OR link IS NOT NEW.link OR outcome IS NOT NEW.outcome OR told_at IS NOT NEW.told_at OR told_via IS NOT NEW.told_via);END;
-- trigger interview_application_made
CREATE TRIGGER interview_application_made AFTER INSERT ON interview WHEN NEW.application_id IS NULL BEGIN INSERT INTO application(company,role,source,link,applied_on,outcome,told_at,told_via,created_at)VALUES(NEW.company,NEW.role,'',NEW.link,NULL,NEW.outcome,NEW.told_at,NEW.told_via,NEW.created_at);UPDATE interview SET application_id = last_insert_rowid()WHERE id = NEW.id;END;
-- trigger interview_date_copied
CREATE TRIGGER interview_date_copied AFTER UPDATE OF date ON interview WHEN OLD.date IS NOT NEW.date BEGIN UPDATE feedback_point SET interview_date = NEW.date WHERE interview_id = NEW.id;UPDATE feedback_request SET interview_date = NEW.date WHERE interview_id = NEW.id;END;
-- trigger interview_outcome_copied
CREATE TRIGGER interview_outcome_copied AFTER UPDATE OF outcome ON interview WHEN OLD.outcome IS NOT NEW.outcome BEGIN UPDATE feedback_request SET interview_outcome = NEW.outcome WHERE interview_id = NEW.id;END;
-- trigger interview_round_added
CREATE TRIGGER interview_round_added AFTER INSERT ON interview WHEN NEW.application_id IS NOT NULL BEGIN UPDATE application SET rounds = rounds + 1 WHERE id = NEW.application_id;END;
-- trigger interview_round_moved
CREATE TRIGGER interview_round_moved AFTER UPDATE OF application_id ON interview WHEN OLD.application_id IS NOT NEW.application_id BEGIN UPDATE application SET rounds = rounds - 1 WHERE id = OLD.application_id;UPDATE application SET rounds = rounds + 1 WHERE id = NEW.application_id;DELETE FROM application WHERE id = OLD.application_id AND rounds <= 0;END;
-- trigger interview_round_removed
CREATE TRIGGER interview_round_removed AFTER DELETE ON interview BEGIN UPDATE application SET rounds = rounds - 1 WHERE id = OLD.application_id;DELETE FROM application WHERE id = OLD.application_id AND rounds <= 0;END;
-- trigger interview_search_add
CREATE TRIGGER interview_search_add AFTER INSERT ON interview BEGIN INSERT INTO interview_search(rowid,company,role,notes)VALUES(NEW.id,NEW.company,NEW.role,NEW.notes);END;
-- trigger interview_search_change
CREATE TRIGGER interview_search_change AFTER UPDATE OF company,role,notes ON interview BEGIN INSERT INTO interview_search(interview_search,rowid,company,role,notes)VALUES('delete',OLD.id,OLD.company,OLD.role,OLD.notes);INSERT INTO interview_search(rowid,company,role,notes)VALUES(NEW.id,NEW.company,NEW.role,NEW.notes);END;
-- trigger interview_search_remove
CREATE TRIGGER interview_search_remove AFTER DELETE ON interview BEGIN INSERT INTO interview_search(interview_search,rowid,company,role,notes)VALUES('delete',OLD.id,OLD.company,OLD.role,OLD.notes);END;
-- trigger interview_steps_added
CREATE TRIGGER interview_steps_added AFTER INSERT ON interview WHEN NEW.feedback_steps != 0 BEGIN UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = NEW.id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = NEW.id AND(clarify_question != '' OR clarify_example != '')))WHERE id = NEW.id AND 1;END;
-- trigger point_chart_added
CREATE TRIGGER point_chart_added AFTER INSERT ON feedback_point BEGIN UPDATE feedback_point SET interview_date =(SELECT date FROM interview WHERE id = NEW.interview_id)WHERE id = NEW.id;UPDATE feedback_point SET first_on_theme =(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id))WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id AND first_on_theme IS NOT(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id));UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = NEW.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = NEW.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = NEW.interview_id AND(NEW.clarify_question != '' OR NEW.clarify_example != '');END;
-- trigger point_chart_changed
CREATE TRIGGER point_chart_changed AFTER UPDATE OF interview_id,kind,theme_id,clarify_question,clarify_example ON feedback_point BEGIN UPDATE feedback_point SET interview_date =(SELECT date FROM interview WHERE id = NEW.interview_id)WHERE id = NEW.id;UPDATE feedback_point SET first_on_theme =(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id))WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id AND first_on_theme IS NOT(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id));UPDATE feedback_point SET first_on_theme =(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id))WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id AND first_on_theme IS NOT(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = NEW.interview_id AND kind = NEW.kind AND theme_id IS NEW.theme_id));UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = NEW.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = NEW.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = NEW.interview_id AND 1;UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = OLD.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = OLD.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = OLD.interview_id AND OLD.interview_id != NEW.interview_id;END;
-- trigger point_chart_removed
CREATE TRIGGER point_chart_removed AFTER DELETE ON feedback_point BEGIN UPDATE feedback_point SET first_on_theme =(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id))WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id AND first_on_theme IS NOT(id =(SELECT MIN(id)FROM feedback_point WHERE interview_id = OLD.interview_id AND kind = OLD.kind AND theme_id IS OLD.theme_id));UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = OLD.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = OLD.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = OLD.interview_id AND(OLD.clarify_question != '' OR OLD.clarify_example != '');END;
-- trigger point_search_add
CREATE TRIGGER point_search_add AFTER INSERT ON feedback_point BEGIN INSERT INTO point_search(rowid,words,clarify_question,clarify_example)VALUES(NEW.id,NEW.words,NEW.clarify_question,NEW.clarify_example);END;
-- trigger point_search_change
CREATE TRIGGER point_search_change AFTER UPDATE OF words,clarify_question,clarify_example ON feedback_point BEGIN INSERT INTO point_search(point_search,rowid,words,clarify_question,clarify_example)VALUES('delete',OLD.id,OLD.words,OLD.clarify_question,OLD.clarify_example);INSERT INTO point_search(rowid,words,clarify_question,clarify_example)VALUES(NEW.id,NEW.words,NEW.clarify_question,NEW.clarify_example);END;
-- trigger point_search_remove
CREATE TRIGGER point_search_remove AFTER DELETE ON feedback_point BEGIN INSERT INTO point_search(point_search,rowid,words,clarify_question,clarify_example)VALUES('delete',OLD.id,OLD.words,OLD.clarify_question,OLD.clarify_example);END;
-- trigger request_added
CREATE TRIGGER request_added AFTER INSERT ON feedback_request WHEN NEW.wizard_step != 'done' BEGIN UPDATE interview SET debrief_step = NEW.wizard_step WHERE id = NEW.interview_id;END;
-- trigger request_chart_added
CREATE TRIGGER request_chart_added AFTER INSERT ON feedback_request BEGIN UPDATE feedback_request SET(interview_outcome,interview_date)=(SELECT outcome,date FROM interview WHERE id = NEW.interview_id),reply_days = CASE WHEN feedback_request.response IN('given','declined')THEN julianday(feedback_request.responded_at)- julianday(feedback_request.asked_at)END WHERE id = NEW.id;UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = NEW.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = NEW.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = NEW.interview_id AND 1;END;
-- trigger request_chart_changed
CREATE TRIGGER request_chart_changed AFTER UPDATE OF interview_id,asked_at,in_time,response,responded_at,thanked_at ON feedback_request BEGIN UPDATE feedback_request SET(interview_outcome,interview_date)=(SELECT outcome,date FROM interview WHERE id = NEW.interview_id),reply_days = CASE WHEN feedback_request.response IN('given','declined')THEN julianday(feedback_request.responded_at)- julianday(feedback_request.asked_at)END WHERE id = NEW.id;UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = NEW.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = NEW.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = NEW.interview_id AND 1;UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = OLD.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = OLD.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = OLD.interview_id AND OLD.interview_id != NEW.interview_id;END;
-- trigger request_chart_removed
CREATE TRIGGER request_chart_removed AFTER DELETE ON feedback_request BEGIN UPDATE interview SET feedback_steps =(SELECT COALESCE(MAX(b & 1)| MAX(b & 2)| MAX(b & 4)| MAX(b & 8)| MAX(b & 16),0)FROM(SELECT interview_id,((asked_at IS NOT NULL)* 1)|((in_time IS 1)* 2)|((response = 'given')* 4)|((thanked_at IS NOT NULL)* 16)AS b FROM feedback_request WHERE interview_id = OLD.interview_id UNION ALL SELECT interview_id,8 FROM feedback_point WHERE interview_id = OLD.interview_id AND(clarify_question != '' OR clarify_example != '')))WHERE id = OLD.interview_id AND 1;END;
-- trigger request_removed
CREATE TRIGGER request_removed AFTER DELETE ON feedback_request WHEN OLD.wizard_step != 'done' BEGIN UPDATE interview SET debrief_step =(SELECT r.wizard_step FROM feedback_request r WHERE r.interview_id = interview.id AND r.wizard_step != 'done' ORDER BY r.id DESC LIMIT 1)WHERE id = OLD.interview_id;END;
-- trigger request_step
CREATE TRIGGER request_step AFTER UPDATE OF wizard_step,interview_id ON feedback_request WHEN OLD.wizard_step IS NOT NEW.wizard_step OR OLD.interview_id != NEW.interview_id BEGIN UPDATE interview SET debrief_step =(SELECT r.wizard_step FROM feedback_request r WHERE r.interview_id = interview.id AND r.wizard_step != 'done' ORDER BY r.id DESC LIMIT 1)WHERE id = NEW.interview_id;UPDATE interview SET debrief_step =(SELECT r.wizard_step FROM feedback_request r WHERE r.interview_id = interview.id AND r.wizard_step != 'done' ORDER BY r.id DESC LIMIT 1)WHERE id = OLD.interview_id;END;
