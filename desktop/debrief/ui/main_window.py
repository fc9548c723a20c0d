"""The main window: the interviews table with its filter, the detail panel, menus and status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.records import listings
from debrief.journal.store.changes import Change
from debrief.journal.store.journal import Journal
from debrief.ui.actions import MENUS, TOOLBAR, Actions, translated
from debrief.ui.debrief_commands import DebriefCommands
from debrief.ui.detail_panel import DetailPanel
from debrief.ui.error_dialogs import show_problems
from debrief.ui.file_commands import FileCommands
from debrief.ui.help_commands import help_handlers
from debrief.ui.interview_commands import InterviewCommands
from debrief.ui.interview_filter import InterviewFilter
from debrief.ui.interviews_view import interviews_view
from debrief.ui.journal_events import JournalEvents
from debrief.ui.layout_memory import restore_layout, save_layout
from debrief.ui.plurals import counted
from debrief.ui.table_models import IdRole, InterviewsModel
from debrief.ui.time_commands import TimeCommands
from debrief.ui.undo.history import UndoHistory
from debrief.ui.upcoming_view import follow_upcoming, open_round_prep
from debrief.ui.work.activity import activity
from debrief.ui.work.blocking import WorkBlocker

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from debrief.ui.empty_state import EmptyState


class MainWindow(QMainWindow):
    """One journal's window. The journal is handed in, so each test builds a fresh one."""

    #: the user chose another journal file to open (or create); the session switches.
    journal_requested = Signal(object)
    #: the user chose a backup to restore; the session closes, restores and reopens.
    restore_requested = Signal(object)

    def __init__(self, journal: Journal, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.journal, self.settings = journal, settings
        self.model = InterviewsModel(journal, self)
        self.events = JournalEvents(journal, self)
        self.insights = None  # the insights window, made when first asked for
        self.quitting = False  # Quit was chosen: closing must not keep it in the tray
        self._hidden_choice: int | None = None  # selected, then hidden by the filter
        self._build_actions()
        self._build_central()
        self.model.write_field = self.history.update_field
        self.detail.actions.write_status = self.history.set_action_status
        self._build_menus()
        self.setWindowTitle(self.tr("Debrief — {path}").format(path=journal.path))
        for source in (self.model, self.detail.actions):
            source.edit_refused.connect(lambda problems: show_problems(self, problems))
        self.model.rejected.connect(self.debriefs.offer)
        self.model.grouping_ended.connect(self._grouping_ended)
        self.events.changed.connect(self.on_journal_changed)
        self.refresh()
        # After the first paint: what fell due while closed needs the reminder rules.
        QTimer.singleShot(0, self, self._build_due_banner)
        QTimer.singleShot(0, self, self._build_tray)
        QTimer.singleShot(0, self, self._build_icons)
        restore_layout(self, settings, designed=(1100, 760))

    # -- building ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        """Every command from the registry (ui/actions.py), bound to what runs it here."""
        journal = self.journal
        self.history = UndoHistory(
            journal, self, self._show_undone, lambda problems: show_problems(self, problems)
        )
        asks = (self.journal_requested.emit, self.restore_requested.emit, self.history.forget)
        self.file_commands = FileCommands(journal, self, self.settings, *asks)
        self.time_commands = TimeCommands(journal, self, self.selected_id, self._show_new_round)
        self.interview_commands = InterviewCommands(
            journal,
            self,
            self.history,
            self.model,
            self.selected_id,
            self.select_interview,
            lambda interview_id: self.debriefs.offer(interview_id),
        )
        handlers = {
            "actionRecordRejection": lambda: self.debriefs.debrief_selected(),
            "actionQuit": self.quit_app,
            "actionSettings": self.show_settings,
            "actionGroupRounds": self.group_rounds,
            "actionFind": self.focus_filter,
            "actionInsights": self.show_insights,
            "actionPrepare": lambda: self._prepare(self.selected_id()),
            "actionEditTemplates": self._edit_templates,
            "actionUndo": self.history.undo,
            "actionRedo": self.history.redo,
            **self.interview_commands.handlers(),
            **help_handlers(journal, self, lambda: self.actions.shortcuts()),
            **self.file_commands.handlers(),
            **self.time_commands.handlers(),
        }
        self.actions = Actions(self, handlers)
        record = self.actions["actionRecordRejection"]
        self.debriefs = DebriefCommands(
            journal, self, record, self.selected_id, self._step_of, self.history.update_field
        )
        self.actions.follow(writable=not journal.read_only, selected=False)
        self.history.bind(self.actions["actionUndo"], self.actions["actionRedo"])
        self.work_blocker = WorkBlocker(self.actions, self)

    def _prepare(self, interview_id: int | None) -> None:
        if interview_id is not None:
            open_round_prep(self.journal, interview_id, self)

    def _edit_templates(self) -> None:
        from debrief.ui.template_editor import open_template_editor  # loads when asked for

        open_template_editor(self)

    def _show_undone(self, interview_id: int | None) -> None:
        """Undo or Redo changed an interview: select it, where it still is."""
        if interview_id is not None:
            self.select_interview(interview_id)

    def _show_new_round(self, interview_id: int) -> None:
        """A round was just added: record it for Undo, select it and say how to date it."""
        self.history.round_added(interview_id)
        self.select_interview(interview_id)
        self.interview_commands.round_added(interview_id)

    def _step_of(self, interview_id: int) -> str | None:
        """The debrief step the table shows for this interview (None: nothing unfinished)."""
        row = self.model.row_of(interview_id)
        return self.model.value(row, self.model.columns.index("debrief")) if row >= 0 else None

    def _build_table(self) -> QTableView:
        view = interviews_view(self.model)
        view.activated.connect(self._activated)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        view.addAction(self.actions["actionDeleteInterview"])
        return view

    def _build_central(self) -> None:
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(6, 6, 6, 0)
        if self.journal.read_only:
            notice = QLabel(self.journal.notice, objectName="readOnlyNotice", wordWrap=True)
            notice.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
            layout.addWidget(notice)
        self.filter = InterviewFilter()
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(lambda: self.table.setFocus())
        self.no_match = QLabel(objectName="noMatchLabel", visible=False)
        self.table = self._build_table()
        self.stack = QStackedWidget(objectName="interviewsStack")
        self.stack.addWidget(self.table)
        self.empty_state: EmptyState | None = None  # made when the journal is first empty
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)

        self.detail = DetailPanel(self.journal, self)
        prepare = self.actions["actionPrepare"]
        follow_upcoming(self.detail.upcoming_view, self.select_interview, self._prepare, prepare)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="mainSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)  # no pane can vanish behind the handle
        top.setMinimumHeight(150)
        self.detail.setMinimumHeight(170)
        self.setCentralWidget(self.splitter)
        self.counts = QLabel(objectName="statusCounts")
        self.statusBar().addPermanentWidget(self.counts)

    def _build_due_banner(self) -> None:
        """What fell due while Debrief was closed, above the filter (due_banner.py)."""
        from debrief.ui.due_banner import DueBanner, missed

        if self.journal.closed:
            return  # closed before the loop turned
        found = [] if self.journal.read_only else missed(self.journal, self.settings)
        self.due_banner = DueBanner(found, self)
        self.filter.parentWidget().layout().insertWidget(0, self.due_banner)
        self.due_banner.setVisible(bool(found))  # added to a shown window: show it now

    def _build_tray(self) -> None:
        """Reminders while the app runs: tray icon and notifications (reminders_tray.py)."""
        from debrief.ui.reminder_targets import open_target
        from debrief.ui.reminders_tray import RemindersTray

        if not self.journal.closed:
            self.tray = RemindersTray(
                self.journal,
                self,
                self.actions["actionQuit"],
                settings=self.settings,
                open_reminder=lambda r: open_target(r, self.journal, self.debriefs, self),
                settings_action=self.actions["actionSettings"],
            )
            self.events.changed.connect(self.tray.on_journal_changed)
            self.due_banner.follow(self.tray)  # its lines open where the tray's would

    def _build_icons(self) -> None:
        """The commands' icons, masks tinted for the palette: after the first paint."""
        from debrief.ui import action_icons

        action_icons.follow(self.actions, self)

    def _build_menus(self) -> None:
        for title, names in MENUS.items():
            menu = self.menuBar().addMenu(translated(title))
            if "actionOpenJournal" in names:  # the recent files follow "Open journal"
                at = names.index("actionOpenJournal") + 1
                self.actions.fill(menu, names[:at])
                self.work_blocker.recent_menu = self.file_commands.recent_menu(menu)
                self.actions.fill(menu, names[at:])
            else:
                self.actions.fill(menu, names)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self, objectName="mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.toolbar, TOOLBAR)
        self.addToolBar(self.toolbar)

    # -- state ---------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(IdRole)

    def select_interview(self, interview_id: int | None) -> None:
        row = self.model.row_of(interview_id) if interview_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            self._selection_changed()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        self.detail.show_interview(self.selected_id())
        selected = self.selected_id()
        self.actions.follow(writable=not self.journal.read_only, selected=selected is not None)
        self.debriefs.follow_selection(selected)
        self.time_commands.follow_selection(self.actions, selected)
        if selected is not None and self.filter.text().strip():  # where the filter found it
            self.statusBar().showMessage(self.model.found_in(self.table.currentIndex().row()))

    def refresh(self) -> None:
        """Re-read everything from the journal, keeping the selection."""
        self._reload_rows()
        self.detail.reload()
        self._show_counts()

    def _reload_rows(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        self.select_interview(selected)

    def _show_counts(self) -> None:
        """The status bar's counts, and the welcome in place of an empty table."""
        counts = listings.journal_counts(self.journal)
        interviews = counted(
            self.tr("%n interview(s)", "", counts["interviews"]), counts["interviews"]
        )
        rejections = self.tr("%n not selected", "", counts["rejections"])
        feedback = self.tr("%n with feedback", "", counts["feedback"])
        self.counts.setText(" · ".join((interviews, rejections, feedback)))
        empty = counts["interviews"] == 0
        if empty and self.empty_state is None:
            from debrief.ui.empty_state import EmptyState  # only an empty journal shows it

            self.empty_state = EmptyState(
                self.interview_commands.new_interview,
                lambda: self.file_commands.import_csv(),
                writable=not self.journal.read_only,
                guide=self.actions["actionGuide"].trigger,
            )
            self.stack.addWidget(self.empty_state)
        self.stack.setCurrentWidget(self.empty_state if empty else self.table)
        self.filter.setVisible(not empty)
        self.detail.setVisible(not empty)  # nothing to detail yet: give the welcome the room
        self._update_no_match()

    def on_journal_changed(self, change: Change) -> None:
        """Any committed write: show what is stored now. After long work, each part on a
        turn of its own: over 200,000 new rows, all at once held the window for 70 ms."""
        activity().after_work(self._reload_rows, self.detail.reload, self._show_counts)

    def _update_no_match(self) -> None:
        text = self.filter.text().strip()
        show = bool(text) and self.model.rowCount() == 0
        self.no_match.setText(
            self.tr("No interviews match “{text}”. Press Esc to clear the filter.").format(
                text=text[:80]
            )
        )
        self.no_match.setVisible(show)

    # -- commands ------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        """Narrow the table. A selected interview the filter hides is deselected, so nothing
        acts on a row out of sight, and selected again once a keystroke shows it."""
        chosen = self.selected_id() or self._hidden_choice
        self.model.set_filter(text)
        if chosen is not None:  # nothing was selected: nothing to restore on each keystroke
            self.select_interview(chosen)
            self._hidden_choice = chosen if self.selected_id() is None else None
        self._update_no_match()

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _activated(self, index) -> None:
        """Enter or double-click: the debrief cell continues the debrief, others edit."""
        row_id = index.data(IdRole)
        if self.model.columns[index.column()] == "debrief" and self.debriefs.unfinished(row_id):
            self.debriefs.open(row_id)
        else:
            self.interview_commands.edit_interview()

    def show_insights(self) -> None:
        """One insights window per main window; asking again brings it forward."""
        from debrief.ui.insights import InsightsWindow

        if self.insights is None:
            self.insights = InsightsWindow(self.journal, self, self.settings)
        self.insights.show()
        self.insights.raise_()
        self.insights.activateWindow()

    def group_rounds(self) -> None:
        """View → Group rounds: the table keeps its selection while its order changes."""
        selected = self.selected_id()
        grouped = self.actions["actionGroupRounds"].isChecked()
        self.model.set_grouped(grouped)
        self.table.horizontalHeader().setSortIndicatorShown(not grouped)
        self.select_interview(selected)

    def _grouping_ended(self) -> None:
        """A column header was clicked while grouped: the table sorts by it again."""
        self.actions["actionGroupRounds"].setChecked(False)
        self.table.horizontalHeader().setSortIndicatorShown(True)

    def show_settings(self) -> None:
        from debrief.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.journal, self.settings, self)
        if (tray := getattr(self, "tray", None)) is not None:
            dialog.reminders_changed.connect(tray.on_settings_changed)
        dialog.exec()

    def quit_app(self) -> None:
        """File → Quit and the tray's Quit: always leave, even from the tray."""
        self.quitting = True
        hidden = not self.isVisible()
        self.close()
        if hidden:  # a window kept in the tray is no longer the app's last window
            QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        from debrief.ui.tray_close import keep_running

        if event.spontaneous() and not self.quitting and keep_running(self):
            event.ignore()
            self.hide()
            return
        if not self.work_blocker.may_close():
            event.ignore()  # the user chose to let the work finish
            return
        self.debriefs.keep_all()
        if self.insights is not None:
            self.insights.close()
        save_layout(self, self.settings)
        super().closeEvent(event)
