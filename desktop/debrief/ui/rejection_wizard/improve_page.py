"""improvePage: per point to act on, the verdict and the next step it suggests."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice import debriefs
from debrief.journal.practice.next_steps import Approach, approach, suggested_action
from debrief.ui.rejection_wizard.base import (
    WizardPage,
    buddy,
    checked_value,
    exact_text,
    hint,
    radio_group,
)
from debrief.ui.rejection_wizard.point_list import PointList
from debrief.ui.rejection_wizard.points_model import PointsModel
from debrief.ui.translations import journal_text

#: The verdicts a criticism can get, and the two an advice point can get ("use" is stored
#: as no verdict: advice needs no judgement to be tried).
CRITICISM = ("true_weakness", "impression", "disagree")
ADVICE = ("use", "disagree")


def acts_on(point: dict) -> bool:
    """Criticism and advice lead somewhere; praise is kept for the prep sheet."""
    return point.get("kind") in ("held_back", "advice")


class ImprovePage(WizardPage):
    def __init__(self, model: PointsModel, parent=None) -> None:
        super().__init__("improvePage", parent)
        self.setTitle(self.tr("Improve"))
        self.setSubTitle(
            self.tr(
                "A point is either a true weakness, or an impression you gave by not showing "
                "a strength. Both are worth working on: one by practice, one by presentation."
            )
        )
        self.model = model
        self._action_ids: list[int | None] = [None]
        self._loading = False
        self.verdict_group, self.verdict = radio_group(
            self,
            {
                "true_weakness": self.tr("A t&rue weakness: a skill to practise"),
                "impression": self.tr("An &impression I gave: a strength to show better"),
                "use": self.tr("I'll &use this advice"),
                "disagree": self.tr("I &disagree (noted, no action)"),
            },
            "verdict",
        )
        self.action_label = QLabel()
        self.action_choice = QComboBox(objectName="actionChoice")
        self.action_label.setBuddy(self.action_choice)
        self.action_text = QPlainTextEdit(objectName="actionText")
        self.action_text.setTabChangesFocus(True)
        self.action_text.setPlaceholderText(self.tr("Something concrete to do before next time"))
        self.action_text.setAccessibleName(self.tr("The new action"))
        self.noted = hint(
            self.tr(
                "Noted, and left there: no action. It is still worth remembering how it came "
                "across. You can change your mind later."
            ),
            "disagreeNote",
        )
        self.why = QLineEdit(objectName="disagreeWhy")
        self.why.setPlaceholderText(self.tr("e.g. They only saw one answer; my portfolio shows it"))
        self.why_label = buddy(self.tr("&Why, in a few words (for you only):"), self.why)
        self.points = PointList("improvePoints", model, acts_on, self._editor(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.points, 1)
        self.points.list.currentRowChanged.connect(lambda *_: self._show_current())
        self.verdict_group.idToggled.connect(lambda _id, on: on and self._verdict_changed())
        self.action_choice.currentIndexChanged.connect(lambda *_: self._choice_changed())
        self.action_text.textChanged.connect(self._text_changed)
        self.why.textEdited.connect(lambda text: self._set("note", text))
        self.watch(self.action_choice, self.action_text, self.why, *self.verdict.values())

    def _editor(self) -> QWidget:
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        verdicts = QVBoxLayout()
        for button in self.verdict.values():
            verdicts.addWidget(button)
        form.addRow(QLabel(self.tr("Looking back, it was:")), verdicts)
        form.addRow(self.noted)
        form.addRow(self.why_label, self.why)
        form.addRow(self.action_label, self.action_choice)
        form.addRow(self.action_text)
        return editor

    # -- one point -----------------------------------------------------------------------
    def _row(self) -> int:
        return self.points.model_row()

    def _set(self, key: str, value) -> None:
        if not self._loading:
            self.model.set_field(self._row(), key, value)

    def _suggestion(self, point: dict) -> str:
        """The next step the point's kind and verdict suggest, in the user's language."""
        found = suggested_action(
            point.get("kind"), point.get("verdict"), point.get("theme"), point.get("words") or ""
        )
        if found is None:
            return debriefs.theme_suggestion(self.journal, point.get("theme") or "")
        # The journal's sentences are English marked for translation; tr() looks them up.
        return journal_text(found.text).format(theme=found.theme, advice=found.advice)

    def _prefill(self, row: int) -> None:
        """Put the suggested action in, unless the user wrote their own."""
        point = self.model.point(row)
        text = point.get("action_text") or ""
        if text and text != point.get("action_auto"):
            return
        suggestion = "" if point.get("verdict") == "disagree" else self._suggestion(point)
        self.model.set_field(row, "action_text", suggestion)
        self.model.set_field(row, "action_auto", suggestion)
        self.model.set_field(row, "action_prefilled", True)

    def _show_current(self) -> None:
        row = self._row()
        if row < 0:
            return
        self._prefill(row)
        point = self.model.point(row)
        choices = ADVICE if point.get("kind") == "advice" else CRITICISM
        checked = point.get("verdict") or ("use" if point.get("kind") == "advice" else None)
        self._loading = True
        try:
            self.verdict_group.setExclusive(False)
            for value, button in self.verdict.items():
                button.setVisible(value in choices)
                button.setChecked(checked == value)
            self.verdict_group.setExclusive(True)
            self._fill_choices(point)
            self.action_text.setPlainText(point.get("action_text") or "")
            self.why.setText(point.get("note") or "")
        finally:
            self._loading = False
        self.points.show_quote()
        self._enable(point)

    def _fill_choices(self, point: dict) -> None:
        actions = debriefs.open_actions_for_theme(self.journal, point.get("theme") or "")
        self._action_ids = [None] + [action_id for action_id, _ in actions]
        self.action_choice.clear()
        self.action_choice.addItem(self.tr("A new action (below)"))
        for _, description in actions:
            first = description.split("\n", 1)[0][:80]
            self.action_choice.addItem(self.tr("Keep working on: {action}").format(action=first))
        chosen = point.get("action_id")
        self.action_choice.setCurrentIndex(
            self._action_ids.index(chosen) if chosen in self._action_ids else 0
        )

    def _enable(self, point: dict) -> None:
        disagree = point.get("verdict") == "disagree"
        linked = point.get("action_id") is not None
        how = approach(point.get("kind"), point.get("verdict"))
        self.action_label.setText(
            {
                Approach.PRACTICE: self.tr("&Practise:"),
                Approach.PRESENTATION: self.tr("&Show it next time:"),
                Approach.ADVICE: self.tr("&Try:"),
            }.get(how, self.tr("&Next step:"))
        )
        self.noted.setVisible(disagree)
        self.why.setVisible(disagree)
        self.why_label.setVisible(disagree)
        for widget in (self.action_label, self.action_choice, self.action_text):
            widget.setVisible(not disagree)
        self.action_text.setEnabled(not linked)

    def _verdict_changed(self) -> None:
        if self._loading:
            return
        value = checked_value(self.verdict)
        self.model.set_field(self._row(), "verdict", None if value == "use" else value)
        self._prefill(self._row())
        self._loading = True
        try:
            self.action_text.setPlainText(self.model.point(self._row()).get("action_text") or "")
        finally:
            self._loading = False
        self._enable(self.model.point(self._row()))

    def _choice_changed(self) -> None:
        position = self.action_choice.currentIndex()
        if self._loading or not 0 <= position < len(self._action_ids):
            return
        self.model.set_field(self._row(), "action_id", self._action_ids[position])
        self._enable(self.model.point(self._row()))

    def _text_changed(self) -> None:
        self._set("action_text", exact_text(self.action_text))

    def refresh(self) -> None:
        self.points.reload()
        self._show_current()
