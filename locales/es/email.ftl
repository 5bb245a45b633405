# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.

## Shared

email-dear = Hola, { $name }:
email-link-private = Este enlace es privado: cualquiera que lo tenga puede leer vuestra conversación, así que guárdalo para ti.
email-link-inactive = El enlace a tu página del encargo ya no está activo: pide un enlace nuevo al joyero.
email-commission-link = Tu página del encargo, donde puedes seguirlo todo y responder al joyero: { $link }
email-commission-open = Abre tu página del encargo para seguirlo todo y responder al joyero.
email-studio-answer = Responder en el estudio: { $link }
email-studio-answer-link = Responder en el estudio
email-studio-open = Abrir la solicitud en el estudio:
email-studio-open-link = Abrir la solicitud en el estudio
email-their-comment = Su comentario:
email-their-comment-in = Su comentario (escrito en { $language }):
email-lang-en = inglés
email-lang-de = alemán
email-lang-fr = francés
email-lang-it = italiano
email-lang-es = español
email-lang-ja = japonés
email-lang-ar = árabe

## The confirmation to the visitor

email-confirm-subject = Tu solicitud de consulta { $reference } a { $shop }
email-confirm-thanks = Gracias por tu solicitud a { $shop }. Tu referencia es { $reference }.
email-confirm-received = La recibimos el { $date }.
email-confirm-design = Tu diseño: { $summary }
email-confirm-budget = Tu presupuesto: { $budget }
email-confirm-picture = La imagen de este correo es tu anillo tal como lo dibujó el configurador (vista { $view }).
email-confirm-picture-alt = Tu anillo, vista { $view }
email-confirm-reopen = Vuelve a abrir tu diseño en el configurador: { $link }
email-confirm-reopen-link = Vuelve a abrir tu diseño en el configurador
email-confirm-photos = { $count ->
    [one] Tu foto de inspiración se envió con la solicitud.
   *[other] Tus { $count } fotos de inspiración se enviaron con la solicitud.
}
email-confirm-surprise = Es una sorpresa: el joyero solo se pondrá en contacto contigo, nunca con la persona que llevará el anillo.
email-confirm-next = El joyero te responderá en unos pocos días laborables para hablarlo contigo. Una imagen en pantalla no es la pieza terminada: cuenta con una conversación, bocetos y revisiones antes de un presupuesto, que tendrá una validez limitada.
email-confirm-reply = Si tienes cualquier pregunta, responde a este correo.
email-view-three-quarter = de tres cuartos
email-view-side = lateral
email-view-top = superior

## The brief to the jeweler

email-brief-subject = Consulta { $reference }: { $summary }
email-brief-title = Nueva solicitud de consulta { $reference } ({ $date })
email-brief-heading = Solicitud de consulta { $reference }
email-brief-specification = Especificación
email-brief-request = La solicitud
email-brief-notes = Notas:
email-brief-notes-in = Notas (escritas en { $language }):
email-brief-notes-heading = Notas
email-brief-notes-heading-in = Notas (escritas en { $language })
email-brief-photos = { $count ->
    [one] 1 foto de inspiración adjunta: { $files }
   *[other] { $count } fotos de inspiración adjuntas: { $files }
}
email-brief-snapshot-alt = El anillo, vista { $view }
email-brief-studio = Esta solicitud en el estudio: { $link }
email-brief-studio-link = Abrir esta solicitud en el estudio
email-brief-design = El diseño en el configurador: { $link }
email-brief-design-link = Abrir el diseño en el configurador
email-brief-reply = Responde a este correo para contestar al cliente.
email-fact-budget = Presupuesto
email-fact-deadline = Fecha límite
email-fact-surprise = Sorpresa
email-fact-occasion = Ocasión
email-fact-name = Nombre
email-fact-email = Correo electrónico
email-fact-phone = Teléfono
email-fact-prefers = Prefiere
email-fact-not-given = no indicado
email-budget-range = { $min }–{ $max }
email-budget-up-to = hasta { $max }
email-fact-no-deadline = ninguna indicada
email-fact-surprise-yes = SÍ: no contactar con quien llevará el anillo
email-fact-surprise-no = no

## A message of the conversation

