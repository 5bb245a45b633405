# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.

## Shared

email-dear = Ciao { $name },
email-link-private = Questo link è privato: chiunque lo abbia può leggere la vostra conversazione, quindi tienilo per te.
email-link-inactive = Il link alla tua pagina dell’ordine non è più attivo: chiedi un nuovo link al gioielliere.
email-commission-link = La tua pagina dell’ordine, dove puoi seguire il lavoro e rispondere al gioielliere: { $link }
email-commission-open = Apri la tua pagina dell’ordine per seguire il lavoro e rispondere al gioielliere.
email-studio-answer = Rispondi nello studio: { $link }
email-studio-answer-link = Rispondi nello studio
email-studio-open = Apri la richiesta nello studio:
email-studio-open-link = Apri la richiesta nello studio
email-their-comment = Il suo commento:
email-their-comment-in = Il suo commento (scritto in { $language }):
email-lang-en = inglese
email-lang-de = tedesco
email-lang-fr = francese
email-lang-it = italiano
email-lang-es = spagnolo
email-lang-ja = giapponese
email-lang-ar = arabo

## The confirmation to the visitor

email-confirm-subject = La tua richiesta di consulenza { $reference } a { $shop }
email-confirm-thanks = Grazie per la tua richiesta a { $shop }. Il tuo riferimento è { $reference }.
email-confirm-received = L’abbiamo ricevuta il { $date }.
email-confirm-design = Il tuo progetto: { $summary }
email-confirm-budget = Il tuo budget: { $budget }
email-confirm-picture = L’immagine in questa email è il tuo anello come l’ha disegnato il configuratore (vista { $view }).
email-confirm-picture-alt = Il tuo anello, vista { $view }
email-confirm-reopen = Riapri il tuo progetto nel configuratore: { $link }
email-confirm-reopen-link = Riapri il tuo progetto nel configuratore
email-confirm-photos = { $count ->
    [one] La tua foto di ispirazione è stata inviata insieme alla richiesta.
   *[other] Le tue { $count } foto di ispirazione sono state inviate insieme alla richiesta.
}
email-confirm-surprise = È una sorpresa: il gioielliere contatterà solo te, mai la persona che indosserà l’anello.
email-confirm-next = Il gioielliere ti risponderà entro pochi giorni lavorativi per parlarne insieme. Un’immagine sullo schermo non è ancora il gioiello finito: aspettati una conversazione, schizzi e revisioni prima di un preventivo, valido per un tempo limitato.
email-confirm-reply = Per qualsiasi domanda puoi rispondere a questa email.
email-view-three-quarter = di tre quarti
email-view-side = laterale
email-view-top = dall’alto

## The brief to the jeweler

email-brief-subject = Consulenza { $reference }: { $summary }
email-brief-title = Nuova richiesta di consulenza { $reference } ({ $date })
email-brief-heading = Richiesta di consulenza { $reference }
email-brief-specification = Specifica
email-brief-request = La richiesta
email-brief-notes = Note:
email-brief-notes-in = Note (scritte in { $language }):
email-brief-notes-heading = Note
email-brief-notes-heading-in = Note (scritte in { $language })
email-brief-photos = { $count ->
    [one] 1 foto di ispirazione allegata: { $files }
   *[other] { $count } foto di ispirazione allegate: { $files }
}
email-brief-snapshot-alt = L’anello, vista { $view }
email-brief-studio = Questa richiesta nello studio: { $link }
email-brief-studio-link = Apri questa richiesta nello studio
email-brief-design = Il progetto nel configuratore: { $link }
email-brief-design-link = Apri il progetto nel configuratore
email-brief-reply = Rispondi a questa email per rispondere al cliente.
email-fact-budget = Budget
email-fact-deadline = Scadenza
email-fact-surprise = Sorpresa
email-fact-occasion = Occasione
email-fact-name = Nome
email-fact-email = Email
email-fact-phone = Telefono
email-fact-prefers = Preferisce
email-fact-not-given = non indicato
email-budget-range = { $min }–{ $max }
email-budget-up-to = fino a { $max }
email-fact-no-deadline = nessuna indicata
email-fact-surprise-yes = SÌ: non contattare chi indosserà l’anello
email-fact-surprise-no = no

## A message of the conversation

