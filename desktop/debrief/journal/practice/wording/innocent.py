"""Sentences the wording checker clears, whatever the classifier would make of them.

The rules (rules.py) find what questions a decision; these find what plainly does not, so
the classifier never reads it: a clarifying or self-critical phrase, warm words about the
person hired, plain thanks, the feedback restated without contrast.
"""

from __future__ import annotations

import re

from debrief.journal.practice.wording.patterns import rx

#: Clarifying, self-critical or warm phrasings the classifier can mistake for a challenge:
#: a sentence holding one (and no rule's match) is cleared.
INNOCENT = re.compile(
    rx(r"\b(?:explain|clarify|say (?:a bit )?more about|tell me more about|expand on) ")
    + rx(r"what you (?:meant|mean)\b|\bwhat (?:did )?you mean(?:t)? by\b")
    + rx(r"|\bmy (?:biggest |main |big )?(?:mistake|error) was\b")
    # Asking what a point of the feedback rested on: "what was it that showed you I was keen".
    + rx(r"|\bwhat (?:was it|did I (?:say|do)) (?:that )?(?:showed|told|gave|suggested to) you ")
    + rx(r"(?:that )?I (?:was|wasn't|seemed|came across|had|hadn't|lacked|needed)\b")
    + rx(r"|\b(?:congratulations|best wishes|good luck|all the best) to (?:whoever|the ")
    + rx(r"(?:successful|selected|new|chosen))\b")
    + rx(r"|\bI hope (?:the|whoever) (?:[\w-]+ )?(?:candidate |person |hire |starter )?")
    + rx(r"(?:enjoys|settles|has a|does|joins|takes)\b")
    + rx(r"|\bI (?:do not|don't|didn't|did not) think I (?:explained|showed|answered|did|gave")
    + rx(r"|prepared|came across|got)\b")
    + rx(r"|\bI (?:think |feel |know |reckon )?I (?:really |totally |completely |kind of )?")
    + rx(r"(?:messed|mucked|screwed|fluffed|botched|blew|bombed|flubbed)\b")
    # The user's own promise of a date: "I'll send my references by Friday".
    + rx(r"|\bI(?:'ll| will| can) (?:send|get back to you|reply|e-?mail|share|forward|post")
    + rx(r"|return|complete|submit|drop)\b(?: [\w']+){0,5} by (?:(?:mon|tues|wednes|thurs|fri")
    + rx(r"|satur|sun)day|tomorrow|tonight|the end of)\b"),
    re.IGNORECASE,
)

#: Whole sentences that are plainly innocent, however the classifier reads them: thanks for
#: something ordinary ("Thank you so much for the detailed feedback."), and the feedback
#: restated without a word of contrast, as a clarifying question starts ("You wrote that my
#: answers were too general."). Only a sentence that is nothing more is cleared: "Thanks
#: for the 'feedback'" or "Thank you for the very brief reply" are left to the classifier.
_THANKED_FOR = (
    rx(r"(?:(?:the|your|all your|such) (?:(?:detailed|honest|helpful|kind|quick|prompt|clear|")
    + rx(r"constructive|useful|thoughtful|candid|frank|valuable|considered|careful|lovely|warm")
    + rx(r"|generous|personal) )?(?:feedback|notes?|reply|response|answer|time|call|e-?mail")
    + rx(r"|message|update|advice|pointers|tips|comments|insights?|explanation|help|support")
    + rx(r"|consideration|opportunity|chance|interview|conversation|chat|news|guidance")
    + rx(r"|patience|honesty|kindness|openness)|that|this|everything|letting me know")
    + rx(r"|getting back to me|taking the time(?: to (?:reply|respond|write|explain|talk))?")
    + rx(r"|speaking (?:to|with) me|meeting (?:with )?me|considering me|interviewing me")
    + rx(r"|sharing (?:this|that|it|your (?:thoughts|feedback|notes|view|views)))")
)
_WHEN = rx(r"(?: (?:today|yesterday|this morning|this afternoon|last week|on \w+|again))?")
PLAIN = re.compile(
    rx(r"\W*(?:(?:thank you|thanks|many thanks)(?: (?:so|very) much)?(?: again)?")
    + rx(rf"(?: (?:for|about) {_THANKED_FOR}{_WHEN})?|I (?:really |truly )?appreciate ")
    + rx(rf"{_THANKED_FOR}{_WHEN})[.!]*\W*")
    + rx(r"|\W*(?:you|the panel|they|he|she|the interviewers?|your (?:note|e-?mail|message")
    + rx(r"|feedback)) (?:wrote|said|mentioned|noted|felt|thought|told me|pointed out")
    + rx(r"|suggested|described|commented)(?: that)?")
    + rx(r"(?!.*\b(?:but|however|although|though|yet|actually|in fact|whereas|while|true")
    + rx(r"|fair|accurate|correct|wrong|incorrect|inaccurate|disagree|mistaken|unfair")
    + rx(r"|clearly|obviously|surely|really|only|just|never|even|because|since|despite|why")
    + rx(r"|how)\b)[^?!;]*\.\W*"),
    re.IGNORECASE,
)

