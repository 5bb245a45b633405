# The embed loader's words (public/embed.js) on a shop's own page. Each message is one line of
# text whose only placeables are `{ $name }` and `{ $host }`: the loader reads this file with a few
# lines of JavaScript, not with a Fluent library (the messages check holds every file to that).

embed-loading = Il designer di anelli si apre qui.
embed-no-shop = A questo designer di anelli manca l’indirizzo del gioielliere.
embed-unreachable = Il designer di anelli non è raggiungibile in questo momento.
embed-refused = Il designer di anelli non può aprirsi in questa pagina: { $name } non lo ha abilitato per { $host }.
embed-refused-unnamed = Il designer di anelli non può aprirsi in questa pagina: il gioielliere non lo ha abilitato per { $host }.
embed-open = Apri il designer di anelli
embed-open-shop = Crea il tuo anello sul sito di { $name }
embed-slow = Ci vuole troppo?
embed-frame-title = Designer di anelli
