# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Lingua
common-retry = Riprova
common-offline = Sembra che tu sia offline. Controlla la connessione e riprova.
common-designer-failed = Non è stato possibile caricare il designer di anelli. Controlla la connessione e riprova.
common-still-offline = Ancora offline: riproveremo appena la connessione tornerà.
common-skip-to-steps = Vai ai passaggi del design
