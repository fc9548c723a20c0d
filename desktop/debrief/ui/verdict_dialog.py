"""verdictDialog: changing one's mind later about a stored point, from the main window.

A point first judged an impression may turn out a true weakness after the next interview,
or the user may come to disagree: the verdict, a note of why and the action change
together (journal/practice/verdicts.change_verdict).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice.next_steps import suggested_action
from debrief.journal.practice.verdicts import change_verdict
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Refused
from debrief.ui.error_dialogs import show_problems


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


class VerdictDialog(QDialog):
    """A point's words, and what the user now thinks of them: weakness, impression, or not."""

    def __init__(self, journal: Journal, point: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent, objectName="verdictDialog")
        self.setWindowTitle(self.tr("What I think of this point"))
        self.journal = journal
        self.point = point
        said = QLabel(
            self.tr("They said: “{words}”").format(words=" ".join(point["words"].split())),
            objectName="verdictWords",
            wordWrap=True,
        )
        said.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = {
            "true_weakness": (self.tr("A true &weakness: a skill to practise"), "verdictWeakness"),
            "impression": (
                self.tr("An &impression I gave: a strength to show"),
                "verdictImpression",
            ),
            "disagree": (
                self.tr("I &disagree: keep it with a note, no action"),
                "verdictDisagree",
            ),
        }
        for value, (text, name) in choices.items():
            button = QRadioButton(text, objectName=name)
            self.group.addButton(button)
            self.buttons[value] = button
        if point.get("verdict") in self.buttons:
            self.buttons[point["verdict"]].setChecked(True)
        self.note = QPlainTextEdit(point.get("note") or "", objectName="verdictNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Why, in your words (optional)"))
        self.note.setAccessibleName(self.tr("Your note"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        self.effect = QLabel(objectName="verdictEffect", wordWrap=True)
        self.effect.setStyleSheet("color: palette(placeholder-text);")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Fusion's OK has no mnemonic: Alt+O would type an "o" into the field instead.
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&OK"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        for button in self.buttons.values():
            layout.addWidget(button)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.effect)
        layout.addWidget(box)
        self.group.buttonToggled.connect(lambda *_: self._show_effect())
        self._show_effect()
        self.resize(520, self.sizeHint().height())

    def verdict(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def action_text(self) -> str:
        """The action a point without one gets from its new verdict, in the user's words."""
        found = suggested_action(
            self.point["kind"], self.verdict(), self.point["theme"], self.point["words"]
        )
        return self.tr(found.text).format(theme=found.theme, advice=found.advice) if found else ""

    def _show_effect(self) -> None:
        """Say what OK will do to the point's action before the user presses it."""
        verdict = self.verdict()
        self.ok.setEnabled(verdict is not None)
        action = self.point.get("action") or ""
        if verdict is None:
            text = self.tr("Choose what you think of it now.")
        elif verdict == "disagree":
            text = (
                self.tr("Its action “{action}” goes, unless you have done it.").format(
                    action=action
                )
                if action
                else self.tr("It keeps no action; your note stays with it.")
            )
        elif action:
            text = self.tr("It keeps its action: “{action}”.").format(action=action)
        else:
            text = self.tr("It gets a new action: “{action}”.").format(action=self.action_text())
        self.effect.setText(text)

    def accept(self) -> None:
        try:
            change_verdict(
                self.journal,
                self.point["id"],
                self.verdict(),
                self.note.toPlainText().strip(),
                self.action_text(),
            )
        except Refused as exc:
            show_problems(self, exc.problems)
            return
        super().accept()
