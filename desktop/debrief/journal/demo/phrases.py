"""The demo journal's words: companies, roles, interviewer names and what was said."""

from __future__ import annotations

COMPANIES = (
    "Northwind Analytics", "Bluefin Logistics", "Copperleaf Health", "Lumen Ridge Software",
    "Harbor & Pike Insurance", "Quillstone Media", "Tallgrass Energy", "Orbitel Telecom",
    "Greywater Labs", "Maple Circuit", "Saffron Payments", "Kestrel Robotics",
    "Brightwell Learning", "Vantage Freight", "Corvid Security", "Meadowlark Foods",
    "Pinecrest Bank", "Helix Biometrics",
)  # fmt: skip
ROLES = (
    "Senior Backend Engineer", "Software Engineer", "Platform Engineer", "Data Engineer",
    "Full-Stack Developer", "Site Reliability Engineer", "Engineering Team Lead",
)  # fmt: skip
FIRST_NAMES = (
    "Priya Jonas Mei Farid Chloe Tomasz Amara Lukas Sofia Kenji Ines Daniel Grace Omar "
    "Elena Marcus Yuki Noah Leila Anders"
).split()
LAST_NAMES = (
    "Patel Becker Chen Haddad Martin Nowak Okafor Schmidt Rossi Tanaka Ferreira Walsh "
    "Kim Aziz Petrova Lindqvist Moreau Brooks"
).split()
TITLES = {
    "screen": ("Talent Partner", "Recruiter"),
    "technical": ("Senior Engineer", "Staff Engineer"),
    "onsite": ("Engineering Manager", "Senior Engineer", "Product Manager"),
    "final": ("Director of Engineering", "VP Engineering"),
    "other": ("Recruiter",),
}
CUSTOM_THEME = "Salary expectations"

