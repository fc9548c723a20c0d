"""`python -m debrief`: the same as the `debrief` command."""

import sys

from debrief.app import main

sys.exit(main())
