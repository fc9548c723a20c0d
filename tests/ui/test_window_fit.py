"""The window shows the words: free text keeps a third of its table, panes never vanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from debrief.journal.demo.story import fill_demo
from debrief.journal.records import listings
from debrief.ui.layout_memory import sane_sizes
from debrief.ui.main_window import MainWindow

#: (table, its free-text columns)
FREE_TEXT = {
    "feedbackView": ("words", "clarification"),
    "actionsView": ("description",),
    "requestsView": ("interviewer",),
}


def _demo_window(qtbot, journal, settings, size: tuple[int, int]) -> MainWindow:
    fill_demo(journal)
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    model = window.model
    told = next(
        model.row_id(row)
        for row in range(model.rowCount())
        if len(listings.points_for_interview(journal, model.row_id(row))) >= 3
    )
    window.select_interview(told)
    qtbot.wait(20)
    return window


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768), (1920, 1080)])
def test_free_text_keeps_a_third_of_its_table(qtbot, journal, settings, size):
    window = _demo_window(qtbot, journal, settings, size)
    for name, columns in FREE_TEXT.items():
        view = window.findChild(QTableView, name)
        assert view.isVisible(), name
        header, width = view.horizontalHeader(), view.viewport().width()
        shown = [c for c in columns if not view.isColumnHidden(view.model().columns.index(c))]
        assert shown, name
        for column in shown:
            section = header.sectionSize(view.model().columns.index(column))
            assert section >= width / 3 - 1, (size, name, column, section, width)
        assert view.horizontalScrollBar().value() == 0  # the header reads from its start


def test_the_reading_pane_shows_the_selected_point_in_full(qtbot, journal, settings):
    window = _demo_window(qtbot, journal, settings, (1024, 700))
    detail = window.detail
    detail.feedback_view.selectRow(1)
    words = detail.points.value(1, detail.points.columns.index("words"))
    assert detail.reader.isVisible()
    assert words[:40] in detail.reader.text()
    column = detail.points.columns.index("words")
    assert detail.points.index(1, column).data(Qt.ItemDataRole.ToolTipRole) == words


def test_panes_cannot_collapse(window, journal):
    from tests.conftest import add_interviews

    add_interviews(journal, 1)
    window.refresh()
    assert not window.splitter.childrenCollapsible()
    assert not window.detail.childrenCollapsible()
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total, 0])
    assert min(window.splitter.sizes()) > 0


@pytest.mark.parametrize(
    ("saved", "expected_min"),
    [([465, 42], 101), ([0, 700], 140), ([300, 300], 300)],
)
def test_a_squeezed_saved_split_is_shared_out_again(saved, expected_min):
    repaired = sane_sizes(saved)
    assert sum(repaired) == sum(saved)
    assert min(repaired) >= expected_min


def test_a_saved_465_42_split_is_repaired_on_restore(qtbot, journal, settings):
    from tests.conftest import add_interviews

    add_interviews(journal, 2)
    first = MainWindow(journal, settings)
    qtbot.addWidget(first)
    first.resize(1024, 700)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setChildrenCollapsible(True)  # as an older Debrief let it
    first.splitter.setSizes([465, 42])
    first.detail.setChildrenCollapsible(True)
    first.detail.setSizes([0, 900])
    first.close()
    second = MainWindow(journal, settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    top, bottom = second.splitter.sizes()
    assert bottom >= 0.2 * (top + bottom) - 1
    left, right = second.detail.sizes()
    assert left > 0 and left >= 0.2 * (left + right) - 1


def test_restore_layout_repairs_a_split_without_minimum_sizes(qtbot, settings):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

    from debrief.ui.layout_memory import restore_layout, save_layout

    def make() -> tuple[QMainWindow, QSplitter]:
        window = QMainWindow(objectName="plainWindow")
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="plainSplitter")
        splitter.addWidget(QWidget())
        splitter.addWidget(QWidget())
        window.setCentralWidget(splitter)
        qtbot.addWidget(window)
        window.resize(600, 507)
        window.show()
        qtbot.waitExposed(window)
        return window, splitter

    first, splitter = make()
    splitter.setSizes([465, 42])
    small = min(splitter.sizes())
    save_layout(first, settings)
    second, again = make()
    assert restore_layout(second, settings)
    assert min(again.sizes()) > small
    assert min(again.sizes()) >= 0.2 * sum(again.sizes()) - 1
