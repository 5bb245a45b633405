# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Idioma
common-retry = Reintentar
common-offline = Parece que no tienes conexión. Compruébala y vuelve a intentarlo.
