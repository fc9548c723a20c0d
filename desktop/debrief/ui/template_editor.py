"""templateEditor: the user rewrites a message template in their own voice, or restores it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice import templates_store
from debrief.journal.practice.templates_store import PLACEHOLDERS, TEMPLATES, TemplateProblem
from debrief.ui.appearance import tone
from debrief.ui.screen_fit import fit_to_screen


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def template_title(name: str) -> str:
    """A template's name in words, as the list of templates shows it."""
    titles = {
        "ask_email": _t("Request for advice: e-mail"),
        "ask_call_script": _t("Request for advice: call script"),
        "ask_linkedin": _t("Request for advice: LinkedIn message"),
        "ask_voicemail": _t("Request for advice: voicemail"),
        "thank_email": _t("Thank-you: e-mail"),
        "thank_call_script": _t("Thank-you: call script"),
        "thank_anyway_email": _t("Thanks anyway, when they decline: e-mail"),
        "follow_up_email": _t("Follow-up after no reply: e-mail"),
    }
    base = name.removesuffix("_agency")
    title = titles.get(base, name)
    return _t("{title}, through an agency").format(title=title) if base != name else title


def problem_text(
    problem: TemplateProblem | None, unknown: tuple[str, ...] = (), saved: bool = True
) -> str:
    """Why a template text cannot be used, in kind words; "" when it can. `saved`: the
    user's saved copy (else the text being edited)."""
    if problem is None:
        return ""
    if problem is TemplateProblem.UNKNOWN_PLACEHOLDER:
        return _t(
            "Debrief does not know how to fill {names}. Check the spelling against the list "
            "of placeholders below."
        ).format(names=", ".join("{" + name + "}" for name in unknown))
    if saved:
        return {
            TemplateProblem.UNREADABLE: _t("Your edited copy could not be read."),
            TemplateProblem.EMPTY: _t("Your edited copy is empty."),
            TemplateProblem.TOO_LONG: _t("Your edited copy is longer than a message can be."),
        }[problem]
    return {
        TemplateProblem.EMPTY: _t("A template needs some words before it can be saved."),
        TemplateProblem.TOO_LONG: _t("This is longer than a message can be."),
    }.get(problem, "")


def fallback_text(problem: TemplateProblem | None, unknown: tuple[str, ...] = ()) -> str:
    """What the draft says when the user's copy was set aside for the original."""
    if problem is None:
        return ""
    text = _t("{why} This draft uses the original template; “Edit template…” can mend yours.")
    return text.format(why=problem_text(problem, unknown))


