"""The journal: data and the rules of the practice, with no Qt.

Importing it first defers the standard modules peewee loads but never uses here
(`deferred_imports`), so every entry point (the app, the tests, the benchmark) starts
the same lean way.
"""

from debrief.journal import deferred_imports

deferred_imports.defer()