email-message-subject-jeweler = { $name } escribió sobre { $reference }
email-message-jeweler = { $name } escribió sobre { $reference }:
email-message-jeweler-in = { $name } escribió sobre { $reference } (en { $language }):
email-message-subject-visitor = { $shop } escribió sobre tu solicitud { $reference }
email-message-visitor = { $shop } escribió sobre tu solicitud { $reference }:
email-message-photos = { $count ->
    [one] Incluye 1 foto.
   *[other] Incluye { $count } fotos.
}

## A new link

email-link-subject = Un enlace nuevo a tu solicitud { $reference } en { $shop }
email-link-body = { $shop } te ha dado un enlace nuevo a la página de tu solicitud { $reference }. Los enlaces anteriores ya no la abren.

## A revised design, and the visitor's answer

email-proposal-subject = Un diseño revisado para { $reference } de { $shop }
email-proposal-body = { $shop } te propone un diseño revisado para tu solicitud { $reference }.
email-proposal-design = El diseño propuesto: { $summary }
email-proposal-changed = Qué ha cambiado: { $changes }
email-proposal-unchanged = nada en la especificación; consulta el mensaje del joyero
email-proposal-price = Precio: { $price }
email-proposal-price-range = { $low }–{ $high }
email-proposal-compare = Compáralo con tu diseño y responde en tu página del encargo:
email-proposal-compare-link = Compáralo con tu diseño y responde en tu página del encargo
email-answer-accepted-subject = { $reference }: { $name } aceptó el diseño propuesto
email-answer-accepted = { $name } ({ $reference }) aceptó el diseño propuesto.
email-answer-changes-subject = { $reference }: { $name } pide cambios en el diseño propuesto
email-answer-changes = { $name } ({ $reference }) pide cambios en el diseño propuesto.

## A stage of the making

email-stage-subject = { $stage }: novedades de tu pieza de { $shop }
email-stage-body = Tu pieza para { $reference } ha llegado a una nueva etapa: { $stage }.
email-stage-photo = Adjuntamos una foto de la pieza.
email-stage-follow = Sigue la fabricación en tu página del encargo:
email-stage-follow-link = Sigue la fabricación en tu página del encargo

## The visitor asks for erasure

email-erasure-subject = { $reference }: { $name } pide que se borren sus datos
email-erasure-body = { $name } ({ $reference }) pidió el { $date } que se borre todo lo relacionado con su solicitud.
email-erasure-todo = Qué hacer: abre la solicitud en el estudio, aparta solo lo que la ley te obliga a conservar (una factura, por ejemplo) y elige «Borrar» en la solicitud. Así se eliminan la solicitud, la conversación, las propuestas, las citas, las etapas y todas las fotos. Después responde a este correo para decirle al cliente que ya está hecho; responde en el plazo de un mes.
email-erasure-studio = La solicitud en el estudio:

## An appointment

email-meeting-subject-visitor = { $news ->
    [cancelled] Tu consulta con { $shop } se ha cancelado ({ $reference })
    [moved] Tu consulta con { $shop } ha cambiado de hora ({ $reference })
   *[booked] Tu consulta con { $shop } está reservada ({ $reference })
}
email-meeting-subject-jeweler = { $news ->
    [cancelled] Consulta cancelada: { $reference } con { $name }
    [moved] Consulta cambiada de hora: { $reference } con { $name }
   *[booked] Consulta reservada: { $reference } con { $name }
}
email-meeting-visitor = { $news ->
    [cancelled] Tu consulta con { $shop } para { $reference } se ha cancelado.
    [moved] Tu consulta con { $shop } para { $reference } ha cambiado de hora.
   *[booked] Tu consulta con { $shop } para { $reference } está reservada.
}
email-meeting-jeweler = { $news ->
    [cancelled] La consulta con { $name } para { $reference } se ha cancelado.
    [moved] La consulta con { $name } para { $reference } ha cambiado de hora.
   *[booked] La consulta con { $name } para { $reference } está reservada.
}
email-meeting-when = Cuándo: { $time }, hora de la tienda ({ $zone }).
email-meeting-utc = En UTC: { $time }.
email-meeting-when-visitor = Cuándo: { $time }, tu hora ({ $zone }).
email-meeting-shop-time = Hora de la tienda: { $time } ({ $zone }).
email-meeting-how = Cómo: { $kind }.
email-meeting-span = { $day }, { $start }–{ $end } ({ $abbr })
email-meeting-page = Tu página del encargo: { $link }
email-meeting-brief = La solicitud: { $link }
email-meeting-no-link = (el enlace a tu página del encargo ya no está activo: pide un enlace nuevo al joyero)
email-meeting-attached = { $news ->
    [cancelled] Adjuntamos la cancelación para tu calendario.
   *[other] Adjuntamos la invitación para tu calendario.
}
email-meeting-summary = Consulta con { $shop } — { $reference }