email-message-subject-jeweler = { $name } ha scritto su { $reference }
email-message-jeweler = { $name } ha scritto su { $reference }:
email-message-jeweler-in = { $name } ha scritto su { $reference } (in { $language }):
email-message-subject-visitor = { $shop } ha scritto sulla tua richiesta { $reference }
email-message-visitor = { $shop } ha scritto sulla tua richiesta { $reference }:
email-message-photos = { $count ->
    [one] È allegata 1 foto.
   *[other] Sono allegate { $count } foto.
}

## A new link

email-link-subject = Un nuovo link alla tua richiesta { $reference } presso { $shop }
email-link-body = { $shop } ti ha dato un nuovo link alla pagina della tua richiesta { $reference }. I link precedenti non la aprono più.

## A revised design, and the visitor's answer

email-proposal-subject = Un progetto rivisto per { $reference } da { $shop }
email-proposal-body = { $shop } ti propone un progetto rivisto per la tua richiesta { $reference }.
email-proposal-design = Il progetto proposto: { $summary }
email-proposal-changed = Cosa è cambiato: { $changes }
email-proposal-unchanged = niente nella specifica; vedi il messaggio del gioielliere
email-proposal-price = Prezzo: { $price }
email-proposal-price-range = { $low }–{ $high }
email-proposal-compare = Confrontalo con il tuo progetto e rispondi sulla tua pagina dell’ordine:
email-proposal-compare-link = Confronta con il tuo progetto e rispondi sulla tua pagina dell’ordine
email-answer-accepted-subject = { $reference }: { $name } ha accettato il progetto proposto
email-answer-accepted = { $name } ({ $reference }) ha accettato il progetto proposto.
email-answer-changes-subject = { $reference }: { $name } chiede modifiche al progetto proposto
email-answer-changes = { $name } ({ $reference }) chiede modifiche al progetto proposto.

## A stage of the making

email-stage-subject = { $stage }: novità sul tuo gioiello da { $shop }
email-stage-body = Il tuo gioiello per { $reference } è arrivato a una nuova fase: { $stage }.
email-stage-photo = È allegata una foto del gioiello.
email-stage-follow = Segui la lavorazione sulla tua pagina dell’ordine:
email-stage-follow-link = Segui la lavorazione sulla tua pagina dell’ordine

## The visitor asks for erasure

email-erasure-subject = { $reference }: { $name } chiede la cancellazione
email-erasure-body = { $name } ({ $reference }) ha chiesto il { $date } che venga cancellato tutto ciò che riguarda la sua richiesta.
email-erasure-todo = Cosa fare: apri la richiesta nello studio, metti da parte solo ciò che la legge ti obbliga a conservare (per esempio una fattura), poi scegli «Cancella» sulla richiesta. Così vengono rimossi la richiesta, la conversazione, le proposte, gli appuntamenti, le fasi e tutte le foto. Poi rispondi a questa email per dire al cliente che è fatto; rispondi entro un mese.
email-erasure-studio = La richiesta nello studio:

## An appointment

email-meeting-subject-visitor = { $news ->
    [cancelled] La tua consulenza con { $shop } è annullata ({ $reference })
    [moved] La tua consulenza con { $shop } è stata spostata ({ $reference })
   *[booked] La tua consulenza con { $shop } è prenotata ({ $reference })
}
email-meeting-subject-jeweler = { $news ->
    [cancelled] Consulenza annullata: { $reference } con { $name }
    [moved] Consulenza spostata: { $reference } con { $name }
   *[booked] Consulenza prenotata: { $reference } con { $name }
}
email-meeting-visitor = { $news ->
    [cancelled] La tua consulenza con { $shop } per { $reference } è annullata.
    [moved] La tua consulenza con { $shop } per { $reference } è stata spostata.
   *[booked] La tua consulenza con { $shop } per { $reference } è prenotata.
}
email-meeting-jeweler = { $news ->
    [cancelled] La consulenza con { $name } per { $reference } è annullata.
    [moved] La consulenza con { $name } per { $reference } è stata spostata.
   *[booked] La consulenza con { $name } per { $reference } è prenotata.
}
email-meeting-when = Quando: { $time }, ora del negozio ({ $zone }).
email-meeting-utc = In UTC: { $time }.
email-meeting-when-visitor = Quando: { $time }, la tua ora ({ $zone }).
email-meeting-shop-time = Ora del negozio: { $time } ({ $zone }).
email-meeting-how = Come: { $kind }.
email-meeting-span = { $day }, { $start }–{ $end } ({ $abbr })
email-meeting-page = La tua pagina dell’ordine: { $link }
email-meeting-brief = La richiesta: { $link }
email-meeting-no-link = (il link alla tua pagina dell’ordine non è più attivo: chiedi un nuovo link al gioielliere)
email-meeting-attached = { $news ->
    [cancelled] L’annullamento per il tuo calendario è allegato.
   *[other] L’invito per il tuo calendario è allegato.
}
email-meeting-summary = Consulenza con { $shop } — { $reference }

