"""Labelled sentences for the wording checker; run this file to print precision and recall.

Each case is (text, flagged): flagged is True when the text questions or argues with the
decision, False when it is a polite request for advice. Run as
`python -m tests.journal.wording_cases` from the repository root.
"""

from __future__ import annotations

import sys

# Wording the checker must flag: questioning, comparing, reversing, blaming, arguing.
PROBLEMS: list[str] = [
    "Why wasn't I selected for the role?",
    "why wasnt i chosen",
    "Why was I not hired?",
    "Why wasn’t I picked for the next round?",
    "WHY WASN'T I SELECTED?",
    "Could you tell me why I wasn't successful this time?",
    "I'd like to understand why I was rejected.",
    "I don't understand why I didn't get the job.",
    "Can you explain why you chose someone else?",
    "How come I wasn't shortlisted for the final stage?",
    "What made you go with another candidate instead of me?",
    "What did the person you hired have that I didn't?",
    "Was the other candidate more qualified than me?",
    "How did I compare to the candidate you selected?",
    "Why did you pick him over me?",
    "Please reconsider your decision.",
    "I would be grateful if you could reconsider my application.",
    "Is there any chance the decision could be reversed?",
    "I hope you might change your mind once you see my portfolio.",
    "Could you take another look at my application?",
    "I think you made a mistake.",
    "Rejecting me was a mistake, in my opinion.",
    "The decision seems unfair to me.",
    "Honestly, this feels really unfair.",
    "I believe you got it wrong about my experience.",
    "I think the panel misjudged my technical skills.",
    "I disagree with your decision.",
    "I strongly disagree.",
    "I respectfully disagree with the panel's assessment.",
    "I don't agree with the outcome at all.",
    "Could you justify the decision?",
    "I'd like a full explanation of your decision.",
    "On what basis was I rejected?",
    "What criteria did you use to reject me?",
    "I was clearly the best candidate for this job.",
    "I met every requirement in the job description, so I was surprised.",
    "I deserved that offer.",
    "Dear Ms Patel, thank you so much for letting me know, and for the kind words about my "
    "portfolio. I really enjoyed meeting the team and learning about the roadmap. I was "
    "wondering if you could let me know why I wasn't offered the position, as I felt the "
    "interviews went well. Thank you again for your time and consideration.",
    "Many thanks for your email and for organising the day so smoothly. I realise you must "
    "have had many strong applicants, but I would appreciate it if you would reconsider, as I "
    "believe my experience in programme management is an excellent fit. Kind regards, Tom",
    "ME: Thanks for calling, Sarah. ASK: why didnt i get the job??",
    "- say thanks\n- ask them to reconsider\n- ask for tips",
    'Say: "Why wasn\'t I chosen?"',
    "Q: what did the successful candidate have that I lacked?",
    "I was rejected and I'd really like to know why.",
    "I wasn't selected. Can I ask why?",
    "Why me and not the other applicant?",
    "Your decision was wrong.",
    "Honestly I think that was the wrong decision.",
    "Is your decision final, or is there room to reconsider?",
    "Could you give me a second chance at the final interview?",
    "why was my application turned down",
    "WHY DID YOU REJECT ME",
    "Why didn't you hire me?",
    "I'm confused about why someone with less experience got the role.",
    "With respect, I think your team overlooked my leadership experience.",
    "I feel I was not given a fair chance.",
    "It's not fair that I was rejected after four rounds.",
    "I don't think it was fair to judge me on one question.",
    "Why was the other candidate chosen over me?",
    "Can you tell me the reason I wasn't picked?",
    "Please explain the reasoning behind your decision.",
    "I want to appeal this decision.",
    "I'd like you to take another look at the decision.",
    "Honestly, I think hiring someone else was a big mistake.",
    "Hiring him instead of me makes no sense.",
    "Isn't it unfair to reject someone after a single bad answer?",
    "you guys made the wrong call",
    "Why wasn't I successful? I thought the interview went really well.",
    "i just dont get why u didnt pick me",
    "Tell me straight: what do they have that I don't?",
    "Please review my application again, I think you overlooked my experience.",
    "I believe I am more than qualified for this position.",
    "I was the perfect fit for this role.",
    "Given my ten years of experience, I find this decision hard to accept.",
    "Could I please have another chance at the final interview?",
    "So, what went into the decision not to move forward with me?",
    "Could you let me know why the decision went the way it did?",
    "In my view, the panel was biased.",
    "Honestly it's ridiculous that I didn't get through.",
    "Why exactly was I passed over for this?",
    "i cant believe you turned me down.",
    "Call script: Hi Tom, why did the team go with someone else?",
    "Could you reconsider me for the role if the new hire doesn't work out?",
    "I’m honestly shocked I wasn’t chosen, can you tell me what happened?",
    "Please let me know what I'd need to do to have the decision overturned.",
    "I think I deserve a better explanation than a two-line email.",
    "You owe me at least an explanation.",
    "Can you walk me through how the decision was made?",
    "How did you reach that decision?",
    "Why did you decide against me?",
    "I cannot accept this decision.",
    "I have to question your judgement here.",
    "Would you be open to interviewing me again for the same role?",
    "Is there any way I could still be considered for this role?",
    "That's not true, I answered every question correctly.",
    "I don't understand the decision.",
    "The process was rushed and the assessment was flawed.",
    "Why not me?",
    "Thank you for the call. I was hoping to understand what the team saw in the other "
    "candidates that they didn't see in me, because I prepared for weeks.",
]

