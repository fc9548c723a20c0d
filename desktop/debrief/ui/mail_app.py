"""Whether this desktop has an e-mail program that answers mailto: links.

On Linux, `QDesktopServices.openUrl` hands the link to xdg-open and reports success as
soon as xdg-open starts, even when no mail program is set up (webmail users, fresh
installs): xdg-open then prints the whole message to a terminal or does nothing, and the
ask page would have said "Opened in your mail app". xdg-mime says which program, if any,
takes mailto: links; elsewhere Qt's own answer is all there is.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

QUERY_TIMEOUT_S = 2.0


def mail_app_known() -> bool | None:
    """True when a mail program takes mailto: links, False when none does, None when this
    desktop cannot say (not Linux, or no xdg-mime): then opening the link is the test."""
    if not sys.platform.startswith("linux"):
        return None
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return None
    try:
        found = subprocess.run(
            [xdg_mime, "query", "default", "x-scheme-handler/mailto"],
            capture_output=True,
            text=True,
            timeout=QUERY_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return found.returncode == 0 and bool(found.stdout.strip())
