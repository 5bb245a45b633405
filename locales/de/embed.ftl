# The embed loader's words (public/embed.js) on a shop's own page. Each message is one line of
# text whose only placeables are `{ $name }` and `{ $host }`: the loader reads this file with a few
# lines of JavaScript, not with a Fluent library (the messages check holds every file to that).

embed-loading = Hier öffnet sich der Ringdesigner.
embed-no-shop = Diesem Ringdesigner fehlt die Adresse des Goldschmieds.
embed-unreachable = Der Ringdesigner ist gerade nicht erreichbar.
embed-refused = Der Ringdesigner kann auf dieser Seite nicht geöffnet werden: { $name } hat ihn für { $host } nicht freigegeben.
embed-refused-unnamed = Der Ringdesigner kann auf dieser Seite nicht geöffnet werden: Der Goldschmied hat ihn für { $host } nicht freigegeben.
embed-open = Ringdesigner öffnen
embed-open-shop = Gestalten Sie Ihren Ring auf der Website von { $name }
embed-slow = Dauert es zu lange?
embed-frame-title = Ringdesigner
