# The jeweler's studio (always in the shop's language).
# English is the source: every other language has exactly these keys and arguments.

## Shared by every page
studio-mark = Estudio
studio-opening = Abriendo el estudio…
studio-session-unchecked = El estudio no pudo comprobar tu sesión: { $why }
studio-failed = { $what }: { $why }.
studio-sign-in-again = Volver a iniciar sesión
studio-as-written = { $text }
studio-keep-it = Mantener
studio-cancel = Cancelar
studio-loading = Cargando…

## Errors from the server ($reason is the server's own words)
studio-error-unauthorized = { $reason }
studio-error-rate-limited = demasiados intentos: espera { $wait } antes de volver a intentarlo
studio-error-forbidden = el servidor rechazó este cambio ({ $reason }); recarga la página y vuelve a intentarlo
studio-error-not-found = no encontrado: { $reason }
studio-error-rejected = { $reason }
studio-error-server = el servidor no pudo responder (HTTP { $status }); vuelve a intentarlo en un momento
studio-error-network = no se pudo contactar con el servidor: { $reason }
studio-error-unreadable = no se pudo leer la respuesta del servidor: { $reason }
studio-wait-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
studio-wait-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}

## Days until a date
studio-days-today = hoy
studio-days-tomorrow = mañana
studio-days-yesterday = ayer
studio-days-ahead = { $n ->
    [one] dentro de { $n } día
   *[other] dentro de { $n } días
}
studio-days-ago = { $n ->
    [one] hace { $n } día
   *[other] hace { $n } días
}

## The bar
studio-nav-availability = Disponibilidad
studio-sign-out = Cerrar sesión
studio-shop-switch = Tienda

## Sign-in and first account
studio-login-title = Inicia sesión en tu estudio
studio-login-lead = Aquí te esperan las solicitudes que enviaron tus visitantes.
studio-login-no-account = Todavía no existe ninguna cuenta. Abre el enlace de configuración de un solo uso que el servidor escribió en su registro al arrancar, o crea una cuenta en el servidor con este comando:
studio-login-no-match = Ese correo y esa contraseña no corresponden a ninguna cuenta. Revisa ambos y vuelve a intentarlo.
studio-login-limited = Demasiados intentos: espera { $wait } antes de volver a intentarlo. Los inicios de sesión están limitados para proteger las contraseñas de quien intente adivinarlas.
studio-field-email = Correo electrónico
studio-field-password = Contraseña
studio-sign-in = Iniciar sesión
studio-signing-in = Iniciando sesión…
studio-setup-title = Configura tu estudio
studio-setup-lead = Crea la primera cuenta. Las solicitudes de tus visitantes te esperarán aquí.
studio-setup-need-token = Pega el token de configuración del registro del servidor.
studio-setup-need-email = Escribe el correo con el que iniciarás sesión.
studio-setup-short-password = { $n ->
    [one] Elige una contraseña de al menos { $n } carácter.
   *[other] Elige una contraseña de al menos { $n } caracteres.
}
studio-setup-passwords-differ = Las dos contraseñas no coinciden; escribe dos veces la misma.
studio-setup-link-used = Este enlace de configuración ya no es válido (solo funciona una vez). Inicia sesión o crea una cuenta en el servidor con atelier-server user add.
studio-field-setup-token = Token de configuración (del registro del servidor)
studio-field-your-email = Tu correo electrónico
studio-field-new-password = { $n ->
    [one] Contraseña (al menos { $n } carácter)
   *[other] Contraseña (al menos { $n } caracteres)
}
studio-field-password-again = Repite la contraseña
studio-create-account = Crear cuenta
studio-creating = Creando…

