"""The insights window: filters, three charts, the drill-down panel, exports, the prep sheet."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.insights import counts as insights
from debrief.journal.store.changes import Change
from debrief.journal.store.journal import Journal
from debrief.ui import charts
from debrief.ui.appearance import appearance
from debrief.ui.insights import drawing
from debrief.ui.insights.chart_card import CaptionLeveller, ChartCard
from debrief.ui.insights.drill_down import DrillDownPanel
from debrief.ui.insights.filter_bar import FilterBar
from debrief.ui.journal_events import JournalEvents
from debrief.ui.layout_memory import restore_layout, save_layout
from debrief.ui.save_places import confirm_saved, start_folder, with_suffix
from debrief.ui.screen_fit import fit_to_screen, scrolling

CHART_NAMES = ("weaknessChart", "trendChart", "funnelChart")
_NOTHING = object()  # no theme chosen for the drill-down (None means: points without a theme)


class InsightsWindow(QMainWindow):
    """Three charts over one set of filters, a drill-down into a theme, exports, a prep sheet.

    It listens to the journal and redraws itself on the next turn of the event loop after
    the journal reports a change (a burst of changes makes one redraw); `refreshed`
    follows every redraw.
    """

    refreshed = Signal()

    def __init__(self, journal: Journal, parent=None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Insights — Debrief"))
        self.journal = journal
        self.settings = settings
        self._theme: object = _NOTHING
        self._weakness: list[insights.ThemeCount] = []
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self._build()
        self._stale = False  # the journal changed while the window was closed
        JournalEvents(journal, self).changed.connect(self._on_journal_changed)
        if (look := appearance()) is not None:  # light or dark: the charts draw it anew
            look.changed.connect(self._on_appearance_changed)
        self.refresh()
        if settings is None:
            fit_to_screen(self, 1240, 900)
        else:
            restore_layout(self, settings, designed=(1240, 900))

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.refresh)
        self.prep_button = QPushButton(self.tr("Prep sheet…"), objectName="insightsPrepSheet")
        self.prep_button.setToolTip(
            self.tr("A one-page summary to read before your next interview")
        )
        self.prep_button.clicked.connect(self.open_prep_sheet)
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.prep_button)
        self.cards = {name: ChartCard(name) for name in CHART_NAMES}
        for name, card in self.cards.items():
            card.export_requested.connect(
                lambda fmt, n=name: self._confirm(self.export_chart(n, fmt))
            )
        self.cards["weaknessChart"].view.bar_clicked.connect(self.show_theme_at)
        self.drill_down = DrillDownPanel()
        upper = QSplitter(Qt.Orientation.Horizontal, objectName="insightsUpperSplitter")
        upper.addWidget(self.cards["weaknessChart"])
        upper.addWidget(self.cards["funnelChart"])
        upper.setSizes([580, 620])  # the funnel summary under its axis fits 40% longer text
        # The two cards' captions keep the same height, so the charts and their "Save as…"
        # buttons read as two rows: Tab goes along each row.
        weakness, funnel = self.cards["weaknessChart"], self.cards["funnelChart"]
        self._leveller = CaptionLeveller([weakness, funnel], self)
        QWidget.setTabOrder(weakness.view, funnel.view)
        QWidget.setTabOrder(funnel.view, weakness.save)
        QWidget.setTabOrder(weakness.save, funnel.save)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="insightsSplitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.cards["trendChart"])
        self.splitter.addWidget(self.drill_down)
        self.splitter.setSizes([380, 330, 170])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        # The charts need a line per theme and the filters a long row: on a small screen
        # the window scrolls, rather than push the drill-down below the screen's edge.
        self.scroll = scrolling(central, "insightsScroll")
        self.setCentralWidget(self.scroll)
        close = QAction(self.tr("Close"), self, objectName="actionCloseInsights")
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)

    # -- listening -----------------------------------------------------------------------
    def _on_journal_changed(self, _change: Change) -> None:
        """Redraw once the writes of this turn are done; a closed window waits to be shown."""
        self._redraw_soon()

    def _redraw_soon(self) -> None:
        if self.isVisible():
            self._pending.start()
        else:
            self._stale = True

    def _on_appearance_changed(self, _dark: bool) -> None:
        """The window turned light or dark: the charts' colours are drawn into them."""
        self._redraw_soon()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:  # reopened after a close
            self.refresh()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            save_layout(self, self.settings)
        self._pending.stop()
        super().closeEvent(event)

    # -- drawing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw every chart and the drill-down from the journal under the current filters."""
        self._pending.stop()
        self._stale = False
        filters = self.filter_bar.filters()
        narrowed = self.filter_bar.is_active()
        self.filter_bar.set_companies(insights.companies(self.journal))
        journal, cards = self.journal, self.cards
        self._weakness = drawing.weakness(journal, cards["weaknessChart"], filters, narrowed)
        drawing.trend(journal, cards["trendChart"], filters, narrowed, ranking=self._weakness)
        drawing.funnel(journal, cards["funnelChart"], filters, narrowed)
        self._leveller.level()  # the captions' words changed
        self._reload_drill_down(filters)
        self.refreshed.emit()

    # -- drill-down ----------------------------------------------------------------------
    def show_theme_at(self, row: int) -> None:
        """A bar was clicked (row from the top): list that theme's points below the charts."""
        if 0 <= row < len(self._weakness):
            self.show_theme(self._weakness[row].theme_id)

    def show_theme(self, theme_id: int | None) -> None:
        """List the held-me-back points on `theme_id` (None: points without a theme)."""
        self._theme = theme_id
        self._reload_drill_down(self.filter_bar.filters())
        self.scroll.ensureWidgetVisible(self.drill_down)  # what was said, in view

    def _reload_drill_down(self, filters: insights.Filters) -> None:
        counts = {t.theme_id: t for t in self._weakness}
        if self._theme not in counts:  # nothing chosen, or the theme left the chart
            self._theme = _NOTHING
            hint = self.tr("Click a bar above to read exactly what was said on that theme.")
            self.drill_down.show_hint(hint if self._weakness else "")
            return
        count = counts[self._theme]
        points = insights.points_for_theme(self.journal, count.theme_id, filters)
        name = html.escape(drawing.theme_label(count.theme))
        note = drawing.points_note(len(points), count.interviews)
        self.drill_down.show_points(f"<b>{name}</b> · {note}", points)

    # -- exports and the prep sheet --------------------------------------------------------
    def _confirm(self, path: Path | None) -> None:
        """A chart saved from its card: say where, with "Show in folder"."""
        if path is not None:
            text = self.tr("The chart is saved as {path}.").format(path=path)
            confirm_saved(self, self.tr("Chart saved"), text, path)

    def export_chart(self, name: str, fmt: str, path: Path | str | None = None) -> Path | None:
        """Save a chart as "png" or "svg"; asks where unless `path` is given. Returns the file."""
        card = self.cards[name]
        if not card.has_chart():
            return None
        if path is None:
            kinds = {"png": self.tr("PNG images (*.png)"), "svg": self.tr("SVG drawings (*.svg)")}
            suggested = start_folder() / f"debrief-{name.removesuffix('Chart')}.{fmt}"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save chart"), str(suggested), kinds[fmt]
            )
            if not chosen:
                return None
            path = chosen
        path = with_suffix(self, Path(path), f".{fmt}")
        if path is None:
            return None
        try:
            (charts.export_png if fmt == "png" else charts.export_svg)(card.view, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Could not save the chart"),
                self.tr(
                    "Debrief could not write {path} ({detail}). Any picture saved there "
                    "before is unchanged. Try another folder."
                ).format(path=path, detail=exc.strerror or exc),
            )
            return None
        return path

    def open_prep_sheet(self):
        """Open the prep sheet for what the filters show; returns the dialog."""
        from debrief.ui.prep_sheet import PrepSheetDialog

        dialog = PrepSheetDialog(self.journal, self, filters=self.filter_bar.filters())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
