"""The wording checker's vocabulary: regexes for each kind of decision-questioning wording.

The kinds that ask the interviewer to act (why, reconsider, justify, deadline) are in
demands.py; this module holds the others and joins both into RULES."""

from __future__ import annotations

from debrief.journal.practice.wording.demands import DEMANDS
from debrief.journal.practice.wording.patterns import (
    DECISION,
    NEG,
    NEG_CHOSEN,
    PASSIVE,
    THEY_CHOSE,
    gap,
    rx,
)

# Written for text whose quotes, dashes and spaces are already straightened (see text.py);
# checker.py lower-cases both the text and these patterns (escapes such as \S excepted), so
# write them in any case. Each kind's rules say the same thing in many phrasings;
# the kind picks the coaching message. Rules never nest unbounded repeats inside repeats,
# so matching stays linear in the length of the text.

_OTHERS: dict[str, list[str]] = {
    "compare": [
        rx(r"\b(?:if|whether) I (?:was|came|finished|ended up) (?:a )?(?:close )?(?:second|third")
        + rx(r"|runner-?up|near the top|further down|down the list)\b"),
        rx(r"\b(?:more|less|fewer) (?:[\w-]+ ){1,4}than (?:myself|me)\b"),
        rx(r"\bhow (?:far|close) (?:behind|ahead of|from) (?:the )?(?:preferred|successful")
        + rx(r"|chosen|other|winning) (?:candidate|applicant|person)\b"),
        rx(r"\b(?:the )?difference (?:was |is )?between (?:us|me and (?:him|her|them|the))\b"),
        rx(r"\b(?:have|had|has|got|bring|brought|offer|offered|show|showed|see|say|said|do|did")
        + rx(r"|know|knew|demonstrate|demonstrated) (?:that|which) ")
        + rx(r"(?:I|they) (?:didn't|didnt|did not|don't|dont|do not|lacked|lack|couldn't|not")
        + rx(r"|haven't|havent|have not|hadn't|hadnt|had not)\b"),
        # "the person you appointed has only just qualified, while I ...": set side by side.
        rx(r"\b(?:person|candidate|applicant|lad|guy|girl|woman|man|one|someone) (?:you|they")
        + rx(r"|the panel) (?:appointed|took on|hired|picked|chose|went with|offered it to) ")
        + gap(8)
        + rx(r"(?:has (?:only|never|not)|had (?:he|she|they) (?:actually|ever|even)|while I")
        + rx(r"|whereas I|given that I)\b"),
        rx(r"\b(?:went|gone|given) to someone who ")
        + gap(8)
        + rx(r"(?:has never|had never|hasn't|hadn't|has only|had only|never)\b"),
        rx(r"\b(?:see|saw) in (?:them|him|her|the other \w+) (?:that|which) they "),
        rx(r"\b(?:more|better|less) (?:[\w-]+ )?(?:qualified|experienced|suited|skilled|capable")
        + rx(r"|deserving) than (?:me|I)\b(?! (?:was|were|am|had|did|used|have))"),
        rx(r"\b(?:\w+er|more|less|further) (?:[\w-]+ )?than me\b"),
        rx(r"\b(?:stack|stacked|stacking|measure|measured|measuring) up (?:against|to|with)\b"),
        rx(r"\bwho got (?:it|the job|the role|the offer|the position)\b")
        + rx(r"(?!,? (?:tell|pass on|give|send|wish|please (?:tell|pass|give|send)))"),
        rx(r"\b(?:relative|compared) to (?:the )?(?:other|rest)\b"),
        rx(r"\b(?:rank|ranked|place|placed|come|came) (?:among|against|in the top|in the ")
        + rx(r"(?:candidates|shortlist|final))\b"),
        rx(r"\bwas I (?:in )?the (?:top|second|runner-up|close second|next)\b"),
        rx(r"\b(?:better|stronger|closer) (?:[\w-]+ )?than I (?:was|did)\b"),
        rx(r"\b(?:against|versus|vs\.?|compared (?:to|with)) (?:the (?:person|candidate|applicant")
        + rx(r"|one|people) (?:who|that|you)|whoever) ")
        + gap(1)
        + rx(r"(?:got|was hired|hired|chose|picked|selected|went with|won|was chosen)\b"),
        rx(r"\bcompar(?:e|ed|ing|ison)\b ")
        + gap(2)
        + rx(r"(?:to|with|against) (?:the ")
        + rx(r"(?:other|successful|chosen|selected|winning|person|candidate|one|rest)|other ")
        + rx(r"(?:candidates|applicants|people|finalists)|(?:the )?(?:winner|new hire)|whoever")
        + rx(r"|him|her|them|someone)\b"),
        rx(r"\b(?:him|her|them|someone else|somebody else|the other (?:candidate|applicant")
        + rx(r"|person|finalist)|another candidate|an internal candidate) (?:over|instead of")
        + rx(r"|rather than|ahead of|and not|but not) me\b"),
        rx(r"\b(?:chose|choose|picked|pick|hired|hire|selected|select|preferred|prefer")
        + rx(r"|favou?red|favou?r|went with|go with) ")
        + gap(3)
        + rx(r"(?:over|instead of|rather than|ahead of) me\b"),
        rx(r"\b(?:someone|somebody|(?:a|the|another|the other) (?:candidate|applicant|person)) ")
        + gap(2)
        + rx(r"(?:(?:with|who had|who has|having) (?:much |far )?less|less (?:experienced")
        + rx(r"|qualified|skilled))\b"),
    ],
    "fault": [
        rx(r"\bcould do with (?:some |a bit of |more )?(?:training|lessons|coaching) (?:on|in)\b"),
        rx(r"\b(?:most|so|totally|completely|utterly|absolutely) (?:chaotic|shambolic)\b"),
        rx(r"\b(?:impossible|hard|difficult) for (?:an? )?(?:external|outside|new|older|younger")
        + rx(r") (?:candidates?|applicants?|people) to\b"),
        rx(r"\b(?:inappropriate|unprofessional|disrespectful) (?:that|of (?:the|your)|how)\b"),
        rx(r"\bbarely got a word in\b"),
        rx(r"\brewards? (?:\w+ )?over (?:substance|competence|ability|experience)\b"),
        rx(r"\b(?:checked|read|scrolled through) (?:their|his|her) (?:emails?|phones?|messages)\b"),
        rx(r"\bunfair(?:ly)?\b(?! (?:of me|to you|to ask|to (?:the )?(?:other|everyone|them)))"),
        r"\bunjust(?:ly|ified)?\b",
        rx(rf"\b{NEG} (?:very |entirely |really |quite |at all )?(?:fair|fairly|justified")
        + rx(r"|reasonable)\b(?! (?:of me|to (?:you|ask|expect)))"),
        rx(r"\b(?:deeply|fundamentally|seriously|badly|completely) flawed\b"),
        rx(r"\b(?:that's|this is|it's|that is|it is) (?:just |simply )?not right\b"),
        rx(rf"\b{NEG} (?:[\w']+ )?(?:think|feel|believe|find|consider) (?:it|this|that|the ")
        + rx(r"(?:decision|process|outcome|assessment)|your decision|rejecting me)(?:'s| was")
        + rx(r"| is| were)? (?:fair|right|justified|correct|reasonable|the right (?:call")
        + rx(r"|decision|choice))\b"),
        rx(rf"\b{NEG} ") + gap(3) + rx(r"(?:a )?(?:fair|proper|real) (?:chance|shot|hearing)"),
        rx(rf"\b{NEG} ")
        + gap(2)
        + rx(r"(?:treated|assessed|judged|evaluated) (?:fairly")
        + rx(r"|properly|equally|objectively)\b"),
        rx(r"\byou(?:'ve|'re| have| are)? ")
        + gap(2)
        + rx(r"(?:made|make|making) (?:a|an|the) ")
        + rx(r"(?:[\w-]+ )?(?:mistake|error)\b"),
        rx(r"\b(?:decision|choice|call|rejection|rejecting me|turning me down|passing on me")
        + rx(r"|hiring (?:him|her|them|someone else|the other \w+)|not (?:hiring|choosing")
        + rx(r"|selecting|picking) me|letting me go) (?:was|is|'s|seems|feels|looks|would be")
        + rx(r"|might be|may be|could be) (?:like )?(?:a |an )?(?:[\w-]+ )?(?:mistake|error")
        + rx(r"|oversight)\b"),
        rx(r"\b(?:it|this|that)(?:'s| is| was) (?:a |an )?(?:(?!my\b)[\w-]+ )?mistake to (?:reject")
        + rx(r"|pass|turn|not|let|go with|hire|choose|overlook)\b"),
        rx(r"\b(?:you're|you are|you were) (?:[\w-]+ )?(?:wrong|mistaken)\b"),
        rx(r"\b(?:mistake|error|oversight) (?:on|by) (?:your|the team's|the company's|their) ")
        + rx(r"(?:part|side)\b"),
        rx(r"\b(?:this|that|it)(?:'s| is| was) (?:a |an )?(?:(?:big|huge|serious|terrible|grave")
        + rx(r"|real|costly) )?(?:mistake|error)\s*(?:[.!]|$)"),
        rx(r"\bmistaken about (?:me|my)\b"),
        rx(r"\b(?:you|they|he|she|(?:the|your) [\w-]+)(?:'ve| have| has)? (?:got|gotten|get) ")
        + rx(r"(?:it|this|that|me|things|everything) ")
        + rx(r"(?:[\w-]+ )?wrong\b"),
        rx(r"\bwrong (?:decision|choice|call|candidate|conclusion)\b"),
        rx(r"\b(?:decision|choice|assessment|evaluation|judge?ment|verdict|outcome|rejection")
        + rx(r"|process) (?:was|is|'s|seems|seemed|feels|felt|looks|looked|appears) (?:to be )?")
        + rx(r"(?:(?:a )?(?:bit|little|rather|very|really|quite|completely|totally|so|clearly")
        + rx(r"|obviously) )?(?:wrong|incorrect|unfair|unjust|mistaken|flawed|biased|hasty")
        + rx(r"|rushed|premature|ridiculous|absurd|a mistake|an error|a joke|misguided")
        + rx(r"|short-?sighted)\b"),
        rx(r"\b(?:you|you've|your|the|they|they've|he|she)\b ")
        + gap(3)
        + rx(r"(?:overlooked|ignored")
        + rx(r"|misjudged|misread|misunderstood|underestimated|undervalued|underrated|dismissed")
        + rx(r"|disregarded|failed to (?:see|recognise|recognize|appreciate|notice|understand")
        + rx(r"|consider)) (?:me|my|how|that I|what I)\b"),
        r"\b(?:biased|prejudiced|rigged|discriminat(?:ed|ory|ion|ing))\b",
        rx(r"\b(?:stacked|weighted|set up|was|were) against me\b"),
        rx(r"\byou(?:'ve| have)? (?:really )?(?:(?:missed|lost) out on (?:a|an|someone|me)")
        + rx(r"|let (?:a|an) (?:[\w-]+ ){0,2}(?:hire|candidate|talent|person) (?:slip|go))\b"),
        rx(r"\b(?:your|their|the company's) loss\b"),
        rx(r"\b(?:lack|lacked|lacking) (?:of )?(?:any )?(?:respect|transparency|fairness")
        + rx(r"|professionalism|courtesy)\b"),
        rx(rf"\b{NEG} (?:[\w']+ ){{0,3}}(?:an? )?(?:objective|fair|proper|impartial) ")
        + rx(r"(?:evaluation|assessment|hearing|review|process|look)\b"),
        rx(r"\bbox-?ticking\b"),
        rx(r"\b(?:reading|checking|scrolling|looking at|typing) (?:through |on )?(?:their|his|her)")
        + rx(r" (?:emails?|phones?|messages|laptop)\b"),
        rx(r"\b(?:interview|process|day|session|observation|assessment|test|task|it|everything)")
        + rx(r" (?:was|felt|seemed) (?:\w+ )?(?:poorly|badly|chaotically) (?:organi[sz]ed|run")
        + rx(r"|managed|planned)\b"),
        rx(r"\b(?:anywhere|nowhere) near (?:long )?enough (?:time )?to (?:properly |fairly ")
        + rx(r"|really )?(?:assess|judge|evaluate)\b"),
        rx(r"\b(?:ridiculous|absurd|outrageous|insane|baffling|unbelievable|a joke|nonsense")
        + rx(r"|shocking|disgraceful) (?:that|how)\b"),
    ],
    "disagree": [
        rx(r"\b(?:arisen|arose|come|came|stemm?(?:ed)?) from a misunderstanding\b"),
        rx(r"\bI(?:'d|'m)?(?: (?:strongly|respectfully|completely|totally|really|must|have to")
        + rx(r"|do|would|fully|entirely|absolutely|honestly|still|just|kind of|somewhat)){0,3}")
        + rx(r" disagree\b"),
        r"(?<!n't )(?<!not )(?<!never )"
        + rx(r"\bdisagree(?:d|s|ing)? with (?:the|your|this|that|their|how)\b"),
        rx(rf"\bI (?:[\w']+ )?{NEG} (?:[\w']+ )?agree\b(?! more)"),
        rx(r"\b(?:beg to differ|take issue with|push back on)\b"),
        rx(rf"\b{NEG} (?:[\w']+ )?accept (?:that\b|(?:the|this|your|that) (?:decision|outcome")
        + rx(r"|rejection|result|choice|feedback|assessment|point)\b)"),
        rx(r"\bfail(?:ing)? to see\b"),
        rx(r"\b(?:hard|difficult|impossible|tough) to (?:accept|believe|swallow)\b"),
        rx(rf"\b{NEG} (?:[\w']+ )?(?:understand|see|get) (?:the|your|this|that) (?:decision")
        + rx(r"|choice|outcome|rejection|logic|reasoning)\b"),
        rx(r"\b(?:decision|choice|outcome|rejection|this|it|that) (?:[\w']+ )?(?:makes?|made) ")
        + rx(r"no sense\b"),
        rx(r"\bcan'?t believe ")
        + gap(2)
        + rx(r"(?:you|they|the (?:team|panel|company)|I ")
        + rx(r"(?:was|wasn'?t|didn'?t|got))\b"),
        rx(r"\b(?:that's|this is|it's|that is|it is) (?:simply |just )?(?:not true|untrue")
        + rx(r"|false|not correct|incorrect)\b"),
        rx(r"\b(?:question(?:ing)?|challeng(?:e|ing)|disput(?:e|ing)|contest(?:ing)?|object")
        + rx(r"(?:ing)? to) (?:the|your|this|that) (?:decision|choice|judge?ment|assessment")
        + rx(r"|outcome|rejection|result)\b"),
        rx(r"\b(?:shocked|stunned|baffled|puzzled|confused|flabbergasted|gobsmacked)\b ")
        + gap(4)
        + f"(?:{NEG_CHOSEN}|{PASSIVE}|{THEY_CHOSE}|{DECISION})",
    ],
    "guilt": [
        # What the rejection costs at home or at work, told to them.
        rx(r"\b(?:explain|break|tell) (?:the news |it |this |that )?to my (?:wife|husband")
        + rx(r"|partner|kids|children|family|parents|mum|mom|dad|son|daughter|fianc\w*)\b"),
        rx(r"\b(?:already |had |have )?(?:handed|handed in|given|gave|put in) (?:in )?my ")
        + rx(r"(?:notice|resignation)\b"),
        rx(r"\b(?:already )?told my (?:current )?(?:boss|manager|employer|line manager|team) ")
        + rx(r"(?:I was|I'm|I am|that I was) (?:leaving|going|moving on)\b"),
        rx(r"\bput (?:everything|my (?:life|plans|other applications)|all else|everything ")
        + rx(r"else) on hold\b"),
        rx(r"\bI (?:cried|was crying|was in tears|broke down)\b"),
        rx(r"\bmy mental health\b"),
        rx(r"\b(?:couldn't|could not|can't|cannot) (?:really )?afford\b"),
        rx(r"\b(?:was|is) (?:very |so |really |quite )?(?:expensive|costly) for me\b"),
        rx(r"\b(?:really |was |were )?counting on (?:this|it|the job|the role|the offer)\b"),
        rx(r"\bmiss(?:ed|ing)? my (?:\w+'s )?(?:\w+ )?(?:play|birthday|wedding|graduation")
        + rx(r"|party|funeral|anniversary)\b"),
    ],
    "passive": [
        rx(r"\bI'?ll get right on (?:that|it)\b"),
        rx(r"\b(?:I'd|I would|I'd have|I would have|would have|would've) never (?:have )?")
        + rx(r"(?:guessed|known|figured)\b"),
        rx(r"\b(?:good|best of) luck (?:training|teaching|getting) (?:up )?(?:someone|them|him")
        + rx(r"|her|the new)\b"),
        rx(r"\b(?:certainly|quite|really) (?:an |a real )?(?:education|eye-?opener)\b"),
        rx(r"\breally (?:a |the )?personal touch\b"),
        rx(r"\b(?:someone|somebody|anyone|you|they) (?:in [\w-]+ )?remembered (?:that )?")
        + rx(r"I(?:'d| had)? applied\b"),
        rx(r"\bgee,? thanks\b"),
        rx(r"\bI(?:'m| am) used to (?:being|coming) (?:the )?(?:bridesmaid|runner-?up|second")
        + rx(r"|second choice|second best|overlooked|passed over)\b"),
        rx(r"\b(?:almost|nearly) forgotten I (?:applied|interviewed|existed)\b"),
        rx(r"\bmy time meant so much\b"),
    ],
    "argue": [
        rx(r"\b(?:useful|helpful|relevant) (?:for|to|in) (?:your|the) decision\b"),
        rx(r"\bI(?:'d| would)(?: have)? (?:been able to|be able to|have been) ")
        + rx(r"(?:[\w'-]+ ){1,8}from (?:day one|the first day|the start)\b"),
        # Not "what would make me a strong candidate next time?": a question about improving.
        r"(?<!would\s)(?<!could\s)(?<!will\s)(?<!to\s)"
        + rx(r"\bmakes? me (?:a |an )?(?:great|perfect|ideal|strong|good|excellent) (?:fit|match")
        + rx(r"|candidate|choice)\b"),
        rx(r"\bI(?:'m| am| was|'d have been| would have been| could have been) ")
        + rx(r"(?:(?:clearly|obviously|certainly|definitely|surely|easily|honestly|really")
        + rx(r"|truly) ){0,2}(?:the )?(?:best|perfect|ideal|strongest|most qualified|obvious")
        + rx(r"|right|top) (?:candidate|choice|fit|person|match|applicant|one)\b"),
        rx(r"\bI (?:[\w']+ )?(?:met|meet|exceeded|exceed|ticked|tick|matched|match|fulfilled")
        + rx(r"|fulfil|fulfill) (?:all|every|each|all of) (?:[\w-]+ )?(?:requirements?|criteria")
        + rx(r"|criterion|qualifications?|boxe?s?)\b"),
        rx(r"\bI(?:'m| am| was) (?:more than|over|highly|perfectly|fully|clearly|obviously")
        + rx(r"|well|extremely|exceptionally|very) qualified\b"),
        rx(r"\bI (?:[\w']+ )?deserved? (?:the|this|that|an?|to|better|more|it)\b"),
        rx(r"\bI(?:'m| am) (?:simply |just )?the best\b(?! (?:way|time|person to ask))"),
        rx(r"\bI (?:had|have|met|meet|tick|ticked) (?:all|every|everything) (?:of )?(?:the ")
        + rx(
            r"(?:qualifications|skills|requirements|criteria|boxes)|you (?:asked|were looking) for)"
        ),
        rx(r"\bI(?:'d| would)(?: have)? (?:be|been|make|made) (?:a |an )?(?:really |truly )?")
        + rx(r"(?:great|excellent|brilliant|amazing|perfect|fantastic|valuable|outstanding) ")
        + rx(r"(?:hire|fit|addition|asset|match|employee|candidate)\b"),
        rx(r"\b(?:an? |the )?(?:ideal|perfect) (?:match|fit) for (?:the|this|your)\b"),
        rx(r"\boverqualified\b"),
        rx(r"\bI know what I(?:'m| am|m) doing\b"),
        rx(r"\bI(?:'d| would) bring (?:you|the (?:team|company|business)) (?:a lot of|lots of")
        + rx(r"|so much|real)\b"),
        rx(r"\bas I hope (?:was|is|I made) clear\b"),
        rx(r"\b(?:no one|nobody|no-one)(?: (?:else|would have|could have|would've|could))* ")
        + rx(r"(?:worked|work|works) harder\b"),
        rx(r"\bI (?:should|ought to) have (?:been|got|gotten|received|had) (?:offered|hired")
        + rx(r"|selected|chosen|picked|the (?:job|role|offer|position)|an offer)\b"),
    ],
}

#: Every kind's rules, in the order the checker tries them where two match at one place.
RULES: dict[str, list[str]] = {
    "why": DEMANDS["why"],
    "compare": _OTHERS["compare"],
    "reconsider": DEMANDS["reconsider"],
    "fault": _OTHERS["fault"],
    "disagree": _OTHERS["disagree"],
    "justify": DEMANDS["justify"],
    "deadline": DEMANDS["deadline"],
    "guilt": _OTHERS["guilt"],
    "passive": _OTHERS["passive"],
    "argue": _OTHERS["argue"],
}
