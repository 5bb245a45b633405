# Words every part of Atelier shares: the language switch, loading, retry.
# English is the source: every other language has exactly these keys and arguments.

common-language = Language
common-retry = Try again
common-offline = You seem to be offline. Check your connection and try again.
common-designer-failed = The ring designer could not be loaded. Check your connection, then try again.
# "Try again" pressed while the browser is offline: it tried, and will again by itself.
common-still-offline = Still offline — we will try again when the connection is back.
# The first link of the page, for keyboard visitors: past the bar and the ring to the steps.
common-skip-to-steps = Skip to the design steps
