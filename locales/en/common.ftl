# Words every part of Atelier shares: the language switch, loading, retry.
# English is the source: every other language has exactly these keys and arguments.

common-language = Language
common-retry = Try again
common-offline = You seem to be offline. Check your connection and try again.
common-designer-failed = The ring designer could not be loaded. Check your connection, then try again.