# Wording the checker must leave alone: polite requests for advice, innocent key words.
FINE: list[str] = [
    "I respect your decision and would value any advice you could share.",
    "I was disappointed, but I'd love to know how I could improve.",
    "Is there a reason you'd suggest I focus on system design?",
    "Thank you for letting me know about your decision.",
    "I understand the decision, and I'm grateful for the chance to interview.",
    "Could you share one or two areas where I could improve?",
    "I have another interview coming up and want to avoid repeating any mistakes.",
    "Were there any weak areas you noticed in my answers?",
    "Do you have any specific interviewing advice for me?",
    "I was delighted to be selected for the final round.",
    "I'd love to understand why my answer on caching fell short, so I can practise it.",
    "I made a mistake in the coding exercise; how could I avoid that next time?",
    "I know why I wasn't selected: my system design answer was weak. How could I improve it?",
    "I completely understand why you went with someone more experienced.",
    "I'm not asking you to reconsider; I'd simply value your advice.",
    "I'm not questioning the decision at all, I'd just love some pointers.",
    "I don't disagree with anything you said; it was very helpful.",
    "Thank you for the feedback, I can see why that matters for the role.",
    "Your reasons make sense to me, and I'll work on them.",
    "Could you give me a specific example of where I seemed unprepared?",
    "I was disappointed not to be chosen, but I'm keen to learn from it.",
    "Although I wasn't selected, I'd be grateful for any advice on how to improve.",
    "What would you recommend I work on before my next interview?",
    "Was there anything in my presentation that held me back?",
    "If you have a moment, I'd appreciate hearing what I could have done better.",
    "Is there anything I did wrong that I should work on?",
    "Where do you think I went wrong in the technical round?",
    "I'll keep working on my weak spots; thank you for being so honest.",
    "Please keep me in mind for future openings.",
    "I'd welcome the chance to apply again in the future.",
    "The decision to hire internally makes sense to me.",
    "I'm sure the person you hired will do a great job.",
    "Could you tell me why the team values pair programming so highly?",
    "Why do you think my answers came across as rushed?",
    "Dear Mr Okafor, thank you for letting me know your decision. Of course I was "
    "disappointed, but I really enjoyed meeting you and the team. I have another interview "
    "coming up next month, and I want to avoid repeating any mistakes I made with you. If you "
    "have a few minutes, could you tell me which areas I should work on most? Any specific "
    "advice would be very welcome. Thank you again for your time.",
    "I realise you must be very busy, but I'd be grateful for any advice on how to improve my "
    "programme-management examples. Kind regards.",
    "ME: Thanks for letting me know, Priya. ASK: any tips for my next interview? "
    "LISTEN: write it down word for word. THANK: thank her for her time.",
    "- thank them\n- ask what I could improve\n- ask for one example",
    'You mentioned "we decided to go with another candidate", and I completely understand. '
    "Could you share what I could do better?",
    "When you said “it was a close call”, I wondered what would have made the difference. "
    "Do you have advice on what to strengthen?",
    "The reason I'm asking is that I have a final round next week.",
    "I'm not sure why, but I get nervous in panel interviews; do you have any tips?",
    "I accept the outcome and I'd like to grow from it.",
    "Thank you for considering me for the role.",
    "I can see the reasons behind your decision, and I'd value any pointers.",
    "I understand there were many strong candidates; what could make me stand out next time?",
    "Would you be willing to share what the strongest answers looked like, so I can prepare?",
    "I don't think I explained my project clearly; could you tell me what was missing?",
    "I wasn't given much time to prepare, so I'd love advice on preparing faster.",
    "It's fair to say I was nervous; how can I come across more confidently?",
    "Honestly, the feedback that I seemed disinterested is fair, and I want to show more "
    "enthusiasm.",
    "I wonder whether there's one thing I should change first in how I answer behavioural "
    "questions.",
    "I hope it's not a bother to ask for a little advice.",
    "The mistake I keep making is rambling; any advice?",
    "Why don't I send you a short summary of what I'll practise?",
    "Is there a reason the role asks for Kubernetes experience? I'd like to learn it.",
    "I'm grateful you took the time to explain the decision.",
    "I'd appreciate it if you could keep me in consideration for future roles.",
    "Call notes: she said the decision was close. Ask: what one thing would have made the "
    "difference?",
    "Do you think more practice with system design would help me the most?",
    "I'd never ask you to change your mind; I'm just keen to learn.",
    "There's no need to reconsider anything, I'd just love a tip or two.",
    "Thank you again. I wish you and the team all the best with the new hire.",
    "Could you point me to an area where I seemed less confident?",
    "I'm not disappointed in the decision, just keen to improve.",
    "I do not want to argue; I just want to learn.",
    "I won't dwell on the decision; what would you advise I practise?",
    "Can you explain what you meant by 'lacked depth'?",
    "What was the main reason my answers felt too general?",
    "Thanks again for considering me; I hope the selected candidate enjoys the role.",
    "For that reason, I'd love to hear how I could improve.",
    "I'm not sure I was the strongest candidate, so any advice is welcome.",
    "I couldn't agree more that I need to practise whiteboard questions.",
    "I don't think you made a mistake at all; I just want to grow.",
    "It was a mistake on my part to skip the warm-up question.",
    "I want to be better prepared than I was last time.",
    "Your feedback was hard to hear, but it was fair and helpful.",
    "I think the interviewer was right that my examples were too long.",
    "Which of my answers would you change first?",
    "Could you explain your reasoning on the caching question, so I understand the trade-off?",
    "I understand the reasons for the decision and I respect them.",
    "I’d love to know which skill would make the biggest difference next time.",
    "thanks so much for the chance to interview, any tips on my weak areas would be great",
    "I'm keen to understand where I could be stronger, since I have a final round soon.",
    "Please thank the panel for me; their questions were really thought-provoking.",
]

