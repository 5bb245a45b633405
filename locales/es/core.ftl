# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

## Shared

core-as-written = { $text }

## Catalog

metal-18k-yellow = Oro amarillo de 18 quilates
metal-14k-yellow = Oro amarillo de 14 quilates
metal-9k-yellow = Oro amarillo de 9 quilates
metal-18k-white = Oro blanco de 18 quilates
metal-14k-white = Oro blanco de 14 quilates
metal-9k-white = Oro blanco de 9 quilates
metal-18k-rose = Oro rosa de 18 quilates
metal-14k-rose = Oro rosa de 14 quilates
metal-9k-rose = Oro rosa de 9 quilates
metal-pt950 = Platino 950
metal-pd950 = Paladio 950
metal-ag925 = Plata de ley 925

stone-diamond = Diamante
stone-moissanite = Moissanita
stone-sapphire-blue = Zafiro azul
stone-sapphire-pink = Zafiro rosa
stone-sapphire-yellow = Zafiro amarillo
stone-sapphire-padparadscha = Zafiro padparadscha
stone-ruby = Rubí
stone-emerald = Esmeralda
stone-aquamarine = Aguamarina
stone-morganite = Morganita
stone-own-stone = Traeré mi propia piedra

stone-care-diamond = La gema más dura; aun así puede astillarse en el filetín con un golpe fuerte.
stone-care-moissanite = Más fuego que el diamante y casi igual de dura; siempre cultivada en laboratorio.
stone-care-sapphire-blue = Muy resistente; un clásico para llevar a diario.
stone-care-sapphire-pink = Muy resistente; un clásico para llevar a diario.
stone-care-sapphire-yellow = Muy resistente; un clásico para llevar a diario.
stone-care-sapphire-padparadscha = Un raro zafiro rosa anaranjado; los naturales escasean y su precio lo refleja.
stone-care-ruby = Muy resistente; un clásico para llevar a diario.
stone-care-emerald = Casi siempre con inclusiones y a menudo tratada con aceite: evita golpes, calor y limpiadores ultrasónicos.
stone-care-aquamarine = Se raya con años de uso diario; un engaste en bisel la protege.
stone-care-morganite = Más blanda que el zafiro: se raya y pierde brillo con el uso diario; cuenta con repulirla de vez en cuando.
stone-care-own-stone = El joyero examina tu piedra antes de presupuestar: su tamaño, su estado y su dureza deciden el engaste.

cut-round = Brillante redondo
cut-oval = Oval
cut-cushion = Cojín
cut-princess = Princesa
cut-emerald = Esmeralda
cut-asscher = Asscher
cut-radiant = Radiante
cut-pear = Pera
cut-marquise = Marquesa
cut-heart = Corazón

setting-four-prong = Solitario de cuatro garras
setting-six-prong = Solitario de seis garras
setting-bezel = Bisel
setting-halo = Halo
setting-pave-shoulders = Hombros en pavé
setting-three-stone = Tres piedras
setting-full-eternity = Eternidad completa
setting-plain-band = Aro liso (sin piedra)

font-script = Caligráfica
font-serif = Romana con serifa
font-sans = Palo seco

origin-natural = Natural
origin-lab-grown = Cultivada en laboratorio

finish-polished = Pulido
finish-satin = Satinado
finish-hammered = Martillado

band-court = Confort (abombado por dentro)
band-d-shape = Media caña
band-flat = Plano
band-knife-edge = Filo de cuchillo

## The summary

summary-parts = { $first }, { $rest }
summary-metal-advise = Metal: consejo de tu joyero
summary-own-stone = la piedra que aporta el cliente
summary-stone-advise = piedra (consejo de tu joyero)
summary-stone-with-origin = { $stone } { $origin }
summary-stone-with-cut = { $stone } { $cut }
summary-stone-with-carat = { $stone } de { $carat } ct
summary-stone-round-size = { $stone } ({ $width } mm)
summary-stone-size = { $stone } ({ $length } × { $width } mm)
summary-stone-open = { $stone }, { $open }: consejo de tu joyero
summary-open-cut = talla
summary-open-weight = peso
summary-open-origin = natural o de laboratorio

