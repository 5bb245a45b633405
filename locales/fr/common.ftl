# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Langue
common-retry = Réessayer
common-offline = Vous semblez hors ligne. Vérifiez votre connexion, puis réessayez.
common-designer-failed = Le créateur de bagues n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.
common-still-offline = Toujours hors ligne — nous réessaierons dès que la connexion sera rétablie.
common-skip-to-steps = Aller aux étapes de création
