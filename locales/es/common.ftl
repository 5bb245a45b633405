# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Idioma
common-retry = Reintentar
common-offline = Parece que no tienes conexión. Compruébala y vuelve a intentarlo.
common-designer-failed = No se ha podido cargar el diseñador de anillos. Comprueba tu conexión e inténtalo de nuevo.