## The inbox
studio-inbox-title = Solicitudes
studio-export = Exportar
studio-search-label = Buscar por nombre, correo o referencia
studio-search = Buscar
studio-filter-status = Filtrar por estado
studio-filter-turn = Filtrar por conversación
studio-filter-all = Todas
studio-turn-visitor-replied = El visitante respondió
studio-turn-awaiting-reply = Espera tu respuesta
studio-inbox-list = Solicitudes, las más recientes primero
studio-inbox-loading = Cargando solicitudes…
studio-inbox-more = Más solicitudes
studio-inbox-more-failed = No se pudieron cargar más solicitudes
studio-inbox-not-loaded = No se pudo cargar la bandeja de entrada
studio-inbox-no-match = Ninguna solicitud coincide con «{ $q }».
studio-inbox-none-in-status = Ninguna solicitud tiene este estado.
studio-inbox-empty = Todavía no hay solicitudes. Cuando un visitante envíe un diseño, aparecerá aquí.
studio-inbox-no-visitor-replied = Ningún visitante ha escrito desde tu último mensaje.
studio-inbox-nothing-awaits = Nada espera tu respuesta: en cada conversación, la última palabra es tuya.
studio-inbox-no-erasure = Ningún visitante ha pedido la supresión de sus datos.
studio-filter-erasure = Supresión solicitada
studio-row-erasure-requested = Supresión solicitada el { $date }
studio-row-changed-by-proposal = Cambiado por propuesta
studio-row-needed-by = Lo necesita para el { $date }
studio-row-needed-by-days = Lo necesita para el { $date } ({ $days })
studio-row-by = Para el { $date }
studio-row-by-days = Para el { $date } ({ $days })

## Erasing a brief
studio-erase = Borrar
studio-delete = Eliminar esta solicitud…
studio-delete-question = ¿Eliminar { $reference } definitivamente, con sus imágenes, notas y envíos? No se puede deshacer.
studio-delete-yes = Sí, eliminarla
studio-delete-failed = La solicitud no se eliminó

## Private notes
studio-notes-title = Notas privadas
studio-notes-none = Todavía no hay notas.
studio-notes-label = Añadir una nota (no aparece en la página del visitante, pero forma parte de sus datos si los descarga)
studio-notes-failed = La nota no se guardó
studio-notes-add = Añadir nota

## Revising the design
studio-revise-no-change = Todavía sin cambios.
studio-revise-unreadable = No se pudo leer el diseño.
studio-revise-region = Revisando el diseño
studio-revise-title = Revisando { $reference }
studio-revise-opening = Abriendo el configurador…
studio-revise-use = Usar este diseño
studio-revise-not-opened = No se pudo abrir el diseño
studio-revise-opening-design = Abriendo el diseño…
studio-revise-frame = El configurador, con el diseño actual de la solicitud

## Specification and status
studio-specs = Ficha técnica
studio-status-title = Estado
studio-status-move-to = Pasar a
studio-status-change = Cambiar estado
studio-status-failed = El estado no se cambió
studio-status-history = Historial
studio-status-from-to = { $from } → { $to }
studio-status-arrived = Llegó como Nueva