class TemplateEditor(QDialog):
    """One template at a time: its text, the placeholders it may use, save and restore."""

    #: a template was saved or restored: untouched drafts may be refilled
    changed = Signal(str)

    def __init__(self, name: str = "ask_email", parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="templateEditor")
        self.setWindowTitle(self.tr("Message templates"))
        self.choice = QComboBox(objectName="templateChoice")
        self.choice.addItems([template_title(n) for n in TEMPLATES])
        self.text = QPlainTextEdit(objectName="templateText")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Template text"))
        self.status = QLabel(objectName="templateStatus", wordWrap=True)
        self.placeholders = QLabel(objectName="templatePlaceholders", wordWrap=True)
        self.placeholders.setText(
            self.tr("Placeholders Debrief fills in:")
            + "\n"
            + "\n".join(f"{{{key}}}: {_t(words)}" for key, words in PLACEHOLDERS.items())
        )
        self.placeholders.setStyleSheet("color: palette(placeholder-text);")
        self.save_button = QPushButton(self.tr("&Save my version"), objectName="templateSave")
        self.restore_button = QPushButton(self.tr("&Restore default"), objectName="templateRestore")
        self._current = ""  # the template shown
        self._saved = ""  # its text as saved, to tell unsaved edits
        self._unsaved: dict[str, str] = {}  # edits of templates switched away from
        self._build()
        self.choice.currentIndexChanged.connect(lambda *_: self._show_current())
        self.text.textChanged.connect(self._check)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore)
        self.choice.setCurrentIndex(TEMPLATES.index(name) if name in TEMPLATES else 0)
        self._show_current()
        fit_to_screen(self, 720, 560)

    def _build(self) -> None:
        pick = QLabel(self.tr("&Message:"))
        pick.setBuddy(self.choice)
        top = QHBoxLayout()
        top.addWidget(pick)
        top.addWidget(self.choice, 1)
        note = QLabel(
            self.tr(
                "Write it in your own voice. Your version is kept on this computer and used "
                "for every new draft; “Restore default” brings Debrief's back. A first line "
                "“Subject: …” gives an e-mail its subject."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.restore_button)
        row.addStretch()
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.placeholders)
        layout.addLayout(row)

    def name(self) -> str:
        return TEMPLATES[max(self.choice.currentIndex(), 0)]

    def _show_current(self) -> None:
        """Open the user's own copy (even a broken one, to mend it) or the original; edits
        not saved yet are kept while the user looks at another template."""
        if self._current and self.text.toPlainText() != self._saved:
            self._unsaved[self._current] = self.text.toPlainText()
        self._current = self.name()
        self._saved = templates_store.own_text(self._current)
        self.text.setPlainText(self._unsaved.pop(self._current, self._saved))
        self._check()

    def unsaved(self) -> dict[str, str]:
        """Every template edited here and not saved: name -> text."""
        edits = dict(self._unsaved)
        if self._current and self.text.toPlainText() != self._saved:
            edits[self._current] = self.text.toPlainText()
        return edits

    def _check(self) -> None:
        """Say whether this text can be used, and which version drafts use now."""
        name = self.name()
        problem, unknown = templates_store.problem_of(self.text.toPlainText())
        edited = templates_store.is_edited(name)
        self.restore_button.setEnabled(edited)
        self.save_button.setEnabled(problem is None)
        if problem is not None:
            self._say(problem_text(problem, unknown, saved=False), tone("warn"))
            return
        loaded = templates_store.load(name)
        if self.text.toPlainText() != self._saved:
            self._say(self.tr("Not saved yet: “Save my version” keeps it."), "")
        elif loaded.problem is not None:
            self._say(fallback_text(loaded.problem, loaded.unknown), tone("warn"))
        elif edited:
            self._say(self.tr("Drafts use your version."), tone("ok"))
        else:
            self._say(self.tr("Drafts use Debrief's original."), "")

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def save(self) -> bool:
        """Keep the text as the user's copy; False (and why, in the status) if refused."""
        try:
            templates_store.save(self.name(), self.text.toPlainText())
        except ValueError as exc:
            self._say(problem_text(TemplateProblem(exc.args[0]), saved=False), tone("warn"))
            return False
        except OSError as exc:
            self._say(
                self.tr(
                    "Your version could not be saved ({reason}). The earlier one is kept."
                ).format(reason=exc.strerror or exc),
                tone("warn"),
            )
            return False
        self._saved = templates_store.own_text(self.name())
        self._check()
        if templates_store.is_edited(self.name()):
            self._say(self.tr("Saved. New drafts use your version."), tone("ok"))
        self.changed.emit(self.name())
        return True

    def restore(self) -> None:
        """Delete the user's copy: drafts use Debrief's original again."""
        try:
            templates_store.restore(self.name())
        except OSError as exc:
            self._say(
                self.tr("Your version could not be removed ({reason}).").format(
                    reason=exc.strerror or exc
                ),
                tone("warn"),
            )
            return
        self._saved = templates_store.shipped_text(self.name())
        self.text.setPlainText(self._saved)
        self._check()
        self._say(self.tr("Restored. Drafts use Debrief's original again."), tone("ok"))
        self.changed.emit(self.name())

    def reject(self) -> None:
        """Close; edits not saved yet are kept, dropped, or the dialog stays, as asked."""
        edits = self.unsaved()
        if edits:
            choice = self._ask_keep(len(edits))
            if choice == "stay" or (choice == "keep" and not self._save_all(edits)):
                return
        super().reject()

    def _ask_keep(self, count: int) -> str:
        """'keep' (save them), 'discard' or 'stay': what to do with unsaved templates."""
        from debrief.ui.keep_question import ask_keep

        return ask_keep(
            self,
            self.tr("Keep your changes?"),
            self.tr("You changed %n template(s) without saving.", "", count),
            (self.tr("&Save"), self.tr("&Don't save"), self.tr("&Go back")),
        )

    def _save_all(self, edits: dict[str, str]) -> bool:
        """Save each edited template; a refused one is shown with why, and False returned."""
        for name, text in edits.items():
            if self.name() != name:
                self.choice.setCurrentIndex(TEMPLATES.index(name))
            self.text.setPlainText(text)
            if not self.save():
                return False
        return True


def open_template_editor(parent: QWidget, name: str = "ask_email") -> TemplateEditor:
    """Show the editor (window-modal) on template `name`; it deletes itself when closed."""
    from PySide6.QtCore import Qt

    editor = TemplateEditor(name, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
