"""askPage: whom to ask and how, the drafted request checked live, and when it was asked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from debrief.journal.practice import deadline, drafts
from debrief.journal.practice.profile import has_profile
from debrief.ui.appearance import tone
from debrief.ui.profile_dialog import ProfileDialog
from debrief.ui.rejection_wizard import phrases
from debrief.ui.rejection_wizard.ask_also import AskAlsoRow
from debrief.ui.rejection_wizard.base import (
    WizardPage,
    buddy,
    checked_value,
    datetime_edit,
    hint,
    parse_iso,
    radio_group,
    set_when,
    when_of,
)
from debrief.ui.rejection_wizard.deadline_calendar import add_deadline, calendar_button
from debrief.ui.rejection_wizard.message_editor import MessageEditor
from debrief.ui.template_editor import open_template_editor


class AskPage(WizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__("askPage", parent)
        self.setTitle(self.tr("Ask for advice"))
        self._people: list[dict] = []
        self._auto: tuple[str, str] | None = None  # the last draft we filled in
        self._channel_chosen = False  # until the user picks, the channel follows the notice
        self._profile_asked = False  # first use asks for the name once per opening
        self.deadline = QLabel(objectName="askDeadline", wordWrap=True)
        self.person = QComboBox(objectName="interviewerCombo", editable=True)
        self.person.lineEdit().setPlaceholderText(self.tr("Their name"))
        self.email = QLineEdit(objectName="interviewerEmail")
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.channel_group, self.channel = radio_group(
            self, {"email": self.tr("By e-m&ail"), "phone": self.tr("By p&hone")}, "channel"
        )
        # No parent yet: _build places it, so Tab reaches it after the rows above it.
        self.editor = MessageEditor("requestEdit", check=True, notice_name="templateNotice")
        self.editor.body.setAccessibleName(self.tr("Your request"))
        self.asked = QCheckBox(self.tr("I have as&ked them"), objectName="askedCheck")
        self.asked_at = datetime_edit("askedAt")
        self.asked_at.setAccessibleName(self.tr("When you asked"))
        self.in_time = QLabel(objectName="inTimeLabel", wordWrap=True)
        self.short = QCheckBox(objectName="shortFormCheck")
        self.count = QLabel(objectName="messageCount")
        self.profile_button = QPushButton(
            self.tr("Your name and si&gn-off…"), objectName="profileButton"
        )
        self.profile_button.clicked.connect(self.edit_profile)
        self.agency = QCheckBox(
            self.tr("Through a &recruiter"),
            objectName="agencyCheck",
        )
        self.agency.setToolTip(
            self.tr(
                "The interview came through a recruitment agency: the draft asks your "
                "recruiter to pass the request on to the hiring team."
            )
        )
        self.template_button = QPushButton(
            self.tr("Edi&t template…"), objectName="editTemplateButton"
        )
        self.template_button.clicked.connect(self.edit_template)
        self.template_notice = self.editor.template_notice
        self.also = AskAlsoRow()
        self.also.drafted.connect(lambda *_: self._update_asked())
        self.also.setVisible(False)
        self.calendar_button = calendar_button()
        self.calendar_button.clicked.connect(lambda: self.add_to_calendar())
        self._build()
        self.person.currentIndexChanged.connect(lambda *_: self._person_chosen())
        self.person.editTextChanged.connect(lambda *_: self._person_typed())
        self.channel_group.idToggled.connect(lambda *_: self._channel_changed())
        self.channel_group.idClicked.connect(lambda *_: setattr(self, "_channel_chosen", True))
        self.email.textChanged.connect(self._set_recipient)
        self.short.toggled.connect(lambda *_: self._form_changed())
        self.agency.toggled.connect(lambda *_: self._agency_changed())
        self.editor.body.textChanged.connect(self._count)
        self.asked.toggled.connect(lambda *_: self._update_asked())
        self.asked_at.dateTimeChanged.connect(lambda *_: self._update_asked())
        self.editor.edited.connect(self.edited)
        self.watch(
            self.person,
            self.email,
            self.short,
            self.agency,
            self.asked,
            self.asked_at,
            *self.channel.values(),
        )

    def _build(self) -> None:
        who = QHBoxLayout()
        who.addWidget(self.person, 3)
        who.addWidget(buddy(self.tr("E-&mail:"), self.email))
        who.addWidget(self.email, 3)
        how = QHBoxLayout()
        for button in self.channel.values():
            how.addWidget(button)
        how.addWidget(self.short)
        how.addWidget(self.agency)
        how.addStretch()
        form = QFormLayout()
        self.person_label = buddy(self.tr("&Interviewer:"), self.person)
        form.addRow(self.person_label, who)
        form.addRow(QLabel(self.tr("Ask:")), how)
        self.editor.button_row.addWidget(self.template_button)
        self.editor.button_row.addWidget(self.profile_button)
        asked_row = QHBoxLayout()
        asked_row.addWidget(self.asked)
        asked_row.addWidget(self.asked_at)
        asked_row.addWidget(self.in_time, 1)
        self.asked_hint = hint(
            self.tr("Not asked yet? Close the wizard: your draft waits in “Continue debrief”.")
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.deadline, 1)
        top.addWidget(self.calendar_button)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.count)
        layout.addLayout(asked_row)
        layout.addWidget(self.asked_hint)
        layout.addWidget(self.also)

    # -- filling from earlier answers ----------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        self._people = list(self.wizard().context["interviewers"])
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItems([p["name"] for p in self._people])
        chosen = data.get("interviewer_id")
        ids = [p["id"] for p in self._people]
        if chosen in ids:
            self.person.setCurrentIndex(ids.index(chosen))
        elif ids and not data.get("interviewer_name"):
            # The one met, or the most senior of several: the one to ask first.
            self.person.setCurrentIndex(drafts.addressee(self._people))
        else:
            self.person.setCurrentIndex(-1)
            self.person.setEditText(data.get("interviewer_name") or "")
        self.person.blockSignals(False)
        self.email.setText(data.get("interviewer_email") or self._chosen_email())
        self._channel_chosen = bool(data.get("channel"))
        self.short.blockSignals(True)
        self.short.setChecked(bool(data.get("short_form")))
        self.short.blockSignals(False)
        self.agency.blockSignals(True)
        self.agency.setChecked(self.wizard().through_agency())
        self.agency.blockSignals(False)
        self._name_who()
        wizard = self.wizard()
        self.also.bind(self.journal, wizard.interview_id, wizard.request_id, wizard.collect)
        self._follow_notice(data)
        if data.get("words"):
            self.editor.set_message(data.get("subject") or "", data["words"])
        self.asked.setChecked(bool(data.get("asked")))
        set_when(self.asked_at, data.get("asked_at"))
        self._channel_changed()
        self._update_asked()

    def _follow_notice(self, data: dict[str, Any]) -> None:
        """Told by phone: ask in that call. Otherwise by e-mail, unless the user chose."""
        channel = data.get("channel") if self._channel_chosen else None
        channel = channel or ("phone" if data.get("told_via") == "phone" else "email")
        self.channel[channel].setChecked(True)

    def refresh(self) -> None:
        data = self.data
        self._follow_notice(data)
        told_at = parse_iso(data.get("told_at"))
        self.calendar_button.setVisible(
            bool(told_at) and data.get("told_via") not in (None, "", "phone")
        )
        self.deadline.setText(
            phrases.deadline_text(
                data.get("told_via"), parse_iso(data.get("told_at")), dt.datetime.now()
            )
        )
        self.setSubTitle(
            self.tr(
                "Ask how you could improve, not why you were not chosen: people like giving "
                "advice more than defending decisions."
            )
        )
        if not self.editor.text().strip():
            self._redraft(force=True)
        self._update_asked()
        if self._first_use():
            self._profile_asked = True
            QTimer.singleShot(0, self, self._ask_profile)

    def _first_use(self) -> bool:
        """No profile yet, not skipped in this debrief, not asked since the wizard opened."""
        return not (
            self._profile_asked or self.data.get("profile_skipped") or has_profile(self.journal)
        )

    def _ask_profile(self) -> None:
        """First use: ask for the name the drafts sign with; skipping is remembered here."""
        if not self.isVisible():
            return
        dialog = self.edit_profile()
        skip = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        skip.setText(self.tr("&Skip for now"))
        dialog.rejected.connect(self._profile_skipped)
        # Closed, it left the focus on "Add to calendar…", the first button of the page:
        # the message is what the user reads and edits next.
        dialog.finished.connect(
            lambda _: self.editor.body.setFocus(Qt.FocusReason.OtherFocusReason)
        )

    def _profile_skipped(self) -> None:
        self.data["profile_skipped"] = True
        self.edited.emit()

    def _chosen_person(self) -> dict | None:
        row = self.person.currentIndex()
        if 0 <= row < len(self._people) and self.person.currentText() == self._people[row]["name"]:
            return self._people[row]
        return None

    def _chosen_email(self) -> str:
        person = self._chosen_person()
        return person["email"] if person else ""

    def _person_chosen(self) -> None:
        if self._chosen_person() is not None:
            self.email.setText(self._chosen_email())
        self._redraft()
        self._follow_also()

    def _person_typed(self) -> None:
        """A new name typed: drop the e-mail that belonged to the person chosen before."""
        known = {p["email"] for p in self._people if p["email"]}
        if self._chosen_person() is None and self.email.text() in known:
            self.email.clear()
        self._redraft()

    def _set_recipient(self, text: str) -> None:
        self.editor.recipient = text.strip()

    def _channel_changed(self) -> None:
        email = self.channel_value() == "email"
        self.short.setText(
            self.tr("As a &LinkedIn message") if email else self.tr("As a &voicemail")
        )
        self._form_changed()

    def _form_changed(self) -> None:
        """E-mail or LinkedIn message, call script or voicemail: only an e-mail has a subject."""
        self.editor.set_email(self.channel_value() == "email" and not self.short.isChecked())
        self._redraft()
        self._count()

    def _agency_changed(self) -> None:
        """Through an agency the recruiter is asked to pass the request on: redraft."""
        self.data["through_agency"] = self.agency.isChecked()
        self._name_who()
        self._redraft()

    def _name_who(self) -> None:
        """Through an agency the message goes to the recruiter: the label says so."""
        agency = self.agency.isChecked()
        self.person_label.setText(self.tr("Recru&iter:") if agency else self.tr("&Interviewer:"))

    def is_linkedin(self) -> bool:
        return self.channel_value() == "email" and self.short.isChecked()

    def _count(self) -> None:
        """A LinkedIn note may hold LINKEDIN_LIMIT characters: count them live as they type."""
        self.count.setVisible(self.is_linkedin())
        used, limit = len(self.editor.text()), drafts.LINKEDIN_LIMIT
        if used <= limit:
            text = self.tr("{used} of {limit} characters").format(used=used, limit=limit)
            self.count.setStyleSheet("")
        else:
            text = self.tr("{used} of {limit} characters: LinkedIn needs {over} fewer").format(
                used=used, limit=limit, over=used - limit
            )
            self.count.setStyleSheet(tone("warn"))
        self.count.setText(text)

    def channel_value(self) -> str:
        return checked_value(self.channel) or "email"

    def _redraft(self, force: bool = False) -> None:
        """Refill the request from the template while the user has not edited it."""
        current = (self.editor.subject.text(), self.editor.text())
        if not force and current != self._auto:
            return
        draft = drafts.request_draft(
            self.channel_value(),
            self.wizard().draft_context(self.person.currentText()),
            short=self.short.isChecked(),
        )
        self._auto = (draft.subject, draft.body)
        self.editor.set_draft(draft)

    def edit_template(self) -> None:
        """Edit the template this draft comes from; an untouched draft follows the edit."""
        context = {"through_agency": self.agency.isChecked()}
        name = drafts.request_template(self.channel_value(), self.short.isChecked(), context)
        editor = open_template_editor(self, name)
        editor.changed.connect(lambda *_: self._redraft())

    def add_to_calendar(self) -> bool:
        """The deadline as a calendar event: Debrief's own reminder, in the user's calendar."""
        wizard = self.wizard()
        return add_deadline(self, wizard.interview_id, wizard.context["company"], self.data)

    def edit_profile(self) -> ProfileDialog:
        """Set the name and sign-off once; an untouched draft is signed with them at once."""
        dialog = ProfileDialog(self.journal, self)
        dialog.accepted.connect(lambda: self._redraft())
        dialog.open()
        return dialog

    def _update_asked(self) -> None:
        self.asked_at.setEnabled(self.asked.isChecked())
        self.asked_hint.setVisible(not self.asked.isChecked())
        in_time = None
        data = self.wizard().data if self.wizard() else {}
        told_at = parse_iso(data.get("told_at"))
        if self.asked.isChecked() and told_at and data.get("told_via"):
            asked_at = self.asked_at.dateTime().toPython()
            in_time = deadline.is_in_time(told_at, data["told_via"], asked_at)
        self.in_time.setText(phrases.in_time_text(in_time))
        self._follow_also()
        self.completeChanged.emit()

    def _follow_also(self) -> None:
        """Offer asking someone else too, never the person this request is to."""
        person = self._chosen_person()
        self.also.follow(self.asked.isChecked(), self._people, person["id"] if person else None)

    def isComplete(self) -> bool:
        return self.asked.isChecked()

    def store(self, data: dict[str, Any]) -> None:
        person = self._chosen_person()
        data["interviewer_id"] = person["id"] if person else None
        data["interviewer_name"] = self.person.currentText().strip()
        data["interviewer_email"] = self.email.text().strip()
        data["channel"] = self.channel_value()
        data["short_form"] = self.short.isChecked()
        data["through_agency"] = self.agency.isChecked()
        data["subject"] = self.editor.subject.text()
        data["words"] = self.editor.text()
        data["asked"] = self.asked.isChecked()
        data["asked_at"] = when_of(self.asked_at) if self.asked.isChecked() else None
