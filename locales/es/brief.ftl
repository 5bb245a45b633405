# The brief form, its field errors, and the confirmation after sending.

## The design above the form
brief-design-title = Tu diseño
brief-design-notes-title = Conviene comentarlo
brief-design-fix = Corrige esto: { $problem }.

## Field errors
brief-errors-title = { $n ->
    [one] Antes de enviar, hay una cosa que revisar:
   *[other] Antes de enviar, hay { $n } cosas que revisar:
}
brief-errors-line = { $field }: { $problem }
brief-error-whole-amount = escribe un importe entero, por ejemplo 2500
brief-error-server = el servidor del joyero no aceptó este dato; revísalo, por favor
brief-field-name = Tu nombre
brief-field-email = Correo electrónico
brief-field-phone = Teléfono
brief-field-budget-min = Presupuesto desde
brief-field-budget-max = Presupuesto hasta
brief-field-currency = Moneda
brief-field-occasion = Ocasión
brief-field-deadline = Lo necesito para
brief-field-size = Talla del anillo
brief-field-origin = Naturales o cultivadas en laboratorio
brief-field-own = Materiales propios
brief-field-notes = Notas
brief-field-consent = Consentimiento
brief-field-photos = Fotos
brief-field-ring = El anillo

## Contact
brief-contact-title = Cómo contactarte
brief-label-name = Tu nombre
brief-label-email = Correo electrónico
brief-label-phone = Teléfono (opcional)
brief-channel-title = Forma de contacto preferida
brief-channel-email = Correo electrónico
brief-channel-phone = Llamada
brief-channel-message = SMS o mensajería

## Budget and timing
brief-budget-title = Presupuesto y plazos
brief-label-budget-min = Presupuesto desde (opcional)
brief-label-budget-max = Presupuesto hasta
brief-label-currency = Moneda
brief-currency-option = { $code } — { $name }
brief-budget-range = Tu presupuesto: de { $min } a { $max }
brief-budget-up-to = Tu presupuesto: hasta { $max }
brief-budget-from = Tu presupuesto: desde { $min }
brief-budget-unreadable = Tu presupuesto: «{ $text }» no es un importe entero; escríbelo sin céntimos, por ejemplo 2500.
brief-label-occasion = Ocasión
brief-occasion-none = Prefiero no decirlo
brief-occasion-engagement = Compromiso
brief-occasion-wedding = Boda
brief-occasion-anniversary = Aniversario
brief-occasion-birthday = Cumpleaños
brief-occasion-gift = Un regalo
brief-occasion-for-myself = Para mí
brief-occasion-other = Otra cosa
brief-label-deadline = Lo necesito para (opcional)
brief-label-occasion-other = ¿Cuál es la ocasión?

## Size, stones, materials, surprise
brief-size-title = Talla del anillo
brief-size-measured = Medida por un joyero
brief-size-estimated = Calculada en casa
brief-size-unknown = Al final no estoy seguro
brief-origin-title = Piedras naturales o cultivadas en laboratorio
brief-origin-natural = Solo naturales
brief-origin-lab = Solo cultivadas en laboratorio
brief-origin-either = Me valen las dos
brief-origin-undecided = Aún no lo sé: aconséjame
brief-own-title = Algo tuyo para reutilizar
brief-own-stone = Tengo una piedra para reutilizar
brief-own-metal = Tengo oro u otro metal para transformar
brief-label-own-description = ¿Qué es?
brief-surprise-title = ¿Es una sorpresa?
brief-surprise = Es una sorpresa: no se debe contactar con quien llevará el anillo
brief-label-notes = Inspiración y cualquier otra cosa (opcional)

