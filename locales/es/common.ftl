# Words every part of Atelier shares: the language switch, loading, retry.

common-language = Idioma
common-retry = Reintentar
common-offline = Parece que no tienes conexión. Compruébala y vuelve a intentarlo.
common-designer-failed = No se ha podido cargar el diseñador de anillos. Comprueba tu conexión e inténtalo de nuevo.
common-still-offline = Sigues sin conexión: lo intentaremos de nuevo en cuanto vuelva.
common-skip-to-steps = Ir a los pasos del diseño