# Words an interviewer might really say, by (kind, theme). Sampled without repeats.
POINT_WORDS: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("held_back", "Enthusiasm"): (
        "Honestly, you came across as a bit flat; we weren't sure you wanted this job.",
        "The panel felt you seemed disinterested when we talked about the product roadmap.",
        "You never really said why us. It sounded like one application among many.",
        "Your answers were solid, but there wasn't much energy behind them.",
    ),
    ("held_back", "Technical depth"): (
        "When we pushed on the caching design you stayed at a high level.",
        "Your answer on database indexing was correct but shallow for a senior role.",
        "You struggled to explain the trade-offs between threads and async I/O.",
        "The design round ran out of time before you got to failure handling.",
    ),
    ("held_back", "Communication"): (
        "Some answers ran long and it was hard to follow where they were going.",
        "You jumped into code before clarifying the problem with the interviewer.",
        "It was hard to tell what you did yourself versus what the team did.",
    ),
    ("held_back", "Preparation"): (
        "You didn't seem to know what our product does, which surprised the panel.",
        "You asked about things the job description covers in detail.",
        "It would have helped to read up on our recent move into logistics.",
    ),
    ("held_back", "Experience fit"): (
        "We needed someone who has run on-call for a large system, and we didn't hear that.",
        "Your background is mostly batch processing; this role is real-time streaming.",
        "The hiring manager felt the level needs more people-management experience.",
    ),
    ("held_back", "Culture fit"): (
        "Most of your stories were about solo work, and we work very collaboratively.",
    ),
    ("held_back", "First impression"): (
        "You joined the call a few minutes late and seemed flustered at the start.",
        "The first minutes felt rushed; your introduction was hard to follow.",
    ),
    ("held_back", "Questions asked"): (
        "When we asked if you had questions for us, you didn't have any.",
        "Your questions were about perks rather than the team or the work.",
        "We'd have liked questions about how the team ships and measures success.",
    ),
    ("held_back", CUSTOM_THEME): (
        "Your salary expectation was well above the band for this level.",
    ),
    ("held_back", None): ("It was a close call; nothing specific, just a general feeling.",),
    ("went_well", "Technical depth"): (
        "Your coding exercise was clean and well tested; that stood out.",
        "You clearly know Python inside out.",
        "Your debugging approach in the pairing session was methodical.",
    ),
    ("went_well", "Culture fit"): (
        "Everyone enjoyed talking with you; the team said you'd be easy to work with.",
        "Your story about mentoring a junior colleague went down well.",
    ),
    ("went_well", "Communication"): (
        "You explained your past project very clearly.",
        "Your answers were structured and to the point.",
    ),
    ("went_well", "Enthusiasm"): (
        "You were clearly excited about what we're building; that came through.",
        "We liked that you had tried the product and had ideas for it.",
    ),
    ("went_well", "Experience fit"): ("Your payments experience is very relevant to us.",),
    ("advice", "Questions asked"): (
        "Prepare two or three questions about how the team works; interviewers notice.",
    ),
    ("advice", "Communication"): (
        "Try structuring answers as the situation, what you did, and the result.",
    ),
    ("advice", "Technical depth"): ("Practise a full system design out loud in 45 minutes.",),
    ("advice", "Preparation"): ("Spend twenty minutes on the company's blog before the call.",),
    ("advice", "Enthusiasm"): ("Tell them early why this role in particular interests you.",),
    ("advice", CUSTOM_THEME): ("Ask the recruiter for the salary band before giving a number.",),
}
CLARIFY: dict[str, tuple[str, str]] = {
    "Enthusiasm": (
        "Could you give me an example of a moment where I came across that way?",
        "When Priya described the roadmap you nodded and moved straight on to the hours.",
    ),
    "Technical depth": (
        "Which part of the design would you have wanted more detail on?",
        "How the cache stays consistent when two writers update the same record.",
    ),
    "Communication": (
        "Was there a particular answer that ran long?",
        "The question about your biggest project took almost ten minutes.",
    ),
    "Preparation": ("What would you expect a candidate to know beforehand?", ""),
    "Experience fit": (
        "What kind of on-call experience were you looking for?",
        "Leading incident response for a customer-facing service, end to end.",
    ),
    "Questions asked": ("What kind of questions do strong candidates ask you?", ""),
}
# theme, what to practise, status, created (days ago), done (days ago)
ACTIONS = (
    ("Preparation", "Research each company for 30 minutes: product, news, interviewers.",
     "done", 330, 270),
    ("Enthusiasm", "Prepare two specific reasons I want each role and say them early.",
     "done", 300, 235),
    ("Experience fit", "Rewrite my CV bullets to lead with on-call and incident work.",
     "done", 200, 150),
    ("Communication", "Practise STAR answers out loud, two minutes each, with a timer.",
     "done", 165, 120),
    ("Technical depth", "One full system design mock a week: caching, queues, failures.",
     "practising", 110, None),
    ("Questions asked", "Write three questions about the team and the work before each call.",
     "open", 25, None),
)  # fmt: skip
NOTES = (
    "Video call, ran ten minutes over.",
    "Panel of three; whiteboard exercise on a shared doc.",
    "Take-home first, then a review of it with two engineers.",
    "Friendly conversation, mostly about my last project.",
    "Felt rushed; the interviewer joined late.",
    "On site, with lunch with the team.",
)

ASK = {
    "email": (
        "Dear {first},\n\nThank you for letting me know, and for the time you and the team "
        "spent with me on the {role} interviews. I have another interview coming up and would "
        "really value your advice: were there areas where I could have been stronger, or "
        "anything you would suggest I work on?\n\nKind regards"
    ),
    "phone": (
        "Thank you for calling to let me know. Before you go, could I ask for your advice? I "
        "am preparing for other interviews: is there anything I could do better next time?"
    ),
}
THANKS = (
    "Dear {first},\n\nThank you for taking the time to share your comments; they are really "
    "helpful and I will put them to use in my next interviews.\n\nBest wishes"
)