## One brief
studio-brief-not-opened = No se pudo abrir esta solicitud
studio-brief-back = ← Todas las solicitudes
studio-brief-opening = Abriendo { $reference }…
studio-brief-mail-subject = Tu diseño de anillo ({ $reference })
studio-brief-deadline-days = { $date } — { $days }
studio-brief-rush = (urgente: los joyeros suelen pedir de tres a cuatro meses)
studio-brief-received = Recibida el { $when }
studio-brief-actions = Acciones de la solicitud
studio-brief-reply = Responder por correo
studio-brief-open-design = Abrir el diseño
studio-brief-open-original = Abrir el original
studio-brief-original-design = Diseño original: { $summary }
studio-brief-print = Imprimir
studio-brief-surprise-banner = Sorpresa: nunca contactes con quien llevará el anillo. Habla solo con { $name }.
studio-brief-snapshots = Vistas
studio-brief-snapshots-original = Vistas del diseño original
studio-brief-inspiration = Inspiración del visitante
studio-brief-contact = Contacto
studio-brief-name = Nombre
studio-brief-phone = Teléfono
studio-brief-prefers = Prefiere
studio-brief-surprise = Sorpresa
studio-brief-surprise-yes = Sí: no contactar con quien llevará el anillo
studio-brief-surprise-no = No
studio-brief-language = Idioma
studio-brief-timeline = Ocasión, plazo y presupuesto
studio-brief-occasion = Ocasión
studio-brief-not-given = No indicado
studio-brief-needed-by = Lo necesita para
studio-brief-no-date = Sin fecha indicada
studio-brief-budget = Presupuesto
studio-brief-against-estimate = Frente a la estimación
studio-brief-warnings = Avisos
studio-brief-visitor-words = En palabras del visitante
studio-brief-no-notes = Sin notas.
studio-written-in = Escrito en { $language }, tal como lo redactó el visitante
studio-view-three-quarter = Vista de tres cuartos
studio-view-top = Vista superior
studio-view-side = Vista lateral
studio-view-snapshot = Vista
studio-view-other = Vista: { $view }
studio-estimate-no-prices = No hay ninguna lista de precios configurada: presupuesta a partir de la ficha técnica.
studio-estimate-missing = No hay precio para { $what } en la lista de precios: presupuéstalo de forma personal.
studio-estimate-no-budget = Estimación { $low }–{ $high }; el visitante no indicó presupuesto.
studio-estimate-other-currency = Estimación { $low }–{ $high } (precios del { $prices }); el presupuesto está en { $budget_currency }.
studio-estimate-within = Estimación { $low }–{ $high } (precios del { $prices }): dentro del presupuesto.
studio-estimate-above = Estimación { $low }–{ $high } (precios del { $prices }): supera el presupuesto en al menos { $over }.
studio-estimate-upper-above = Estimación { $low }–{ $high } (precios del { $prices }): el extremo superior supera el presupuesto.

## The commission on the brief page
studio-commission = Encargo
studio-commission-loading = Cargando la conversación…
studio-commission-not-loaded = No se pudieron cargar la conversación ni las propuestas
studio-commission-page-says = La página del visitante dice: { $status }
studio-erasure-asked = El visitante pidió el borrado el { $when }.
studio-erasure-what-to-do = Borra esta solicitud con «Eliminar esta solicitud…» en «Borrar», más abajo, dentro del plazo que promete tu aviso de privacidad (el aviso predeterminado indica un mes).

## Proposed designs
studio-proposals-title = Diseños propuestos
studio-proposals-none = Todavía no se ha propuesto ningún diseño.
studio-proposals-propose = Proponer un cambio
studio-proposal-waiting = Esperando la respuesta del visitante.
studio-proposal-accepted = Aceptada por el visitante
studio-proposal-changes-requested = El visitante pidió cambios
studio-proposal-no-change = Sin cambios en el diseño.
studio-proposal-proposed = Propuesta el { $when }
studio-proposal-price = Precio: { $price }
studio-proposal-same = Igual que el diseño actual.
studio-proposal-new = Nueva propuesta
studio-proposal-what-changes = Qué cambia:
studio-proposal-message = Mensaje para el visitante
studio-proposal-price-range = Rango de precio (opcional)
studio-proposal-from = Desde
studio-proposal-to = Hasta
studio-proposal-currency = Moneda
studio-proposal-failed = La propuesta no se envió
studio-proposal-send = Enviar la propuesta
studio-proposal-discard = Descartar
studio-price-both-ends = Indica los dos extremos del rango de precio en números enteros, o ninguno.
studio-price-order = El extremo inferior del rango de precio supera al superior.
studio-price-currency = La moneda es un código de tres letras, como EUR o USD.

## The making
studio-saving = Guardando…
studio-stages-title = La elaboración
studio-stages-none = Aún no ha empezado.
studio-stages-move-to = Pasar a la etapa
studio-stages-note = Nota para el visitante (opcional)
studio-stages-photo = Foto (opcional)
studio-stages-notify = Avisar al visitante por correo
studio-stages-failed = La etapa no se registró
studio-stages-save = Pasar a esta etapa