## The pages' loading posters, before the app's own words arrive

email-page-title = { $shop } · crea il tuo anello
email-page-description = Disegna in 3D la prima idea del tuo anello e inviala al tuo gioielliere.
email-page-tagline = Disegna la prima idea del tuo anello, poi parlane con il tuo gioielliere
email-page-poster-alt = Un anello solitario in oro giallo; l’anteprima 3D si sta caricando
email-page-loading = Caricamento del designer di anelli…
email-page-studio-loading = Apertura dello studio…
email-page-commission-title = Il tuo ordine
email-page-commission-loading = Apertura del tuo ordine…

## The privacy notice built from the configuration (a shop's own file is shown as written)

email-privacy-title = Informativa sulla privacy
email-privacy-who-heading = Chi siamo
email-privacy-who = { $shop } riceve le richieste inviate da questo sito. Scrivi a { $email } per qualsiasi domanda su questa informativa.
email-privacy-what-heading = Cosa conserviamo
email-privacy-what = Quando invii una richiesta conserviamo ciò che hai inserito: il progetto, il tuo nome, l’indirizzo email e il numero di telefono se indicato, il budget, l’occasione, la scadenza, le note, le foto e le immagini del progetto. Se l’ordine prosegue, conserviamo anche la conversazione e le sue foto, i progetti proposti e le tue risposte, le consulenze prenotate, le fasi della lavorazione con le loro foto e le nostre note sulla richiesta.
email-privacy-use = Li usiamo solo per rispondere alla tua richiesta e realizzare il gioiello. Non li vendiamo né li condividiamo; le email passano attraverso il nostro fornitore di posta.
email-privacy-long-heading = Per quanto tempo
email-privacy-long = Una richiesta e tutto ciò che la accompagna: conservata finché l’ordine è in corso e poi finché ci serve per la cura del gioiello, o finché non ne chiedi la cancellazione.
email-privacy-archived-kept = Richieste archiviate: conservate finché non ne chiedi la cancellazione o finché non le cancelliamo noi.
email-privacy-archived-erased = { $days ->
    [one] Richieste archiviate: cancellate { $days } giorno dopo l’archiviazione.
   *[other] Richieste archiviate: cancellate { $days } giorni dopo l’archiviazione.
}
email-privacy-spam-kept = Richieste segnate come spam: conservate finché non ne chiedi la cancellazione o finché non le cancelliamo noi.
email-privacy-spam-erased = { $days ->
    [one] Richieste segnate come spam: cancellate { $days } giorno dopo la segnalazione.
   *[other] Richieste segnate come spam: cancellate { $days } giorni dopo la segnalazione.
}
email-privacy-rights-heading = I tuoi diritti
email-privacy-rights = La tua pagina dell’ordine (il link privato nella tua email di conferma) ha un pulsante per scaricare tutto ciò che conserviamo sul tuo ordine e un pulsante per chiederne la cancellazione. Puoi anche scrivere a { $email }. Rispondiamo entro un mese. Puoi anche presentare un reclamo alla tua autorità per la protezione dei dati.

## A revised design sent before proposals (rows queued then are still delivered)

email-revision-subject = Il tuo progetto rivisto per { $reference } da { $shop }
email-revision-body = { $shop } ha rivisto il progetto della tua richiesta { $reference }.
email-revision-design = Il progetto rivisto: { $summary }
email-revision-open = Aprilo, giralo e modificalo qui:
email-revision-open-link = Apri il progetto rivisto
email-revision-reply = Rispondi a questa email per dirci cosa ne pensi.

email-shop-closed-title = { $shop } è chiuso
email-shop-closed-text = Il configuratore di anelli e lo studio di { $shop } sono chiusi per ora. Per parlare del tuo anello, contatta direttamente il gioielliere.
