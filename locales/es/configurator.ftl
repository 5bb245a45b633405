# The visitor's configurator's panel: steps, pickers, summary, saved designs, share, comparison.

## The steps

cfg-step-metal = Metal
cfg-step-stone = Piedra
cfg-step-cut = Talla y quilates
cfg-step-setting = Engaste
cfg-step-band = Aro
cfg-step-size = Talla del anillo
cfg-step-engraving = Grabado
cfg-step-brief = Tu solicitud
cfg-steps = Pasos
cfg-step-count = Paso { $n } de { $total }
cfg-back = Atrás
cfg-next = Siguiente: { $step }

## The summary and its facts

cfg-summary-title = Tu anillo hasta ahora
cfg-summary-title-revise = El diseño hasta ahora
cfg-fact-metal = { $state ->
    [assumed] Metal: unos { $grams } g de { $metal } (supuesto hasta que tu joyero te aconseje)
    [unsized] Metal: unos { $grams } g de { $metal }, en una talla estándar hasta que indiques la tuya
    [both] Metal: unos { $grams } g de { $metal } (supuesto hasta que tu joyero te aconseje), en una talla estándar hasta que indiques la tuya
   *[plain] Metal: unos { $grams } g de { $metal }
}
cfg-fact-stone = Piedra central: unos { $length } × { $width } mm, { $depth } mm de profundidad
cfg-fact-price = Precio orientativo: { $low }–{ $high } { $currency } (precios del { $date }); lo que cuenta es el presupuesto de tu joyero
cfg-fact-price-excluding = Precio orientativo: { $low }–{ $high } { $currency } (precios del { $date }, sin incluir { $excluded }); lo que cuenta es el presupuesto de tu joyero
cfg-fact-price-missing = Precio: tu joyero te dará personalmente el precio de { $what }

## Every question's "not sure" answer

cfg-advise = No lo sé — que me aconseje mi joyero
cfg-advise-detail = Decidirlo juntos

## Metal

cfg-metal-legend = Metal
cfg-metal-fineness = Ley { $fineness }‰

## Stone

cfg-stone-legend = Piedra central
cfg-stone-own = Una joya heredada o una piedra que ya tienes
cfg-stone-hardness = Dureza { $hardness }
cfg-stone-hardness-range = Dureza { $low }–{ $high }
cfg-stone-lab-only = { $hardness } · solo cultivada en laboratorio
cfg-stone-natural-only = { $hardness } · solo natural
cfg-stone-own-hint = Tu joyero examinará primero tu piedra: su tamaño, su estado y su dureza deciden cómo puede engastarse.
cfg-origin-legend = ¿Natural o cultivada en laboratorio?
cfg-origin-natural-detail = Extraída de la tierra
cfg-origin-lab-detail = La misma piedra, creada por personas
cfg-origin-overridden = { $wanted ->
    [natural] { $stone } solo existe cultivada en laboratorio, así que el origen ahora es «cultivada en laboratorio». Elige otra piedra para volver a «natural».
   *[lab] { $stone } solo existe natural, así que el origen ahora es «natural». Elige otra piedra para volver a «cultivada en laboratorio».
}

## Cut and carat

cfg-cut-no-stone = El engaste que elegiste no lleva piedra central, así que la talla y el tamaño solo importan si lo cambias.
cfg-cut-legend = Talla
cfg-carat-legend = Tamaño
cfg-carat-label = Peso en quilates
cfg-carat-suggest = tu joyero te propondrá un tamaño
cfg-carat = { $carat } ct
cfg-carat-round = { $carat } ct · { $mm } mm de diámetro
cfg-carat-long = { $carat } ct · { $length } × { $width } mm

## Setting

cfg-setting-legend = Engaste
cfg-setting-no-resize = No se puede ajustar de talla
cfg-setting-resize = { $halves ->
    [1] Se puede ajustar aproximadamente media talla
    [2] Se puede ajustar aproximadamente 1 talla
    [3] Se puede ajustar aproximadamente 1½ tallas
    [5] Se puede ajustar aproximadamente 2½ tallas
    [7] Se puede ajustar aproximadamente 3½ tallas
   *[other] Se puede ajustar aproximadamente { $sizes } tallas
}

## Band

