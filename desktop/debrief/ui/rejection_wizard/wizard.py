"""The rejection wizard: from "I was not selected" to a request, feedback, thanks and a plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from debrief.journal.practice import debriefs
from debrief.journal.practice.profile import load_profile
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Refused
from debrief.ui.error_dialogs import show_problems
from debrief.ui.keep_question import ask_keep
from debrief.ui.plurals import counted
from debrief.ui.rejection_wizard.ask_page import AskPage
from debrief.ui.rejection_wizard.base import PAGE_OF_STEP, STEPS, Page, WizardPage
from debrief.ui.rejection_wizard.clarify_page import ClarifyPage
from debrief.ui.rejection_wizard.improve_page import ImprovePage, acts_on
from debrief.ui.rejection_wizard.listen_page import ListenPage
from debrief.ui.rejection_wizard.notice_page import NoticePage
from debrief.ui.rejection_wizard.points_model import PointsModel
from debrief.ui.rejection_wizard.thank_page import ThankPage
from debrief.ui.screen_fit import fit_to_screen

AUTOSAVE_MS = 1500  # a pause in typing saves the draft, so quitting the app loses nothing


class RejectionWizard(QWizard):
    """The debrief of one interview. Opening it starts or resumes the interview's debrief.

    Raises Refused when the journal cannot take the new debrief (e.g. read-only).
    `start_at` opens at that page instead of the one reached (a reminder's click), as far
    as the pages before it are complete.
    """

    def __init__(
        self,
        journal: Journal,
        interview_id: int,
        parent: QWidget | None = None,
        start_at: Page | None = None,
        request_id: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("rejectionWizard")
        self.journal = journal
        self.interview_id = interview_id
        self.context = debriefs.interview_context(journal, interview_id)
        debrief = debriefs.start(journal, interview_id, request_id)
        self.request_id = debrief.request_id
        self.data: dict[str, Any] = dict(debrief.data)
        self.skipped_empty = 0
        self.committed: debriefs.Committed | None = None
        self.closed = False  # finished, kept or discarded: nothing more to save
        self._quiet = True  # no saving while the pages are filled and the step replayed
        self.points_model = PointsModel(self.data.get("points") or [], self)
        self.setWindowTitle(
            self.tr("Debrief: {role} at {company}").format(
                role=self.context["role"], company=self.context["company"]
            )
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        # Titles name the user's company and files: shown as written, never as markup.
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton)
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("How this works"))
        self.helpRequested.connect(self._show_guide)
        self._add_pages()
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        fit_to_screen(self, 760, 600)
        self._replay(start_at or PAGE_OF_STEP.get(debrief.step, Page.NOTICE))
        self._quiet = False
        self.currentIdChanged.connect(self._page_changed)
        QCoreApplication.instance().aboutToQuit.connect(self._save_on_quit)

    def _show_guide(self) -> None:
        from debrief.ui.guide_dialog import GuideDialog

        GuideDialog(self).exec()

    def _add_pages(self) -> None:
        self.pages: dict[Page, WizardPage] = {
            Page.NOTICE: NoticePage(self),
            Page.ASK: AskPage(self),
            Page.LISTEN: ListenPage(self.points_model, self),
            Page.CLARIFY: ClarifyPage(self.points_model, self),
            Page.THANK: ThankPage(self),
            Page.IMPROVE: ImprovePage(self.points_model, self),
        }
        for page_id, page in self.pages.items():
            self.setPage(int(page_id), page)
        for page in self.pages.values():
            page.load(self.data)
            page.edited.connect(self._edited)

    def _replay(self, target: Page) -> None:
        """Open at the page reached, with the earlier pages in Back's history."""
        self.restart()
        while self.currentId() != int(target) and self.currentId() < int(target):
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break  # a page is not complete (e.g. a damaged draft): stop there

    # -- what the pages share ------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        """The draft as the pages show it now."""
        for page in self.pages.values():
            page.store(self.data)
        return self.data

    def draft_context(self, interviewer_name: str | None) -> dict[str, Any]:
        """What the message templates fill in: names, role, company, the user's sign-off."""
        profile = load_profile(self.journal)
        return {
            "interviewer": (interviewer_name or "").strip(),
            "company": self.context["company"],
            "role": self.context["role"],
            "stage": self.context["stage"],
            "interview_date": self.context["date"],
            "their_point": self.quoted_point(),
            "user_name": profile.name,
            "signature": profile.signature,
            "through_agency": self.through_agency(),
            "coming_up": self.context["coming_up"],
        }

    def through_agency(self) -> bool:
        """As the user said on the Ask page, else as the application's source says."""
        said = self.data.get("through_agency")
        return bool(self.context["agency"] if said is None else said)

    def quoted_point(self) -> str:
        """One point they made, for the thank-you to quote: advice or criticism first."""
        points = [p for p in self.points_model.points() if (p.get("words") or "").strip()]
        points.sort(key=lambda p: p.get("kind") == "went_well")
        if not points:
            return ""
        words = " ".join(points[0]["words"].split()).rstrip(".")
        return words if len(words) <= 120 else words[:120].rsplit(" ", 1)[0] + "…"

    def has_held_back(self) -> bool:
        """Whether a point leads somewhere (criticism or advice): the improve page follows."""
        return any(acts_on(p) for p in self.points_model.points())

    def skipped_text(self) -> str:
        if not self.skipped_empty:
            return ""
        n = self.skipped_empty
        return counted(self.tr("%n empty point(s) had no words and so were left out.", "", n), n)

    # -- saving --------------------------------------------------------------------------
    def current_step(self) -> str:
        page = self.currentId()
        return STEPS[Page(page)] if page in STEPS else STEPS[Page.NOTICE]

    def _edited(self) -> None:
        if not self._quiet and not self.closed:
            self._autosave.start()

    def save_draft(self) -> bool:
        """Keep everything typed and the page reached; False (after saying why) if refused."""
        self._autosave.stop()
        if self.closed:
            return True
        try:
            debriefs.save_draft(self.journal, self.request_id, self.current_step(), self.collect())
        except Refused as exc:
            show_problems(self, exc.problems)
            return False
        return True

    def _save_on_quit(self) -> None:
        """Quitting the app with the wizard open keeps the last keystrokes too."""
        if not self.closed and not self.journal.closed:
            self.save_draft()

    def _page_changed(self, page_id: int) -> None:
        if not self._quiet and page_id >= 0:
            self.save_draft()

    # -- ending --------------------------------------------------------------------------
    def accept(self) -> None:
        """Finish: commit everything in one transaction, or keep the wizard open if refused."""
        data = self.collect()
        response = data.get("response")
        commit = {
            "declined": debriefs.record_declined,
            "no_reply": debriefs.record_no_reply,
        }.get(response, debriefs.finish)
        if response == "no_reply" and data.get("close_silence"):
            commit = debriefs.close_as_silence
        try:
            self.committed = commit(self.journal, self.request_id, data)
        except Refused as exc:
            show_problems(self, exc.problems)
            return
        self.closed = True
        self._autosave.stop()
        super().accept()

    def ask_keep_draft(self) -> str:
        """'keep', 'discard' or 'stay': what to do with an unfinished debrief on Cancel."""
        return ask_keep(
            self,
            self.tr("Keep this debrief for later?"),
            self.tr(
                "Everything you entered is kept, and the interview shows “Continue debrief” "
                "so you can pick up on this page."
            ),
            (self.tr("&Keep for later"), self.tr("&Discard"), self.tr("&Go back")),
        )

    def reject(self) -> None:
        """Cancel, Esc or closing the window: keep the draft or discard it, as the user says."""
        if self.closed:
            super().reject()
            return
        choice = self.ask_keep_draft()
        if choice == "stay":
            return
        if choice == "keep":
            if not self.save_draft():
                return
        else:
            self._autosave.stop()
            try:
                debriefs.discard(self.journal, self.request_id)
            except Refused as exc:
                show_problems(self, exc.problems)
                return
        self.closed = True
        self._autosave.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # QDialog's closeEvent calls reject(); ignoring the close keeps "Go back" honest.
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
