# The ring viewer, which the configurator, the commission page and the studio all show: its views,
# tools, the no-WebGL fallback and the postcard.

viewer-unavailable = La vista previa 3D no funciona en este navegador
viewer-unavailable-why = ({ $reason }). Tus elecciones cuentan igualmente; aquí tienes tu anillo en palabras:
viewer-unavailable-words-beside = ({ $reason }). El diseño se describe con palabras en esta página.
viewer-reason-no-webgl2 = este navegador no ofrece WebGL2
viewer-reason-context = no se pudo preparar el contexto gráfico: { $detail }
viewer-roledescription = vista previa 3D interactiva
viewer-label = { $summary }. Usa las flechas para girarlo y + o - para acercar o alejar.
viewer-tools = Vista previa
viewer-view-three-quarter = Vista ¾
viewer-view-three-quarter-short = ¾
viewer-view-top = Arriba
viewer-view-top-short = Arriba
viewer-view-side = Lado
viewer-view-side-short = Lado
viewer-view-front = Frente
viewer-view-front-short = Frente
viewer-view-inside = Interior
viewer-view-inside-short = Interior
viewer-turntable = Plataforma giratoria
viewer-turntable-short = Giratoria
viewer-turntable-title = Girar lentamente solo
viewer-turntable-paused = La plataforma giratoria se detuvo para que este dispositivo siga ágil. ↻ hace girar el anillo de todos modos.
viewer-turntable-paused-short = En pausa
viewer-turntable-paused-label = Plataforma giratoria, en pausa
viewer-postcard = Postal
viewer-postcard-short = Postal
viewer-postcard-label = Guardar postal
viewer-postcard-title = Descargar una postal de tu anillo
viewer-hint = Arrastra para girar · pellizca o desplaza para acercar
viewer-postcard-note = Una primera idea para hablarla con tu joyero. El anillo terminado puede ser distinto.
viewer-postcard-file = mi-anillo.png
