"""Word groups the classifier shares evidence through: "deciding factor" and "reason" are one idea.

A bag of words learns "reason" from the sentences that use "reason"; with a few hundred
examples per kind it never sees most synonyms. Each group below names one idea that matters to
the wording coach, so a synonym the training data lacks still lights up its group's feature.
Written from the kinds' definitions, not from any sentence of the held-out set.
"""

from __future__ import annotations

_GROUPS: dict[str, str] = {
    "REASON": "reason why cause factor basis grounds rationale reasoning dealbreaker deciding "
    "tip tipped swung counted against held kept prevented stopped missing lacking lacked "
    "decisive tipped sticking wrong problem issue concern reservation",
    "CHOSEN": "select selected selection choose chose chosen pick picked hire hired hiring "
    "offer offered shortlist shortlisted progress progressed advance advanced successful "
    "unsuccessful cut rejected reject rejecting rejection declined eliminated refused taken",
    "DECISION": "decision outcome verdict result choice call",
    "OTHER": "other another someone somebody candidate applicant finalist winner internal "
    "them him her they person",
    "COMPARE": "than compare compared comparison versus against stack rank ranked apart "
    "instead over",
    "AGAIN": "again reconsider review revisit rethink second appeal reopen change reverse redo "
    "crack resubmit retry rerun reschedule fresh back running mind wiggle room door shut "
    "retake recheck reassess re-evaluate reevaluate overturn another once",
    "HIGHER": "ceo director head hr escalate escalating forwarded copied cc complaint complain "
    "lawyer legal formally formal tribunal",
    "BLAME": "unfair unjust biased bias rigged discrimination discriminatory mistake wrong error "
    "fixed stitch favourite favorite favoured connections nepotism formality predetermined "
    "misled misrepresented listening distracted late blew dropped ball regret ridiculous "
    "overlooked ignored misjudged regret loss injustice partial disadvantage rude joke "
    "shambles mess shame shameful terrible awful incompetent unprofessional "
    "farce setup stitch rushed disorganised disorganized unclear vague dismissed penalised "
    "penalized misled slip messed",
    "NEG": "not no never nothing nobody none without",
    # Words that contradict or insist; plain verbs of saying ("said", "explained") are not
    # here: they as often own a slip ("I explained it badly") as correct the panel.
    "CONTRA": "disagree untrue false incorrect inaccurate actually did literally clearly "
    "definitely certainly fact recognise recognize misread misinterpreted nope dispute",
    "DEMAND": "explain explanation justify justification owed owe deserve entitled demand "
    "expect require insist transparency transparent account breakdown scores score marks notes "
    "evidence criteria written writing document documented confirm who",
    "SELF": "best perfect ideal strongest qualified overqualified excellent outstanding "
    "exceptional proven track record skills experience exactly asset excel excelled "
    "hardworking capable confident certain sure smashed nailed convinced smash "
    "vouch suitability suitable fit",
    # Words that are dismissive or ironic in themselves. Warm or neutral words that sarcasm
    # borrows ("lovely", "enjoy", "good luck", "interesting", "professional") are left out:
    # in the group they made sincere good wishes look sarcastic; their context tells.
    "SNARK": "finally guess suppose whatever wow classic figures shocker waste wasting lol "
    "ghosting eventually courtesy suspected collection ha supposedly glassdoor warn "
    "bravo generic template noted apparently obviously bothered huh duly famous mere",
    "COST": "quit resigned rent family kids children savings unpaid leave travelled traveled "
    "relocated moved landlord visa borrowed sick parent stressed slept sleep dream hope "
    "turned postponed rearranged refused gave sold bought expense cost costs "
    "drove flew money loan debt mortgage wedding holiday devastated heartbroken crushed "
    "crying gutted counting relying depending needed desperate notice sacrificed cancelled",
    "WHEN": "today tomorrow tonight monday tuesday wednesday thursday friday weekend eod cob "
    "asap urgent urgently deadline latest hours immediately within until later chase chasing "
    "promptly",
    "ADVICE": "advice advise improve improvement improving tips tip pointers suggest suggestion "
    "suggestions recommend focus develop learn grow areas guidance practise practice",
    "THANKS": "thank thanks grateful appreciate appreciated cheers pleasure enjoyed kind",
    "EXAMPLE": "example instance clarify elaborate specific part moment answer which",
    "ACCEPT": "understand understandable respect accept sense worries fair sorry apologies "
    "totally completely fully",
    "FUTURE": "future next reapply upcoming later year",
    "PRESS": "waiting wait still reply respond response chase anyone third fourth fifth "
    "ignored ignoring ages expect expecting booked",
    "RANK": "top rank ranked rate rated relative rest among placed position shortlist "
    "background list",
    "FEEDBACK": "feedback comment comments point assessment assessed description summary "
    "reading conclude concluded conclusion judge judged judgement tell described",
    "LOGISTICS": "attach attached attaching cv resume phone number address email mail calendar "
    "available availability landed office reference references link sent send sending "
    "received receive returned",
    "AGREE": "agree right spot helpful useful makes valid true struggled struggle "
    "nervous nerves rambled flustered",
    "SPAN": "month months week weeks days minutes line lines sentence sentences brief speed "
    "fast quick lightning silence least always doubt",
    "VIEW": "recollection misremembered misunderstood misheard opinion record straight hardly "
    "impression reflection characterisation accurate inaccurate",
    "VALUE": "value energy ideas roadmap ground running hardest good great strong talent "
    "reiterate remind emphasise emphasize highlight",
}


def _table() -> dict[str, str]:
    from debrief.journal.practice.wording.features import stem

    table: dict[str, str] = {}
    for group, words in _GROUPS.items():
        for word in words.split():
            table.setdefault(stem(word), group)
    return table


_TABLE: dict[str, str] | None = None


def concept(word: str) -> str | None:
    """The group a stemmed word belongs to, if any."""
    global _TABLE
    if _TABLE is None:
        _TABLE = _table()
    return _TABLE.get(word)