## The conversation
studio-sending = Enviando…
studio-conversation-title = Conversación con el visitante
studio-conversation-none = Todavía no hay mensajes. Lo que escribas aquí le llega al visitante por correo y en su página del encargo.
studio-conversation-write = Escribir al visitante
studio-conversation-left = { $n ->
    [one] Queda { $n } carácter
   *[other] Quedan { $n } caracteres
}
studio-conversation-failed = El mensaje no se envió
studio-conversation-send = Enviar mensaje
studio-conversation-visitor = Visitante
studio-conversation-you = Tú
studio-proposal-answer-quoted = { $answer }: «{ $comment }»

## The consultation
studio-appointment-pick = Elige uno de los horarios libres.
studio-appointment-when = { $kind }: { $start } – { $end } (tu hora)
studio-appointment-at-shop = En la tienda ({ $zone }): { $time }
studio-appointment-visitor-time = Hora del cliente ({ $zone }): { $time }
studio-appointment-title = Cita
studio-appointment-none = No hay nada reservado. El visitante reserva desde su página del encargo.
studio-appointment-move-lead = Mover a otro horario libre:
studio-appointment-book-lead = Reservar un horario libre para el visitante:
studio-appointment-how = Cómo
studio-appointment-book-failed = La cita no se reservó
studio-appointment-move = Mover la cita
studio-appointment-book = Reservar
studio-appointment-cancel = Cancelar la cita
studio-appointment-cancel-question = Tú y el visitante recibiréis una cancelación por correo. ¿Cancelar la cita?
studio-appointment-cancel-yes = Sí, cancelarla
studio-appointment-cancel-failed = La cita no se canceló
studio-slots-not-loaded = No se pudieron cargar los horarios libres
studio-slots-not-open = Las reservas aún no están abiertas: guarda primero tu horario en Disponibilidad.
studio-slots-none = { $n ->
    [one] No hay horarios libres en el próximo día. Tu horario está en Disponibilidad.
   *[other] No hay horarios libres en los próximos { $n } días. Tu horario está en Disponibilidad.
}
studio-slots-lead = Horas de la tienda ({ $zone }); tu propia hora entre paréntesis cuando es distinta.
studio-slots-title = Horarios libres
studio-slots-loading = Cargando horarios libres…
studio-slots-later = Días siguientes
studio-slot-your-time = ({ $time } tu hora)

## The visitor's private link
studio-link-never = No caduca nunca
studio-link-30-days = Caduca en 30 días
studio-link-90-days = Caduca en 90 días
studio-link-year = Caduca en un año
studio-link-none = Todavía no se ha emitido ningún enlace.
studio-link-title = El enlace privado del visitante
studio-link-issued = Nuevo enlace, enviado por correo al visitante (solo se muestra ahora):
studio-link-new = Nuevo enlace
studio-link-issue-failed = No se emitió ningún enlace nuevo
studio-link-issue = Emitir un enlace nuevo
studio-link-issue-question = El enlace actual del visitante dejará de funcionar; el nuevo se le enviará por correo electrónico. ¿Emitir un enlace nuevo?
studio-link-issue-yes = Sí, emitir un enlace nuevo
studio-link-revoke = Revocar el enlace
studio-link-revoke-question = El visitante ya no podrá abrir su página. ¿Revocar?
studio-link-revoke-yes = Sí, revocar
studio-link-revoke-failed = El enlace no se revocó
studio-link-revoked = Emitido el { $issued }; revocado el { $revoked }. La página ya no se abre.
studio-link-until = Emitido el { $issued }; válido hasta el { $until }.
studio-link-forever = Emitido el { $issued }; no caduca nunca.