## The pages' loading posters, before the app's own words arrive

email-page-title = { $shop } · diseña tu anillo
email-page-description = Diseña en 3D la primera idea de tu anillo y envíasela a tu joyero.
email-page-tagline = Diseña la primera idea de tu anillo y luego coméntala con tu joyero
email-page-poster-alt = Un anillo solitario de oro amarillo; la vista previa en 3D se está cargando
email-page-loading = Cargando el diseñador de anillos…
email-page-studio-loading = Abriendo el estudio…
email-page-commission-title = Tu encargo
email-page-commission-loading = Abriendo tu encargo…

## The privacy notice built from the configuration (a shop's own file is shown as written)

email-privacy-title = Aviso de privacidad
email-privacy-who-heading = Quiénes somos
email-privacy-who = { $shop } recibe las solicitudes enviadas desde este sitio. Escribe a { $email } para cualquier cuestión sobre este aviso.
email-privacy-what-heading = Qué guardamos
email-privacy-what = Cuando envías una solicitud guardamos lo que introdujiste: el diseño, tu nombre, tu correo electrónico y tu teléfono si lo indicaste, el presupuesto, la ocasión, la fecha límite, las notas, las fotos y las imágenes del diseño. Si el encargo sigue adelante, guardamos también la conversación y sus fotos, los diseños propuestos y tus respuestas, las consultas reservadas, las etapas de fabricación con sus fotos y nuestras propias notas sobre la solicitud.
email-privacy-use = Solo los usamos para responder a tu solicitud y hacer la pieza. No los vendemos ni los compartimos; los correos pasan por nuestro proveedor de correo.
email-privacy-long-heading = Durante cuánto tiempo
email-privacy-long = Una solicitud y todo lo que la acompaña: se guarda mientras dura el encargo y después todo el tiempo que necesitemos para cuidar la pieza, o hasta que pidas que se borre.
email-privacy-archived-kept = Solicitudes archivadas: se guardan hasta que pidas que se borren o las borremos.
email-privacy-archived-erased = { $days ->
    [one] Solicitudes archivadas: se borran { $days } día después de archivarse.
   *[other] Solicitudes archivadas: se borran { $days } días después de archivarse.
}
email-privacy-spam-kept = Solicitudes marcadas como spam: se guardan hasta que pidas que se borren o las borremos.
email-privacy-spam-erased = { $days ->
    [one] Solicitudes marcadas como spam: se borran { $days } día después de marcarse.
   *[other] Solicitudes marcadas como spam: se borran { $days } días después de marcarse.
}
email-privacy-rights-heading = Tus derechos
email-privacy-rights = Tu página del encargo (el enlace privado de tu correo de confirmación) tiene un botón para descargar todo lo que guardamos sobre tu encargo y otro para pedir que se borre. También puedes escribir a { $email }. Respondemos en el plazo de un mes. También puedes presentar una reclamación ante tu autoridad de protección de datos.

## A revised design sent before proposals (rows queued then are still delivered)

email-revision-subject = Tu diseño revisado para { $reference } de { $shop }
email-revision-body = { $shop } ha revisado el diseño de tu solicitud { $reference }.
email-revision-design = El diseño revisado: { $summary }
email-revision-open = Ábrelo, gíralo y ajústalo aquí:
email-revision-open-link = Abrir el diseño revisado
email-revision-reply = Responde a este correo para contarnos qué te parece.

email-shop-closed-title = { $shop } está cerrado
email-shop-closed-text = El diseñador de anillos y el taller de { $shop } están cerrados por ahora. Para hablar de tu anillo, contacta directamente con el joyero.