## Consent and sending
brief-consent = Acepto que el joyero me contacte en relación con esta solicitud.
brief-privacy = Cómo se usan tus datos: { $link }.
brief-privacy-link = el aviso de privacidad del joyero
brief-label-website = Sitio web
brief-button-send = Enviar al joyero
brief-button-sending = Enviando…
brief-button-preparing = Preparando fotos…
brief-button-retry = Volver a enviar ahora
brief-status-sending = { $photos ->
    [0] Enviando al joyero tu solicitud y tres imágenes del anillo…
    [one] Enviando al joyero tu solicitud, tres imágenes del anillo y tu foto…
   *[other] Enviando al joyero tu solicitud, tres imágenes del anillo y tus { $photos } fotos…
}
brief-status-busy = { $seconds ->
    [one] El servidor del joyero está ocupado. Tu solicitud está guardada en este navegador y se volverá a enviar dentro de { $seconds } segundo.
   *[other] El servidor del joyero está ocupado. Tu solicitud está guardada en este navegador y se volverá a enviar dentro de { $seconds } segundos.
}
brief-status-busy-minutes = { $minutes ->
    [one] El servidor del joyero está ocupado. Tu solicitud está guardada en este navegador y se volverá a enviar dentro de { $minutes } minuto.
   *[other] El servidor del joyero está ocupado. Tu solicitud está guardada en este navegador y se volverá a enviar dentro de { $minutes } minutos.
}
brief-status-unreachable-kept = No pudimos conectar con el servidor del joyero, así que tu solicitud aún no se ha enviado. Está guardada en este navegador y seguimos intentándolo: se enviará automáticamente en cuanto vuelva la conexión, aunque cierres esta página y vuelvas más tarde.
brief-status-unreachable-unkept = No pudimos conectar con el servidor del joyero, así que tu solicitud aún no se ha enviado. Este navegador no pudo guardarla, así que mantén esta página abierta: se enviará automáticamente en cuanto vuelva la conexión.
brief-refused-too-large = El servidor del joyero rechazó la solicitud: es demasiado grande para enviarla. Quita una foto, o copia el enlace para compartir y envíalo por correo electrónico.
brief-refused-unreadable = El servidor del joyero rechazó la solicitud: no pudo leerla. Copia el enlace para compartir y envíalo por correo electrónico.
brief-refused-key = El servidor del joyero rechazó la solicitud: este envío ya se usó para otra solicitud. Recarga la página y vuelve a enviarla.
brief-refused-forbidden = El servidor del joyero rechazó la solicitud: este sitio no puede enviarle solicitudes. Copia el enlace para compartir y envíalo por correo electrónico.
brief-refused-other = El servidor del joyero rechazó la solicitud. Copia el enlace para compartir y envíalo por correo electrónico.

## Inspiration photos
brief-photos-title = Fotos de inspiración (opcional)
brief-photos-hint = Hasta { $max } fotos de anillos que te gusten, en JPEG, PNG o WebP, de hasta { $size } cada una. Se reducen antes de enviarlas ({ $pixels } píxeles como máximo) y se eliminan los datos de ubicación de la cámara.
brief-photos-lost = { $n ->
    [one] Tu solicitud de la última visita sigue aquí, sin enviar, pero este navegador no guardó su foto: vuelve a añadirla y envíala.
   *[other] Tu solicitud de la última visita sigue aquí, sin enviar, pero este navegador no guardó sus { $n } fotos: vuelve a añadirlas y envíala.
}
brief-photos-list = Fotos de tu solicitud
brief-photo-alt = Foto de inspiración { $n }: { $name }
brief-photo-remove = Quitar
brief-photo-remove-which = la foto { $n }, { $name }
brief-photos-full = { $max ->
    [5] Cinco fotos es el máximo que admite una solicitud
   *[other] { $max } fotos es el máximo que admite una solicitud
}
brief-photos-add = Añadir fotos
brief-photos-preparing = { $n ->
    [one] Preparando { $n } foto…
   *[other] Preparando { $n } fotos…
}
brief-photo-removed = Se quitó «{ $name }».
brief-size-kb = { $n } KB
brief-size-mb = { $n } MB
brief-photo-error-type = No se añadió «{ $name }»: solo se admiten fotos JPEG, PNG o WebP.
brief-photo-error-too-large = No se añadió «{ $name }»: ocupa { $size } y se admiten fotos de hasta { $limit }.
brief-photo-error-unreadable = No se añadió «{ $name }»: no se pudo abrir como imagen.
brief-photo-error-too-detailed = No se añadió «{ $name }»: incluso reducida supera { $limit }. Elige otra foto.
brief-photo-error-too-many = No se añadió «{ $name }»: una solicitud admite { $max } fotos.

## The confirmation
brief-done-title = Tu solicitud ya está en manos del joyero
brief-done-reference = Tu referencia: { $reference }. Indícala siempre que hables con el joyero.
brief-done-commission-link = La página de tu encargo
brief-done-commission-new-tab = (se abre en una pestaña nueva)
brief-done-commission-text = Guarda este enlace privado (también está en tu correo): allí encontrarás la conversación, los diseños revisados y tu cita.
brief-done-next-title = Qué pasa ahora
brief-done-next-reply = El joyero lee tu solicitud y te responde personalmente, normalmente en pocos días laborables. Una copia con una imagen de tu diseño va de camino a tu bandeja de entrada.
brief-done-next-first-idea = La imagen 3D es una primera idea, no la pieza terminada: las proporciones, las piedras y el acabado se deciden junto con el joyero.
brief-done-next-size = La talla del anillo se comprueba antes de fabricar nada.
brief-done-next-surprise = Es una sorpresa: el joyero solo se pone en contacto contigo, nunca con quien llevará el anillo.
brief-done-kept = Esta confirmación se queda aquí, aunque recargues la página, hasta que empieces un diseño nuevo.
brief-done-start-new = Empezar un diseño nuevo
