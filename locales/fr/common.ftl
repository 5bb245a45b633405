# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Langue
common-retry = Réessayer
common-offline = Vous semblez hors ligne. Vérifiez votre connexion, puis réessayez.
