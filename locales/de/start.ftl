# The configurator's first screen, fetched before anything is drawn (the panel's words come
# with the panel): the shop's bar, the stage around the ring, the page's title, and the sentences
# of a part of the page whose code is still on its way or could not be fetched (offline).
# English is the source: every other language has exactly these keys and arguments.

## The shop's bar

cfg-brand = Atelier
cfg-tagline = Entwerfen Sie die erste Idee Ihres Rings und besprechen Sie sie dann mit Ihrem Goldschmied

## The page

cfg-stage = Live-Vorschau
cfg-page-title = { $shop } · Ihren Ring gestalten

## A part of the page (the panel, a step, the comparison) fetched when first needed

cfg-later-loading = Wird geladen …
cfg-later-missing = Dieser Teil der Seite konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
cfg-later-retry = Erneut versuchen
