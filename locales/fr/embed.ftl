# The embed loader's words (public/embed.js) on a shop's own page. Each message is one line of
# text whose only placeables are `{ $name }` and `{ $host }`: the loader reads this file with a few
# lines of JavaScript, not with a Fluent library (the messages check holds every file to that).

embed-loading = Le créateur de bagues s’ouvre ici.
embed-no-shop = Il manque à ce créateur de bagues l’adresse du bijoutier.
embed-unreachable = Le créateur de bagues est injoignable pour le moment.
embed-refused = Le créateur de bagues ne peut pas s’ouvrir dans cette page : { $name } ne l’a pas activé pour { $host }.
embed-refused-unnamed = Le créateur de bagues ne peut pas s’ouvrir dans cette page : le bijoutier ne l’a pas activé pour { $host }.
embed-open = Ouvrir le créateur de bagues
embed-open-shop = Créez votre bague sur le site { $name }
embed-slow = Cela prend du temps ?
embed-frame-title = Créateur de bagues
