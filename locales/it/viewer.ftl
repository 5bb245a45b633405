# The ring viewer, which the configurator, the commission page and the studio all show: its views,
# tools, the no-WebGL fallback and the postcard.

viewer-unavailable = L’anteprima 3D non funziona in questo browser
viewer-unavailable-why = ({ $reason }). Le tue scelte contano lo stesso; ecco il tuo anello a parole:
viewer-unavailable-words-beside = ({ $reason }). Il progetto è descritto a parole in questa pagina.
viewer-reason-no-webgl2 = questo browser non offre WebGL2
viewer-reason-context = non è stato possibile preparare il contesto grafico: { $detail }
viewer-roledescription = anteprima 3D interattiva
viewer-label = { $summary }. Usa i tasti freccia per ruotarlo e + o - per lo zoom.
viewer-tools = Anteprima
viewer-view-three-quarter = Vista ¾
viewer-view-three-quarter-short = ¾
viewer-view-top = Dall’alto
viewer-view-top-short = Alto
viewer-view-side = Di lato
viewer-view-side-short = Lato
viewer-view-front = Di fronte
viewer-view-front-short = Fronte
viewer-view-inside = Interno
viewer-view-inside-short = Interno
viewer-turntable = Piatto rotante
viewer-turntable-short = Rotante
viewer-turntable-title = Ruota lentamente da solo
viewer-turntable-paused = Il piatto rotante si è fermato per mantenere fluido questo dispositivo. ↻ fa girare comunque l’anello.
viewer-turntable-paused-short = In pausa
viewer-turntable-paused-label = Piatto rotante, in pausa
viewer-postcard = Cartolina
viewer-postcard-short = Cartolina
viewer-postcard-label = Salva cartolina
viewer-postcard-title = Scarica una cartolina del tuo anello
viewer-hint = Trascina per ruotare · pizzica o scorri per lo zoom
viewer-postcard-note = Una prima idea, da discutere con il tuo gioielliere. L’anello finito può essere diverso.
viewer-postcard-file = il-mio-anello.png
