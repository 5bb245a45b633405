# The ring viewer, which the configurator, the commission page and the studio all show: its views,
# tools, the no-WebGL fallback and the postcard.

viewer-unavailable = L’aperçu 3D ne fonctionne pas dans ce navigateur
viewer-unavailable-why = ({ $reason }). Vos choix comptent quand même ; voici votre bague en mots :
viewer-unavailable-words-beside = ({ $reason }). La création est décrite en mots sur cette page.
viewer-reason-no-webgl2 = ce navigateur ne propose pas WebGL2
viewer-reason-context = le contexte graphique n’a pas pu être créé : { $detail }
viewer-roledescription = aperçu 3D interactif
viewer-label = { $summary }. Tournez-la avec les flèches du clavier, zoomez avec + ou -.
viewer-tools = Aperçu
viewer-view-three-quarter = Vue ¾
viewer-view-three-quarter-short = ¾
viewer-view-top = Dessus
viewer-view-top-short = Dessus
viewer-view-side = Côté
viewer-view-side-short = Côté
viewer-view-front = Face
viewer-view-front-short = Face
viewer-view-inside = Intérieur
viewer-view-inside-short = Intérieur
viewer-turntable = Plateau tournant
viewer-turntable-short = Plateau
viewer-turntable-title = Tourner lentement toute seule
viewer-turntable-paused = Le plateau tournant s’est arrêté pour que cet appareil reste fluide. ↻ fait tourner la bague malgré tout.
viewer-turntable-paused-short = En pause
viewer-turntable-paused-label = Plateau tournant, en pause
viewer-postcard = Carte postale
viewer-postcard-short = Carte
viewer-postcard-label = Enregistrer la carte postale
viewer-postcard-title = Télécharger une carte postale de votre bague
viewer-hint = Faites glisser pour tourner · pincez ou faites défiler pour zoomer
viewer-postcard-note = Une première idée, à discuter avec votre joaillier. La bague finie peut être différente.
viewer-postcard-file = ma-bague.png
