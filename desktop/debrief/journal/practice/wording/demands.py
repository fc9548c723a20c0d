"""Wording that asks the interviewer to act on the decision: explain it, reverse it, prove
it, or answer by a date. The other kinds are in rules.py, which joins both into RULES."""

from __future__ import annotations

from debrief.journal.practice.wording.patterns import (
    NOT_CHOSEN,
    WHY_LEAD,
    gap,
    rx,
)

# Written as rules.py's are (see there): straightened text, any case, no nested repeats.

DEMANDS: dict[str, list[str]] = {
    "why": [
        rx(r"\bwhat (?:it was that|was it that|exactly) (?:decided|swung|tipped|settled) ")
        + rx(r"(?:it|things|the decision)\b"),
        rx(r"\bwhat,? (?:in the end,? )?separated (?:my|me|us)\b"),
        rx(r"\b(?:one )?thing (?:in particular )?that (?:meant|made it so) I (?:didn't|did not")
        + rx(r"|wasn't|was not)\b"),
        rf"{WHY_LEAD},?\s*{gap(12)}{NOT_CHOSEN}",
        # A why with nothing after it: "I was rejected and I'd like to know why."
        r"\b(?:why(?: not)?|how come|what (?:was|were) the (?:main |real |actual )?reasons?)"
        r"(?:\s+(?:is|was) that)?\s*(?:[?!.]|$)",
        rx(r"\bwhat the (?:main |real |actual |exact )?reasons? (?:behind|for) (?:that|it|this)")
        + rx(r"(?: decision)? (?:was|were)\b"),
        rx(r"\bwhat the (?:single |one )?(?:deciding|decisive|biggest|main|key) ")
        + rx(r"(?:factor|reason)s? (?:was|were)\b"),
    ],
    "reconsider": [
        rx(r"\b(?:an |any )?appeals? (?:process|procedure)\b"),
        rx(r"\b(?:someone|somebody|anyone|anybody) (?:above you|higher up)\b"),
        rx(r"\bbefore (?:it'?s|it is|the decision is|that'?s) (?:made )?final\b"),
        rx(r"\b(?:look|looking) at (?:it|this|that|my application) again\b"),
        rx(r"\b(?:make|makes|made) (?:a |any )?difference to (?:the|your) (?:outcome|decision)\b"),
        rx(r"\b(?:get|getting) back in(?:to)?(?: the (?:process|running|race))?\s*(?:[.!?]|$)"),
        rx(r"\b(?:keep|kept|bear|borne) (?:me |my (?:name|application|cv) )?in mind for (?:this")
        + rx(r"|the same) (?:role|job|post|position|vacancy)\b(?! in (?:the )?future)"),
        rx(r"\b(?:raise|take) it (?:up )?with (?:the )?(?:\w+ )?(?:one more time|again)\b"),
        rx(r"\bif (?:they|he|she|the (?:successful|chosen|other|new) (?:candidate|person|hire))")
        + rx(r" (?:drops?|pulls?|backs?) out\b"),
        rx(r"\b(?:final|decided|made) or (?:still )?open\b"),
        rx(r"\b(?:appoint|hire|take on|employ) me as well\b"),
        # Not "reconsider how I present my work", "reconsider my approach": the user's own
        # ways, not the decision (their application, candidacy or CV still count).
        rx(r"\bre-?consider(?:s|ed|ing|ation)?\b(?! (?:how|which|whether|where|what|when|if)\b)")
        + rx(r"(?! my (?!application|candidacy|cv|resume|profile|case|rejection)[\w-]+)"),
        rx(r"\b(?:reverse|reversing|overturn\w*|revisit\w*|rethink\w*|re-?evaluat\w*|re-?assess")
        + rx(r"\w*|appeal\w*|change|changing|reopen\w*) (?:the|your|this|that|its|their) ")
        + rx(r"(?:final )?(?:decision|outcome|rejection|choice)\b"),
        rx(r"\b(?:revisit\w*|rethink\w*|re-?evaluat\w*|re-?assess\w*|reopen\w*) my ")
        + rx(r"(?:application|candidacy)\b"),
        rx(r"\b(?:think|look) again (?:about|at|over) (?:the|my|your|this|that|its|their) ")
        + rx(r"(?:decision|outcome|choice|application|candidacy|cv|resume|profile)\b"),
        rx(r"\bhave a rethink\b"),
        rx(r"\b(?:review|look at|consider) my (?:application|candidacy|cv|resume|profile) ")
        + rx(r"(?:again|once more)\b"),
        rx(r"\b(?:take|have) another look at (?:the|my|your|this) (?:decision|application")
        + rx(r"|candidacy|cv|resume|profile)\b"),
        rx(r"\bchange (?:your|their|the team's|the panel's) minds?\b"),
        rx(r"\bdecision (?:(?:could|might|can|will|would|may|to) )?(?:still )?(?:be |get ")
        + rx(r"|have been )?(?:changed|change|reversed|overturned|revisited|reviewed)\b"),
        rx(r"\b(?:is|was) (?:the|your|this|that) decision (?:final|set in stone|definite)\b"),
        r"(?<!for )(?<!thanks )"  # "thanks for giving me a chance" is thanks
        + rx(r"\b(?:give|giving|offer|grant|allow) me (?:a|another|one more|a second|a new) ")
        + rx(r"(?:[\w-]+ )?(?:chance|shot|try|go|interview)\b"),
        rx(r"\b(?:another|a second|one more) (?:chance|shot|try|go) (?:at|to prove|to show)\b")
        + rx(r"(?! (?:a|another|other|future|some) )"),
        rx(r"\bstill (?:be|get) (?:considered|hired|selected|chosen|the job|the role|an offer)")
        + rx(r"\b(?! for (?:future|other|later|upcoming|new))"),
        rx(r"\bback in(?:to)? (?:the running|the process|consideration)\b"),
        rx(r"\b(?:is|was) (?:the|your|this|that|it) (?:decision )?(?:definitely|really|truly")
        + rx(r"|absolutely) (?:final|a no|set in stone)\b"),
        rx(r"\bput in a (?:good )?word for me\b"),
        rx(r"\bconvince (?:you|them|the (?:team|panel)) otherwise\b"),
        rx(r"\b(?:any|a|some) way (?:to|we could|I could) (?:still )?make (?:this|it) work\b"),
        rx(r"\bstill (?:be )?(?:room|a place|a chance) for me\b"),
        rx(r"\b(?:asked|asking|ask) (?:them |her |him )?for a (?:formal )?review\b"),
        rx(r"\b(?:written|wrote|write|complained|escalated|escalate) to (?:the|your) ")
        + rx(r"(?:board|ceo|director|managing director|head of \w+|hr director)\b"),
        rx(r"\bbefore (?:you )?finali[sz](?:e|ing) (?:things|it|the decision|your decision)\b"),
        rx(r"\binterview(?:ing)? me again\b(?! (?:in the future|for (?:a|another|other|future)))"),
        rx(r"\bkeep (?:my|me) (?:application |candidacy |name )?(?:under|in) (?:active |further )?")
        + rx(r"consideration\b(?! for (?:future|other|later|upcoming|new))"),
        rx(r"\bhold (?:the|your|this|that) (?:decision|role|position|job|offer) open\b"),
        rx(r"\bput my (?:name|application|cv) back (?:in|forward|into)\b"),
        # Asking for another go at the same job: "any chance of a 2nd interview".
        rx(r"\b(?:chance of|up for|could (?:I|we) have|can (?:I|we) have|possible to have")
        + rx(r"|open to|offer me|give me|arrange) (?:a|another) (?:second|2nd) (?:chat|interview")
        + rx(r"|meeting|conversation|round|go)\b"),
        # Asked, not planned: "could I redo the presentation" ("I'll redo my slides" is not).
        rx(r"\b(?:can|could|may|cld|might) (?:I|we) (?:please )?(?:redo|re-do|resit|re-sit")
        + rx(r"|retake|re-take|have another go at) (?:the|my) (?:presentation|test|task")
        + rx(r"|interview|assessment|exercise|role play)\b"),
        rx(r"\b(?:might|may|could|would) see (?:it|this|things|me|my application) differently\b"),
        rx(r"\b(?:pass|send|forward|take) (?:my|this|the) (?:details|application|cv|case")
        + rx(r"|complaint|concerns?) up (?:to|the)\b"),
    ],
    "justify": [
        rx(r"\bexplain yoursel(?:f|ves)\b"),
        # The panel's own records asked for as proof: "ask for the full panel report".
        rx(r"\b(?:ask(?:ing)? for|request(?:ing)?|send(?: over)?|share|see|copy of|forward) ")
        + gap(3)
        + rx(r"(?:panel'?s?|interview|assessors?'?|observation) (?:report|notes|minutes")
        + rx(r"|write-?up)\b"),
        rx(r"\b(?:I'm|I am|I was|I feel) owed\b"),
        rx(r"\b(?:points|marks|scores) (?:of|for|on) each (?:part|section|question|stage)\b"),
        rx(r"\bexplains? (?:in detail|properly|fully) (?:why|how) (?:the|you|they|your) ")
        + rx(r"(?:panel|team|decision|reached|came|made|decided)\b"),
        r"\bjustif(?:y|ied|ying|ication)\b",
        rx(r"\b(?:could|can|would|will|please|must|need to|should|want you to|like you to) ")
        + rx(r"(?:you )?(?:please )?(?:explain|clarify|walk me through|tell me) (?:[\w-]+ )?")
        + rx(r"(?:the|your|this|that) (?:decision|choice|rationale|decision-making)\b"),
        rx(r"\bexplanation (?:of|for) (?:the|your|this|that|my) (?:decision|rejection|choice")
        + rx(r"|outcome)\b"),
        rx(r"\bowed? me\b(?! (?:nothing|no\b))"),  # not "you owe me nothing"
        rx(r"\bI (?:[\w']+ )?(?:demand|expect|deserve|want|insist on|require) (?:an? |some ")
        + rx(r"|a proper |a full |a better |better |full )?(?:explanation|justification")
        + rx(r"|answer|reasons?)\b"),
        rx(r"\bon what (?:basis|grounds) (?:was|were|did|do|is|have)\b"),
        rx(r"\bhow (?:was|were|did) (?:the|this|that|your|such a) decision (?:[\w-]+ )?")
        + rx(r"(?:made|reached|taken|come about|arrived at)\b"),
        rx(r"\bhow (?:(?:did|do) )?(?:you|they|the \w+) (?:make|made|reach|reached|arrive at")
        + rx(r"|arrived at|come to|came to|take|took) (?:the|that|this|your|their|such a) ")
        + rx(r"decision\b"),
        rx(r"\bwhat (?:went into|was behind|lay behind|led to|drove|informed|prompted) ")
        + rx(r"(?:the|your|this|that) decision\b"),
        rx(r"\breason(?:s|ing)? (?:for|behind) (?:the|your|this|that|my) (?:decision|rejection")
        + rx(r"|choice|outcome)\b"),
        # The panel's records asked for: "could you share the actual scorecard", "send me
        # my marks". Not "how did my scores compare" (compare) or "what I scored lowest on".
        rx(r"\b(?:send|share|see|provide|give|show|forward|release|receive|have|get|want")
        + rx(r"|request|require|copy of|breakdown of) ")
        + gap(4)
        + rx(r"(?:scores|scorecards?|score ?sheets?|scoring (?:sheets?|matrix|rubric|criteria")
        + rx(r"|notes|breakdown|scheme|grid)|marks|mark ?sheets?|marking (?:scheme|sheets?")
        + rx(r"|criteria)|(?:my|the) (?:final |overall |interview |test )?score)\b"),
        rx(r"\b(?:weighting|weight|weights) (?:you|they|the panel) (?:gave|put|placed|used")
        + rx(r"|applied)\b"),
        rx(r"\bback up (?:the|that|this|your|such a) (?:decision|choice|rejection|assessment)\b"),
        rx(r"\b(?:you|someone|somebody|the panel|they) (?:could |can |would |to )?(?:please )?")
        + rx(r"account for (?:why|how)\b"),
    ],
    "deadline": [
        # "I'll need to hear by Monday", "I need the feedback by Tuesday": a date set for them.
        rx(r"\bI(?:'ll| will)? (?:really )?need (?:to (?:hear|know)(?: back)?(?: from you)?")
        + rx(r"|(?:the|your|an?) (?:feedback|answer|reply|response|decision|update)) by ")
        + rx(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|tmrw|tmr")
        + rx(r"|the end of|the \d+(?:st|nd|rd|th)?|close|noon|midday)\b"),
        # An ultimatum: "by tomorrow morning or I'm calling", "by Friday or else".
        rx(r"\bby (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|tmrw|tmr")
        + rx(r"|noon|midday)(?: (?:morning|afternoon|evening|night|at the latest|latest))?,?")
        + rx(r" or (?:else|I|I'm|im|I'll|ill|I will|we)\b"),
        rx(r"\b(?:(?:let me|can I|could I|may I) hear(?: back)?(?: from you)?|your response")
        + rx(r"|an answer|get back to me) by (?:(?:mon|tues|wednes")
        + rx(r"|thurs|fri|satur|sun)day|tonight|tomorrow|tmrw|tmr|the end of|the \d+(?:st|nd|rd")
        + rx(r"|th)?|close)\b"),
        rx(r"\bgive it (?:until|till|til) \w+ and then\b"),
        rx(r"\b(?:if|should) I (?:do not|don't|not) hear (?:back )?(?:from you )?by\b"),
        rx(r"\b(?:you|u) (?:have|got|'ve got) (?:until|till|til|to) (?:mon|tues|wednes|thurs")
        + rx(r"|fri|satur|sun)day\b"),
        rx(r"\b(?:feedback|reply|response|answer|hear back|e-?mailed to me|send (?:me|it|them)) ")
        + gap(6)
        + rx(r"(?:before|by) (?:the )?(?:close|end) of (?:business|play|the day|today)\b"),
        rx(r"\bI(?:'ll| will| am going to)? give you (?:time |(?:one|two|three|a) (?:more )?")
        + rx(r"(?:days?|weeks?) )?(?:until|till)\b"),
    ],
}
