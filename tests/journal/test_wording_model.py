"""The wording classifier ships in the package, loads only when asked, and never goes online."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

from debrief.journal.practice.model_files import MODEL_FILES
from debrief.journal.practice.wording import Purpose, wording_problems
from debrief.journal.practice.wording.classifier import load_model

_NO_NETWORK = """
import socket, sys

class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        raise OSError("the wording check must never open a socket")

socket.socket = NoSocket
socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("no network"))
"""


def _run(code: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_model_files_are_package_data():
    folder = resources.files("debrief.journal.practice.wording") / "model"
    assert all((folder / name).is_file() for name in MODEL_FILES)


def test_importing_the_rules_of_the_practice_loads_no_model_and_no_numpy():
    report = _run(
        "import json, sys\n"
        "import debrief.journal.guidance\n"
        "from debrief.journal.practice.wording import classifier\n"
        "print(json.dumps({'numpy': 'numpy' in sys.modules, 'loaded': classifier.is_loaded()}))"
    )
    assert report == {"numpy": False, "loaded": False}


def test_the_first_check_loads_the_model_with_sockets_blocked():
    report = _run(
        _NO_NETWORK + "import json\n"
        "from debrief.journal.guidance import wording_problems\n"
        "from debrief.journal.practice.wording import classifier\n"
        "kinds = [p.kind for p in wording_problems("
        "'Honestly, I think you are making a big mistake here. It was good to meet the team.')]\n"
        "print(json.dumps({'loaded': classifier.is_loaded(), 'kinds': kinds}))"
    )
    assert report["loaded"] is True
    assert report["kinds"]


def test_the_classifier_catches_intent_the_phrases_miss():
    model = load_model()
    (guess,) = model.guess(["Please send me the reasons by Monday."])
    assert guess.flagged


def _accept_all(text: str, purpose: Purpose) -> str:
    """Accept the first rewrite, check again, accept the next: as a user clicking twice."""
    for _ in range(5):
        problems = wording_problems(text, purpose)
        if not problems:
            break
        first = problems[0]
        text = text[: first.start] + first.suggestion + text[first.end :]
    return text


def test_accepting_two_rewrites_in_a_row_repeats_no_sentence():
    text = "Why wasn't I selected? Why did you choose someone else? Thanks, Sam"
    fixed = _accept_all(text, Purpose.REQUEST)
    sentences = [s.strip() for s in fixed.replace("?", "?|").replace(".", ".|").split("|")]
    sentences = [s for s in sentences if s]
    assert len(sentences) == len(set(sentences)), fixed
    assert wording_problems(fixed) == []


def test_rewrites_fit_the_message_they_go_into():
    thank = wording_problems("Thanks for the feedback. Why wasn't I selected?", Purpose.THANK)
    assert thank and all("improve" not in p.suggestion.lower() for p in thank)
    assert all("feedback" not in p.suggestion.lower() for p in thank)
    request = wording_problems("I strongly disagree.", Purpose.REQUEST)
    assert request and "that's helpful" not in request[0].suggestion.lower()


def test_a_very_long_message_is_checked_in_part_in_a_moment_and_says_so():
    import time

    from debrief.journal.practice.wording.verdict import MAX_CHECKED, READ_IN_PART, check_message

    text = "Why was I not selected? " + "Thank you for your time. " * 40_000
    began = time.perf_counter()
    verdict = check_message(text, Purpose.REQUEST)
    assert time.perf_counter() - began < 1.0
    assert verdict.note == READ_IN_PART and len(text) > MAX_CHECKED
    assert [(p.kind, p.start) for p in verdict.problems] == [("why", 0)]


def test_good_news_only_when_the_message_does_its_job():
    from debrief.journal.practice.wording import ENGLISH_ONLY, check_message

    assert check_message("Thanks.", Purpose.REQUEST).good_news is None
    assert check_message("Thanks.", Purpose.THANK).good_news
    assert check_message("Could you give me an example?", Purpose.CLARIFY).good_news
    assert check_message("What do you mean?", Purpose.CLARIFY).good_news is None
    french = check_message("Pourquoi je n'ai pas été retenu pour ce poste ?", Purpose.REQUEST)
    assert french.note == ENGLISH_ONLY and french.good_news is None and not french.problems
    advice = "Could you share what I could improve before my next interview?"
    assert check_message(advice, Purpose.REQUEST).good_news
