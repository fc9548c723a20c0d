<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{name} does not look like a CSV file (it holds binary data). Export your list as CSV from the other app, then try again.</source>
        <translation>{name} sieht nicht wie eine CSV-Datei aus (sie enthält Binärdaten). Exportieren Sie Ihre Liste in der anderen App als CSV und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet app and save it as CSV, then try again.</source>
        <translation>{name} ist eine Tabellenkalkulationsmappe, keine CSV-Datei. Öffnen Sie sie in Ihrer Tabellenkalkulation, speichern Sie sie als CSV und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation>{name} ist zu groß für den Import ({size} MB; die Grenze liegt bei {limit} MB).</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows below it: there is nothing to import.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Zeilen darunter: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{name} could not be read as CSV near line {line}: {detail}.</source>
        <translation>{name} konnte nahe Zeile {line} nicht als CSV gelesen werden: {detail}.</translation>
    </message>
    <message>
        <source>A cell near line {line} of {name} is longer than Debrief accepts ({limit} characters).</source>
        <translation>Eine Zelle nahe Zeile {line} von {name} ist länger, als Debrief annimmt ({limit} Zeichen).</translation>
    </message>
    <message>
        <source>Debrief could not read {name}: {detail}.</source>
        <translation>Debrief konnte {name} nicht lesen: {detail}.</translation>
    </message>
    <message>
        <source>{name} holds more than Debrief imports at once (at most {rows} rows and {columns} columns). Split it into smaller files, then import them one by one.</source>
        <translation>{name} enthält mehr, als Debrief auf einmal importiert (höchstens {rows} Zeilen und {columns} Spalten). Teilen Sie die Datei in kleinere auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>{name} is not saved as UTF-8, so Debrief cannot be sure which letters its bytes stand for (the first is in row {row}, column “{column}”). It was probably saved by an older program. Choose how to read it, then check the rows below.</source>
        <translation>{name} ist nicht als UTF-8 gespeichert, daher kann Debrief nicht sicher sagen, für welche Buchstaben seine Bytes stehen (das erste steht in Zeile {row}, Spalte „{column}“). Wahrscheinlich wurde die Datei von einem älteren Programm gespeichert. Wählen Sie, wie sie gelesen werden soll, und prüfen Sie dann die Zeilen unten.</translation>
    </message>
    <message>
        <source>{name} is saved as UTF-8, but row {row}, column “{column}” holds a byte that is not valid text. Choose how to read it, then check the rows below.</source>
        <translation>{name} ist als UTF-8 gespeichert, aber Zeile {row}, Spalte „{column}“ enthält ein Byte, das kein gültiger Text ist. Wählen Sie, wie die Datei gelesen werden soll, und prüfen Sie dann die Zeilen unten.</translation>
    </message>
    <message>
        <source>{name} is saved as UTF-8, but {count} places hold bytes that are not valid text, the first in row {row}, column “{column}”. Choose how to read them, then check the rows below.</source>
        <translation>{name} ist als UTF-8 gespeichert, aber an {count} Stellen stehen Bytes, die kein gültiger Text sind, die erste in Zeile {row}, Spalte „{column}“. Wählen Sie, wie sie gelesen werden sollen, und prüfen Sie dann die Zeilen unten.</translation>
    </message>
    <message>
        <source>Was there a moment when I could have shown more of my interest in the role?</source>
        <extracomment>theme -&gt; questions about a point that held the user back, or advice.</extracomment>
        <translation>Gab es einen Moment, in dem ich mein Interesse an der Stelle deutlicher hätte zeigen können?</translation>
    </message>
    <message>
        <source>What would have told you I was really keen on this job?</source>
        <translation>Woran hätten Sie gemerkt, dass ich diese Stelle wirklich will?</translation>
    </message>
    <message>
        <source>Could you give me an example of how a strong candidate showed their enthusiasm?</source>
        <translation>Können Sie mir ein Beispiel nennen, wie eine starke Kandidatin oder ein starker Kandidat Begeisterung gezeigt hat?</translation>
    </message>
    <message>
        <source>Which topic or question would be most worth studying before my next interview?</source>
        <translation>Welches Thema oder welche Frage sollte ich vor meinem nächsten Gespräch am ehesten vertiefen?</translation>
    </message>
    <message>
        <source>Could you give me an example of the depth you were hoping to hear?</source>
        <translation>Können Sie mir ein Beispiel für die Tiefe geben, die Sie sich erhofft hatten?</translation>
    </message>
    <message>
        <source>Is there a resource or an exercise you would recommend for that area?</source>
        <translation>Gibt es eine Quelle oder eine Übung, die Sie mir für diesen Bereich empfehlen würden?</translation>
    </message>
    <message>
        <source>Could you point me to one answer where I could have been clearer or shorter?</source>
        <translation>Können Sie mir eine Antwort nennen, bei der ich klarer oder kürzer hätte sein können?</translation>
    </message>
    <message>
        <source>What would a well-structured answer to that question have sounded like?</source>
        <translation>Wie hätte eine gut aufgebaute Antwort auf diese Frage geklungen?</translation>
    </message>
    <message>
        <source>Could you give me an example of a moment when my answer lost its thread?</source>
        <translation>Können Sie mir ein Beispiel für einen Moment nennen, in dem meine Antwort den roten Faden verloren hat?</translation>
    </message>
    <message>
        <source>What would you have liked me to know about the team or the company beforehand?</source>
        <translation>Was hätte ich vorher über das Team oder das Unternehmen wissen sollen?</translation>
    </message>
    <message>
        <source>Which part of my preparation would make the biggest difference next time?</source>
        <translation>Welcher Teil meiner Vorbereitung würde beim nächsten Mal den größten Unterschied machen?</translation>
    </message>
    <message>
        <source>Could you give me an example of something a well-prepared candidate mentioned?</source>
        <translation>Können Sie mir ein Beispiel für etwas nennen, das eine gut vorbereitete Person erwähnt hat?</translation>
    </message>
    <message>
        <source>Which kind of experience would make me a stronger candidate for a role like this?</source>
        <translation>Welche Art von Erfahrung würde mich für eine Stelle wie diese stärker machen?</translation>
    </message>
    <message>
        <source>Was there an example from my past work I could have made more of?</source>
        <translation>Gab es ein Beispiel aus meiner bisherigen Arbeit, aus dem ich mehr hätte machen können?</translation>
    </message>
    <message>
        <source>Is there a project or a skill you would suggest I build first?</source>
        <translation>Gibt es ein Projekt oder eine Fähigkeit, die ich Ihrer Meinung nach zuerst aufbauen sollte?</translation>
    </message>
    <message>
        <source>What would have shown you I&apos;d work well with the team?</source>
        <translation>Was hätte Ihnen gezeigt, dass ich gut mit dem Team zusammenarbeiten würde?</translation>
    </message>
    <message>
        <source>Could you give me an example of how people on the team work together day to day?</source>
        <translation>Können Sie mir ein Beispiel geben, wie das Team im Alltag zusammenarbeitet?</translation>
    </message>
    <message>
        <source>Was there an answer where I could have said more about how I work with others?</source>
        <translation>Gab es eine Antwort, bei der ich mehr darüber hätte sagen können, wie ich mit anderen arbeite?</translation>
    </message>
    <message>
        <source>What stood out in the first few minutes that I could do differently?</source>
        <translation>Was ist Ihnen in den ersten Minuten aufgefallen, das ich anders machen könnte?</translation>
    </message>
    <message>
        <source>Is there one thing about how I came across that I could work on first?</source>
        <translation>Gibt es eine Sache an meiner Wirkung, an der ich zuerst arbeiten könnte?</translation>
    </message>
    <message>
        <source>Could you give me an example of what gave you that impression?</source>
        <translation>Können Sie mir ein Beispiel nennen, was diesen Eindruck erweckt hat?</translation>
    </message>
    <message>
        <source>What kind of questions do you like candidates to ask at the end?</source>
        <translation>Welche Fragen sollen Bewerberinnen und Bewerber am Ende Ihrer Meinung nach stellen?</translation>
    </message>
    <message>
        <source>Could you give me an example of a question that told you a candidate was well prepared?</source>
        <translation>Können Sie mir ein Beispiel für eine Frage nennen, an der Sie gemerkt haben, dass jemand gut vorbereitet war?</translation>
    </message>
    <message>
        <source>Which topic would you have liked me to ask about?</source>
        <translation>Zu welchem Thema hätten Sie sich eine Frage von mir gewünscht?</translation>
    </message>
    <message>
        <source>What was it that showed you I was keen on the role?</source>
        <extracomment>theme -&gt; questions about something that went well: what to keep doing.</extracomment>
        <translation>Woran haben Sie gemerkt, dass mir die Stelle wichtig war?</translation>
    </message>
    <message>
        <source>Which of my technical answers worked best for you?</source>
        <translation>Welche meiner technischen Antworten hat Sie am meisten überzeugt?</translation>
    </message>
    <message>
        <source>Which answer of mine was easiest to follow, so I can do it again?</source>
        <translation>Welcher meiner Antworten konnten Sie am leichtesten folgen, damit ich es wieder so mache?</translation>
    </message>
    <message>
        <source>Which part of my preparation was most useful to you?</source>
        <translation>Welcher Teil meiner Vorbereitung war für Sie am nützlichsten?</translation>
    </message>
    <message>
        <source>Which part of my experience seemed most relevant to the role?</source>
        <translation>Welcher Teil meiner Erfahrung schien Ihnen für die Stelle am wichtigsten?</translation>
    </message>
    <message>
        <source>What made you feel I would work well with the team?</source>
        <translation>Was hat Ihnen das Gefühl gegeben, dass ich gut ins Team passen würde?</translation>
    </message>
    <message>
        <source>What did I do at the start that helped things go well?</source>
        <translation>Was habe ich zu Beginn getan, das zu einem guten Verlauf beigetragen hat?</translation>
    </message>
    <message>
        <source>Which of my questions was most useful to you?</source>
        <translation>Welche meiner Fragen war für Sie am nützlichsten?</translation>
    </message>
    <message>
        <source>What did I do that worked well for &quot;{theme}&quot;, so I can keep doing it?</source>
        <extracomment>For a theme the user invented: the same asks, with the theme&apos;s name quoted.</extracomment>
        <translation>Was habe ich bei „{theme}“ gut gemacht, damit ich es beibehalten kann?</translation>
    </message>
    <message>
        <source>Could you give me an example of a moment that showed what you meant about &quot;{theme}&quot;?</source>
        <translation>Können Sie mir ein Beispiel für einen Moment nennen, der zeigt, was Sie mit „{theme}“ meinten?</translation>
    </message>
    <message>
        <source>What would doing &quot;{theme}&quot; well have looked like in the interview?</source>
        <translation>Wie hätte „{theme}“ im Gespräch gut ausgesehen?</translation>
    </message>
    <message>
        <source>What would be a good first step to work on &quot;{theme}&quot;?</source>
        <translation>Was wäre ein guter erster Schritt, um an „{theme}“ zu arbeiten?</translation>
    </message>
    <message>
        <source>What in particular worked well there, so I can keep doing it?</source>
        <extracomment>By kind alone: fit any point, with or without a theme.</extracomment>
        <translation>Was genau hat dort gut funktioniert, damit ich es beibehalten kann?</translation>
    </message>
    <message>
        <source>Was there a moment in the interview that showed it best?</source>
        <translation>Gab es einen Moment im Gespräch, in dem es am deutlichsten wurde?</translation>
    </message>
    <message>
        <source>Could you give me a specific example of when that came across?</source>
        <translation>Können Sie mir ein konkretes Beispiel nennen, wann das so rüberkam?</translation>
    </message>
    <message>
        <source>What would it have looked like if I had done that well?</source>
        <translation>Wie hätte es ausgesehen, wenn ich das gut gemacht hätte?</translation>
    </message>
    <message>
        <source>If I practise one thing first, what would you suggest?</source>
        <translation>Wenn ich zuerst eine Sache übe: Was würden Sie vorschlagen?</translation>
    </message>
    <message>
        <source>How would you suggest I start on that?</source>
        <translation>Wie würde ich damit am besten anfangen?</translation>
    </message>
    <message>
        <source>Could you give me an example of what that looks like in an interview answer?</source>
        <translation>Können Sie mir ein Beispiel geben, wie das in einer Antwort im Gespräch aussieht?</translation>
    </message>
    <message>
        <source>Is there a resource or an exercise you would recommend for it?</source>
        <translation>Gibt es eine Quelle oder eine Übung, die Sie dafür empfehlen würden?</translation>
    </message>
    <message>
        <source>Ask for feedback during the call, before you say goodbye.</source>
        <extracomment>Told by e-mail, by letter, or found out by checking: ask within a day of knowing. Told by phone, the moment to ask is that same call. The journal only knows when the user says they were told (often typed in just after hanging up), so a request recorded within two hours of that still counts as asked during the call; a call back the next day does not.</extracomment>
        <translation>Bitten Sie noch während des Anrufs um Feedback, bevor Sie sich verabschieden.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left to ask for feedback.</source>
        <translation>Noch {hours} Std. {minutes} Min., um um Feedback zu bitten.</translation>
    </message>
    <message>
        <source>The 24 hours have passed ({hours} h {minutes} min ago). Asking late is still much better than not asking.</source>
        <translation>Die 24 Stunden sind vorbei (seit {hours} Std. {minutes} Min.). Spät zu fragen ist immer noch viel besser, als gar nicht zu fragen.</translation>
    </message>
    <message>
        <source>The 24 hours have passed ({days} days ago). Asking late is still much better than not asking.</source>
        <extracomment>Two days on, hours stop meaning much: &quot;(8837 h 34 min ago)&quot; reads as a reproach.</extracomment>
        <translation>Die 24 Stunden sind vorbei (vor {days} Tagen). Spät zu fragen ist immer noch viel besser, als gar nicht zu fragen.</translation>
    </message>
    <message>
        <source>The call has ended. You can still ask by e-mail or a short call back today.</source>
        <translation>Der Anruf ist beendet. Sie können heute noch per E-Mail oder mit einem kurzen Rückruf fragen.</translation>
    </message>
    <message>
        <source>Practise saying, out loud, two reasons this kind of role excites you.</source>
        <extracomment>A true weakness: a skill to practise, per built-in theme.</extracomment>
        <translation>Üben Sie, laut zwei Gründe zu nennen, warum Sie diese Art von Stelle begeistert.</translation>
    </message>
    <message>
        <source>Practise the weakest topic raised until you can explain it end to end.</source>
        <translation>Üben Sie das schwächste angesprochene Thema, bis Sie es von Anfang bis Ende erklären können.</translation>
    </message>
    <message>
        <source>Practise answering in a clear structure: situation, action, result.</source>
        <translation>Üben Sie, klar gegliedert zu antworten: Situation, Handlung, Ergebnis.</translation>
    </message>
    <message>
        <source>Practise a research routine: the company, its product, the interviewers.</source>
        <translation>Üben Sie eine feste Recherche-Routine: das Unternehmen, sein Produkt, die Gesprächspartner.</translation>
    </message>
    <message>
        <source>Practise the skill the role asked for with a small project of your own.</source>
        <translation>Üben Sie die Fähigkeit, die die Stelle verlangt, mit einem kleinen eigenen Projekt.</translation>
    </message>
    <message>
        <source>Practise talking through a disagreement you handled well with a team.</source>
        <translation>Üben Sie, von einer Meinungsverschiedenheit zu erzählen, die Sie im Team gut gelöst haben.</translation>
    </message>
    <message>
        <source>Practise your opening minute: greeting, posture, a short introduction.</source>
        <translation>Üben Sie Ihre erste Minute: Begrüßung, Haltung, eine kurze Vorstellung.</translation>
    </message>
    <message>
        <source>Practise writing three thoughtful questions about the team and work.</source>
        <translation>Üben Sie, drei durchdachte Fragen zum Team und zur Arbeit aufzuschreiben.</translation>
    </message>
    <message>
        <source>Prepare a story that shows why you want this job, and tell it early.</source>
        <extracomment>An impression the user gave: a way to show the strength next time, per built-in theme.</extracomment>
        <translation>Bereiten Sie eine Geschichte vor, die zeigt, warum Sie diese Stelle wollen, und erzählen Sie sie früh.</translation>
    </message>
    <message>
        <source>Prepare a story that shows one hard technical problem you solved, end to end.</source>
        <translation>Bereiten Sie eine Geschichte vor, die ein schwieriges technisches Problem zeigt, das Sie von Anfang bis Ende gelöst haben.</translation>
    </message>
    <message>
        <source>Prepare a story that shows you explaining something complex simply.</source>
        <translation>Bereiten Sie eine Geschichte vor, in der Sie etwas Komplexes einfach erklären.</translation>
    </message>
    <message>
        <source>Prepare a story that shows what you learned about the company beforehand.</source>
        <translation>Bereiten Sie eine Geschichte vor, die zeigt, was Sie vorher über das Unternehmen gelernt haben.</translation>
    </message>
    <message>
        <source>Prepare a story that shows your most relevant experience for the role.</source>
        <translation>Bereiten Sie eine Geschichte vor, die Ihre wichtigste Erfahrung für die Stelle zeigt.</translation>
    </message>
    <message>
        <source>Prepare a story that shows how you work with a team day to day.</source>
        <translation>Bereiten Sie eine Geschichte vor, die zeigt, wie Sie im Alltag im Team arbeiten.</translation>
    </message>
    <message>
        <source>Prepare a story that shows who you are in the first minute.</source>
        <translation>Bereiten Sie eine Geschichte vor, die in der ersten Minute zeigt, wer Sie sind.</translation>
    </message>
    <message>
        <source>Prepare a story that shows your curiosity: what you would ask them.</source>
        <translation>Bereiten Sie eine Geschichte vor, die Ihre Neugier zeigt: was Sie die anderen fragen würden.</translation>
    </message>
    <message>
        <source>Practise {theme}: one small exercise a day before your next interview.</source>
        <translation>Üben Sie {theme}: eine kleine Übung pro Tag bis zu Ihrem nächsten Gespräch.</translation>
    </message>
    <message>
        <source>Practise the skill behind this point before your next interview.</source>
        <translation>Üben Sie vor Ihrem nächsten Gespräch die Fähigkeit, um die es in diesem Punkt geht.</translation>
    </message>
    <message>
        <source>Prepare a story that shows your strength in {theme}.</source>
        <translation>Bereiten Sie eine Geschichte vor, die Ihre Stärke bei {theme} zeigt.</translation>
    </message>
    <message>
        <source>Prepare a story that shows the strength they did not see.</source>
        <translation>Bereiten Sie eine Geschichte vor, die die Stärke zeigt, die man bei Ihnen nicht gesehen hat.</translation>
    </message>
    <message>
        <source>Try their advice: “{advice}”</source>
        <translation>Probieren Sie den Rat aus: „{advice}“</translation>
    </message>
    <message>
        <source>{hours} h left to ask {company} for feedback: a short, kind note is enough.</source>
        <extracomment>Before the ask deadline passes: a first nudge, then a last one. An unanswered request deserves one gentle follow-up after this many working days. The day before a round, the prep reminder comes at this wall-clock time.</extracomment>
        <translation>Noch {hours} Std., um {company} um Feedback zu bitten: Eine kurze, freundliche Nachricht genügt.</translation>
    </message>
    <message>
        <source>No answer yet from {company}. A gentle follow-up today is fine and often works.</source>
        <translation>Noch keine Antwort von {company}. Eine freundliche Nachfrage heute ist in Ordnung und hilft oft.</translation>
    </message>
    <message>
        <source>Your {company} interview is tomorrow: review your prep sheet.</source>
        <translation>Ihr Gespräch bei {company} ist morgen: Sehen Sie sich Ihr Vorbereitungsblatt an.</translation>
    </message>
    <message>
        <source>{count} improvement actions are still open before your {company} interview.</source>
        <translation>{count} Übungen sind vor Ihrem Gespräch bei {company} noch offen.</translation>
    </message>
    <message>
        <source>Thank you, that helps. If I could build one kind of experience before my next interview for a role like this, which would you suggest?</source>
        <translation>Danke, das hilft mir. Wenn ich vor meinem nächsten Gespräch für eine solche Stelle eine Art von Erfahrung sammeln könnte: Welche würden Sie empfehlen?</translation>
    </message>
    <message>
        <source>Thank you, that helps. Is there one thing I could show more clearly next time about how I work with a team?</source>
        <translation>Danke, das hilft mir. Gibt es eine Sache, die ich beim nächsten Mal klarer zeigen könnte, wenn es darum geht, wie ich im Team arbeite?</translation>
    </message>
    <message>
        <source>Thank you for letting me know. If you could name one thing I could work on before my next interview, what would it be?</source>
        <translation>Danke, dass Sie mir Bescheid gegeben haben. Wenn Sie eine Sache nennen könnten, an der ich vor meinem nächsten Gespräch arbeiten sollte: Welche wäre das?</translation>
    </message>
    <message>
        <source>Asking why can sound like questioning their decision; people share more when asked for advice.</source>
        <extracomment>kind -&gt; coaching message, for a sentence that does this.</extracomment>
        <translation>Die Frage nach dem Warum kann klingen, als würden Sie die Entscheidung anzweifeln; um Rat gebeten, erzählen die meisten mehr.</translation>
    </message>
    <message>
        <source>Comparing yourself with the person they hired can sound like a challenge; asking about your own next steps usually gets a fuller answer.</source>
        <translation>Sich mit der eingestellten Person zu vergleichen, kann wie eine Herausforderung wirken; die Frage nach Ihren eigenen nächsten Schritten bringt meist eine ausführlichere Antwort.</translation>
    </message>
    <message>
        <source>Asking them to reconsider, or taking it higher, can put them on the spot; asking for advice keeps the door open for later.</source>
        <translation>Um ein Überdenken zu bitten oder sich an höherer Stelle zu melden, kann die Person in Verlegenheit bringen; eine Bitte um Rat hält die Tür für später offen.</translation>
    </message>
    <message>
        <source>Calling the decision wrong or unfair tends to make people defensive; a question about improving invites a helpful answer.</source>
        <translation>Die Entscheidung falsch oder unfair zu nennen, macht Menschen meist defensiv; eine Frage danach, wie Sie besser werden, lädt zu einer hilfreichen Antwort ein.</translation>
    </message>
    <message>
        <source>Disagreeing now can turn the talk into a debate; you can note your view privately and ask for an example instead.</source>
        <translation>Jetzt zu widersprechen, kann das Gespräch in eine Debatte verwandeln; Sie können Ihre Sicht für sich notieren und stattdessen um ein Beispiel bitten.</translation>
    </message>
    <message>
        <source>Asking them to justify or explain the decision can feel like a challenge; most people are glad to give advice instead.</source>
        <translation>Eine Rechtfertigung oder Erklärung der Entscheidung zu verlangen, kann wie eine Herausforderung wirken; die meisten geben stattdessen gern einen Rat.</translation>
    </message>
    <message>
        <source>Making the case for yourself now can sound like arguing with the outcome; asking how to show your strengths next time works better.</source>
        <translation>Jetzt für sich selbst zu argumentieren, kann klingen, als stritten Sie mit dem Ergebnis; die Frage, wie Sie Ihre Stärken nächstes Mal zeigen, wirkt besser.</translation>
    </message>
    <message>
        <source>This may read as a dig, even if you meant it lightly; a plain, warm sentence keeps them willing to help.</source>
        <translation>Das kann wie eine Spitze ankommen, auch wenn es leicht gemeint war; ein schlichter, warmer Satz erhält die Bereitschaft zu helfen.</translation>
    </message>
    <message>
        <source>What this cost you matters, but telling them can feel like pressure; they are more open when the note stays light.</source>
        <translation>Was Sie das gekostet hat, zählt, aber es der Person zu sagen, kann sich wie Druck anfühlen; sie ist offener, wenn die Nachricht leicht bleibt.</translation>
    </message>
    <message>
        <source>A deadline can feel like pressure to someone doing you a favour; leaving the timing to them makes a reply more likely.</source>
        <translation>Eine Frist kann sich für jemanden, der Ihnen einen Gefallen tut, wie Druck anfühlen; wer den Zeitpunkt offenlässt, bekommt eher eine Antwort.</translation>
    </message>
    <message>
        <source>The wording check reads English only.</source>
        <translation>Die Formulierungsprüfung liest nur Englisch.</translation>
    </message>
    <message>
        <source>This message is very long: the wording check read its first part only. A short note is more likely to be read, too.</source>
        <translation>Diese Nachricht ist sehr lang: Die Formulierungsprüfung hat nur den ersten Teil gelesen. Eine kurze Nachricht wird zudem eher gelesen.</translation>
    </message>
    <message>
        <source>This asks for advice, not for reasons: a good way to ask.</source>
        <extracomment>The most of a message the check reads. A note to an interviewer runs to a few hundred words; a document pasted by mistake took the check 1.5 s a megabyte after each pause.</extracomment>
        <translation>Das bittet um Rat, nicht um Gründe: eine gute Art zu fragen.</translation>
    </message>
    <message>
        <source>This thanks them warmly: a kind close that leaves the door open.</source>
        <translation>Das dankt herzlich: ein freundlicher Abschluss, der die Tür offenhält.</translation>
    </message>
    <message>
        <source>This asks for an example, not for a debate: a good question.</source>
        <translation>Das bittet um ein Beispiel, nicht um eine Debatte: eine gute Frage.</translation>
    </message>
    <message>
        <source>This checks in gently and leaves the timing to them.</source>
        <translation>Das fragt behutsam nach und überlässt den Zeitpunkt der anderen Seite.</translation>
    </message>
    <message>
        <source>Debrief could not open {name}: {detail}. The file was left untouched.</source>
        <translation>Debrief konnte {name} nicht öffnen: {detail}. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{name} is not a Debrief journal (it is not an SQLite database). It was left untouched. Choose another file, or start a new journal.</source>
        <translation>{name} ist kein Debrief-Journal (es ist keine SQLite-Datenbank). Die Datei blieb unverändert. Wählen Sie eine andere Datei oder beginnen Sie ein neues Journal.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a folder, a device, a pipe or a socket), so Debrief cannot keep a journal in it. Choose another file, or start a new journal.</source>
        <translation>{name} ist keine gewöhnliche Datei (sondern ein Ordner, ein Gerät, eine Pipe oder ein Socket), daher kann Debrief darin kein Journal führen. Wählen Sie eine andere Datei oder beginnen Sie ein neues Journal.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read safely. It was left untouched. If you have a backup, you can restore it from the backups folder beside the journal.</source>
        <translation>{name} ist beschädigt und kann nicht sicher gelesen werden. Die Datei blieb unverändert. Wenn Sie eine Sicherung haben, können Sie sie aus dem Sicherungsordner neben dem Journal wiederherstellen.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Debrief (journal format {version}; this version reads up to {supported}). It was left untouched. Please update Debrief to open it.</source>
        <translation>{name} wurde von einer neueren Debrief-Version gespeichert (Journalformat {version}; diese Version liest bis {supported}). Die Datei blieb unverändert. Bitte aktualisieren Sie Debrief, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{name} is an SQLite database, but not a Debrief journal. It was left untouched.</source>
        <translation>{name} ist eine SQLite-Datenbank, aber kein Debrief-Journal. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Debrief cannot create a journal in {folder}: {detail}. Choose a folder you can write to.</source>
        <translation>Debrief kann in {folder} kein Journal anlegen: {detail}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>{name} is a link to {target}, which does not exist (is a drive or folder missing?). Nothing was created. Choose another file, or start a new journal.</source>
        <translation>{name} ist eine Verknüpfung auf {target}, das es nicht gibt (fehlt ein Laufwerk oder Ordner?). Es wurde nichts angelegt. Wählen Sie eine andere Datei oder beginnen Sie ein neues Journal.</translation>
    </message>
    <message>
        <source>{name} is too long a name for a journal: the files kept beside it add a few characters to it, and the system allows no more. Nothing was created. Choose a shorter name.</source>
        <translation>{name} ist als Name für ein Journal zu lang: Die Dateien daneben hängen ein paar Zeichen an, und mehr lässt das System nicht zu. Es wurde nichts angelegt. Wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>no lock file can be made there to keep a second window from writing</source>
        <extracomment>The detail of CANNOT_CREATE when the journal&apos;s lock file could not be made there.</extracomment>
        <translation>dort lässt sich keine Sperrdatei anlegen, die ein zweites Fenster vom Schreiben abhält</translation>
    </message>
    <message>
        <source>{name} needs updating for this version of Debrief, but it is read-only. Make the file and its folder writable, then open it again.</source>
        <translation>{name} muss für diese Debrief-Version aktualisiert werden, ist aber schreibgeschützt. Machen Sie die Datei und ihren Ordner beschreibbar und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Debrief could not update {name} to the current format: {detail}. The journal was restored as it was.</source>
        <translation>Debrief konnte {name} nicht auf das aktuelle Format bringen: {detail}. Das Journal wurde wiederhergestellt, wie es war.</translation>
    </message>
    <message>
        <source>This journal is read-only (the file or its folder cannot be written). You can read everything; changes are switched off.</source>
        <translation>Dieses Journal ist schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden). Sie können alles lesen; Änderungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>vor {days} Tagen</translation>
    </message>
    <message>
        <source>Made before Debrief kept each journal&apos;s backups in a folder of its own: if other journals are kept in the same folder as this one, it may be a copy of one of them.</source>
        <translation>Erstellt, bevor Debrief die Sicherungen jedes Journals in einem eigenen Ordner ablegte: Wenn im selben Ordner wie dieses weitere Journale liegen, kann sie die Kopie eines davon sein.</translation>
    </message>
    <message>
        <source>“Not recorded”: made before Debrief kept each journal&apos;s backups in a folder of its own. If other journals are kept in the same folder as this one, it may be a copy of one of them.</source>
        <translation>„Nicht vermerkt“: erstellt, bevor Debrief die Sicherungen jedes Journals in einem eigenen Ordner ablegte. Wenn im selben Ordner wie dieses weitere Journale liegen, kann sie die Kopie eines davon sein.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht vermerkt</translation>
    </message>
    <message>
        <source>The weekly backup could not be made: {reason}</source>
        <translation>Die wöchentliche Sicherung konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>The weekly backup could not be made ({detail}).</source>
        <translation>Die wöchentliche Sicherung konnte nicht erstellt werden ({detail}).</translation>
    </message>
    <message>
        <source>Debrief made a first backup of your journal; it keeps one each week.</source>
        <translation>Debrief hat eine erste Sicherung Ihres Journals angelegt; es legt jede Woche eine an.</translation>
    </message>
    <message>
        <source>Your journal was backed up; the one before was {age} old.</source>
        <translation>Ihr Journal wurde gesichert; die vorige Sicherung war {age} alt.</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <extracomment>Where the moment Debrief last looked at a journal is kept (ISO, UTC), one key per journal file: opening the demo, or another journal, must not mark this one&apos;s news seen. On a first start, look back this far: older moments are history, not news.</extracomment>
        <translation>…und {n} weitere.</translation>
    </message>
    <message>
        <source>While Debrief was closed:</source>
        <translation>Während Debrief geschlossen war:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Jetzt fällig:</translation>
    </message>
    <message>
        <source>The journal is busy: another program is writing to it. Nothing was lost; please try again in a moment.</source>
        <translation>Das Journal ist belegt: Ein anderes Programm schreibt gerade hinein. Nichts ist verloren; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Nothing else was changed; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte diese Änderung nicht gespeichert werden. Sonst wurde nichts geändert; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This journal is read-only, so changes cannot be saved.</source>
        <translation>Dieses Journal ist schreibgeschützt, daher können Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Debrief could not save this change. Nothing else was changed.</source>
        <translation>Debrief konnte diese Änderung nicht speichern. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <extracomment>What the user chose when the journal could not be opened and no window is open yet.</extracomment>
        <translation>Das Journal lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Ein anderes öffnen…</translation>
    </message>
    <message>
        <source>New journal…</source>
        <translation>Neues Journal…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>{path} is already open in another Debrief window, which could not be brought forward. Switch to that window, or open a different journal.</source>
        <translation>{path} ist bereits in einem anderen Debrief-Fenster geöffnet, das nicht nach vorne geholt werden konnte. Wechseln Sie zu diesem Fenster oder öffnen Sie ein anderes Journal.</translation>
    </message>
    <message>
        <source>Journal not found</source>
        <translation>Journal nicht gefunden</translation>
    </message>
    <message>
        <source>{name} is no longer in {folder}: it was moved or deleted, or it is on a drive that is not connected. Nothing was created there. Connect the drive and try again, or open the journal from where it is now.</source>
        <translation>{name} ist nicht mehr in {folder}: Es wurde verschoben oder gelöscht, oder es liegt auf einem Laufwerk, das nicht angeschlossen ist. Dort wurde nichts angelegt. Schließen Sie das Laufwerk an und versuchen Sie es erneut, oder öffnen Sie das Journal dort, wo es jetzt liegt.</translation>
    </message>
    <message>
        <source>Debrief could not read the journal to export it ({detail}). Nothing was written; please try again in a moment.</source>
        <translation>Debrief konnte das Journal für den Export nicht lesen ({detail}). Es wurde nichts geschrieben; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Interview {index}</source>
        <translation>Gespräch {index}</translation>
    </message>
    <message>
        <source>Interviewer {index}</source>
        <translation>Gesprächspartner {index}</translation>
    </message>
    <message>
        <source>Theme {index}</source>
        <translation>Thema {index}</translation>
    </message>
    <message>
        <source>Thing to practise {index}</source>
        <translation>Übung {index}</translation>
    </message>
    <message>
        <source>Feedback request {index}</source>
        <translation>Feedback-Anfrage {index}</translation>
    </message>
    <message>
        <source>Feedback point {index}</source>
        <translation>Feedback-Punkt {index}</translation>
    </message>
    <message>
        <source>Application {index}</source>
        <translation>Bewerbung {index}</translation>
    </message>
    <message>
        <source>Profile {index}</source>
        <translation>Profil {index}</translation>
    </message>
    <message>
        <source>Export the whole journal</source>
        <translation>Das ganze Journal exportieren</translation>
    </message>
    <message>
        <source>Debrief export ({pattern})</source>
        <translation>Debrief-Export ({pattern})</translation>
    </message>
    <message>
        <source>Exporting the journal</source>
        <translation>Das Journal wird exportiert</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Journal exportiert</translation>
    </message>
    <message>
        <source>Choose where to save the CSV files</source>
        <translation>Wählen Sie, wo die CSV-Dateien gespeichert werden</translation>
    </message>
    <message>
        <source>Exporting CSV files</source>
        <translation>CSV-Dateien werden exportiert</translation>
    </message>
    <message>
        <source>{count}, one per kind of entry, are in {folder}.