## Deliveries
studio-deliveries-title = Envíos
studio-deliveries-none = No se envió nada para esta solicitud.
studio-delivery-sent = Enviado
studio-delivery-waiting = En espera
studio-delivery-dead = Abandonado
studio-delivery-attempts = { $n ->
    [one] { $n } intento
   *[other] { $n } intentos
}
studio-delivery-next = próximo intento { $when }
studio-delivery-every-attempt = Todos los intentos
studio-delivery-retry = Reintentar ahora
studio-delivery-retry-failed = El reintento no se programó
studio-delivery-jeweler-email = Correo para ti
studio-delivery-visitor-email = Confirmación al visitante
studio-delivery-revision-email = Diseño revisado al visitante
studio-delivery-message-email = Aviso de mensaje
studio-delivery-proposal-email = Propuesta o su respuesta
studio-delivery-appointment-email = Invitación a la cita
studio-delivery-stage-email = Avance de la elaboración al visitante
studio-delivery-link-email = Nuevo enlace al visitante
studio-delivery-erasure-email = Solicitud de borrado para ti
studio-delivery-webhook = Webhook

## Availability
studio-weekday-1 = Lunes
studio-weekday-2 = Martes
studio-weekday-3 = Miércoles
studio-weekday-4 = Jueves
studio-weekday-5 = Viernes
studio-weekday-6 = Sábado
studio-weekday-7 = Domingo
studio-avail-not-loaded = No se pudo cargar la disponibilidad
studio-avail-title = Disponibilidad para citas
studio-avail-hours-order = El { $day }, el horario debe terminar después de empezar.
studio-avail-no-kind = Ofrece al menos un tipo de cita.
studio-avail-slot-whole = La duración de una cita debe ser un número entero.
studio-avail-buffer-whole = El tiempo tras cada cita debe ser un número entero.
studio-avail-horizon-whole = La antelación máxima debe ser un número entero.
studio-avail-notice-whole = El aviso mínimo debe ser un número entero.
studio-avail-closed = Cerrado
studio-avail-from = De
studio-avail-to = a
studio-avail-remove-hours = Quitar este horario del { $day }
studio-avail-remove = Quitar
studio-avail-add-hours-on = Añadir horario el { $day }
studio-avail-add-hours = Añadir horario
studio-avail-open = Los visitantes reservan horarios libres dentro de este horario desde su página del encargo.
studio-avail-not-open = Las reservas aún no están abiertas: los visitantes podrán reservar cuando guardes tu horario.
studio-avail-zone = Zona horaria de la tienda
studio-avail-hours = Horario de apertura, en la zona horaria de la tienda
studio-avail-slot = Duración de la cita (minutos)
studio-avail-buffer = Tiempo libre tras cada una (minutos)
studio-avail-horizon = Reservable hasta (días de antelación)
studio-avail-notice = Aviso mínimo (horas)
studio-avail-kinds = Tipos de cita que ofreces
studio-avail-dates-closed = Días cerrados
studio-avail-none = Ninguno.
studio-avail-remove-date = Quitar el { $date } de los días cerrados
studio-avail-add-date-label = Añadir un día cerrado
studio-avail-add-date = Añadir fecha
studio-avail-failed = La disponibilidad no se guardó
studio-avail-saved = Guardado.
studio-avail-save = Guardar disponibilidad
studio-page-title = { $shop } Estudio
studio-warning-size-not-given = Aún no hay talla: pídela o envía un medidor de anillos.
studio-warning-size-sizer = El cliente pide un medidor de anillos: envía uno y recomienda medir al final del día, cuando los dedos están más hinchados.
studio-warning-size-unknown = El cliente no sabe su talla y no pide medidor: sin talla se hace una talla estándar, y ajustarla después puede costar más.
studio-warning-not-resizable-unsized = El modelo «{ $setting }» no se podrá ajustar de talla más adelante y aún no hay talla: haz medir bien el dedo antes de empezar.
studio-warning-soft-stone-in-bezel = { $stone } tiene una dureza de { $low }–{ $high } en la escala de Mohs, menor que el polvo con el que se encuentra cada día. { $care } El bisel que eligió el cliente la protege bien.
