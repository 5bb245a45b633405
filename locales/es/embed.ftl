# The embed loader's words (public/embed.js) on a shop's own page. Each message is one line of
# text whose only placeables are `{ $name }` and `{ $host }`: the loader reads this file with a few
# lines of JavaScript, not with a Fluent library (the messages check holds every file to that).

embed-loading = El diseñador de anillos se abre aquí.
embed-no-shop = A este diseñador de anillos le falta la dirección del joyero.
embed-unreachable = No se puede acceder al diseñador de anillos en este momento.
embed-refused = El diseñador de anillos no puede abrirse en esta página: { $name } no lo ha habilitado para { $host }.
embed-refused-unnamed = El diseñador de anillos no puede abrirse en esta página: el joyero no lo ha habilitado para { $host }.
embed-open = Abrir el diseñador de anillos
embed-open-shop = Diseña tu anillo en el sitio de { $name }
embed-slow = ¿Tarda demasiado?
embed-frame-title = Diseñador de anillos
