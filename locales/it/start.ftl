# The configurator's first screen, fetched before anything is drawn (the panel's words come
# with the panel): the shop's bar, the stage around the ring, the page's title, and the sentences
# of a part of the page whose code is still on its way or could not be fetched (offline).
# English is the source: every other language has exactly these keys and arguments.

## The shop's bar

cfg-brand = Atelier
cfg-tagline = Disegna la prima idea del tuo anello, poi parlane con il tuo gioielliere

## The page

cfg-stage = Anteprima dal vivo
cfg-page-title = { $shop } · crea il tuo anello

## A part of the page (the panel, a step, the comparison) fetched when first needed

cfg-later-loading = Caricamento…
cfg-later-missing = Non è stato possibile caricare questa parte della pagina. Controlla la connessione e riprova.
cfg-later-retry = Riprova