# Three batches written after the rules, each measured before the rules were widened
# for it (see HELD_OUT_SCORES); kept here so later changes cannot lose them.
HELD_OUT_PROBLEMS: list[str] = [
    "Can I ask what the reason was for not offering me the job?",
    "May I know why my candidacy was unsuccessful?",
    "I'm curious why the company decided not to proceed with my application.",
    "Why did it go to someone else?",
    "Is there a specific reason why I didn't make the final cut?",
    "Out of interest, why didn't you take me forward to the next stage?",
    "Why wouldn't you hire someone with my background?",
    "Would you be willing to think again about my application?",
    "I really hope the team can revisit its decision.",
    "Surely there is some way to change the outcome?",
    "If anything changes, could you put me back in the running for this job?",
    "I think the interviewers were unfair to me.",
    "That was a really unfair question to judge me on.",
    "Frankly your recruiter got it completely wrong.",
    "The hiring manager clearly underestimated my experience.",
    "I would argue that I was the strongest candidate you saw.",
    "I totally disagree with the feedback about my communication.",
    "What exactly did the successful applicant do better than me?",
    "Did the person you hired have more experience than me?",
    "How do I stack up against the person who got the job?",
    "Please could you explain the decision to me in detail.",
    "I expect a proper explanation for this.",
    "Hi Jo, thanks for the update. Quick question though - why was I not successful?",
    "hey, so like why didnt i get picked??",
    "I am writing to ask you to reconsider my candidacy for the Analyst post.",
    "Your colleague said I did well, so I don't see why I was turned down.",
    "I strongly feel that rejecting me was an error.",
    "i think u made the wrong choice tbh",
    "What was it about my application that made you say no?",
    "Why have I been rejected when I have all the skills listed?",
    "I'm struggling to see why I wasn't the one you picked.",
    "Please tell me why I was unsuccessful.",
    "Was it because of my age that I wasn't hired?",
    "I would like to know the grounds on which I was rejected.",
    "Why on earth would you pass on someone like me?",
    "Is the decision really final? I'd love another shot at it.",
    "Is it too late to change the decision?",
    "Could the panel reconsider if I sent more examples of my work?",
    "Would it be possible to be reconsidered for the role?",
    "I really think this is a mistake on your part.",
    "This whole process has been deeply unfair.",
    "You've misjudged me completely.",
    "I'm afraid I can't agree with your assessment.",
    "Sorry, but I disagree, my answers were solid.",
    "What did the other finalist say that I didn't?",
    "Was the chosen candidate cheaper than me?",
    "I'd appreciate a clear justification of the outcome.",
    "Could you explain how you came to the decision?",
    "My references are excellent, so I was the obvious choice.",
    "notes for call: ask why not hired, push back on feedback",
    "Dear Sam, I hope you are well. Thank you for taking the time to let me know. I must "
    "admit I was surprised, and I would like to understand why you went with another "
    "candidate, given my track record. Best wishes, Lee",
    "WHY DIDNT I GET AN OFFER",
    "Why was my application not taken further?",
    "I'd be interested to hear why I didn't progress.",
    "what was wrong with me that you chose someone else",
    "Can you share why the role went to an internal candidate?",
    "Why did you feel the other person was a better fit?",
    "Do you think you might reconsider in a few weeks?",
    "Is there anything I can do to change your decision?",
    "I'd ask you to look at my application once more.",
    "Honestly, this outcome is a joke.",
    "I felt the interview was stacked against me from the start.",
    "Your interviewer was clearly biased against my background.",
    "I think the decision is short-sighted.",
    "I don't accept that my answers were weak.",
    "With all due respect, you're wrong about my code.",
    "I fail to see how anyone could have done better.",
    "How was the other applicant stronger than me?",
    "Could you tell me what your reasons were for turning me down?",
    "I would like you to explain your choice.",
    "Given my results, I should have been offered the job.",
    "I know I was the best person for this job.",
    "Bullet points: - why rejected? - compare with winner",
    "Thanks for the news, but I’m not happy with it and want to know why I wasnt picked.",
]