summary-stone-diamond = diamante
summary-stone-moissanite = moissanita
summary-stone-sapphire-blue = zafiro azul
summary-stone-sapphire-pink = zafiro rosa
summary-stone-sapphire-yellow = zafiro amarillo
summary-stone-sapphire-padparadscha = zafiro padparadscha
summary-stone-ruby = rubí
summary-stone-emerald = esmeralda
summary-stone-aquamarine = aguamarina
summary-stone-morganite = morganita
summary-stone-own-stone = piedra propia

summary-cut-round = talla brillante redonda
summary-cut-oval = talla oval
summary-cut-cushion = talla cojín
summary-cut-princess = talla princesa
summary-cut-emerald = talla esmeralda
summary-cut-asscher = talla Asscher
summary-cut-radiant = talla radiante
summary-cut-pear = talla pera
summary-cut-marquise = talla marquesa
summary-cut-heart = talla corazón

summary-origin-natural = natural
summary-origin-lab-grown = de laboratorio

summary-setting-four-prong = solitario de cuatro garras
summary-setting-six-prong = solitario de seis garras
summary-setting-bezel = engaste en bisel
summary-setting-halo = halo
summary-setting-pave-shoulders = hombros en pavé
summary-setting-three-stone = tres piedras
summary-setting-full-eternity = eternidad completa
summary-setting-plain-band = aro liso (sin piedra)
summary-setting-advise = engaste: consejo de tu joyero

summary-band-court = aro de perfil confort
summary-band-d-shape = aro de media caña
summary-band-flat = aro plano
summary-band-knife-edge = aro de filo de cuchillo
summary-band-advise = aro (perfil: consejo de tu joyero)
summary-band-sized = { $band } de { $width } mm de ancho y { $thickness } mm de grosor
summary-band-width-only = { $band } de { $width } mm de ancho, grosor: consejo de tu joyero
summary-band-thickness-only = { $band } de { $thickness } mm de grosor, ancho: consejo de tu joyero
summary-band-open = { $band }, ancho y grosor: consejo de tu joyero

summary-finish-polished = acabado pulido
summary-finish-satin = acabado satinado
summary-finish-hammered = acabado martillado
summary-finish-advise = acabado: consejo de tu joyero

summary-size-not-given = talla sin indicar
summary-size-us = talla US { $size }
summary-size-uk = talla UK { $size }
summary-size-eu = talla { $size }
summary-size-jp = talla japonesa { $size }
summary-size-diameter = diámetro interior { $size }
summary-size-sizer = talla desconocida (envíen un medidor de anillos)
summary-size-unknown = talla desconocida

summary-engraving-to-fix = grabado por corregir
summary-engraved = grabado «{ $text }»

## Ring sizes

size-system-us = EE. UU. / Canadá
size-system-uk = Reino Unido / Australia
size-system-eu = UE / ISO (circunferencia, mm)
size-system-jp = Japón
size-system-diameter = Diámetro interior (mm)
size-short-us = US
size-short-uk = UK
size-short-eu = EU
size-short-jp = JP
size-short-diameter = Diámetro
size-mm = { $mm } mm

## Workflow

status-new = Nueva
status-in-conversation = En conversación
status-quoted = Presupuestada
status-won = Ganada
status-lost = Perdida
status-archived = Archivada
status-spam = Spam

progress-received = Recibida
progress-talking = Lo estamos hablando
progress-design-proposed = Diseño propuesto
progress-quoted = Presupuesto enviado
progress-being-made = En el taller
progress-ready = Listo

stage-sketch = Boceto
stage-cad = Modelo CAD
stage-wax = Cera o impresión
stage-casting = Fundición
stage-setting = Engaste de las piedras
stage-polishing = Pulido
stage-ready = Listo

meeting-in-shop = En la tienda
meeting-video = Videollamada
meeting-phone = Llamada telefónica

## The specification

