# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Sprache
common-loading = Wird geladen …
common-retry = Erneut versuchen
common-close = Schließen
common-offline = Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