# Innocent sentences from the same three batches.
HELD_OUT_FINE: list[str] = [
    "Thank you for getting back to me so quickly; I appreciate the honesty.",
    "I understand how competitive the role was, and I'd be grateful for any tips.",
    "I wasn't chosen this time, which is fine; what should I practise first?",
    "Is there a book or course you'd recommend for system design interviews?",
    "Why did my answer about testing come across as vague?",
    "I'd like to know the main area you think I should strengthen.",
    "What was one thing I could have explained more clearly?",
    "I respect the team's decision and wish you all the best.",
    "Disappointed, of course, but I'm grateful for the experience.",
    "I'm sure you made the right decision for your team.",
    "I recognise I rushed the coding task; any advice on pacing?",
    "The feedback about my enthusiasm was fair, and I'll work on it.",
    "Could you give me an example of a stronger answer to the leadership question?",
    "I know the decision is final, and I'm only hoping to learn from it.",
    "Is there a reason behind the emphasis on SQL in your interviews? I'd like to prepare.",
    "I won't ask you to change anything; a tip or two would mean a lot.",
    "If you could share what the panel noticed, I'd be very grateful.",
    "Thank you for letting me know that you selected another candidate.",
    "Looking back, my mistake was not asking questions about the team.",
    "Hi Ana, thank you for the call today. I have a second-round interview elsewhere next "
    "week, so any advice on where I could improve would really help me.",
    "I'm not going to argue with the result, I just want to be better prepared.",
    "Thanks for being straightforward with me; it makes it easier to improve.",
    "Were there any moments where I came across as unprepared or unsure?",
    "I do wonder why I freeze on whiteboard questions; have you any advice?",
    "Would you mind telling me which of my examples worked best?",
    "Thank you again for your time, I really enjoyed the conversation.",
    "I'd love to know how I could have shown more enthusiasm.",
    "The reason I ask is that I really want to improve.",
    "Could I ask what you'd want me to focus on before my next technical interview?",
    "Why is that skill so important for the team? I'd like to understand it better.",
    "I appreciate you letting me know the outcome so quickly.",
    "I wasn't successful this time, but I'd value any pointers you can give.",
    "Your point about structuring answers makes a lot of sense.",
    "Did anything in my portfolio stand out as weaker than the rest?",
    "I'm sorry to hear it, but thank you for the opportunity.",
    "I'm not trying to reopen anything; I'd just like some guidance.",
    "I know you can't go into every detail, so even one pointer would help.",
    "Could you recommend a way to practise case questions?",
    "I was rejected from two roles this month, so I'd really value concrete advice.",
    "Which part of the interview do you think I should prepare differently?",
    "I agree that my answer on budgeting was too vague.",
    "I felt nervous and I think that showed; how could I handle that?",
    "I'd be glad to hear any thoughts on my presentation style.",
    "Thank you for explaining the feedback so clearly.",
    "Any advice on how I could demonstrate leadership more convincingly?",
    "I'd really like to learn from this, so please be as candid as you like.",
    "That's fair, and I'll take it on board.",
    "Why not tell me the one thing I should change first? No pressure, of course.",
    "I've been told I speak too fast; did you notice that too?",
    "Thank you. Wishing you and the new team member every success.",
    "Is there a reason you structure the interview as a pair-programming session?",
    "My mistake was underestimating the take-home task; how long would you expect it to take?",
    "Thank you for the kind note and for telling me personally.",
    "I'd love to hear which of my answers landed well and which didn't.",
    "I'm preparing for a similar role; what would you focus on if you were me?",
    "I accept that I need more experience with cloud platforms.",
    "No hard feelings at all, and thank you for your time.",
    "Could you tell me more about what 'more senior presence' looks like?",
    "I know the team chose carefully, and I'd value a pointer or two.",
    "I felt I answered the design question poorly; was that your impression too?",
    "Was my salary expectation a factor I should think about for next time?",
    "Why would a hiring manager look for more ownership in answers like mine?",
    "Thank you; this is exactly the kind of feedback I hoped for.",
    "I'm working on my weak areas and would welcome one concrete suggestion.",
    "I don't want to take much of your time, so even a line would help.",
    "I was nervous, and I think that's why my examples were short.",
    "Is there a reason candidates are asked to present? I'd like to get better at it.",
    "I can tell you put real thought into the decision, and I appreciate that.",
    "Sorry for the long message; I just want to make the most of your advice.",
    "If it's easier, I'm happy to have a short call instead.",
    "Congratulations to whoever joins the team; I'm sure they'll be great.",
    "How can I better show my enthusiasm in future interviews?",
    "Do you have time for a five-minute call this week?",
    "Your advice last time helped me reach the final round, so thank you.",
]