spec-metal = Metal
spec-centre-stone = Piedra central
spec-origin = Origen
spec-cut = Talla
spec-carat-weight = Peso en quilates
spec-stone-size = Tamaño de la piedra
spec-setting = Engaste
spec-band-profile = Perfil del aro
spec-band-width = Ancho del aro
spec-band-thickness = Grosor del aro
spec-finish = Acabado
spec-ring-size = Talla de anillo
spec-size-certainty = Seguridad de la talla
spec-engraving = Grabado
spec-metal-weight = Peso del metal
spec-other-alloys = En otras aleaciones
spec-stone-preference = Preferencia de piedra
spec-brings-to-reuse = Aporta para reutilizar

spec-advise = Según consejo del joyero
spec-none = Ninguno
spec-carat = { $carat } ct
spec-stone-mm = { $length } × { $width } mm, { $depth } mm de profundidad
spec-profile-assumed = Según consejo del joyero (se supone confort)
spec-mm = { $mm } mm
spec-mm-assumed = Según consejo del joyero (se suponen { $mm } mm)
spec-size-not-given = Sin indicar
spec-size = { $system } { $size } · diámetro interior { $diameter } mm · circunferencia { $circumference } mm
spec-size-sizer = Desconocida: enviar un medidor de anillos
spec-size-unknown = Desconocida
spec-font-advise = tipografía: según consejo del joyero
spec-engraving-text = «{ $text }» ({ $font })
spec-weight = { $metal }: unos { $grams } g (aro { $band } mm³, cabeza y engaste { $head } mm³)
spec-weight-metal-assumed = { $metal }: unos { $grams } g (metal supuesto) (aro { $band } mm³, cabeza y engaste { $head } mm³)
spec-weight-size-assumed = { $metal }: unos { $grams } g (talla supuesta) (aro { $band } mm³, cabeza y engaste { $head } mm³)
spec-weight-metal-size-assumed = { $metal }: unos { $grams } g (metal y talla supuestos) (aro { $band } mm³, cabeza y engaste { $head } mm³)
spec-alloy = { $metal } { $grams } g
spec-alloys = { $first } · { $rest }

certainty-measured = medida por un joyero
certainty-estimated = calculada en casa
certainty-unknown = aún no está segura

size-answer-not-given = Aún no has indicado tu talla. Puedes añadirla en el paso «Talla del anillo» o enviar la solicitud sin ella: el joyero te la pedirá.
size-answer-sizer = Elegiste «No sé mi talla» y pediste un medidor de anillos: el joyero te enviará uno.
size-answer-unknown = Elegiste «No sé mi talla»: el joyero te ayudará a encontrarla.

preference-natural = Solo natural
preference-lab-grown = Solo de laboratorio
preference-either = Natural o de laboratorio
preference-undecided = Sin decidir: quiere consejo

occasion-engagement = Compromiso
occasion-wedding = Boda
occasion-anniversary = Aniversario
occasion-birthday = Cumpleaños
occasion-gift = Regalo
occasion-for-myself = Para sí

channel-email = Correo electrónico
channel-phone = Llamada telefónica
channel-message = SMS o app de mensajería

reuse-stone = una piedra: { $text }
reuse-metal = metal: { $text }
reuse-stone-and-metal = una piedra y metal: { $text }

budget-up-to = hasta { $max }
budget-exactly = { $max }
budget-range = { $min }–{ $max }
estimate-price-range = { $low }–{ $high }

resize-sizes = { $sizes ->
    [0] ninguna talla
    [0.5] media talla
    [one] { $sizes } talla
    [many] { $sizes } tallas
   *[other] { $sizes } tallas
}

## What changed

change-one = { $label }: { $from } → { $to }
change-more = { $first }; { $rest }

## Checks