Spreadsheets open them directly. Cells that a spreadsheet could run as a formula start with an apostrophe, so they show as plain text.</source>
        <translation>{count}, eine pro Art von Eintrag, liegen in {folder}.

Tabellenkalkulationen öffnen sie direkt. Zellen, die eine Tabellenkalkulation als Formel ausführen könnte, beginnen mit einem Apostroph, damit sie als einfacher Text erscheinen.</translation>
    </message>
    <message>
        <source>A JSON export brings back a whole journal, so it can only go into an empty one: nothing gets mixed up or doubled. Start a new journal, then choose Journal → Load a JSON export there. This journal stays as it is, and Journal → Open recent brings you back to it.</source>
        <translation>Ein JSON-Export bringt ein ganzes Journal zurück und kann daher nur in ein leeres Journal: So wird nichts vermischt oder doppelt angelegt. Beginnen Sie ein neues Journal und wählen Sie dort Journal → JSON-Export laden. Dieses Journal bleibt, wie es ist, und Journal → Zuletzt geöffnet bringt Sie dorthin zurück.</translation>
    </message>
    <message>
        <source>Importing the export</source>
        <translation>Der Export wird importiert</translation>
    </message>
    <message>
        <source>{name} is now in this journal: {interviews}, {points} and {actions}.</source>
        <translation>{name} ist jetzt in diesem Journal: {interviews}, {points} und {actions}.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Start a &amp;new journal…</source>
        <translation>&amp;Neues Journal beginnen…</translation>
    </message>
    <message>
        <source>Your whole journal is saved in {path}.