#: (batch, sentences, precision, recall) when each batch was first run, before any rule change.
HELD_OUT_SCORES = [("A", 56, 1.000, 0.714), ("B", 48, 0.938, 0.625), ("C", 44, 1.000, 0.545)]

CASES: list[tuple[str, bool]] = [(t, True) for t in PROBLEMS + HELD_OUT_PROBLEMS] + [
    (t, False) for t in FINE + HELD_OUT_FINE
]


def score(flagged: list[bool], expected: list[bool]) -> tuple[float, float]:
    """Precision and recall of flagged against expected (1.0 when nothing to measure)."""
    true_pos = sum(f and e for f, e in zip(flagged, expected, strict=True))
    precision = true_pos / max(1, sum(flagged)) if any(flagged) else 1.0
    recall = true_pos / max(1, sum(expected)) if any(expected) else 1.0
    return precision, recall


def main() -> int:
    from debrief.journal.guidance import wording_problems

    flagged = [bool(wording_problems(text)) for text, _ in CASES]
    expected = [label for _, label in CASES]
    precision, recall = score(flagged, expected)
    for (text, label), got in zip(CASES, flagged, strict=True):
        if got != label:
            print(f"{'missed' if label else 'false alarm'}: {text!r}")
    to_flag = sum(expected)
    print(f"{len(CASES)} cases ({to_flag} to flag, {len(CASES) - to_flag} fine)")
    for batch, size, p, r in HELD_OUT_SCORES:
        print(
            f"held-out batch {batch} when first run: {size} cases, precision {p:.3f} recall {r:.3f}"
        )
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
