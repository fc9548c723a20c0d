"""Edited templates: a private copy the drafts use, restored on demand, never a crash."""

from __future__ import annotations

import stat

import pytest

from debrief.journal.practice import drafts, templates_store
from debrief.journal.practice.templates_store import TemplateProblem

VALUES = {"interviewer_name": "Ann Lee", "role": "Data analyst", "company": "Acme"}
MINE = "Subject: A quick question\n\nHello {interviewer_name}, about {role}: any advice?\n"


def test_a_saved_copy_is_private_and_used_until_restored(templates_folder):
    path = templates_store.save("ask_email", MINE)
    assert path == templates_folder / "ask_email.txt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert templates_store.is_edited("ask_email")
    draft = drafts.draft("ask_email", **VALUES)
    assert (draft.subject, draft.body) == (
        "A quick question",
        "Hello Ann Lee, about Data analyst: any advice?",
    )
    assert draft.problem is None and draft.template == "ask_email"

    templates_store.restore("ask_email")
    assert not path.exists() and not templates_store.is_edited("ask_email")
    assert "I accept the decision" in drafts.draft("ask_email", **VALUES).body


def test_saving_the_original_unchanged_keeps_no_copy(templates_folder):
    templates_store.save("thank_email", templates_store.shipped_text("thank_email"))
    assert not (templates_folder / "thank_email.txt").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"Hi {interviewer_nmae},\n", TemplateProblem.UNKNOWN_PLACEHOLDER),
        (b"\xff\xfe\x00 not UTF-8 \xc3", TemplateProblem.UNREADABLE),
        (b"  \n", TemplateProblem.EMPTY),
    ],
)
def test_a_broken_copy_falls_back_to_the_original_and_says_why(templates_folder, content, problem):
    templates_folder.mkdir()
    (templates_folder / "ask_email.txt").write_bytes(content)
    draft = drafts.draft("ask_email", **VALUES)
    assert draft.problem is problem
    assert draft.body.startswith("Hi Ann Lee,") and "I accept the decision" in draft.body
    if problem is TemplateProblem.UNKNOWN_PLACEHOLDER:
        assert draft.unknown == ("interviewer_nmae",)


def test_a_copy_that_is_a_folder_is_unreadable_not_a_crash(templates_folder):
    (templates_folder / "follow_up_email.txt").mkdir(parents=True)
    draft = drafts.follow_up_draft({"interviewer": "Ann"})
    assert draft.problem is TemplateProblem.UNREADABLE and draft.body.startswith("Hi Ann,")


def test_saving_an_unknown_placeholder_is_refused_and_the_copy_kept(templates_folder):
    templates_store.save("ask_email", MINE)
    with pytest.raises(ValueError) as refused:
        templates_store.save("ask_email", "Hi {name},")
    assert refused.value.args[0] is TemplateProblem.UNKNOWN_PLACEHOLDER
    assert templates_store.own_text("ask_email") == MINE


def test_every_shipped_template_uses_only_known_placeholders():
    for name in templates_store.TEMPLATES:
        assert templates_store.problem_of(templates_store.shipped_text(name)) == (None, ())