check-unknown-metal = no ofrecemos el metal «{ $id }»
check-unknown-stone = no ofrecemos la piedra «{ $id }»
check-unknown-cut = no ofrecemos la talla «{ $id }»
check-unknown-setting = no ofrecemos el engaste «{ $id }»
check-unknown-font = no ofrecemos la tipografía de grabado «{ $id }»
check-origin-natural = { $stone } no está disponible como piedra natural
check-origin-lab-grown = { $stone } no está disponible en versión de laboratorio
check-profile-not-offered = el perfil { $profile } no está disponible
check-finish-not-offered = el acabado { $finish } no está disponible
check-range-carat = El peso de la piedra debe estar entre { $min } y { $max } ct; indicado: { $value }
check-range-band-width = El ancho del aro debe estar entre { $min } y { $max } mm; indicado: { $value }
check-range-band-thickness = El grosor del aro debe estar entre { $min } y { $max } mm; indicado: { $value }
check-range-size = La talla (circunferencia interior) debe estar entre { $min } y { $max } mm; indicada: { $value }
check-engraving-empty = el grabado está vacío
check-engraving-too-long = el grabado tiene { $chars } caracteres; caben como máximo { $max }
check-engraving-character = { $character } no se puede grabar; usa letras (también con tilde), cifras, espacios y { $marks }
check-engraving-character-no-marks = { $character } no se puede grabar; usa letras (también con tilde), cifras y espacios

char-quoted = «{ $char }»
char-line-break = un salto de línea ({ $code })
char-tab = un tabulador ({ $code })
char-space = un espacio especial ({ $code })
char-accent = una tilde escrita sola ({ $code })
char-invisible = un carácter invisible ({ $code })

## Warnings

warning-stone-heavy-for-width = Una piedra de { $carat } ct pesa mucho para un aro de { $width } mm: puede inclinarse o doblar el aro. Los joyeros recomiendan al menos { $min } mm.
warning-stone-heavy-for-thickness = Una piedra de { $carat } ct necesita un aro más robusto que { $thickness } mm de grosor; 1,5 mm o más es más seguro.
warning-thin-band = Un aro de solo { $thickness } mm de grosor se desgasta y se dobla con los años; 1,5 mm dura toda la vida.
warning-not-resizable = El modelo «{ $setting }» no se podrá ajustar de talla más adelante: la talla debe ser la correcta desde el principio.
warning-not-resizable-unsized = El modelo «{ $setting }» no se podrá ajustar de talla más adelante: la talla debe ser la correcta desde el principio. Mídete bien el dedo antes de que empecemos.
warning-resize-limited = El modelo «{ $setting }» solo se podrá ajustar más adelante aproximadamente { $sizes } antes de que las piedras pequeñas se aflojen.
warning-soft-stone = { $stone } tiene una dureza de { $low }–{ $high } en la escala de Mohs, menor que el polvo con el que se encuentra cada día. { $care } Un bisel o un engaste bajo la protege; hay quien la elige para un anillo que no se lleva a diario.
warning-soft-stone-in-bezel = { $stone } tiene una dureza de { $low }–{ $high } en la escala de Mohs, menor que el polvo con el que se encuentra cada día. { $care } El bisel que elegiste la protege bien.
warning-soft-metal-prongs = { $metal }: metal demasiado blando para sujetar piedras en garras a diario; los joyeros usan oro blanco o platino para el engaste, o un bisel.
warning-size-not-given = Aún no has indicado la talla: tu joyero te la pedirá o puede enviarte un medidor de anillos.
warning-size-sizer = Te enviaremos un medidor de anillos. Los medidores varían: mide al final del día, cuando los dedos están más hinchados.
warning-size-unknown = Sin talla haremos una talla estándar; ajustarla después puede costar más.
warning-wide-band = Un aro de { $width } mm de ancho queda más ajustado que uno estrecho; los joyeros suelen subir entre un cuarto y media talla.
warning-long-engraving = El grabado necesita unos { $needed } mm, pero por dentro quedan libres unos { $available } mm; el grabador puede usar letras más pequeñas.
warning-rush-deadline = { $days ->
    [one] { $days } día es muy poco: los joyeros suelen pedir de tres a cuatro meses, y los trabajos urgentes cuestan más.
    [many] { $days } días es muy poco: los joyeros suelen pedir de tres a cuatro meses, y los trabajos urgentes cuestan más.
   *[other] { $days } días es muy poco: los joyeros suelen pedir de tres a cuatro meses, y los trabajos urgentes cuestan más.
}

## Field errors

