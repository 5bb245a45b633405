# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Lingua
common-retry = Riprova
common-offline = Sembra che tu sia offline. Controlla la connessione e riprova.
