# The configurator's first screen, fetched before anything is drawn (the panel's words come
# with the panel): the shop's bar, the stage around the ring, the page's title, and the sentences
# of a part of the page whose code is still on its way or could not be fetched (offline).
# English is the source: every other language has exactly these keys and arguments.

## The shop's bar

cfg-brand = Atelier
cfg-tagline = Diseña la primera idea de tu anillo y luego coméntala con tu joyero

## The page

cfg-stage = Vista previa en directo
cfg-page-title = { $shop } · diseña tu anillo

## A part of the page (the panel, a step, the comparison) fetched when first needed

cfg-later-loading = Cargando…
cfg-later-missing = No se ha podido cargar esta parte de la página. Comprueba tu conexión e inténtalo de nuevo.
cfg-later-retry = Reintentar