cfg-profile-legend = Perfil (la sección del aro)
cfg-band-size-legend = Ancho y grosor
cfg-band-width = Ancho
cfg-band-thickness = Grosor
cfg-mm = { $mm } mm
cfg-band-suggest = tu joyero te hará una propuesta
cfg-finish-legend = Acabado

## Ring size

cfg-size-legend = ¿Cómo sabes tu talla?
cfg-size-known = Sé mi talla
cfg-size-known-detail = EE. UU., Reino Unido, Europa o Japón
cfg-size-ring = Medir un anillo que me quede bien
cfg-size-ring-detail = Diámetro interior en mm
cfg-size-finger = Medir mi dedo
cfg-size-finger-detail = Todo el contorno, en mm
cfg-size-unknown = No sé mi talla
cfg-size-unknown-detail = Tu joyero puede enviarte un medidor
cfg-size-pick-one = Elige una de las opciones de arriba. No se supone nada hasta que lo hagas.
cfg-size-system = Sistema de tallas
cfg-size-text = Tu talla
cfg-size-text-hint = Por ejemplo 6½ (US), M (UK), 52 (EU) o 12 (Japón).
cfg-size-ring-label = Diámetro interior del anillo, en mm
cfg-size-ring-hint = Coloca una regla sobre el interior de un anillo que te quede bien en el mismo dedo, de borde a borde.
cfg-size-finger-label = Contorno del dedo, en mm
cfg-size-finger-hint = Rodea la base del dedo con una tira de papel, marca dónde se junta y mídela en plano. Mide al final del día, cuando los dedos están más hinchados.
cfg-size-send-sizer = Envíame un medidor de anillos, por favor
cfg-size-sizer-hint = Es muy habitual. Un medidor es un juego de anillos de plástico o metal que te pruebas en casa; tu joyero ajusta el anillo según él.
cfg-size-check = Revisa esto: { $problem }.
cfg-size-conversions = Equivale a US { $us } · UK { $uk } · EU { $eu } · Japón { $jp } — { $mm } mm de diámetro interior.

## Engraving

cfg-engraving-label = Texto en el interior del aro (opcional)
cfg-engraving-count = { $count } / { $max }
cfg-engraving-hint = Hasta { $max } caracteres: letras (también con tilde), cifras, espacios y { $punctuation }
cfg-lettering-legend = Letra
cfg-font-sample = Ab

## Notes on a step

cfg-note-fix = Corrige esto: { $problem }.

## The ring viewer

## Share

cfg-share-title = Comparte o guarda este diseño
cfg-share-link = Enlace a este diseño
cfg-share-copy = Copiar enlace
cfg-share-copied = Enlace copiado. Quien lo tenga verá exactamente este anillo.
cfg-share-copy-failed = Tu navegador no nos dejó copiar; el enlace está seleccionado, cópialo tú.
cfg-share-draft = Se guarda como borrador en este navegador mientras avanzas.

## My designs

cfg-saved-title = Mis diseños
cfg-saved-name-label = Nombre de este diseño
cfg-saved-name-placeholder = Ponle nombre a este diseño
cfg-saved-save = Guardar
cfg-saved-default-name = Diseño { $n }
cfg-saved-saved = «{ $name }» guardado en este navegador.
cfg-saved-refused = Este navegador no nos deja guardar (modo privado o almacenamiento lleno); copia el enlace en su lugar.
cfg-saved-opened = «{ $name }» abierto.
cfg-saved-deleted = «{ $name }» eliminado.
cfg-saved-compare = { $name } — comparar
cfg-saved-open = Abrir
cfg-saved-open-named = Abrir { $name }
cfg-saved-delete = Eliminar
cfg-saved-delete-named = Eliminar { $name }
cfg-saved-tick-two = Marca dos para compararlos uno al lado del otro.

## Comparing two designs

cfg-compare-label = Comparación
cfg-compare-caption = Dos diseños guardados uno al lado del otro
cfg-compare-preview = Vista previa
cfg-compare-ring = Anillo
cfg-compare-metal = Metal
cfg-compare-stone = Piedra central
cfg-compare-notes = Notas del joyero
cfg-compare-weight = unos { $grams } g
cfg-compare-stone-size = { $length } × { $width } mm
cfg-compare-no-stone = —
cfg-compare-no-notes = Ninguna
cfg-compare-picture = { $name }: { $summary }