field-required = este campo es obligatorio
field-too-long = como máximo { $max } caracteres, por favor
field-single-line = aquí no se permiten saltos de línea ni caracteres de control
field-control = no se permiten caracteres de control
field-deceptive = aquí no se permiten caracteres invisibles o que cambian la dirección del texto (como espacios de ancho cero o inversiones de derecha a izquierda)
field-invisible = hace falta al menos un carácter visible
field-name-link = solo tu nombre, por favor: sin direcciones web ni enlaces
field-email = escribe un correo electrónico como nombre@ejemplo.es
field-phone = escribe un teléfono de 6 a 15 cifras, p. ej. +34 912 345 678
field-phone-needed = añade un teléfono o elige el correo electrónico para que te contactemos
field-currency = usa un código de moneda de tres letras como EUR, MXN o USD
field-budget-max = escribe un importe entre 1 y { $max }
field-budget-min = el importe mínimo no puede superar al máximo
field-locale = usa una etiqueta de idioma como es, es-MX o en-GB
field-photos-count = como máximo { $max } fotos, por favor
field-file-name = un nombre de archivo de como máximo { $max } caracteres, sin carpetas
field-photo-type = solo fotos: JPEG, PNG o WebP
field-photo-size = cada foto puede ocupar como máximo { $size }
field-photos-total = todas las fotos juntas pueden ocupar como máximo { $size }
field-version = este servidor lee solicitudes de la versión { $expected }, no { $got }
field-deadline-passed = la fecha ya ha pasado
field-date-format = usa el formato AAAA-MM-DD, p. ej. 2025-06-30
field-date-no-such-day = { $date } no es un día del calendario
field-date-year = el año debe estar entre 2000 y 2200
field-size-certainty = dijiste que conoces tu talla, pero el diseño no tiene ninguna; elige una talla o «No lo sé»
field-origin-preference = esta preferencia contradice el origen de la piedra en el diseño
field-own-materials = cuéntale brevemente al joyero qué vas a traer
field-consent = solo podemos responder si aceptas que te contactemos sobre esta solicitud

size-megabytes = { $mb } MB

## Typing a ring size

size-error-empty = escribe una talla
size-error-too-long = «{ $text }» no es una talla de anillo; es demasiado largo
size-error-us = «{ $text }» no es una talla US; prueba 6, 6.25, 6¼ o 6 1/2
size-error-uk = «{ $text }» no es una talla UK; prueba M, M½, M 1/2 o Z+1
size-error-eu = «{ $text }» no es una talla europea; escribe la circunferencia en mm, p. ej. 52 o 52,5
size-error-jp = «{ $text }» no es una talla japonesa; escribe un número entero, p. ej. 11
size-error-diameter = «{ $text }» no es un diámetro; escribe milímetros, p. ej. 16,5
size-error-quarter = las tallas US van de cuarto en cuarto, p. ej. 6, 6¼, 6½ o 6¾
size-range-us = las tallas US van de { $min } a { $max }
size-range-uk = las tallas UK van de { $min } a { $max }
size-range-eu = las tallas europeas van de { $min } a { $max }
size-range-jp = las tallas japonesas van de { $min } a { $max }
size-range-diameter = el diámetro interior va de { $min } mm a { $max } mm
size-range-circumference = la circunferencia va de { $min } mm a { $max } mm

## Opening a shared design link

share-error-empty = el enlace no contiene ningún diseño
share-error-too-long = el enlace es demasiado largo ({ $chars } caracteres)
share-error-not-base64 = el enlace está dañado (no es base64url válido)
share-error-version = este enlace se creó con una versión más reciente del configurador (formato { $format })
share-error-truncated = el enlace está cortado (al leer «{ $what }»)
share-error-invalid = el enlace está dañado (valor no válido: { $what })
share-error-trailing = el enlace está dañado (datos inesperados al final)

## What a price range leaves out

estimate-excludes-accents = las piedras laterales (el joyero las presupuesta cuando se eligen los tamaños)
estimate-excludes-centre-stone = la piedra central (la tuya, o según consejo)
estimate-missing-stone = { $stone } ({ $origin })
