# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Langue
common-loading = Chargement…
common-retry = Réessayer
common-close = Fermer
common-offline = Vous semblez hors ligne. Vérifiez votre connexion, puis réessayez.
