# The visitor's commission page: thread, proposals, booking, stages, privacy.

## The page
com-opening = Abriendo tu encargo…
com-open-failed-title = No se pudo abrir la página de tu encargo
com-refresh-failed = No se pudo actualizar la página: { $reason }
com-title = Tu encargo { $reference }
com-skip-conversation = Ir a la conversación
com-status-title = En qué punto está:

## Why a request did not succeed
com-error-unknown = este enlace no existe
com-error-revoked = el joyero ha cerrado este enlace
com-error-expired = este enlace ha caducado
com-error-network = no se pudo conectar con el servidor de la tienda
com-error-busy = el servidor de la tienda está ocupado (HTTP { $status }); inténtalo de nuevo en un momento
com-error-slot-taken = alguien acaba de reservar esa hora
com-error-rate-limited = demasiadas solicitudes en poco tiempo; espera un minuto y vuelve a intentarlo
com-error-too-large = las fotos juntas pesan demasiado; envía menos cada vez
com-error-invalid = el servidor de la tienda no pudo aceptarlo tal cual; revisa lo que escribiste
com-error-conflict = ya estaba hecho, o ha cambiado mientras tanto; recarga la página para ver cómo está todo
com-error-gone = ya no es posible; recarga la página para ver cómo está todo
com-error-not-found = ya no existe; recarga la página para ver cómo está todo
com-error-other = el servidor de la tienda rechazó la solicitud

## A link that opens nothing
com-link-revoked-title = Este enlace está cerrado
com-link-revoked-text = El joyero ha cerrado este enlace. Pídele uno nuevo.
com-link-expired-title = Este enlace ha caducado
com-link-expired-text = Los enlaces a una página de encargo pueden durar solo un tiempo. Escribe al joyero y pídele un enlace nuevo.
com-link-unknown-title = Este enlace no abre ningún encargo
com-link-unknown-text = Comprueba que copiaste el enlace completo del correo. Si sigue sin funcionar, responde a ese correo: tu respuesta llega al joyero, que puede enviarte un enlace nuevo.
com-link-safe = Cerrar un enlace no borra nada: lo que enviaste sigue con el joyero, salvo que hayas pedido que se borre.
com-link-contact = Puedes escribir a { $shop } a { $email }.

## The design
com-design-title = Tu diseño
com-design-agreed = Acordado el { $when }
com-design-sent = Enviado el { $when }
com-design-brief-title = Tu solicitud, tal como la enviaste
com-design-pictures-title = Imágenes enviadas con tu solicitud
com-design-picture = Tu diseño, vista { $view }
com-view-three-quarter = de tres cuartos
com-view-top = desde arriba
com-view-side = de lado
com-drawing-ring = Dibujando el anillo…
com-sketch-caption = Boceto: { $metal }, { $stone }
com-sketch-caption-band = Boceto: { $metal }

## Proposals
com-proposals-title = Diseños propuestos
com-proposed-at = Propuesto el { $when }
com-changes-title = Qué cambia
com-change-line = { $what }: { $from } → { $to }
com-price-range = Rango de precio: { $low }–{ $high }
com-answer-accepted = Aceptaste este diseño
com-answer-changes = Pediste cambios
com-answer-line = { $answer } ({ $when })
com-answer-comment-label = Tu comentario (qué cambiar, o unas palabras para el joyero)
com-answer-accept = Aceptar este diseño
com-answer-ask-changes = Pedir cambios
com-compare-before = El diseño anterior
com-compare-proposal = La propuesta
com-compare-ring = Anillo
com-compare-metal = Metal
com-compare-stone = Piedra central
com-compare-to-settle = Por decidir
com-compare-grams = unos { $g } g
com-compare-stone-mm = { $length } × { $width } mm
com-compare-no-stone = —
com-compare-nothing = Nada

## The conversation
com-thread-title = Conversación
com-thread-empty = Todavía no hay mensajes. El joyero te escribe aquí; también puedes escribir tú primero.
com-thread-you = Tú
com-photo-link = Foto: { $name }, se abre a tamaño completo
com-reply-label = Escribe al joyero
com-reply-count = { $n } / { $max } caracteres
com-reply-add-photos = Añadir fotos (hasta { $max })
com-reply-photos-max = Hasta { $max } fotos por mensaje.
com-reply-remove = Quitar { $name }
com-reply-send = Enviar
com-reply-sending = Enviando…
com-reply-not-sent-yet = Aún no se ha enviado: { $reason }. Tu mensaje se conserva; pulsa Enviar de nuevo.
com-reply-not-sent = No se ha enviado: { $reason }

## Booking
com-booking-title = Tu cita
com-booking-closed = El joyero todavía no acepta reservas en línea; te propondrá una hora en la conversación.
com-booking-taken = Alguien acaba de reservar esa hora; elige otra, por favor.
com-booking-summary = { $kind }, { $day }, { $start }–{ $end }
com-booking-zones = En tu zona horaria ({ $zone }). Hora de la tienda: { $shop } ({ $shop_zone }).
com-booking-cancel = Cancelar la cita
com-booking-cancel-question = ¿Cancelar la cita del { $day }, { $start }?
com-booking-cancel-yes = Sí, cancelar
com-booking-keep = Mantenerla
com-slots-failed = No se pudieron leer las horas libres: { $reason }
com-slots-pick = Elige una hora: las horas están en tu zona horaria ({ $zone }); la tienda está en { $shop_zone }.
com-slots-move = Cámbiala a otra hora: las horas están en tu zona horaria ({ $zone }); la tienda está en { $shop_zone }.
com-kind-title = ¿Cómo prefieres que nos veamos?
com-slots-none = No hay horas libres en las próximas tres semanas; escribe al joyero en la conversación.
com-slots-more = Más días
com-slot-shop-time = Hora de la tienda: { $shop }
com-slot-name = { $time } (hora de la tienda: { $shop })
com-slot-chosen = { $kind }, { $day }, { $start } (tu zona horaria: { $zone })
com-slot-book = Reservar esta hora
com-slot-move = Cambiar a esta hora
com-slot-other = Elegir otra hora
com-your-zone = tu zona horaria

## The making
com-timeline-title = La elaboración
com-stage-photo = { $stage }: { $name }

## Privacy
com-privacy-title = Tus datos
com-privacy-download = Descargar mis datos (JSON)
com-privacy-download-text = Todo lo que la tienda guarda sobre este encargo: la solicitud, los mensajes, las propuestas, la cita, la elaboración y las notas del joyero sobre él.
com-privacy-notice = Cómo los guarda la tienda: { $link }.
com-privacy-notice-link = el aviso de privacidad
com-erasure-requested = Pediste el borrado el { $when }. El joyero ya lo sabe; borrará la solicitud, la conversación, las propuestas, la cita y las fotos, y te lo confirmará por correo. Lo que la ley obligue a conservar (una factura, por ejemplo) se guarda solo el tiempo exigido.
com-erasure-text = Puedes pedir al joyero que borre este encargo: la solicitud, la conversación, las propuestas, la cita y todas las fotos. Después, esta página deja de funcionar.
com-erasure-comment = Algo que el joyero deba saber (opcional)
com-erasure-ask = Pedir el borrado
com-erasure-question = ¿Pedir al joyero que borre este encargo? Después, esta página deja de funcionar y la conversación desaparece.
com-erasure-yes = Sí, pedir el borrado
com-erasure-keep = Mantener mi encargo
com-page-title = Tu encargo
