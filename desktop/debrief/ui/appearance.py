"""Debrief's look: its accent colour in a light and a dark palette that follow the system.

The system says light or dark through `QStyleHints.colorScheme()` and says so again, live,
through `colorSchemeChanged`; Debrief repaints with the matching palette and tells whoever
draws its own colours (the charts, the toolbar icons) through `Appearance.changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

#: Set on a QApplication made with Fusion as its style (`new_application`): asking Qt for
#: its style object would make PySide build that class and its eleven enums (8 ms of start).
FUSION_CHOSEN = "debriefFusionChosen"

#: The blue of Debrief's icon, and a lighter one that keeps its contrast on a dark ground.
ACCENT = {False: "#1f5fd1", True: "#7aa7ff"}

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

#: The dark palette: one neutral grey ramp, the accent for selection and links.
_DARK = {
    _Role.Window: "#262a2f",
    _Role.WindowText: "#e8eaed",
    _Role.Base: "#141618",
    _Role.AlternateBase: "#1d2024",
    _Role.Text: "#e8eaed",
    _Role.Button: "#33383f",
    _Role.ButtonText: "#e8eaed",
    _Role.BrightText: "#ffffff",
    _Role.ToolTipBase: "#2b2f35",
    _Role.ToolTipText: "#e8eaed",
    _Role.PlaceholderText: "#9aa0a6",
    _Role.Light: "#3a3f46",
    _Role.Midlight: "#30353b",
    _Role.Mid: "#262a2f",
    _Role.Dark: "#111315",
    _Role.Shadow: "#000000",
    _Role.Highlight: "#2f5fb8",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: ACCENT[True],
    _Role.LinkVisited: "#b79cff",
}
_DARK_DISABLED = {
    _Role.WindowText: "#7d838a",
    _Role.Text: "#7d838a",
    _Role.ButtonText: "#7d838a",
    _Role.Highlight: "#3a3f46",
}


#: (ground, words) of a selection in a view without the keyboard focus: light, dark.
_AWAY = {False: ("#d6e0f2", "#1b1b1b"), True: ("#3b4352", "#e8eaed")}


def palette(dark: bool, base: QPalette) -> QPalette:
    """Qt's own light palette (`base`) with the accent, or Debrief's dark one."""
    result = QPalette(base)
    if dark:
        for role, colour in _DARK.items():
            result.setColor(role, QColor(colour))
        for role, colour in _DARK_DISABLED.items():
            result.setColor(_Group.Disabled, role, QColor(colour))
    else:
        result.setColor(_Role.Highlight, QColor(ACCENT[False]))
        result.setColor(_Role.HighlightedText, QColor("#ffffff"))
        result.setColor(_Role.Link, QColor(ACCENT[False]))
    result.setColor(_Role.Accent, QColor(ACCENT[dark]))
    # A selection where the keyboard is not: muted, so the one view that has the focus is
    # the one whose selection shows in the accent (Fusion draws both alike otherwise).
    ground, words = _AWAY[dark]
    result.setColor(_Group.Inactive, _Role.Highlight, QColor(ground))
    result.setColor(_Group.Inactive, _Role.HighlightedText, QColor(words))
    return result


class Appearance(QObject):
    """The one source of "light or dark" for the running app."""

    #: the scheme changed and the new palette is in place; the argument says dark.
    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("appearance")
        self._app = app
        self._forced: Qt.ColorScheme | None = None
        if not app.property(FUSION_CHOSEN) and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # one look everywhere, and a style that honours palettes
        self._base = QApplication.palette()  # the desktop theme's, else Fusion's own
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    @property
    def dark(self) -> bool:
        scheme = self._forced or self._app.styleHints().colorScheme()
        return scheme == Qt.ColorScheme.Dark

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Use `scheme` whatever the system says (None: follow the system again); for
        screenshots and tests, where no desktop says light or dark."""
        self._forced = scheme
        self.apply()

    def apply(self) -> None:
        self._app.setPalette(palette(self.dark, self._base))
        self.changed.emit(self.dark)


def new_application(argv0: str) -> QApplication:
    """Debrief's QApplication, drawn in Fusion from its first paint."""
    app = QApplication([argv0, "-style", "Fusion"])
    app.setProperty(FUSION_CHOSEN, True)
    return app


def appearance() -> Appearance | None:
    """The running app's appearance (None before `follow_system` or without an app)."""
    app = QApplication.instance()
    return app.findChild(Appearance, "appearance") if app is not None else None


def follow_system(app: QApplication) -> Appearance:
    """Give `app` Debrief's palette, now and whenever the system switches light or dark."""
    return appearance() or Appearance(app)


def is_dark() -> bool:
    """Whether Debrief is drawn dark now (the system's answer when no app follows it)."""
    found = appearance()
    if found is not None:
        return found.dark
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def accent() -> str:
    return ACCENT[is_dark()]


#: Words that carry a mood, light and dark: each keeps its contrast on its own ground.
TONES = {
    "ok": ("#2e6b30", "#86d08a"),
    "warn": ("#8a5300", "#f2b45c"),
}


def tone(name: str) -> str:
    """A style sheet colour for words in the mood `name` ("ok", "warn"), as drawn now."""
    return f"color: {TONES[name][is_dark()]};"
