# The configurator's first screen, fetched before anything is drawn (the panel's words come
# with the panel): the shop's bar, the stage around the ring, the page's title, and the sentences
# of a part of the page whose code is still on its way or could not be fetched (offline).
# English is the source: every other language has exactly these keys and arguments.

## The shop's bar

cfg-brand = Atelier
cfg-tagline = Dessinez la première idée de votre bague, puis parlez-en avec votre joaillier

## The page

cfg-stage = Aperçu en direct
cfg-page-title = { $shop } · créez votre bague

## A part of the page (the panel, a step, the comparison) fetched when first needed

cfg-later-loading = Chargement…
cfg-later-missing = Cette partie de la page n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez.
cfg-later-retry = Réessayer
