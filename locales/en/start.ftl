# The configurator's first screen, fetched before anything is drawn (the panel's words come
# with the panel): the shop's bar, the stage around the ring, the page's title, and the sentences
# of a part of the page whose code is still on its way or could not be fetched (offline).
# English is the source: every other language has exactly these keys and arguments.

## The shop's bar

cfg-brand = Atelier
cfg-tagline = Design the first idea of your ring, then talk it through with your jeweler

## The page

cfg-stage = Live preview
cfg-page-title = { $shop } · design your ring

## A part of the page (the panel, a step, the comparison) fetched when first needed

cfg-later-loading = Loading…
cfg-later-missing = This part of the page could not be loaded. Check your connection, then try again.
cfg-later-retry = Try again
