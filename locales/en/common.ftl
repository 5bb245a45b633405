# Words every part of Atelier shares: the language switch, loading, retry.
# English is the source: every other language has exactly these keys and arguments.

common-language = Language
common-loading = Loading…
common-retry = Try again
common-close = Close
common-offline = You seem to be offline. Check your connection and try again.
