"""Screenshots of Debrief under a real X server, for docs/screenshots (`make screenshots`).

Starts Xvfb on display :26 unless one already answers there, opens the demo journal, and
saves the main window, the rejection wizard's ask, listen, clarify and thank pages (each
message with a sentence the wording coach flags) and the insights window
at 1024x700, 1366x768 and 1920x1080, light and dark. The PNGs are squeezed with pngquant
and optipng when they are installed.

For checking layouts rather than documenting them, `--text-scale 2` doubles every font and
`--pseudo` lengthens every translated text by 40% (both best written to another folder).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = ((1024, 700), (1366, 768), (1920, 1080))
SCHEMES = ("light", "dark")
#: The wizard is a dialog: its size at each screen size (it never fills the screen).
WIZARD_SIZES = {1024: (760, 600), 1366: (880, 680), 1920: (980, 760)}
ROOT = Path(__file__).resolve().parent.parent
REPLY = (
    "Thanks for asking. You clearly knew the tools, but your answers about past projects "
    "stayed quite general. Next time, bring one concrete example with numbers. We also "
    "felt you had not looked at our product before the call."
)
#: A sentence for each message that the wording coach flags, so each page shows a warning.
ASK_PROBLEM = "Why wasn't I selected? I thought the final round went really well."
CLARIFY_PROBLEM = "I don't think that's a fair summary of my answer about past projects."
THANK_PROBLEM = "I turned down another offer because I was so sure about this one."


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--display", default=":26")
    parser.add_argument("--text-scale", type=float, default=1.0, help="e.g. 2 for 200%%")
    parser.add_argument("--pseudo", action="store_true", help="every tr() text 40%% longer")
    parser.add_argument("--lang", default="en", help="a language Debrief ships, e.g. de")
    parser.add_argument("--sizes", default="", help="e.g. 1024x700 (default: all three)")
    return parser.parse_args(argv)


def start_x_server(display: str) -> subprocess.Popen | None:
    """Xvfb on `display`, unless an X server already answers there."""
    socket = Path("/tmp/.X11-unix") / f"X{display.lstrip(':')}"
    if socket.exists():
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("screenshots: Xvfb is missing (Debian: apt-get install xvfb)")
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if socket.exists():
            return server
        time.sleep(0.05)
    server.terminate()
    sys.exit(f"screenshots: Xvfb did not start on {display}")


def squeeze(path: Path) -> None:
    """Fewer colours and better compression: screenshots of flat widgets lose nothing."""
    if shutil.which("pngquant"):
        subprocess.run(
            ["pngquant", "--force", "--skip-if-larger", "--strip", "--quality", "70-95",
             "--output", str(path), str(path)],
            check=False,
        )  # fmt: skip
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)


class Shooter:
    """Opens each window of the demo journal at a size and saves what the X server shows."""

    def __init__(self, args: argparse.Namespace) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from debrief.journal.demo.story import fill_demo
        from debrief.journal.store.journal import open_journal
        from debrief.ui.appearance import follow_system
        from debrief.ui.translations import install_translations

        self.app = QApplication.instance() or QApplication(["debrief-screenshots"])
        self.app.setApplicationName("Debrief")
        if args.text_scale != 1.0:
            font = self.app.font()
            font.setPointSizeF(font.pointSizeF() * args.text_scale)
            self.app.setFont(font)
        self.appearance = follow_system(self.app)
        self._install_language(args, install_translations)
        self.folder = Path(tempfile.mkdtemp(prefix="debrief-shots-"))
        self.settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        self.journal = open_journal(self.folder / "demo.sqlite3")
        fill_demo(self.journal)
        self.out = args.out
        self.out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    def _install_language(self, args: argparse.Namespace, install) -> None:
        from PySide6.QtCore import QCoreApplication, QLocale

        if args.pseudo:
            sys.path.insert(0, str(ROOT))
            from tests.ui.pseudo_translation import PseudoTranslator

            self.pseudo = PseudoTranslator(self.app)
            QCoreApplication.installTranslator(self.pseudo)
        elif args.lang != "en":
            locale = QLocale(args.lang)
            QLocale.setDefault(locale)
            install(self.app, locale)

    def wait(self, ms: int = 250) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def save(self, widget, name: str) -> None:
        """What the X server shows of `widget`'s window, as docs/screenshots/<name>.png."""
        from PySide6.QtTest import QTest

        QTest.qWaitForWindowExposed(widget)
        widget.raise_()
        widget.activateWindow()
        self.wait()
        window = widget.window()
        image = window.screen().grabWindow(window.winId())
        path = self.out / f"{name}.png"
        image.save(str(path))
        squeeze(path)
        self.saved.append(path)

    def main_window(self, size: tuple[int, int], tag: str):
        from debrief.ui.main_window import MainWindow

        window = MainWindow(self.journal, self.settings)
        window.move(0, 0)
        window.resize(*size)
        window.show()
        self.wait(400)  # the icons and the banner come on the loop's first turns
        window.select_interview(window.model.row_id(0))
        self.save(window, f"main-{tag}")
        return window

    def insights(self, window, size: tuple[int, int], tag: str) -> None:
        window.show_insights()
        insights = window.insights
        insights.move(0, 0)
        insights.resize(*size)
        self.save(insights, f"insights-{tag}")
        insights.close()

    def wizard(self, size: tuple[int, int], tag: str) -> None:
        from PySide6.QtCore import QDateTime

        from debrief.journal.practice.profile import UserProfile, has_profile, save_profile
        from debrief.journal.records.interviews import delete_interview, save_interview
        from debrief.ui.rejection_wizard import Page, RejectionWizard

        if not has_profile(self.journal):
            save_profile(self.journal, UserProfile(name="Sam Rivera"))
        interview_id = save_interview(
            self.journal,
            {"company": "Northwind Traders", "role": "Data analyst", "date": "2026-11-30"},
            [{"name": "Ann Lee", "title": "Team lead", "email": "ann@northwind.example"}],
        )
        wizard = RejectionWizard(self.journal, interview_id)
        wizard.ask_keep_draft = lambda: "discard"
        wizard.move(0, 0)
        wizard.resize(*WIZARD_SIZES[size[0]])
        wizard.show()
        notice = wizard.page(int(Page.NOTICE))
        notice.told["email"].click()
        notice.when.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))
        wizard.next()
        ask = wizard.page(int(Page.ASK))
        self._add_problem(ask.editor.body, ASK_PROBLEM)
        self.save(wizard, f"wizard-ask-{tag}")
        ask.asked.setChecked(True)
        wizard.next()
        listen = wizard.page(int(Page.LISTEN))
        listen.response["given"].click()
        listen.reply.paste.setPlainText(REPLY)
        listen.reply.split_button.click()
        self.save(wizard, f"wizard-listen-{tag}")
        listen.reply.use_button.click()  # the points join the feedback: the wizard goes on
        wizard.next()
        self._add_problem(wizard.page(int(Page.CLARIFY)).question, CLARIFY_PROBLEM)
        self.save(wizard, f"wizard-clarify-{tag}")
        wizard.next()
        self._add_problem(wizard.page(int(Page.THANK)).editor.body, THANK_PROBLEM)
        self.save(wizard, f"wizard-thank-{tag}")
        wizard.closed = True  # nothing to keep
        wizard.close()
        wizard.deleteLater()
        delete_interview(self.journal, interview_id)  # the main window never shows it

    def _add_problem(self, editor, sentence: str) -> None:
        """Type a sentence the wording coach flags at the end of `editor`, and let it check."""
        text = editor.toPlainText().rstrip()
        editor.setPlainText(f"{text}\n\n{sentence}" if text else sentence)
        self.wait(900)  # the check runs once typing pauses

    def run(self, sizes) -> None:
        from PySide6.QtCore import Qt

        for scheme in SCHEMES:
            dark = Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
            self.appearance.force(dark)
            for size in sizes:
                tag = f"{size[0]}x{size[1]}-{scheme}"
                window = self.main_window(size, tag)
                self.insights(window, size, tag)
                self.wizard(size, tag)
                window.close()
                window.deleteLater()
                self.wait(50)
        self.journal.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    server = start_x_server(args.display)
    os.environ["DISPLAY"] = args.display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",") if s]
    try:
        shooter = Shooter(args)
        shooter.run(sizes or SIZES)
        for path in shooter.saved:
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
