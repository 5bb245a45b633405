# The embed loader's words (public/embed.js) on a shop's own page. Each message is one line of
# text whose only placeables are `{ $name }` and `{ $host }`: the loader reads this file with a few
# lines of JavaScript, not with a Fluent library (the messages check holds every file to that).

embed-loading = The ring designer opens here.
embed-no-shop = This ring designer is missing its shop address.
embed-unreachable = The ring designer cannot be reached right now.
embed-refused = The ring designer cannot open inside this page: { $name } has not enabled it for { $host }.
embed-refused-unnamed = The ring designer cannot open inside this page: the jeweler has not enabled it for { $host }.
embed-open = Open the ring designer
embed-open-shop = Design your ring on { $name }'s site
embed-slow = Taking long?
embed-frame-title = Ring designer
