# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Sprache
common-retry = Erneut versuchen
common-offline = Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
common-designer-failed = Der Ringdesigner konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
common-still-offline = Immer noch offline – wir versuchen es erneut, sobald die Verbindung wieder da ist.
common-skip-to-steps = Zu den Gestaltungsschritten springen
