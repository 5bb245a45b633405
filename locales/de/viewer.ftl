# The ring viewer, which the configurator, the commission page and the studio all show: its views,
# tools, the no-WebGL fallback and the postcard.

viewer-unavailable = Die 3D-Vorschau läuft in diesem Browser nicht
viewer-unavailable-why = ({ $reason }). Ihre Auswahl zählt trotzdem; hier ist Ihr Ring in Worten:
viewer-unavailable-words-beside = ({ $reason }). Der Entwurf ist auf dieser Seite in Worten beschrieben.
viewer-reason-no-webgl2 = dieser Browser bietet kein WebGL2
viewer-reason-context = die Grafikumgebung ließ sich nicht einrichten: { $detail }
viewer-roledescription = interaktive 3D-Vorschau
viewer-label = { $summary }. Mit den Pfeiltasten drehen, mit + oder - zoomen.
viewer-tools = Vorschau
viewer-view-three-quarter = ¾-Ansicht
viewer-view-three-quarter-short = ¾
viewer-view-top = Oben
viewer-view-top-short = Oben
viewer-view-side = Seite
viewer-view-side-short = Seite
viewer-view-front = Vorne
viewer-view-front-short = Vorne
viewer-view-inside = Innen
viewer-view-inside-short = Innen
viewer-turntable = Drehteller
viewer-turntable-short = Drehteller
viewer-turntable-title = Langsam von selbst drehen
viewer-turntable-paused = Der Drehteller hat angehalten, damit dieses Gerät flüssig bleibt. ↻ dreht den Ring trotzdem.
viewer-turntable-paused-short = Pausiert
viewer-turntable-paused-label = Drehteller, pausiert
viewer-postcard = Postkarte
viewer-postcard-short = Postkarte
viewer-postcard-label = Postkarte speichern
viewer-postcard-title = Eine Postkarte Ihres Rings herunterladen
viewer-hint = Zum Drehen ziehen · zum Zoomen mit zwei Fingern ziehen oder scrollen
viewer-postcard-note = Eine erste Idee, um sie mit Ihrem Goldschmied zu besprechen. Der fertige Ring kann abweichen.
viewer-postcard-file = mein-ring.png
