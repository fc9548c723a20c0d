"""improvePage: per held-back point, the verdict and what to practise before the next interview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice import debriefs
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


def held_back(point: dict) -> bool:
    return point.get("kind") == "held_back"


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
                "true_weakness": self.tr("A t&rue weakness"),
                "impression": self.tr("An &impression I gave"),
                "disagree": self.tr("I &disagree (noted only)"),
            },
            "verdict",
        )
        self.action_choice = QComboBox(objectName="actionChoice")
        self.action_text = QPlainTextEdit(objectName="actionText")
        self.action_text.setTabChangesFocus(True)
        self.action_text.setPlaceholderText(self.tr("Something concrete to practise"))
        self.action_text.setAccessibleName(self.tr("The new action"))
        self.noted = hint(
            self.tr("Noted, and left there. It is still worth remembering how it came across."),
            "disagreeNote",
        )
        self.points = PointList("improvePoints", model, held_back, self._editor(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.points, 1)
        self.points.list.currentRowChanged.connect(lambda *_: self._show_current())
        self.verdict_group.idToggled.connect(lambda _id, on: on and self._verdict_changed())
        self.action_choice.currentIndexChanged.connect(lambda *_: self._choice_changed())
        self.action_text.textChanged.connect(self._text_changed)
        self.watch(self.action_choice, self.action_text, *self.verdict.values())

    def _editor(self) -> QWidget:
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        verdicts = QVBoxLayout()
        for button in self.verdict.values():
            verdicts.addWidget(button)
        form.addRow(QLabel(self.tr("Looking back, it was:")), verdicts)
        form.addRow(self.noted)
        form.addRow(buddy(self.tr("&Practise:"), self.action_choice), self.action_choice)
        form.addRow(self.action_text)
        return editor

    # -- one point -----------------------------------------------------------------------
    def _row(self) -> int:
        return self.points.model_row()

    def _show_current(self) -> None:
        row = self._row()
        if row < 0:
            return
        point = self.model.point(row)
        if not point.get("action_prefilled") and not point.get("action_text"):
            self.model.set_field(
                row, "action_text", debriefs.theme_suggestion(self.journal, point["theme"])
            )
            self.model.set_field(row, "action_prefilled", True)
            point = self.model.point(row)
        self._loading = True
        try:
            self.verdict_group.setExclusive(False)
            for value, button in self.verdict.items():
                button.setChecked(point.get("verdict") == value)
            self.verdict_group.setExclusive(True)
            self._fill_choices(point)
            self.action_text.setPlainText(point.get("action_text") or "")
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
        self.noted.setVisible(disagree)
        self.action_choice.setEnabled(not disagree)
        self.action_text.setEnabled(not disagree and not linked)

    def _verdict_changed(self) -> None:
        if not self._loading:
            self.model.set_field(self._row(), "verdict", checked_value(self.verdict))
            self._enable(self.model.point(self._row()))

    def _choice_changed(self) -> None:
        position = self.action_choice.currentIndex()
        if self._loading or not 0 <= position < len(self._action_ids):
            return
        self.model.set_field(self._row(), "action_id", self._action_ids[position])
        self._enable(self.model.point(self._row()))

    def _text_changed(self) -> None:
        if not self._loading:
            self.model.set_field(self._row(), "action_text", exact_text(self.action_text))

    def refresh(self) -> None:
        self.points.reload()
        self._show_current()