#: A line that is only a greeting ("Hi Mark,"), a goodbye ("Bye now"), or a sign-off and a
#: name ("With respect, Dmitri", "thx again, mo"): the classifier read "respect" and
#: "again" into them. Case matters here (no IGNORECASE): the
#: name is capitalised, or a short lower-case one as text messages sign; "Thanks, whatever"
#: stays for the classifier to read.
_NAME = (
    r"(?:[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+)?"
    r"|(?!(?:no|nope|nah|not|yes|yep|ok|okay|sure|fine|lol|meh|but|then|now)\b)[a-z]{2,4})"
)
SIGN_OFF = re.compile(
    r"\W*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Mm]orning|[Gg]ood (?:morning|afternoon|evening))"
    r"(?: [A-Z][\w.'-]*+){1,3}"  # a greeting: "Hi Mark,"
    rf"|[Bb]ye(?: now| for now)?(?:,?\s+{_NAME})?"
    r"|(?:[Ww]ith (?:respect|thanks|gratitude|appreciation)|[Rr]espectfully|(?:[Kk]ind|[Bb]est"
    r"|[Ww]arm|[Ww]armest) (?:regards|wishes)|[Rr]egards|[Bb]est|[Cc]heers|[Tt]hanks(?: again)?"
    r"|[Tt]hx(?: again)?|[Tt]hank you(?: again)?|[Mm]any thanks|[Ss]incerely|[Yy]ours"
    r"(?: sincerely| faithfully| truly)?|[Aa]ll the best|[Tt]ake care|[Ss]peak soon)"
    rf",?\s+{_NAME})\W*"
)

#: Thanks for being told the outcome, and nothing else: "Thank you for letting me know that
#: the post has been offered to another candidate." Read as a whole sentence without a
#: comma (", and I hope the person you chose ..." goes on to something else); words that
#: often carry a sting about the wait ("finally", "after six weeks") leave it to the rules
#: and the classifier.
TOLD = re.compile(
    rx(r"\W*(?:thank you|thanks|many thanks|I appreciate(?: you| your)?)(?: so much| very much)?")
    + rx(r"(?: for)? (?:informing me|letting me know|telling me|confirming|your honesty in ")
    + rx(r"telling me)(?: that| of| about)? (?:I|my application|your decision|the (?:panel's ")
    + rx(r"|team's )?(?:post|role|job|position|outcome|decision))\b")
    + rx(r"(?:(?!\b(?:finally|eventually|at last|at least|after|took|only now|so long|so late")
    + rx(r"|how long|but|though|although|however|yet)\b)[^,?!;])*+[.!]*\W*"),
    re.IGNORECASE,
)