It holds your private notes, so keep it somewhere safe. To bring it back, start a new journal and choose Journal → Load a JSON export there.</source>
        <translation>Ihr ganzes Journal ist in {path} gespeichert.

Es enthält Ihre privaten Notizen, bewahren Sie es also sicher auf. Um es zurückzuholen, beginnen Sie ein neues Journal und wählen Sie dort Journal → JSON-Export laden.</translation>
    </message>
    <message>
        <source>This journal is read-only, so nothing can be added.</source>
        <translation>Dieses Journal ist schreibgeschützt, daher kann nichts hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Start from an empty journal</source>
        <translation>Mit einem leeren Journal beginnen</translation>
    </message>
    <message>
        <source>Import a Debrief export</source>
        <translation>Einen Debrief-Export importieren</translation>
    </message>
    <message>
        <source>Debrief export ({pattern});;All files (*)</source>
        <translation>Debrief-Export ({pattern});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Journal imported</source>
        <translation>Journal importiert</translation>
    </message>
    <message>
        <source>Nothing recorded matches these filters. Try a wider date range, or another stage or company.</source>
        <translation>Nichts Erfasstes passt zu diesen Filtern. Versuchen Sie einen größeren Zeitraum, eine andere Stufe oder ein anderes Unternehmen.</translation>
    </message>
    <message>
        <source>No theme yet</source>
        <translation>Noch kein Thema</translation>
    </message>
    <message>
        <source>in 1 interview</source>
        <translation>in 1 Gespräch</translation>
    </message>
    <message>
        <source>in {n} interviews</source>
        <translation>in {n} Gesprächen</translation>
    </message>
    <message>
        <source>No feedback recorded yet. After your next debrief, the themes that come up will appear here, so you can see which ones keep returning.</source>
        <translation>Noch kein Feedback erfasst. Nach Ihrem nächsten Debrief erscheinen hier die Themen, die zur Sprache kommen, damit Sie sehen, welche immer wiederkehren.</translation>
    </message>
    <message>
        <source>What held you back, by theme</source>
        <translation>Was Sie zurückgehalten hat, nach Thema</translation>
    </message>
    <message>
        <source>Points that held you back</source>
        <translation>Punkte, die Sie zurückgehalten haben</translation>
    </message>
    <message>
        <source>Click a bar, or pick one with the arrow keys, to read exactly what was said.</source>
        <translation>Klicken Sie auf einen Balken oder wählen Sie ihn mit den Pfeiltasten, um genau zu lesen, was gesagt wurde.</translation>
    </message>
    <message>
        <source>Once feedback has a theme, this chart shows month by month how often each theme comes up, and whether it fades after you practise it.</source>
        <translation>Sobald Feedback ein Thema hat, zeigt dieses Diagramm Monat für Monat, wie oft jedes Thema vorkommt und ob es nachlässt, nachdem Sie es geübt haben.</translation>
    </message>
    <message>
        <source>Top themes over time</source>
        <translation>Die wichtigsten Themen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Top themes over time, by quarter</source>
        <translation>Die wichtigsten Themen im Zeitverlauf, nach Quartal</translation>
    </message>
    <message>
        <source>Action finished</source>
        <translation>Übung abgeschlossen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>★ marks when you finished an action on a theme, in that theme&apos;s colour.</source>
        <translation>★ markiert, wann Sie eine Übung zu einem Thema abgeschlossen haben, in der Farbe dieses Themas.</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Asked for feedback</source>
        <translation>Um Feedback gebeten</translation>
    </message>
    <message>
        <source>Feedback came</source>
        <translation>Feedback kam</translation>
    </message>
    <message>
        <source>Thanked for it</source>
        <translation>Dafür bedankt</translation>
    </message>
    <message>
        <source>{n} in time</source>
        <translation>{n} rechtzeitig</translation>
    </message>
    <message>
        <source>{n} clarified</source>
        <translation>{n} nachgefragt</translation>
    </message>
    <message>
        <source>Feedback came for {given} of the {asked} you asked about ({rate}%).</source>
        <translation>Sie haben für {asked} um Feedback gebeten und es für {given} davon bekommen ({rate} %).</translation>
    </message>
    <message>
        <source>The answer came the same day.</source>
        <translation>Die Antwort kam noch am selben Tag.</translation>
    </message>
    <message>
        <source>Half of the answers came the same day.</source>
        <translation>Die Hälfte der Antworten kam am selben Tag.</translation>
    </message>
    <message>
        <source>The answer came within {days}.</source>
        <translation>Die Antwort brauchte höchstens {days}.</translation>
    </message>
    <message>
        <source>Half of the answers came within {days}.</source>
        <translation>Die Hälfte der Antworten brauchte höchstens {days}.</translation>
    </message>
    <message>
        <source>Silence is common: many companies never reply, and it says little about you.</source>
        <translation>Schweigen ist häufig: Viele Unternehmen antworten nie, und das sagt wenig über Sie aus.</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Feedback erhalten</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <source>No interviews marked “not selected” yet. When one is, Debrief helps you ask for advice, and this chart follows each step: asking in time, hearing back, clarifying and saying thank you.</source>
        <translation>Noch keine Gespräche als „nicht ausgewählt“ markiert. Sobald eines so markiert ist, hilft Debrief Ihnen, um Rat zu bitten, und dieses Diagramm folgt jedem Schritt: rechtzeitig fragen, Antwort erhalten, nachfragen und Danke sagen.</translation>
    </message>
    <message>
        <source>From “not selected” to “thank you”</source>
        <translation>Von „nicht ausgewählt“ bis „Danke“</translation>
    </message>
    <message>
        <source>Asking for advice within a day of hearing gives the best chance of a reply.</source>
        <translation>Wer innerhalb eines Tages um Rat bittet, hat die besten Chancen auf eine Antwort.</translation>
    </message>
    <message>
        <source>once</source>
        <extracomment>At most this many entries per section, so the sheet stays one page.</extracomment>
        <translation>einmal</translation>
    </message>
    <message>
        <source>came up in {n}, {times} in all</source>
        <translation>kam insgesamt {times} zur Sprache, verteilt auf {n}</translation>
    </message>
    <message>
        <source>Idea: {suggestion}</source>
        <translation>Idee: {suggestion}</translation>
    </message>
    <message>
        <source>Themes that keep coming up</source>
        <translation>Themen, die immer wiederkehren</translation>
    </message>
    <message>
        <source>No theme has come up in more than one interview. Nothing keeps repeating.</source>
        <translation>Kein Thema kam in mehr als einem Gespräch vor. Nichts wiederholt sich.</translation>
    </message>
    <message>
        <source>Skills to practise</source>
        <extracomment>Open actions grouped by how they answer their point, in the order the sheet shows them.</extracomment>
        <translation>Fähigkeiten zum Üben</translation>
    </message>
    <message>
        <source>Strengths to show better next time</source>
        <translation>Stärken, die Sie nächstes Mal besser zeigen</translation>
    </message>
    <message>
        <source>Advice you are trying</source>
        <translation>Ratschläge, die Sie ausprobieren</translation>
    </message>
    <message>
        <source>What you are practising</source>
        <translation>Was Sie gerade üben</translation>
    </message>
    <message>
        <source>No open actions. After a debrief, each point that held you back can become something small to practise.</source>
        <translation>Keine offenen Übungen. Nach einem Debrief kann jeder Punkt, der Sie zurückgehalten hat, zu etwas Kleinem zum Üben werden.</translation>
    </message>
    <message>
        <source>You asked: {question}</source>
        <translation>Ihre Frage: {question}</translation>
    </message>
    <message>
        <source>Their example: {example}</source>
        <translation>Ihr Beispiel: {example}</translation>
    </message>
    <message>
        <source>What interviewers explained</source>
        <translation>Was Gesprächspartner erklärt haben</translation>
    </message>
    <message>
        <source>No clarifications yet. When feedback is unclear, asking for one specific example makes it much easier to act on.</source>
        <translation>Noch keine Nachfragen. Wenn Feedback unklar ist, hilft die Bitte um ein konkretes Beispiel sehr, etwas daraus zu machen.</translation>
    </message>
    <message>
        <source>praised {times} in {n}</source>
        <translation>{times} gelobt, verteilt auf {n}</translation>
    </message>
    <message>
        <source>Strengths to show again</source>
        <translation>Stärken, die Sie wieder zeigen sollten</translation>
    </message>
    <message>
        <source>No strength praised twice yet. Keep noting what went well: it is worth repeating.</source>
        <translation>Noch keine Stärke wurde zweimal gelobt. Notieren Sie weiter, was gut lief: Es lohnt sich, es zu wiederholen.</translation>
    </message>
    <message>
        <source>Advice they gave</source>
        <translation>Ratschläge, die man Ihnen gab</translation>
    </message>
    <message>
        <source>No advice noted yet. When they suggest something, it is worth trying.</source>
        <translation>Noch kein Rat notiert. Wenn jemand etwas vorschlägt, lohnt es sich, es auszuprobieren.</translation>
    </message>
    <message>
        <source>What went well, in their words</source>
        <translation>Was gut lief, in ihren Worten</translation>
    </message>
    <message>
        <source>No praise noted yet. Keep noting what went well: it is worth repeating.</source>
        <translation>Noch kein Lob notiert. Notieren Sie weiter, was gut lief: Es lohnt sich, es zu wiederholen.</translation>
    </message>
    <message>
        <source>Before your next interview</source>
        <translation>Vor Ihrem nächsten Gespräch</translation>
    </message>
    <message>
        <source>Prepared by Debrief on {date}, from your own journal.</source>
        <translation>Von Debrief am {date} erstellt, aus Ihrem eigenen Journal.</translation>
    </message>
    <message>
        <source>Each point is one informed person&apos;s view, not a verdict on you. Pick one theme to show differently next time, and let the rest wait.</source>
        <translation>Jeder Punkt ist die Sicht einer kundigen Person, kein Urteil über Sie. Wählen Sie ein Thema, das Sie nächstes Mal anders zeigen, und lassen Sie den Rest warten.</translation>
    </message>
    <message>
        <source>…and {n} more in your journal.</source>
        <translation>…und {n} weitere in Ihrem Journal.</translation>
    </message>
    <message>
        <source>Choose how you were told to see when to ask.</source>
        <translation>Wählen Sie, wie Sie benachrichtigt wurden, um zu sehen, bis wann Sie fragen sollten.</translation>
    </message>
    <message>
        <source>Ask by {due}: {message}</source>
        <translation>Fragen Sie bis {due}: {message}</translation>
    </message>
    <message>
        <source>The 24 hours run from when you checked the status.</source>
        <translation>Die 24 Stunden laufen ab dem Zeitpunkt, an dem Sie den Stand erfragt haben.</translation>
    </message>
    <message>
        <source>✓ Asked in time.</source>
        <translation>✓ Rechtzeitig gefragt.</translation>
    </message>
    <message>
        <source>Asked after the deadline. It still counts, and it was still worth asking.</source>
        <translation>Nach Ablauf der Frist gefragt. Es zählt trotzdem, und es war trotzdem richtig zu fragen.</translation>
    </message>
    <message>
        <source>This reads as a polite “we don&apos;t give feedback”. That is common and not about you: the answer is recorded as declined, with a short thank-you below.</source>
        <translation>Das liest sich wie ein höfliches „Wir geben kein Feedback“. Das ist häufig und hat nichts mit Ihnen zu tun: Die Antwort wird als abgelehnt erfasst, mit einem kurzen Dank darunter.</translation>
    </message>
    <message>
        <source>This reads as a general reason rather than feedback on your interview. One narrow, friendly question often brings something you can use:</source>
        <translation>Das liest sich eher wie ein allgemeiner Grund als wie Feedback zu Ihrem Gespräch. Eine enge, freundliche Frage bringt oft etwas, womit Sie arbeiten können:</translation>
    </message>
    <message>
        <source>Debrief found 1 point. Check its kind, theme and words, then add it.</source>
        <translation>Debrief hat 1 Punkt gefunden. Prüfen Sie Art, Thema und Wortlaut und fügen Sie ihn dann hinzu.</translation>
    </message>
    <message>
        <source>Debrief found {n} points. Untick any that are not feedback, fix a kind, theme or word where needed, then add them.</source>
        <translation>Debrief hat {n} Punkte gefunden. Entfernen Sie das Häkchen bei allem, was kein Feedback ist, korrigieren Sie wo nötig Art, Thema oder Wortlaut und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>Ask {company} for feedback</source>
        <extracomment>QTimer counts milliseconds in a signed 32-bit int (about 24.8 days); a later moment is reached in hops, each of which only re-reads the rules.</extracomment>
        <translation>{company} um Feedback bitten</translation>
    </message>
    <message>
        <source>Follow up with {company}</source>
        <translation>Bei {company} nachfragen</translation>
    </message>
    <message>
        <source>Prepare for {company}, round {round}</source>
        <translation>Vorbereitung auf {company}, Runde {round}</translation>
    </message>
    <message>
        <source>Open actions before {company}</source>
        <translation>Offene Übungen vor {company}</translation>
    </message>
    <message>
        <source>Debrief</source>
        <extracomment>A reminder fell due and there is no tray to show it: the window shows it (Reminder). The last notification shown: Qt&apos;s messageClicked does not say which was clicked.</extracomment>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Show Debrief</source>
        <translation>Debrief anzeigen</translation>
    </message>
    <message>
        <source>What is &amp;due</source>
        <translation>Was &amp;fällig ist</translation>
    </message>
    <message>
        <source>Nothing is due now</source>
        <translation>Jetzt ist nichts fällig</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale Runde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>Waiting to hear</source>
        <translation>Warte auf Antwort</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Per Brief</translation>
    </message>
    <message>
        <source>Never told</source>
        <translation>Nie benachrichtigt</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Feedback erhalten</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Ask by {when}</source>
        <translation>Fragen bis {when}</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>The interviewer gave you feedback.</source>
        <translation>Die Person aus dem Gespräch hat Ihnen Feedback gegeben.</translation>
    </message>
    <message>
        <source>You asked for feedback; no answer has come yet.</source>
        <translation>Sie haben um Feedback gebeten; eine Antwort ist noch nicht gekommen.</translation>
    </message>
    <message>
        <source>You asked, and no answer came. That is common.</source>
        <translation>Sie haben gefragt, und es kam keine Antwort. Das ist häufig.</translation>
    </message>
    <message>
        <source>They chose not to give feedback. That is a normal answer.</source>
        <translation>Man hat sich entschieden, kein Feedback zu geben. Das ist eine ganz normale Antwort.</translation>
    </message>
    <message>
        <source>Asking within a day of hearing the news works best.</source>
        <translation>Am besten fragen Sie innerhalb eines Tages, nachdem Sie die Nachricht erhalten haben.</translation>
    </message>
    <message>
        <source>No feedback asked for yet. Asking late still helps.</source>
        <translation>Noch nicht um Feedback gebeten. Auch spätes Fragen hilft noch.</translation>
    </message>
    <message>
        <source>{step} (double-click or press Enter).</source>
        <translation>{step} (Doppelklick oder Eingabe drücken).</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>Held me back</source>
        <translation>Hat mich zurückgehalten</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>True weakness</source>
        <translation>Echte Schwäche</translation>
    </message>
    <message>
        <source>Impression I gave</source>
        <translation>Eindruck, den ich hinterließ</translation>
    </message>
    <message>
        <source>Disagree (noted only)</source>
        <translation>Anderer Meinung (nur notiert)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Practising</source>
        <translation>Wird geübt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Continue debrief: notice</source>
        <translation>Debrief fortsetzen: Nachricht</translation>
    </message>
    <message>
        <source>Continue debrief: ask</source>
        <translation>Debrief fortsetzen: Fragen</translation>
    </message>
    <message>
        <source>Continue debrief: listen</source>
        <translation>Debrief fortsetzen: Zuhören</translation>
    </message>
    <message>
        <source>Continue debrief: clarify</source>
        <translation>Debrief fortsetzen: Nachfragen</translation>
    </message>
    <message>
        <source>Continue debrief: thank</source>
        <translation>Debrief fortsetzen: Danken</translation>
    </message>
    <message>
        <source>Continue debrief: improve</source>
        <translation>Debrief fortsetzen: Besser werden</translation>
    </message>
    <message>
        <source>1 · Badly</source>
        <translation>1 · Schlecht</translation>
    </message>
    <message>
        <source>2 · Not great</source>
        <translation>2 · Nicht so gut</translation>
    </message>
    <message>
        <source>3 · OK</source>
        <translation>3 · In Ordnung</translation>
    </message>
    <message>
        <source>4 · Well</source>
        <translation>4 · Gut</translation>
    </message>
    <message>
        <source>5 · Very well</source>
        <translation>5 · Sehr gut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Asked via</source>
        <translation>Gefragt über</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What to practise</source>
        <translation>Was zu üben ist</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Interviewer&apos;s name</source>
        <translation>Name der Gesprächsperson</translation>
    </message>
    <message>
        <source>Your name and sign-off</source>
        <translation>Ihr Name und Gruß</translation>
    </message>
    <message>
        <source>{label} is needed.</source>
        <translation>{label} wird benötigt.</translation>
    </message>
    <message>
        <source>{label} is too long to store; please shorten it.</source>
        <translation>{label} ist zu lang zum Speichern; bitte kürzen Sie es.</translation>
    </message>
    <message>
        <source>{label} is not a real calendar date.</source>
        <translation>{label} ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <source>{label} is a time of day such as 09:30 or 14:00.</source>
        <translation>{label} ist eine Uhrzeit wie 09:30 oder 14:00.</translation>
    </message>
    <message>
        <source>{label} should be between 1950 and five years from now.</source>
        <translation>{label} sollte zwischen 1950 und fünf Jahren ab heute liegen.</translation>
    </message>
    <message>
        <source>{label} is a number from 1 to 5.</source>
        <translation>{label} ist eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>{label} contains characters that cannot be stored.</source>
        <translation>{label} enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <source>{label} has a value Debrief does not know.</source>
        <translation>{label} hat einen Wert, den Debrief nicht kennt.</translation>
    </message>
    <message>
        <source>{label} can be there only once; this file has more than one.</source>
        <translation>{label} darf nur einmal vorkommen; diese Datei enthält mehr als einen Eintrag.</translation>
    </message>
    <message>
        <source>This application has ended, so there is no next round to add yet. If they invited you back, set its outcome to “Waiting to hear” first (F2).</source>
        <translation>Diese Bewerbung ist abgeschlossen, darum gibt es noch keine nächste Runde. Wenn Sie wieder eingeladen wurden, setzen Sie das Ergebnis zuerst auf „Warte auf Antwort“ (F2).</translation>
    </message>
    <message>
        <source>{label} could not be saved.</source>
        <translation>{label} konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Which vocabulary turns a stored code into words, per column name.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Spät</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} von {total}</translation>
    </message>
    <message>
        <source>Choose which column holds the {target} before importing.</source>
        <extracomment>A row with a company and a date but no role still imports, with this role, because the row is worth keeping and the user can edit the role later. The UI may pass a translated text to preview_import instead. Stage of a row whose file does not say which stage it reached. Rows checked between two reports of progress (and chances to cancel) in a preview.</extracomment>
        <translation>Wählen Sie vor dem Import, welche Spalte „{target}“ enthält.</translation>
    </message>
    <message>
        <source>Row {row} was saved but never applied for, so there is no interview to record.</source>
        <translation>Zeile {row} wurde gemerkt, aber nie beworben, daher gibt es kein Gespräch zu erfassen.</translation>
    </message>
    <message>
        <source>Row {row} has no company.</source>
        <translation>Zeile {row} hat kein Unternehmen.</translation>
    </message>
    <message>
        <source>Row {row} has no date.</source>
        <translation>Zeile {row} hat kein Datum.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not a date Debrief can read.</source>
        <translation>Zeile {row}: „{value}“ ist kein Datum, das Debrief lesen kann.</translation>
    </message>
    <message>
        <source>Row {row}: the date {value} is too far in the past or the future.</source>
        <translation>Zeile {row}: Das Datum {value} liegt zu weit in der Vergangenheit oder Zukunft.</translation>
    </message>
    <message>
        <source>Row {row}: the {target} is longer than Debrief accepts.</source>
        <translation>Zeile {row}: „{target}“ ist länger, als Debrief annimmt.</translation>
    </message>
    <message>
        <source>Row {row}: the {target} holds characters Debrief cannot store.</source>
        <translation>Zeile {row}: „{target}“ enthält Zeichen, die Debrief nicht speichern kann.</translation>
    </message>
    <message>
        <source>Row {row}: the {target} is not valid.</source>
        <translation>Zeile {row}: „{target}“ ist nicht gültig.</translation>
    </message>
    <message>
        <source>Row {row} is already in your journal ({company}, {date}).</source>
        <translation>Zeile {row} ist schon in Ihrem Journal ({company}, {date}).</translation>
    </message>
    <message>
        <source>Row {row} repeats row {first}.</source>
        <translation>Zeile {row} wiederholt Zeile {first}.</translation>
    </message>
    <message>
        <source>Row {row} was left out: its “{column}” runs on over the next lines of the file, as if a closing quote mark were missing, so it may hold the rows after it. Add the missing quote mark in the file, then import it again.</source>
        <translation>Zeile {row} wurde ausgelassen: Ihre Spalte „{column}“ läuft über die nächsten Zeilen der Datei weiter, als fehlte ein schließendes Anführungszeichen, und enthält daher vielleicht die folgenden Zeilen. Ergänzen Sie das fehlende Anführungszeichen in der Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>The import was cancelled and nothing was added: {detail}.</source>
        <translation>Der Import wurde abgebrochen, und es wurde nichts hinzugefügt: {detail}.</translation>
    </message>
    <message>
        <source>{n} feedback points</source>
        <translation>{n} Feedback-Punkte</translation>
    </message>
    <message>
        <source>1 feedback point</source>
        <translation>1 Feedback-Punkt</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Runde {n}</translation>
    </message>
    <message>
        <source>found via {source}</source>
        <translation>gefunden über {source}</translation>
    </message>
    <message>
        <source>applied {day}</source>
        <translation>beworben am {day}</translation>
    </message>
    <message>
        <source>Application: {n} rounds</source>
        <translation>Bewerbung: {n} Runden</translation>
    </message>
    <message>
        <source>Debrief journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Debrief-Journale (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Journal öffnen</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Journal</translation>
    </message>
    <message>
        <source>Add to calen&amp;dar…</source>
        <translation>In den Kalen&amp;der eintragen…</translation>
    </message>
    <message>
        <source>Save the deadline as a calendar event with a reminder</source>
        <translation>Die Frist als Kalendertermin mit Erinnerung speichern</translation>
    </message>
    <message>
        <source>No deadline to add</source>
        <translation>Keine Frist zum Eintragen</translation>
    </message>
    <message>
        <source>There is no ask deadline still ahead: when you were told by phone, the call was the moment, and once the 24 hours have passed asking late still helps.</source>
        <translation>Es gibt keine Frist zum Fragen mehr, die noch bevorsteht: Wenn Sie es telefonisch erfahren haben, war das Telefonat der richtige Moment, und wenn die 24 Stunden vorbei sind, hilft spätes Fragen trotzdem noch.</translation>
    </message>
    <message>
        <source>Add the deadline to your calendar</source>
        <translation>Die Frist in Ihren Kalender eintragen</translation>
    </message>
    <message>
        <source>Debrief could not write {path} ({detail}).</source>
        <translation>Debrief konnte {path} nicht schreiben ({detail}).</translation>
    </message>
    <message>
        <source>Deadline saved</source>
        <translation>Frist gespeichert</translation>
    </message>
    <message>
        <source>Saved to {path}. Open it with your calendar app: the event reminds you before the 24 hours end, and adding it again updates the same event.</source>
        <translation>In {path} gespeichert. Öffnen Sie die Datei mit Ihrer Kalender-App: Der Termin erinnert Sie, bevor die 24 Stunden enden, und erneutes Eintragen aktualisiert denselben Termin.</translation>
    </message>
    <message>
        <source>Someone not named yet</source>
        <translation>Jemand, dessen Name noch fehlt</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <source>asked, waiting for a reply</source>
        <translation>gefragt, wartet auf Antwort</translation>
    </message>
    <message>
        <source>replied, debrief under way</source>
        <translation>geantwortet, Debrief läuft</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>gefragt</translation>
    </message>
    <message>
        <source>{who}: {where}</source>
        <translation>{who}: {where}</translation>
    </message>
    <message>
        <source>Continue which conversation?</source>
        <translation>Welches Gespräch fortsetzen?</translation>
    </message>
    <message>
        <source>You asked more than one person. Whose conversation would you like to go on with?</source>
        <translation>Sie haben mehr als eine Person gefragt. Mit wessen Gespräch möchten Sie weitermachen?</translation>
    </message>
    <message>
        <source>Round {round} for {role}, {when}{how}.</source>
        <translation>Runde {round} für {role}, {when}{how}.</translation>
    </message>
    <message>
        <source>You will meet {people}.</source>
        <translation>Sie treffen {people}.</translation>
    </message>
    <message>
        <source>Before your {company} interview</source>
        <translation>Vor Ihrem Gespräch bei {company}</translation>
    </message>
    <message>
        <source>Round {round} of this application</source>
        <translation>Runde {round} dieser Bewerbung</translation>
    </message>
    <message>
        <source>{role}, round {round}</source>
        <translation>{role}, Runde {round}</translation>
    </message>
    <message>
        <source>Interviewers: {names}</source>
        <translation>Gesprächspartner: {names}</translation>
    </message>
    <message>
        <source>No feedback noted for this round.</source>
        <translation>Für diese Runde ist kein Feedback notiert.</translation>
    </message>
    <message>
        <source>you have met them before, {times}</source>
        <translation>Sie haben diese Person schon {times} getroffen</translation>
    </message>
    <message>
        <source>What you learned about {company} before</source>
        <translation>Was Sie bisher über {company} erfahren haben</translation>
    </message>
    <message>
        <source>This is your first interview with {company}: nothing to look back on yet. Everything below comes from your other interviews.</source>
        <translation>Das ist Ihr erstes Gespräch bei {company}: Es gibt noch nichts, worauf Sie zurückblicken können. Alles Weitere unten stammt aus Ihren anderen Gesprächen.</translation>
    </message>
    <message>
        <source>open since today</source>
        <translation>offen seit heute</translation>
    </message>
    <message>
        <source>open for 1 day</source>
        <translation>seit 1 Tag offen</translation>
    </message>
    <message>
        <source>open for {n} days</source>
        <translation>seit {n} Tagen offen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Debrief adds “{suffix}” to the name you typed, and {name} is already in {folder}. Replace it?</source>
        <translation>Debrief hängt „{suffix}“ an den eingegebenen Namen an, und {name} liegt bereits in {folder}. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Request for advice: e-mail</source>
        <translation>Bitte um Rat: E-Mail</translation>
    </message>
    <message>
        <source>Request for advice: call script</source>
        <translation>Bitte um Rat: Gesprächsleitfaden für den Anruf</translation>
    </message>
    <message>
        <source>Request for advice: LinkedIn message</source>
        <translation>Bitte um Rat: LinkedIn-Nachricht</translation>
    </message>
    <message>
        <source>Request for advice: voicemail</source>
        <translation>Bitte um Rat: Sprachnachricht</translation>
    </message>
    <message>
        <source>Thank-you: e-mail</source>
        <translation>Dank: E-Mail</translation>
    </message>
    <message>
        <source>Thank-you: call script</source>
        <translation>Dank: Gesprächsleitfaden für den Anruf</translation>
    </message>
    <message>
        <source>Thanks anyway, when they decline: e-mail</source>
        <translation>Trotzdem danken, wenn abgelehnt wird: E-Mail</translation>
    </message>
    <message>
        <source>Follow-up after no reply: e-mail</source>
        <translation>Nachfrage, wenn keine Antwort kommt: E-Mail</translation>
    </message>
    <message>
        <source>{title}, through an agency</source>
        <translation>{title}, über eine Personalvermittlung</translation>
    </message>
    <message>
        <source>Debrief does not know how to fill {names}. Check the spelling against the list of placeholders below.</source>
        <translation>Debrief weiß nicht, wie es {names} ausfüllen soll. Prüfen Sie die Schreibweise anhand der Liste der Platzhalter unten.</translation>
    </message>
    <message>
        <source>Your edited copy could not be read.</source>
        <translation>Ihre bearbeitete Fassung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your edited copy is empty.</source>
        <translation>Ihre bearbeitete Fassung ist leer.</translation>
    </message>
    <message>
        <source>Your edited copy is longer than a message can be.</source>
        <translation>Ihre bearbeitete Fassung ist länger, als eine Nachricht sein kann.</translation>
    </message>
    <message>
        <source>A template needs some words before it can be saved.</source>
        <translation>Eine Vorlage braucht etwas Text, bevor sie gespeichert werden kann.</translation>
    </message>
    <message>
        <source>This is longer than a message can be.</source>
        <translation>Das ist länger, als eine Nachricht sein kann.</translation>
    </message>
    <message>
        <source>{why} This draft uses the original template; “Edit template…” can mend yours.</source>
        <translation>{why} Dieser Entwurf verwendet die ursprüngliche Vorlage; mit „Vorlage bearbeiten…“ können Sie Ihre reparieren.</translation>
    </message>
    <message>
        <source>Keep Debrief in the tray?</source>
        <translation>Debrief im Infobereich behalten?</translation>
    </message>
    <message>
        <source>Reminders are still to come (deadlines, follow-ups, rounds). Debrief can stay in the tray and tell you when they are due. You can change this in Settings, and Quit in the tray menu always ends Debrief.</source>
        <translation>Es stehen noch Erinnerungen an (Fristen, Nachfragen, Runden). Debrief kann im Infobereich bleiben und Ihnen Bescheid geben, wenn sie fällig sind. Sie können das in den Einstellungen ändern, und „Beenden“ im Menü des Infobereichs beendet Debrief immer.</translation>
    </message>
    <message>
        <source>&amp;Keep in tray</source>
        <translation>Im Infobereich &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Be&amp;enden</translation>
    </message>
    <message>
        <source>Debrief is still here, in the tray, for your reminders.</source>
        <translation>Debrief ist noch da, im Infobereich, für Ihre Erinnerungen.</translation>
    </message>
    <message>
        <source>Change &amp;what I think of this…</source>
        <extracomment>The kinds of point a verdict applies to: praise needs none.</extracomment>
        <translation>Meine &amp;Einschätzung dazu ändern…</translation>
    </message>
    <message>
        <source>Weakness, impression, or disagree with a note ({keys})</source>
        <translation>Schwäche, Eindruck oder einer Notiz widersprechen ({keys})</translation>
    </message>
    <message>
        <source>Change what I think of this…</source>
        <translation>Meine Einschätzung dazu ändern…</translation>
    </message>
    <message>
        <source>the person you write to</source>
        <extracomment>Every placeholder a template may hold, and what it stands for (English, for tr()). Marked with N_() so lupdate files them: unmarked, the template window listed them in English under a German title.</extracomment>
        <translation>die Person, an die Sie schreiben</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>die Stelle</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>das Unternehmen</translation>
    </message>
    <message>
        <source>the interview&apos;s date</source>
        <translation>das Datum des Gesprächs</translation>
    </message>
    <message>
        <source>“on 3 March 2026”, or “recently”</source>
        <translation>„on 3 March 2026“ oder „recently“</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>your signature, or “Best regards,” and your name</source>
        <translation>Ihre Signatur, oder „Best regards,“ und Ihr Name</translation>
    </message>
    <message>
        <source>one thing they said</source>
        <translation>eine Sache, die sie gesagt haben</translation>
    </message>
    <message>
        <source>a sentence saying you have another interview soon, when one is coming up</source>
        <translation>ein Satz, dass bald ein weiteres Gespräch ansteht, wenn eines ansteht</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>A private journal that turns interview rejections into better interviews.</source>
        <translation>Ein privates Journal, das aus Absagen bessere Vorstellungsgespräche macht.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation>Ihr Journal:</translation>
    </message>
    <message>
        <source>Open the folder that holds the journal</source>
        <translation>Den Ordner öffnen, der das Journal enthält</translation>
    </message>
    <message>
        <source>Debrief is free software: you may share and change it under the {link}. It comes with no warranty.</source>
        <translation>Debrief ist freie Software: Sie dürfen sie unter der {link} weitergeben und verändern. Sie wird ohne jede Gewährleistung geliefert.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, Version 3 oder neuer</translation>
    </message>
    <message>
        <source>Qt {qt}, Python {python}</source>
        <translation>Qt {qt}, Python {python}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Neues Gespräch…</translation>
    </message>
    <message>
        <source>Add an interview to the journal</source>
        <translation>Ein Gespräch ins Journal eintragen</translation>
    </message>
    <message>
        <source>&amp;Edit interview…</source>
        <translation>Gespräch &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected interview (F2 or Enter)</source>
        <translation>Das ausgewählte Gespräch bearbeiten (F2 oder Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Delete interview…</source>
        <translation>Gespräch &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected interview and its feedback</source>
        <translation>Das ausgewählte Gespräch und sein Feedback löschen</translation>
    </message>
    <message>
        <source>&amp;Record rejection…</source>
        <translation>&amp;Absage erfassen…</translation>
    </message>
    <message>
        <source>Not selected? Walk through asking for feedback and learning from it</source>
        <translation>Nicht ausgewählt? Schritt für Schritt um Feedback bitten und daraus lernen</translation>
    </message>
    <message>
        <source>Add the next interview round to the selected application</source>
        <translation>Die nächste Gesprächsrunde zur ausgewählten Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Nachrichten&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Rewrite the requests and thank-you notes in your own voice</source>
        <translation>Die Anfragen und Dankesnachrichten in Ihren eigenen Worten neu schreiben</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring interviews in from another tracker&apos;s CSV file</source>
        <translation>Gespräche aus der CSV-Datei eines anderen Trackers übernehmen</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>Alles e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the whole journal as one JSON file</source>
        <translation>Das ganze Journal als eine JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Save one CSV file per table, for spreadsheets</source>
        <translation>Eine CSV-Datei pro Tabelle speichern, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Add next ro&amp;und</source>
        <translation>Nächste &amp;Runde hinzufügen</translation>
    </message>
    <message>
        <source>Export as C&amp;SV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save deadlines, follow-ups and upcoming interviews for your calendar app</source>
        <translation>Fristen, Nachfragen und anstehende Gespräche für Ihre Kalender-App speichern</translation>
    </message>
    <message>
        <source>&amp;Load a JSON export…</source>
        <translation>JSON-Export la&amp;den…</translation>
    </message>
    <message>
        <source>Fill this empty journal from a Debrief JSON export</source>
        <translation>Dieses leere Journal aus einem Debrief-JSON-Export füllen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>Back up now, or restore an earlier copy</source>
        <translation>Jetzt sichern oder eine frühere Kopie wiederherstellen</translation>
    </message>
    <message>
        <source>New &amp;journal…</source>
        <translation>Neues &amp;Journal…</translation>
    </message>
    <message>
        <source>Start a separate, empty journal file</source>
        <translation>Eine eigene, leere Journaldatei beginnen</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>Journal ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another journal file</source>
        <translation>Eine andere Journaldatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Be&amp;enden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change to an interview or an action</source>
        <translation>Die letzte Änderung an einem Gespräch oder einer Übung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Make the change you took back again</source>
        <translation>Die zurückgenommene Änderung erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Reminders on this computer, and your name and sign-off</source>
        <translation>Erinnerungen auf diesem Computer sowie Ihr Name und Ihr Gruß</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter interviews by company, role, notes or what was said</source>
        <translation>Gespräche nach Unternehmen, Stelle, Notizen oder dem Gesagten filtern</translation>
    </message>
    <message>
        <source>&amp;Group rounds</source>
        <translation>Runden &amp;gruppieren</translation>
    </message>
    <message>
        <source>Show each application&apos;s rounds together, the application named once</source>
        <translation>Die Runden jeder Bewerbung zusammen zeigen, die Bewerbung nur einmal genannt</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message>
        <source>Charts of the themes that keep coming up, and how asking went</source>
        <translation>Diagramme der Themen, die immer wiederkehren, und wie das Fragen lief</translation>
    </message>
    <message>
        <source>&amp;Prep sheet</source>
        <translation>&amp;Vorbereitungsblatt</translation>
    </message>
    <message>
        <source>A one-page summary to read before your next interview</source>
        <translation>Eine einseitige Übersicht zum Lesen vor Ihrem nächsten Gespräch</translation>
    </message>
    <message>
        <source>Prepare for this &amp;round…</source>
        <translation>Auf diese &amp;Runde vorbereiten…</translation>
    </message>
    <message>
        <source>The prep sheet, titled for the selected round</source>
        <translation>Das Vorbereitungsblatt, mit dem Titel der ausgewählten Runde</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command that has keys, and its keys</source>
        <translation>Jeder Befehl, der Tasten hat, und seine Tasten</translation>
    </message>
    <message>
        <source>&amp;Guide to the practice</source>
        <translation>&amp;Anleitung zur Praxis</translation>
    </message>
    <message>
        <source>How to ask for feedback, listen, and learn from it</source>
        <translation>Wie Sie um Feedback bitten, zuhören und daraus lernen</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>Ü&amp;ber Debrief</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <extracomment>Menus in order, each a list of command names; None is a separator.</extracomment>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>AskAlsoRow</name>
    <message>
        <source>Ask {name} as &amp;well</source>
        <translation>{name} &amp;ebenfalls fragen</translation>
    </message>
    <message>
        <source>Drafts this request to {name} too, as a separate request</source>
        <translation>Entwirft diese Anfrage auch an {name}, als eigene Anfrage</translation>
    </message>
    <message>
        <source>Your request to {name} is drafted. When this debrief is done, “Continue debrief” on this interview opens it, ready to send.</source>
        <translation>Ihre Anfrage an {name} ist entworfen. Wenn dieses Debrief abgeschlossen ist, öffnet „Debrief fortsetzen“ bei diesem Gespräch sie, bereit zum Senden.</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Ask for advice</source>
        <translation>Um Rat bitten</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@unternehmen.de</translation>
    </message>
    <message>
        <source>By e-m&amp;ail</source>
        <translation>Per E-M&amp;ail</translation>
    </message>
    <message>
        <source>By p&amp;hone</source>
        <translation>&amp;Telefonisch</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Ihre Anfrage</translation>
    </message>
    <message>
        <source>I have as&amp;ked them</source>
        <translation>Ich habe ge&amp;fragt</translation>
    </message>
    <message>
        <source>When you asked</source>
        <translation>Wann Sie gefragt haben</translation>
    </message>
    <message>
        <source>Your name and si&amp;gn-off…</source>
        <translation>Ihr &amp;Name und Gruß…</translation>
    </message>
    <message>
        <source>Through a &amp;recruiter</source>
        <translation>Über eine &amp;Personalvermittlung</translation>
    </message>
    <message>
        <source>The interview came through a recruitment agency: the draft asks your recruiter to pass the request on to the hiring team.</source>
        <translation>Das Gespräch kam über eine Personalvermittlung zustande: Der Entwurf bittet Ihren Recruiter, die Anfrage an das einstellende Team weiterzugeben.</translation>
    </message>
    <message>
        <source>Edi&amp;t template…</source>
        <translation>V&amp;orlage bearbeiten…</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Gesprächspartner:</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Not asked yet? Close the wizard: your draft waits in “Continue debrief”.</source>
        <translation>Noch nicht gefragt? Schließen Sie den Assistenten: Ihr Entwurf wartet unter „Debrief fortsetzen“.</translation>
    </message>
    <message>
        <source>Ask how you could improve, not why you were not chosen: people like giving advice more than defending decisions.</source>
        <translation>Fragen Sie, wie Sie besser werden können, nicht, warum Sie nicht genommen wurden: Menschen geben lieber Rat, als Entscheidungen zu verteidigen.</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <source>As a &amp;LinkedIn message</source>
        <translation>Als &amp;LinkedIn-Nachricht</translation>
    </message>
    <message>
        <source>As a &amp;voicemail</source>
        <translation>Als &amp;Sprachnachricht</translation>
    </message>
    <message>
        <source>Recru&amp;iter:</source>
        <translation>&amp;Recruiter:</translation>
    </message>
    <message>
        <source>{used} of {limit} characters</source>
        <translation>{used} von {limit} Zeichen</translation>
    </message>
    <message>
        <source>{used} of {limit} characters: LinkedIn needs {over} fewer</source>
        <translation>{used} von {limit} Zeichen: LinkedIn braucht {over} weniger</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>The backup file (a pathlib.Path) the user confirmed to restore.</extracomment>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Debrief keeps copies of your journal in {folder}. It makes one by itself when you start it and the last copy is over a week old, and keeps the {keep} newest.</source>
        <translation>Debrief bewahrt Kopien Ihres Journals in {folder} auf. Es legt selbst eine an, wenn Sie es starten und die letzte Kopie älter als eine Woche ist, und behält die {keep} neuesten.</translation>
    </message>
    <message>
        <source>No backups yet. “Back up now” makes the first one.</source>
        <translation>Noch keine Sicherungen. „Jetzt sichern“ legt die erste an.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Open backups folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Replace the journal with the selected backup, after backing it up</source>
        <translation>Das Journal durch die ausgewählte Sicherung ersetzen, nachdem es selbst gesichert wurde</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Backing up the journal</source>
        <translation>Das Journal wird gesichert</translation>
    </message>
    <message>
        <source>The backup was cancelled; no copy was made.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde keine Kopie angelegt.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gesichert in {path}</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore the backup made on {when}?</source>
        <translation>Die Sicherung vom {when} wiederherstellen?</translation>
    </message>
    <message>
        <source>Your journal will be replaced by this copy, so anything added after it was made will not be in it. Debrief first backs up your journal as it is now, so you can come back to it from this list. The journal closes and opens again.</source>
        <translation>Ihr Journal wird durch diese Kopie ersetzt, daher fehlt darin alles, was danach hinzukam. Debrief sichert Ihr Journal zuerst so, wie es jetzt ist, damit Sie über diese Liste dorthin zurückkehren können. Das Journal wird geschlossen und wieder geöffnet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
</context>
<context>
    <name>ClarifyPage</name>
    <message>
        <source>Clarify</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Where something was unclear, did you ask for an example? Both are optional.</source>
        <translation>Haben Sie um ein Beispiel gebeten, wo etwas unklar war? Beides ist freiwillig.</translation>
    </message>
    <message>
        <source>e.g. Could you give me an example of when I came across that way?</source>
        <translation>z. B. Können Sie mir ein Beispiel nennen, wann ich so gewirkt habe?</translation>
    </message>
    <message>
        <source>What they described, as they put it</source>
        <translation>Was beschrieben wurde, in den Worten der Person</translation>
    </message>
    <message>
        <source>Click, or press Enter, to use this question</source>
        <translation>Klicken oder Eingabe drücken, um diese Frage zu verwenden</translation>
    </message>
    <message>
        <source>S&amp;uggested questions (click or press Enter to use one):</source>
        <translation>&amp;Vorgeschlagene Fragen (klicken oder Eingabe drücken, um eine zu verwenden):</translation>
    </message>
    <message>
        <source>&amp;Question you asked:</source>
        <translation>Ihre &amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Example they gave:</source>
        <translation>&amp;Beispiel, das genannt wurde:</translation>
    </message>
    <message>
        <source>A calm “Could you give me an example?” turns a vague impression into something you can work on, and shows you are listening, not arguing.</source>
        <translation>Ein ruhiges „Können Sie mir ein Beispiel nennen?“ macht aus einem vagen Eindruck etwas, woran Sie arbeiten können, und zeigt, dass Sie zuhören statt zu streiten.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%n CSV file(s)</source>
        <translation>
            <numerusform>%n CSV-Datei</numerusform>
            <numerusform>%n CSV-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung</numerusform>
            <numerusform>%n Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback point(s)</source>
        <translation>
            <numerusform>%n Feedback-Punkt</numerusform>
            <numerusform>%n Feedback-Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to practise</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applications (share of the %n not selected)</source>
        <translation>
            <numerusform>Bewerbungen (Anteil an der %n Absage)</numerusform>
            <numerusform>Bewerbungen (Anteil an den %n Absagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>Which way round are the dates?</source>
        <translation>Wie herum stehen die Daten?</translation>
    </message>
    <message>
        <source>Not sure? In the other app, look at an interview from the 13th day of a month or later: if it shows 25/03, its dates are day first; if it shows 03/25, month first.</source>
        <translation>Nicht sicher? Sehen Sie sich in der anderen App ein Gespräch ab dem 13. eines Monats an: Steht dort 25/03, steht der Tag vorn; steht dort 03/25, der Monat.</translation>
    </message>
    <message>
        <source>In this file a date such as {value} can be read two ways. Choose how the app or spreadsheet you exported from writes dates.</source>
        <translation>In dieser Datei lässt sich ein Datum wie {value} auf zwei Arten lesen. Wählen Sie, wie die App oder Tabelle, aus der Sie exportiert haben, Daten schreibt.</translation>
    </message>
    <message>
        <source>&amp;Day first: {value} is {date}</source>
        <translation>&amp;Tag zuerst: {value} ist der {date}</translation>
    </message>
    <message>
        <source>&amp;Month first: {value} is {date}</source>
        <translation>&amp;Monat zuerst: {value} ist der {date}</translation>
    </message>
    <message>
        <source>Some dates in this file only make sense day first and others only month first. Rows whose date does not fit your choice are skipped, and the next step lists them.</source>
        <translation>Manche Daten in dieser Datei ergeben nur mit dem Tag zuerst Sinn, andere nur mit dem Monat zuerst. Zeilen, deren Datum nicht zu Ihrer Wahl passt, werden übersprungen; der nächste Schritt listet sie auf.</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>kein gültiges Datum</translation>
    </message>
</context>
<context>
    <name>DebriefCommands</name>
    <message>
        <source>&amp;Continue debrief…</source>
        <translation>Debrief f&amp;ortsetzen…</translation>
    </message>
    <message>
        <source>Debrief a&amp;gain…</source>
        <translation>Debrief erneut s&amp;tarten…</translation>
    </message>
    <message>
        <source>&amp;Record rejection…</source>
        <translation>&amp;Absage erfassen…</translation>
    </message>
    <message>
        <source>Ask again?</source>
        <translation>Noch einmal fragen?</translation>
    </message>
    <message>
        <source>You already finished a debrief for this interview. Start another one, for example to ask a second interviewer?</source>
        <translation>Sie haben für dieses Gespräch schon ein Debrief abgeschlossen. Ein weiteres beginnen, zum Beispiel um eine zweite Person zu fragen?</translation>
    </message>
</context>
<context>
    <name>DeclinedPanel</name>
    <message>
        <source>I &amp;thanked them for their time anyway</source>
        <translation>Ich habe mich trotzdem für die Zeit be&amp;dankt</translation>
    </message>
    <message>
        <source>Your thank-you anyway</source>
        <translation>Ihr Dank trotzdem</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Rounds of this application</source>
        <extracomment>The most lines the summary and rounds take before they scroll.</extracomment>
        <translation>Runden dieser Bewerbung</translation>
    </message>
    <message>
        <source>Feedback points</source>
        <translation>Feedback-Punkte</translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation>Feedback-Anfragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Demnächst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Improvement actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Select an interview to see who you met and what they said.</source>
        <translation>Wählen Sie ein Gespräch, um zu sehen, wen Sie getroffen haben und was gesagt wurde.</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>noch niemand erfasst</translation>
    </message>
    <message>
        <source>Interviewers: {people}</source>
        <translation>Gesprächspartner: {people}</translation>
    </message>
    <message>
        <source>This round is still ahead. “Prepare for this round” (Ctrl+Shift+P) shows what came up before and what you are practising.</source>
        <translation>Diese Runde liegt noch vor Ihnen. „Auf diese Runde vorbereiten“ (Strg+Umschalt+P) zeigt, was bisher zur Sprache kam und was Sie gerade üben.</translation>
    </message>
    <message>
        <source>No feedback recorded for this interview yet. When they answer, Continue debrief (Ctrl+R) helps you note what they said.</source>
        <translation>Für dieses Gespräch ist noch kein Feedback erfasst. Wenn die Antwort kommt, hilft Ihnen „Debrief fortsetzen“ (Strg+R), das Gesagte festzuhalten.</translation>
    </message>
    <message>
        <source>No feedback recorded for this interview yet. Your request is drafted but not sent: Continue debrief (Ctrl+R) opens it.</source>
        <translation>Für dieses Gespräch ist noch kein Feedback erfasst. Ihre Anfrage ist entworfen, aber nicht gesendet: „Debrief fortsetzen“ (Strg+R) öffnet sie.</translation>
    </message>
    <message>
        <source>No feedback points were recorded for this interview.</source>
        <translation>Für dieses Gespräch wurden keine Feedbackpunkte erfasst.</translation>
    </message>
    <message>
        <source>No feedback recorded for this interview yet. If you were not selected, a short, polite request for advice often gets an answer.</source>
        <translation>Zu diesem Gespräch ist noch kein Feedback erfasst. Wenn Sie nicht ausgewählt wurden, bringt eine kurze, höfliche Bitte um Rat oft eine Antwort.</translation>
    </message>
    <message>
        <source>No actions yet. After a debrief, each point that held you back becomes something to practise before the next interview.</source>
        <translation>Noch keine Übungen. Nach einem Debrief wird jeder Punkt, der Sie zurückgehalten hat, zu etwas, das Sie vor dem nächsten Gespräch üben.</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message>
        <source>Feedback points on the chosen theme</source>
        <extracomment>The table&apos;s columns, named as in vocabulary.headers() so they share its translations.</extracomment>
        <translation>Feedback-Punkte zum gewählten Thema</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;h2&gt;Your journal is empty&lt;/h2&gt;&lt;p&gt;Start with the last interview you had: the company, the role and how it went. When an interview does not lead to an offer, Debrief walks you through asking for feedback within a day, and turns what you hear into things to practise.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ihr Journal ist leer&lt;/h2&gt;&lt;p&gt;Beginnen Sie mit Ihrem letzten Gespräch: dem Unternehmen, der Stelle und wie es lief. Wenn ein Gespräch nicht zu einem Angebot führt, begleitet Debrief Sie dabei, innerhalb eines Tages um Feedback zu bitten, und macht aus dem, was Sie hören, Übungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add your first interview</source>
        <translation>Ihr erstes Gespräch &amp;eintragen</translation>
    </message>
    <message>
        <source>Import from another tracker (CSV)…</source>
        <translation>Aus einem anderen Tracker importieren (CSV)…</translation>
    </message>
    <message>
        <source>How this works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <source>A short guide to asking for feedback and learning from it</source>
        <translation>Eine kurze Anleitung: um Feedback bitten und daraus lernen</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>O&amp;pen recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Journal öffnen</translation>
    </message>
    <message>
        <source>Debrief journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Debrief-Journale (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Journal</translation>
    </message>
    <message>
        <source>Debrief journals (*.sqlite3)</source>
        <translation>Debrief-Journale (*.sqlite3)</translation>
    </message>
    <message>
        <source>No other journals yet</source>
        <translation>Noch keine anderen Journale</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>Bring in interviews from another job tracker or a spreadsheet saved as CSV. Nothing is added to your journal until the last step.</source>
        <translation>Übernehmen Sie Gespräche aus einem anderen Job-Tracker oder einer als CSV gespeicherten Tabelle. Bis zum letzten Schritt wird nichts in Ihr Journal eingetragen.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Debrief recognises exports from JobSync, Huntr, Teal, JustAJobApp, Reactive Resume and Simplify, and most spreadsheets with columns such as Company, Role and Date. Choose a file to see its first rows here.</source>
        <translation>Debrief erkennt Exporte aus JobSync, Huntr, Teal, JustAJobApp, Reactive Resume und Simplify sowie die meisten Tabellen mit Spalten wie Unternehmen, Stelle und Datum. Wählen Sie eine Datei, um hier ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Import interviews from CSV</source>
        <translation>Gespräche aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keep it as &amp;UTF-8 and show each unreadable byte as �</source>
        <translation>Als &amp;UTF-8 belassen und jedes unlesbare Byte als � zeigen</translation>
    </message>
    <message>
        <source>Read the whole file as &amp;Windows-1252 (Western European)</source>
        <translation>Die ganze Datei als &amp;Windows-1252 (westeuropäisch) lesen</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Die Datei wird gelesen</translation>
    </message>
    <message>
        <source>Reading the file was stopped. Choose it again to read it.</source>
        <translation>Das Lesen der Datei wurde angehalten. Wählen Sie sie erneut, um sie zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds {rows} and {columns}, shown as the file has them:</source>
        <translation>{name} enthält {rows} und {columns}, so gezeigt, wie sie in der Datei stehen:</translation>
    </message>
    <message>
        <source>{name} holds {rows} and {columns}. Here are the first {shown}, as the file has them:</source>
        <translation>{name} enthält {rows} und {columns}. Hier sind die ersten {shown}, so wie sie in der Datei stehen:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide to the practice — Debrief</source>
        <translation>Anleitung zur Praxis — Debrief</translation>
    </message>
    <message>
        <source>Guide to the practice</source>
        <translation>Anleitung zur Praxis</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import interviews</source>
        <extracomment>Buttons that wait while the wizard&apos;s work runs (the progress dialog has Cancel).</extracomment>
        <translation>Gespräche importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>This journal is read-only, so nothing can be imported into it.</source>
        <translation>Dieses Journal ist schreibgeschützt, daher kann nichts hineinimportiert werden.</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Die Zeilen werden geprüft</translation>
    </message>
</context>
<context>
    <name>ImprovePage</name>
    <message>
        <source>Improve</source>
        <extracomment>The verdicts a criticism can get, and the two an advice point can get (&quot;use&quot; is stored as no verdict: advice needs no judgement to be tried).</extracomment>
        <translation>Besser werden</translation>
    </message>
    <message>
        <source>A point is either a true weakness, or an impression you gave by not showing a strength. Both are worth working on: one by practice, one by presentation.</source>
        <translation>Ein Punkt ist entweder eine echte Schwäche oder ein Eindruck, den Sie hinterlassen haben, weil eine Stärke nicht sichtbar wurde. Beides lohnt sich: das eine durch Üben, das andere durch bessere Darstellung.</translation>
    </message>
    <message>
        <source>A t&amp;rue weakness: a skill to practise</source>
        <translation>Eine echte Sc&amp;hwäche: eine Fähigkeit zum Üben</translation>
    </message>
    <message>
        <source>An &amp;impression I gave: a strength to show better</source>
        <translation>Ein &amp;Eindruck, den ich hinterließ: eine Stärke, die ich besser zeigen kann</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;use this advice</source>
        <translation>Ich &amp;nehme diesen Rat an</translation>
    </message>
    <message>
        <source>I &amp;disagree (noted, no action)</source>
        <translation>Ich sehe es &amp;anders (notiert, keine Übung)</translation>
    </message>
    <message>
        <source>Something concrete to do before next time</source>
        <translation>Etwas Konkretes bis zum nächsten Mal</translation>
    </message>
    <message>
        <source>The new action</source>
        <translation>Die neue Übung</translation>
    </message>
    <message>
        <source>Noted, and left there: no action. It is still worth remembering how it came across. You can change your mind later.</source>
        <translation>Notiert und dabei belassen: keine Übung. Es lohnt sich trotzdem, sich zu merken, wie es ankam. Sie können es sich später anders überlegen.</translation>
    </message>
    <message>
        <source>e.g. They only saw one answer; my portfolio shows it</source>
        <translation>z. B. Sie haben nur eine Antwort gesehen; mein Portfolio zeigt es</translation>
    </message>
    <message>
        <source>&amp;Why, in a few words (for you only):</source>
        <translation>&amp;Warum, in wenigen Worten (nur für Sie):</translation>
    </message>
    <message>
        <source>Looking back, it was:</source>
        <translation>Im Rückblick war es:</translation>
    </message>
    <message>
        <source>A new action (below)</source>
        <translation>Eine neue Übung (unten)</translation>
    </message>
    <message>
        <source>Keep working on: {action}</source>
        <translation>Weiter üben: {action}</translation>
    </message>
    <message>
        <source>&amp;Practise:</source>
        <translation>&amp;Üben:</translation>
    </message>
    <message>
        <source>&amp;Show it next time:</source>
        <translation>Nächstes Mal &amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Try:</source>
        <translation>&amp;Ausprobieren:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>Insights — Debrief</source>
        <translation>Einblicke — Debrief</translation>
    </message>
    <message>
        <source>Prep sheet…</source>
        <translation>Vorbereitungsblatt…</translation>
    </message>
    <message>
        <source>A one-page summary to read before your next interview</source>
        <translation>Eine einseitige Übersicht zum Lesen vor Ihrem nächsten Gespräch</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Click a bar above to read exactly what was said on that theme.</source>
        <translation>Klicken Sie oben auf einen Balken, um genau zu lesen, was zu diesem Thema gesagt wurde.</translation>
    </message>
    <message>
        <source>The chart is saved as {path}.</source>
        <translation>Das Diagramm ist als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation>Diagramm gespeichert</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Debrief could not write {path} ({detail}). Any picture saved there before is unchanged. Try another folder.</source>
        <translation>Debrief konnte {path} nicht schreiben ({detail}). Ein dort früher gespeichertes Bild ist unverändert. Versuchen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>InterviewCommands</name>
    <message>
        <source>Next round added. Press F2 to set its date.</source>
        <translation>Nächste Runde hinzugefügt. Drücken Sie F2, um ihr Datum einzutragen.</translation>
    </message>
    <message>
        <source>Delete interview?</source>
        <translation>Gespräch löschen?</translation>
    </message>
    <message>
        <source>Delete the interview for {role} at {company}, with its interviewers, feedback requests and feedback points? You can bring it back with Edit → Undo (Ctrl+Z).</source>
        <translation>Das Gespräch für {role} bei {company} mit seinen Gesprächspartnern, Feedback-Anfragen und Feedback-Punkten löschen? Sie können es mit Bearbeiten → Rückgängig (Strg+Z) zurückholen.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Northwind Traders</source>
        <translation>z. B. Northwind Traders</translation>
    </message>
    <message>
        <source>e.g. Data analyst</source>
        <translation>z. B. Datenanalyst/in</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>e.g. 14:30 (optional)</source>
        <translation>z. B. 14:30 (optional)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>e.g. a job board, a referral, a recruiter</source>
        <translation>z. B. eine Jobbörse, eine Empfehlung, eine Personalvermittlung</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (optional)</source>
        <translation>jjjj-mm-tt (optional)</translation>
    </message>
    <message>
        <source>Job posting address (optional)</source>
        <translation>Adresse der Stellenanzeige (optional)</translation>
    </message>
    <message>
        <source>What was asked, what you answered, how it felt</source>
        <translation>Was gefragt wurde, was Sie geantwortet haben, wie es sich anfühlte</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Uh&amp;rzeit:</translation>
    </message>
    <message>
        <source>Stag&amp;e reached:</source>
        <translation>Erreichte S&amp;tufe:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>How it &amp;felt:</source>
        <translation>&amp;Gefühl dabei:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Found &amp;via:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>A&amp;pplied on:</source>
        <translation>&amp;Beworben am:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>Gesprächs&amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spe&amp;ichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>&amp;Add interviewer</source>
        <translation>Gesprächspartner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove intervie&amp;wer</source>
        <translation>Gesprächspartner ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>InterviewFilter</name>
    <message>
        <source>Filter by company, role, notes or what was said (Ctrl+F)</source>
        <translation>Nach Unternehmen, Stelle, Notizen oder dem Gesagten filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter interviews</source>
        <translation>Gespräche filtern</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>How did they answer?</source>
        <translation>Wie wurde geantwortet?</translation>
    </message>
    <message>
        <source>They &amp;gave feedback</source>
        <translation>Es gab &amp;Feedback</translation>
    </message>
    <message>
        <source>They &amp;declined</source>
        <translation>Es wurde a&amp;bgelehnt</translation>
    </message>
    <message>
        <source>No reply &amp;yet</source>
        <translation>&amp;Noch keine Antwort</translation>
    </message>
    <message>
        <source>Points they made</source>
        <translation>Genannte Punkte</translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve point</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>e.g. Enthusiasm, or type a new theme</source>
        <translation>z. B. Begeisterung, oder ein neues Thema eingeben</translation>
    </message>
    <message>
        <source>Their words, as they said them</source>
        <translation>Die Worte der Person, wie sie gesagt wurden</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>What they &amp;said:</source>
        <translation>Was &amp;gesagt wurde:</translation>
    </message>
    <message>
        <source>While they talk: listen, write their words down as said, and don&apos;t debate, even where you disagree. It is one informed person&apos;s view of how you came across, and exactly what you asked for.</source>
        <translation>Während die Person spricht: zuhören, ihre Worte so aufschreiben, wie sie gesagt werden, und nicht diskutieren, auch wenn Sie anderer Meinung sind. Es ist die Sicht einer kundigen Person darauf, wie Sie gewirkt haben, und genau das, worum Sie gebeten haben.</translation>
    </message>
    <message>
        <source>That happens often, and it is not about you: many interviewers are not allowed to give feedback, or worry it could turn into a debate. Asking was still right, and it is recorded. A short thank-you keeps the door open; Finish closes this debrief.</source>
        <translation>Das kommt oft vor und hat nichts mit Ihnen zu tun: Viele Gesprächspartner dürfen kein Feedback geben oder fürchten eine Debatte. Zu fragen war trotzdem richtig, und es ist erfasst. Ein kurzer Dank hält die Tür offen; „Fertigstellen“ schließt dieses Debrief ab.</translation>
    </message>
    <message>
        <source>Silence is the most common answer, so this is normal. Finish to record it; the debrief stays open, and “Continue debrief” brings you back here if they reply.</source>
        <translation>Schweigen ist die häufigste Antwort, das ist also normal. Schließen Sie ab, um es zu erfassen; das Debrief bleibt offen, und „Debrief fortsetzen“ bringt Sie hierher zurück, falls eine Antwort kommt.</translation>
    </message>
    <message>
        <source>So far in your journal, {asked}, {given}, {no_reply} and {declined}.</source>
        <translation>Bisher in Ihrem Journal, {asked}: {given}, {no_reply} und {declined}.</translation>
    </message>
    <message numerus="yes">
        <source>of %n request(s)</source>
        <translation>
            <numerusform>von %n Anfrage</numerusform>
            <numerusform>von %n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got feedback</source>
        <translation>
            <numerusform>%n mit Feedback</numerusform>
            <numerusform>%n mit Feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got no reply</source>
        <translation>
            <numerusform>%n ohne Antwort</numerusform>
            <numerusform>%n ohne Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Points found in their reply are waiting: add the ticked ones first (with none ticked, nothing is added).</source>
        <translation>Punkte aus der Antwort warten noch: Fügen Sie zuerst die angehakten hinzu (ohne Häkchen wird nichts hinzugefügt).</translation>
    </message>
    <message>
        <source>Add at least one thing they said, in their words. If they have not answered yet, choose “No reply yet”.</source>
        <translation>Fügen Sie mindestens eine Sache hinzu, die gesagt wurde, in den Worten der Person. Wenn noch keine Antwort kam, wählen Sie „Noch keine Antwort“.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interviews</source>
        <extracomment>The state icon (16 px, state_icons.py) and the gap after it. Company and role share what the coded columns leave (column_fit.py).</extracomment>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Debrief — {path}</source>
        <extracomment>the user chose another journal file to open (or create); the session switches. the user chose a backup to restore; the session closes, restores and reopens.</extracomment>
        <translation>Debrief — {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not selected</source>
        <translation>
            <numerusform>%n nicht ausgewählt</numerusform>
            <numerusform>%n nicht ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with feedback</source>
        <translation>
            <numerusform>%n mit Feedback</numerusform>
            <numerusform>%n mit Feedback</numerusform>
        </translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>No interviews match “{text}”. Press Esc to clear the filter.</source>
        <translation>Keine Gespräche passen zu „{text}“. Drücken Sie Esc, um den Filter zu leeren.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <extracomment>The order the fields are listed in: what identifies an interview first.</extracomment>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Tell Debrief which column holds each detail. Columns it recognised are already chosen; the company and the date are needed, the rest is optional.</source>
        <translation>Sagen Sie Debrief, welche Spalte welche Angabe enthält. Erkannte Spalten sind schon gewählt; Unternehmen und Datum werden benötigt, der Rest ist optional.</translation>
    </message>
    <message>
        <source>&amp;Company (needed):</source>
        <translation>&amp;Unternehmen (benötigt):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>&amp;Date (needed):</source>
        <translation>&amp;Datum (benötigt):</translation>
    </message>
    <message>
        <source>Sta&amp;ge reached:</source>
        <translation>Erreichte S&amp;tufe:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Date a&amp;pplied (if no date):</source>
        <translation>Datum der &amp;Bewerbung (falls kein Datum):</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Not in this file</source>
        <translation>Nicht in dieser Datei</translation>
    </message>
    <message>
        <source>e.g. {value}</source>
        <translation>z. B. {value}</translation>
    </message>
    <message>
        <source>Check that each detail comes from the right column, then continue. Details set to “Not in this file” stay empty and can be filled in later.</source>
        <translation>Prüfen Sie, ob jede Angabe aus der richtigen Spalte kommt, und fahren Sie dann fort. Angaben mit „Nicht in dieser Datei“ bleiben leer und können später ergänzt werden.</translation>
    </message>
    <message>
        <source>Choose which columns hold the company and the date: Debrief needs both for every interview.</source>
        <translation>Wählen Sie, welche Spalten das Unternehmen und das Datum enthalten: Debrief braucht beides für jedes Gespräch.</translation>
    </message>
    <message>
        <source>Choose which column holds the company: Debrief needs it for every interview.</source>
        <translation>Wählen Sie, welche Spalte das Unternehmen enthält: Debrief braucht es für jedes Gespräch.</translation>
    </message>
    <message>
        <source>Choose which column holds the date: Debrief needs it for every interview.</source>
        <translation>Wählen Sie, welche Spalte das Datum enthält: Debrief braucht es für jedes Gespräch.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>&amp;Subject:</source>
        <extracomment>The fewest lines of the message always in view.</extracomment>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Still to fill in: {gaps}.</source>
        <translation>Noch auszufüllen: {gaps}.</translation>
    </message>
    <message>
        <source>Copied. Paste it wherever you write to them.</source>
        <translation>Kopiert. Fügen Sie den Text dort ein, wo Sie der Person schreiben.</translation>
    </message>
    <message>
        <source>Opened in your mail app. Check it, then send.</source>
        <translation>Im Mailprogramm geöffnet. Prüfen Sie die Nachricht und senden Sie sie dann.</translation>
    </message>
    <message>
        <source>No mail app is set up here, so the message is copied instead: paste it into your e-mail, webmail included.</source>
        <translation>Hier ist kein E-Mail-Programm eingerichtet, deshalb wurde die Nachricht kopiert: Fügen Sie sie in Ihre E-Mail ein, auch ins Webmail.</translation>
    </message>
</context>
<context>
    <name>NoReplyPanel</name>
    <message>
        <source>I &amp;sent the follow-up</source>
        <translation>Ich habe &amp;nachgefragt</translation>
    </message>
    <message>
        <source>When you sent the follow-up</source>
        <translation>Wann Sie nachgefragt haben</translation>
    </message>
    <message>
        <source>&amp;Close this request kindly: count it as silence</source>
        <translation>Diese Anfrage freundlich &amp;schließen: als Schweigen zählen</translation>
    </message>
    <message>
        <source>Your follow-up</source>
        <translation>Ihre Nachfrage</translation>
    </message>
    <message>
        <source>Give them time: people are busy. If nothing comes by {day}, one short, polite follow-up is fine.</source>
        <translation>Geben Sie Zeit: Die Leute sind beschäftigt. Wenn bis {day} nichts kommt, ist eine kurze, höfliche Nachfrage in Ordnung.</translation>
    </message>
    <message>
        <source>Five working days have passed. One short follow-up is fine, and only one: here is a draft that lets them off kindly.</source>
        <translation>Fünf Arbeitstage sind vergangen. Eine kurze Nachfrage ist in Ordnung, und nur eine: Hier ist ein Entwurf, der der Person freundlich die Wahl lässt.</translation>
    </message>
    <message>
        <source>You followed up; that was the last nudge. If nothing comes by {day}, it is time to let this one go.</source>
        <translation>Sie haben nachgefragt; das war der letzte Anstoß. Wenn bis {day} nichts kommt, ist es Zeit, diese Anfrage loszulassen.</translation>
    </message>
    <message>
        <source>No reply after a follow-up. That is common and says nothing about you. Close it kindly: it counts as silence and Debrief will not remind you again.</source>
        <translation>Keine Antwort nach einer Nachfrage. Das ist häufig und sagt nichts über Sie. Schließen Sie sie freundlich: Sie zählt als Schweigen, und Debrief erinnert Sie nicht mehr daran.</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>How did you hear?</source>
        <translation>Wie haben Sie es erfahren?</translation>
    </message>
    <message>
        <source>By &amp;phone</source>
        <translation>&amp;Telefonisch</translation>
    </message>
    <message>
        <source>By &amp;e-mail</source>
        <translation>Per &amp;E-Mail</translation>
    </message>
    <message>
        <source>By &amp;letter</source>
        <translation>Per &amp;Brief</translation>
    </message>
    <message>
        <source>Ne&amp;ver told</source>
        <translation>&amp;Nie benachrichtigt</translation>
    </message>
    <message>
        <source>Many companies never say. Before asking for feedback, check where things stand: a short, friendly note to the recruiter or your interviewer is enough (“I wanted to follow up on my interview for the role. Is there any news?”).</source>
        <translation>Viele Unternehmen melden sich nie. Bevor Sie um Feedback bitten, klären Sie den Stand: Eine kurze, freundliche Nachricht an die Personalabteilung oder Ihre Gesprächsperson genügt („Ich wollte mich zu meinem Gespräch für die Stelle melden. Gibt es schon Neuigkeiten?“).</translation>
    </message>
    <message>
        <source>Once they confirm, enter when you checked below: your 24 hours for asking for advice start then.</source>
        <translation>Sobald es bestätigt ist, tragen Sie unten ein, wann Sie nachgefragt haben: Ab dann laufen Ihre 24 Stunden, um um Rat zu bitten.</translation>
    </message>
    <message>
        <source>How were you told?</source>
        <translation>Wie wurden Sie benachrichtigt?</translation>
    </message>
    <message>
        <source>Not being chosen is the usual outcome: most openings draw many strong candidates and hire one. What you can still get is advice, and it is most often given to people who ask soon and kindly.</source>
        <translation>Nicht ausgewählt zu werden ist der übliche Ausgang: Auf die meisten Stellen bewerben sich viele starke Leute, und eine Person wird eingestellt. Was Sie trotzdem bekommen können, ist Rat, und den bekommt am ehesten, wer bald und freundlich fragt.</translation>
    </message>
    <message>
        <source>{role} at {company}. Record the moment you learned it.</source>
        <translation>{role} bei {company}. Halten Sie fest, wann Sie es erfahren haben.</translation>
    </message>
    <message>
        <source>When you &amp;checked:</source>
        <translation>Wann Sie &amp;nachgefragt haben:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>W&amp;ann:</translation>
    </message>
</context>
<context>
    <name>PointList</name>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>PointReader</name>
    <message>
        <source>Selected feedback point</source>
        <translation>Ausgewählter Feedback-Punkt</translation>
    </message>
    <message>
        <source>Clarification:</source>
        <translation>Nachfrage:</translation>
    </message>
</context>
<context>
    <name>PrepSheetDialog</name>
    <message>
        <source>Prep sheet — Debrief</source>
        <translation>Vorbereitungsblatt — Debrief</translation>
    </message>
    <message>
        <source>Prep sheet</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern…</translation>
    </message>
    <message>
        <source>Save prep sheet</source>
        <translation>Vorbereitungsblatt speichern</translation>
    </message>
    <message>
        <source>The prep sheet is saved as {path}.</source>
        <translation>Das Vorbereitungsblatt ist als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Prep sheet saved</source>
        <translation>Vorbereitungsblatt gespeichert</translation>
    </message>
    <message>
        <source>Could not save the prep sheet</source>
        <translation>Das Vorbereitungsblatt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Debrief could not write {path} ({detail}). Any sheet saved there before is unchanged. Try another folder.</source>
        <translation>Debrief konnte {path} nicht schreiben ({detail}). Ein dort früher gespeichertes Blatt ist unverändert. Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the prep sheet</source>
        <translation>Das Vorbereitungsblatt wird gespeichert</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be added</source>
        <extracomment>Rows the columns are sized to: measuring all of a big file would hold up the window.</extracomment>
        <translation>Prüfen, was hinzugefügt wird</translation>
    </message>
    <message>
        <source>Nothing has been added yet. Import adds all of these at once, or none.</source>
        <translation>Noch wurde nichts hinzugefügt. „Importieren“ fügt alle auf einmal hinzu, oder keines.</translation>
    </message>
    <message>
        <source>Interviews that will be added</source>
        <translation>Gespräche, die hinzugefügt werden</translation>
    </message>
    <message>
        <source>Rows that will be skipped, and why:</source>
        <translation>Zeilen, die übersprungen werden, und warum:</translation>
    </message>
    <message>
        <source>Rows that will be skipped</source>
        <translation>Zeilen, die übersprungen werden</translation>
    </message>
    <message>
        <source>Role not recorded</source>
        <translation>Stelle nicht erfasst</translation>
    </message>
    <message>
        <source>The check was stopped before it finished, so nothing can be imported yet. Go Back, then Next to check the rows again.</source>
        <translation>Die Prüfung wurde vor dem Ende angehalten, daher kann noch nichts importiert werden. Gehen Sie zurück und dann auf Weiter, um die Zeilen erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Debrief does not know these statuses, so those interviews are marked “{waiting}”; you can change them later: {statuses}</source>
        <translation>Debrief kennt diese Status nicht, daher werden die Gespräche als „{waiting}“ markiert; Sie können das später ändern: {statuses}</translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation>Alles aus dieser Datei ist schon in Ihrem Journal.</translation>
    </message>
    <message>
        <source>No row of this file can be added; the reasons are listed below.</source>
        <translation>Keine Zeile dieser Datei kann hinzugefügt werden; die Gründe stehen unten.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) will be added to your journal.</source>
        <translation>
            <numerusform>%n Gespräch wird in Ihr Journal übernommen.</numerusform>
            <numerusform>%n Gespräche werden in Ihr Journal übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n Zeile wird übersprungen.</numerusform>
            <numerusform>%n Zeilen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing interviews</source>
        <translation>Gespräche werden importiert</translation>
    </message>
    <message>
        <source>The import was cancelled, so nothing was added. Import starts it again.</source>
        <translation>Der Import wurde abgebrochen, es wurde nichts hinzugefügt. Mit Importieren beginnt er von Neuem.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your name and sign-off</source>
        <translation>Ihr Name und Gruß</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Sam Park</source>
        <translation>z. B. Sam Park</translation>
    </message>
    <message>
        <source>Optional, e.g.
Kind regards,
Sam Park</source>
        <translation>Optional, z. B.
Viele Grüße
Sam Park</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>Your drafts sign off with these. They are kept in this journal only.</source>
        <translation>Ihre Entwürfe enden mit diesen Angaben. Sie werden nur in diesem Journal gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>&amp;Preferred way to ask:</source>
        <translation>&amp;Bevorzugter Weg zu fragen:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping and putting everything back as it was…</source>
        <translation>Wird angehalten, alles wird wieder wie vorher…</translation>
    </message>
</context>
<context>
    <name>RejectionWizard</name>
    <message>
        <source>Debrief: {role} at {company}</source>
        <translation>Debrief: {role} bei {company}</translation>
    </message>
    <message>
        <source>How this works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message numerus="yes">
        <source>%n empty point(s) had no words and so were left out.</source>
        <translation>
            <numerusform>%n leerer Punkt enthielt keine Worte und wurde daher weggelassen.</numerusform>
            <numerusform>%n leere Punkte enthielten keine Worte und wurden daher weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this debrief for later?</source>
        <translation>Dieses Debrief für später aufheben?</translation>
    </message>
    <message>
        <source>Everything you entered is kept, and the interview shows “Continue debrief” so you can pick up on this page.</source>
        <translation>Alles, was Sie eingegeben haben, bleibt erhalten, und das Gespräch zeigt „Debrief fortsetzen“, damit Sie auf dieser Seite weitermachen können.</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>Für später &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>ReplyPaste</name>
    <message>
        <source>Paste their e-mail, or your notes of the call, here. Greetings, signatures and quoted earlier mail are left out.</source>
        <translation>Fügen Sie hier die E-Mail oder Ihre Notizen vom Anruf ein. Grüße, Signaturen und zitierte ältere Mails werden weggelassen.</translation>
    </message>
    <message>
        <source>Their reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Read it into points</source>
        <translation>In &amp;Punkte zerlegen</translation>
    </message>
    <message>
        <source>Cop&amp;y the question</source>
        <translation>Frage &amp;kopieren</translation>
    </message>
    <message>
        <source>Add the ti&amp;cked points</source>
        <translation>Angehakte Punkte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Points found in their reply</source>
        <translation>In der Antwort gefundene Punkte</translation>
    </message>
    <message>
        <source>&amp;Their reply, pasted (optional):</source>
        <translation>Die &amp;Antwort, eingefügt (optional):</translation>
    </message>
    <message>
        <source>This paste is very long, so Debrief read its first part only. If the feedback is further down, paste just that part.</source>
        <translation>Dieser eingefügte Text ist sehr lang, daher hat Debrief nur den ersten Teil gelesen. Wenn das Feedback weiter unten steht, fügen Sie nur diesen Teil ein.</translation>
    </message>
    <message>
        <source>Nothing added: no point was ticked. Add points by hand below.</source>
        <translation>Nichts hinzugefügt: Kein Punkt war angehakt. Fügen Sie Punkte unten von Hand hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n point(s) below. You can still edit or remove each one.</source>
        <translation>
            <numerusform>%n Punkt unten hinzugefügt. Sie können ihn noch bearbeiten oder entfernen.</numerusform>
            <numerusform>%n Punkte unten hinzugefügt. Sie können jeden noch bearbeiten oder entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. Ask it in your reply, kindly and briefly.</source>
        <translation>Kopiert. Stellen Sie die Frage in Ihrer Antwort, freundlich und kurz.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Your journal is up to date.</source>
        <translation>Ihr Journal ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>These rows were not imported:</source>
        <translation>Diese Zeilen wurden nicht importiert:</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Added to your journal: %n interview(s).</source>
        <translation>
            <numerusform>In Ihr Journal übernommen: %n Gespräch.</numerusform>
            <numerusform>In Ihr Journal übernommen: %n Gespräche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n row(s).</source>
        <translation>
            <numerusform>Übersprungen: %n Zeile.</numerusform>
            <numerusform>Übersprungen: %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation>Jede Zeile der Datei wurde importiert.</translation>
    </message>
    <message>
        <source>The new interviews are in the main window. Add how each one felt, and when one did not lead to an offer, record it to ask for feedback.</source>
        <translation>Die neuen Gespräche stehen im Hauptfenster. Tragen Sie ein, wie sich jedes anfühlte, und wenn eines nicht zu einem Angebot führte, erfassen Sie es, um um Feedback zu bitten.</translation>
    </message>
</context>
<context>
    <name>RoundPrepDialog</name>
    <message>
        <source>Prep sheet for {company}, round {round} — Debrief</source>
        <translation>Vorbereitungsblatt für {company}, Runde {round} — Debrief</translation>
    </message>
</context>
<context>
    <name>SearchHint</name>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>what they said</source>
        <translation>was gesagt wurde</translation>
    </message>
    <message>
        <source>a clarification</source>
        <translation>eine Nachfrage</translation>
    </message>
    <message>
        <source>an action to practise</source>
        <translation>eine Übung</translation>
    </message>
    <message>
        <source>Found in: {places}</source>
        <translation>Gefunden in: {places}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Checking the backup</source>
        <extracomment>How long closing waits for a page check still reading (it takes ~50 ms per 10,000). (journal, JournalError | None) from the background page check, on the GUI thread. with no window open, what the user chose after a journal failed to open</extracomment>
        <translation>Die Sicherung wird geprüft</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Debrief</source>
        <translation>Einstellungen — Debrief</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;About you</source>
        <translation>&amp;Ihre Angaben</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Remind me of</source>
        <translation>Erinnern an</translation>
    </message>
    <message>
        <source>The ask &amp;deadline (4 hours and 1 hour before it passes)</source>
        <translation>Die &amp;Frist zum Fragen (4 Stunden und 1 Stunde vor Ablauf)</translation>
    </message>
    <message>
        <source>A &amp;follow-up when a request has no answer</source>
        <translation>Eine Nachfrage, wenn eine Anfrage &amp;unbeantwortet bleibt</translation>
    </message>
    <message>
        <source>An &amp;upcoming round (the day before)</source>
        <translation>Eine &amp;anstehende Runde (am Tag davor)</translation>
    </message>
    <message>
        <source>Open ac&amp;tions before a round</source>
        <translation>Offene Ü&amp;bungen vor einer Runde</translation>
    </message>
    <message>
        <source>&amp;Keep Debrief in the tray when the window is closed</source>
        <translation>Debrief im Infobereich be&amp;halten, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Reminders come while Debrief runs.</source>
        <translation>Erinnerungen kommen, solange Debrief läuft.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so reminders appear at the top of Debrief&apos;s window while it runs.</source>
        <translation>Diese Arbeitsfläche zeigt keine Symbole im Infobereich; Erinnerungen erscheinen darum oben in Debriefs Fenster, solange es läuft.</translation>
    </message>
    <message>
        <source>These choices are kept on this computer; Journal → Export calendar puts the same moments in your calendar app.</source>
        <translation>Diese Einstellungen werden auf diesem Computer gespeichert; Journal → Kalender exportieren trägt dieselben Zeitpunkte in Ihre Kalender-App ein.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Debrief</source>
        <translation>Tastenkürzel — Debrief</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message templates</source>
        <extracomment>a template was saved or restored: untouched drafts may be refilled</extracomment>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Placeholders Debrief fills in:</source>
        <translation>Platzhalter, die Debrief ausfüllt:</translation>
    </message>
    <message>
        <source>&amp;Save my version</source>
        <translation>Meine Version &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>Standard &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Write it in your own voice. Your version is kept on this computer and used for every new draft; “Restore default” brings Debrief&apos;s back. A first line “Subject: …” gives an e-mail its subject.</source>
        <translation>Schreiben Sie sie in Ihren eigenen Worten. Ihre Version wird auf diesem Computer gespeichert und für jeden neuen Entwurf verwendet; „Standard wiederherstellen“ holt die von Debrief zurück. Eine erste Zeile „Subject: …“ gibt einer E-Mail ihren Betreff.</translation>
    </message>
    <message>
        <source>Not saved yet: “Save my version” keeps it.</source>
        <translation>Noch nicht gespeichert: „Meine Version speichern“ behält sie.</translation>
    </message>
    <message>
        <source>Drafts use your version.</source>
        <translation>Entwürfe verwenden Ihre Version.</translation>
    </message>
    <message>
        <source>Drafts use Debrief&apos;s original.</source>
        <translation>Entwürfe verwenden das Original von Debrief.</translation>
    </message>
    <message>
        <source>Your version could not be saved ({reason}). The earlier one is kept.</source>
        <translation>Ihre Version konnte nicht gespeichert werden ({reason}). Die frühere bleibt erhalten.</translation>
    </message>
    <message>
        <source>Saved. New drafts use your version.</source>
        <translation>Gespeichert. Neue Entwürfe verwenden Ihre Version.</translation>
    </message>
    <message>
        <source>Your version could not be removed ({reason}).</source>
        <translation>Ihre Version konnte nicht entfernt werden ({reason}).</translation>
    </message>
    <message>
        <source>Restored. Drafts use Debrief&apos;s original again.</source>
        <translation>Wiederhergestellt. Entwürfe verwenden wieder das Original von Debrief.</translation>
    </message>
    <message>
        <source>Keep your changes?</source>
        <translation>Ihre Änderungen behalten?</translation>
    </message>
    <message numerus="yes">
        <source>You changed %n template(s) without saving.</source>
        <translation>
            <numerusform>Sie haben %n Vorlage geändert, ohne zu speichern.</numerusform>
            <numerusform>Sie haben %n Vorlagen geändert, ohne zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>ThankPage</name>
    <message>
        <source>Thank them</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Always thank them: they gave you their time and an honest view, and a kind close leaves the door open.</source>
        <translation>Bedanken Sie sich immer: Die Person hat Ihnen ihre Zeit und eine ehrliche Sicht geschenkt, und ein freundlicher Abschluss hält die Tür offen.</translation>
    </message>
    <message>
        <source>I &amp;thanked them</source>
        <translation>Ich habe mich be&amp;dankt</translation>
    </message>
    <message>
        <source>When you thanked them</source>
        <translation>Wann Sie sich bedankt haben</translation>
    </message>
    <message>
        <source>A note by e-m&amp;ail</source>
        <translation>Eine Nachricht per E-M&amp;ail</translation>
    </message>
    <message>
        <source>What to say on the p&amp;hone</source>
        <translation>Was Sie am &amp;Telefon sagen</translation>
    </message>
    <message>
        <source>Your thank-you</source>
        <translation>Ihr Dank</translation>
    </message>
    <message>
        <source>Thank-you draft:</source>
        <translation>Entwurf des Danks:</translation>
    </message>
    <message>
        <source>Even when a point stung, thanking them is right: you asked for their view, and they gave it.</source>
        <translation>Auch wenn ein Punkt wehgetan hat, ist Danken richtig: Sie haben um die Sicht der Person gebeten, und sie hat sie Ihnen gegeben.</translation>
    </message>
</context>
<context>
    <name>TimeCommands</name>
    <message>
        <source>This application has ended (not selected or withdrawn), so it has no next round. If it goes on after all, change its outcome first.</source>
        <translation>Diese Bewerbung ist beendet (Absage oder zurückgezogen), daher gibt es keine nächste Runde. Falls es doch weitergeht, ändern Sie zuerst ihr Ergebnis.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>Der Kalender wird exportiert</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Debrief could not read the journal ({detail}). Nothing was written.</source>
        <translation>Debrief konnte das Journal nicht lesen ({detail}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Kalender exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}. Import the file into your calendar app; importing it again later updates the same events.</source>
        <translation>
            <numerusform>%n Termin in {path} gespeichert. Importieren Sie die Datei in Ihre Kalender-App; ein späterer erneuter Import aktualisiert dieselben Termine.</numerusform>
            <numerusform>%n Termine in {path} gespeichert. Importieren Sie die Datei in Ihre Kalender-App; ein späterer erneuter Import aktualisiert dieselben Termine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>add interview at {company}</source>
        <translation>Gespräch bei {company} hinzufügen</translation>
    </message>
    <message>
        <source>edit interview at {company}</source>
        <translation>Gespräch bei {company} bearbeiten</translation>
    </message>
    <message>
        <source>add round {round} at {company}</source>
        <translation>Runde {round} bei {company} hinzufügen</translation>
    </message>
    <message>
        <source>delete interview at {company}</source>
        <translation>Gespräch bei {company} löschen</translation>
    </message>
    <message>
        <source>change of “{action}”</source>
        <translation>Änderung an „{action}“</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>Upcoming interview rounds</source>
        <translation>Anstehende Gesprächsrunden</translation>
    </message>
    <message>
        <source>{company}, round {round} on {day}</source>
        <translation>{company}, Runde {round} am {day}</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>What I think of this point</source>
        <translation>Meine Einschätzung zu diesem Punkt</translation>
    </message>
    <message>
        <source>They said: “{words}”</source>
        <translation>Gesagt wurde: „{words}“</translation>
    </message>
    <message>
        <source>A true &amp;weakness: a skill to practise</source>
        <translation>Eine echte &amp;Schwäche: eine Fähigkeit zum Üben</translation>
    </message>
    <message>
        <source>An &amp;impression I gave: a strength to show</source>
        <translation>Ein &amp;Eindruck, den ich hinterließ: eine Stärke zum Zeigen</translation>
    </message>
    <message>
        <source>I &amp;disagree: keep it with a note, no action</source>
        <translation>Ich bin &amp;anderer Meinung: mit einer Notiz behalten, ohne Übung</translation>
    </message>
    <message>
        <source>Why, in your words (optional)</source>
        <translation>Warum, in Ihren Worten (optional)</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Choose what you think of it now.</source>
        <translation>Wählen Sie, was Sie jetzt davon halten.</translation>
    </message>
    <message>
        <source>Its action “{action}” goes, unless you have done it.</source>
        <translation>Die Übung „{action}“ entfällt, sofern Sie sie nicht schon erledigt haben.</translation>
    </message>
    <message>
        <source>It keeps no action; your note stays with it.</source>
        <translation>Er behält keine Übung; Ihre Notiz bleibt bei ihm.</translation>
    </message>
    <message>
        <source>It keeps its action: “{action}”.</source>
        <translation>Er behält seine Übung: „{action}“.</translation>
    </message>
    <message>
        <source>It gets a new action: “{action}”.</source>
        <translation>Er bekommt eine neue Übung: „{action}“.</translation>
    </message>
</context>
<context>
    <name>WordingPanel</name>
    <message>
        <source>Wording suggestions</source>
        <extracomment>A problem&apos;s ground and words, light and dark: a warm note, never an alarm, and never a bright box on a dark window. Chosen as each check draws its blocks.</extracomment>
        <translation>Formulierungsvorschläge</translation>
    </message>
    <message>
        <source>“{quoted}”
{message}
Instead: “{suggestion}”</source>
        <translation>„{quoted}“
{message}
Stattdessen: „{suggestion}“</translation>
    </message>
    <message>
        <source>Use this instead</source>
        <translation>Stattdessen verwenden</translation>
    </message>
    <message>
        <source>Use instead: {0}</source>
        <translation>Stattdessen verwenden: {0}</translation>
    </message>
    <message>
        <source>Replace that sentence with: {0}</source>
        <translation>Diesen Satz ersetzen durch: {0}</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Leave out: {0}</source>
        <translation>Weglassen: {0}</translation>
    </message>
    <message>
        <source>Take this sentence out of the message</source>
        <translation>Diesen Satz aus der Nachricht nehmen</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>Getting ready…</source>
        <extracomment>Work that ends sooner than this never shows the dialog: it would only flicker. How often the dialog reads the work&apos;s progress (the work itself sends nothing).</extracomment>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>A few seconds left</source>
        <translation>Noch wenige Sekunden</translation>
    </message>
    <message>
        <source>About {n} seconds left</source>
        <translation>Noch etwa {n} Sekunden</translation>
    </message>
    <message>
        <source>About {n} minutes left</source>
        <translation>Noch etwa {n} Minuten</translation>
    </message>
</context>
<context>
    <name>WorkBlocker</name>
    <message>
        <source>Please wait until “{work}” has finished, or cancel it.</source>
        <extracomment>Commands that would clash with work on the journal: a second import or export, a backup or restore, and closing this journal for another.</extracomment>
        <translation>Bitte warten Sie, bis „{work}“ fertig ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Work still running</source>
        <translation>Es läuft noch etwas</translation>
    </message>
    <message>
        <source>“{work}” has not finished yet. Cancel it and quit? Nothing of it will be kept; your journal stays as it was before it started.</source>
        <translation>„{work}“ ist noch nicht fertig. Abbrechen und beenden? Davon wird nichts behalten; Ihr Journal bleibt, wie es vorher war.</translation>
    </message>
    <message>
        <source>Cancel it and quit</source>
        <translation>Abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
</TS>
