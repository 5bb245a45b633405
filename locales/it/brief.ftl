# The brief form, its field errors, and the confirmation after sending.

## The design above the form
brief-design-title = Il tuo progetto
brief-design-notes-title = Da discutere insieme
brief-design-fix = Da correggere: { $problem }.

## Field errors
brief-errors-title = { $n ->
    [one] Prima dell’invio c’è una cosa da sistemare:
   *[other] Prima dell’invio ci sono { $n } cose da sistemare:
}
brief-errors-line = { $field }: { $problem }
brief-error-whole-amount = inserisci un importo intero, per esempio 2500
brief-error-server = il server del gioielliere non ha accettato questo dato; controllalo, per favore
brief-field-name = Il tuo nome
brief-field-email = Email
brief-field-phone = Telefono
brief-field-budget-min = Budget da
brief-field-budget-max = Budget fino a
brief-field-currency = Valuta
brief-field-occasion = Occasione
brief-field-deadline = Serve entro
brief-field-size = Misura dell’anello
brief-field-origin = Naturali o creati in laboratorio
brief-field-own = Materiali tuoi
brief-field-notes = Note
brief-field-consent = Consenso
brief-field-photos = Foto
brief-field-ring = L’anello

## Contact
brief-contact-title = Come contattarti
brief-label-name = Il tuo nome
brief-label-email = Email
brief-label-phone = Telefono (facoltativo)
brief-channel-title = Come preferisci essere contattato
brief-channel-email = Email
brief-channel-phone = Telefonata
brief-channel-message = SMS o messaggi
## Budget and timing
brief-budget-title = Budget e tempi
brief-label-budget-min = Budget da (facoltativo)
brief-label-budget-max = Budget fino a
brief-label-currency = Valuta
brief-currency-option = { $code } — { $name }
brief-budget-range = Il tuo budget: da { $min } a { $max }
brief-budget-up-to = Il tuo budget: fino a { $max }
brief-budget-from = Il tuo budget: da { $min }
brief-budget-unreadable = Il tuo budget: «{ $text }» non è un importo intero; scrivilo senza centesimi, per esempio 2500.
brief-label-occasion = Occasione
brief-occasion-none = Preferisco non dirlo
brief-occasion-engagement = Fidanzamento
brief-occasion-wedding = Matrimonio
brief-occasion-anniversary = Anniversario
brief-occasion-birthday = Compleanno
brief-occasion-gift = Un regalo
brief-occasion-for-myself = Per me
brief-occasion-other = Altro
brief-label-deadline = Serve entro (facoltativo)
brief-label-occasion-other = Qual è l’occasione?

## Size, stones, materials, surprise
brief-size-title = Misura dell’anello
brief-size-measured = Misurata da un gioielliere
brief-size-estimated = Stimata a casa
brief-size-unknown = In realtà non ne sono sicuro
brief-origin-title = Pietre naturali o create in laboratorio
brief-origin-natural = Solo naturali
brief-origin-lab = Solo create in laboratorio
brief-origin-either = Vanno bene entrambe
brief-origin-undecided = Non ho ancora deciso: consigliami
brief-own-title = Qualcosa di tuo da riutilizzare
brief-own-stone = Ho una pietra da riutilizzare
brief-own-metal = Ho dell’oro o altro metallo da rilavorare
brief-label-own-description = Di cosa si tratta?
brief-surprise-title = È una sorpresa?
brief-surprise = È una sorpresa: chi indosserà l’anello non deve essere contattato
brief-label-notes = Ispirazione e tutto il resto (facoltativo)

## Consent and sending
brief-consent = Acconsento a essere contattato dal gioielliere per questa richiesta.
brief-privacy = Come vengono usati i tuoi dati: { $link }.
brief-privacy-link = l’informativa sulla privacy del gioielliere
brief-label-website = Sito web
brief-button-send = Invia al gioielliere
brief-button-sending = Invio in corso…
brief-button-preparing = Preparazione delle foto…
brief-button-retry = Riprova a inviare ora
brief-status-sending = { $photos ->
    [0] Stiamo inviando al gioielliere la tua richiesta e tre immagini dell’anello…
    [one] Stiamo inviando al gioielliere la tua richiesta, tre immagini dell’anello e la tua foto…
   *[other] Stiamo inviando al gioielliere la tua richiesta, tre immagini dell’anello e le tue { $photos } foto…
}
brief-status-busy = { $seconds ->
    [one] Il server del gioielliere è occupato. La tua richiesta è salvata in questo browser e verrà inviata di nuovo tra { $seconds } secondo.
   *[other] Il server del gioielliere è occupato. La tua richiesta è salvata in questo browser e verrà inviata di nuovo tra { $seconds } secondi.
}
brief-status-busy-minutes = { $minutes ->
    [one] Il server del gioielliere è occupato. La tua richiesta è salvata in questo browser e verrà inviata di nuovo tra { $minutes } minuto.
   *[other] Il server del gioielliere è occupato. La tua richiesta è salvata in questo browser e verrà inviata di nuovo tra { $minutes } minuti.
}
brief-status-unreachable-kept = Non siamo riusciti a raggiungere il server del gioielliere, quindi la tua richiesta non è ancora partita. È salvata in questo browser e continuiamo a provare: verrà inviata automaticamente appena torna la connessione, anche se chiudi questa pagina e torni più tardi.
brief-status-unreachable-unkept = Non siamo riusciti a raggiungere il server del gioielliere, quindi la tua richiesta non è ancora partita. Questo browser non ha potuto salvarla, perciò tieni aperta questa pagina: verrà inviata automaticamente appena torna la connessione.
brief-refused-too-large = Il server del gioielliere ha rifiutato la richiesta: è troppo grande per essere inviata. Togli una foto, oppure copia il link di condivisione e invialo per email.
brief-refused-unreadable = Il server del gioielliere ha rifiutato la richiesta: non è riuscito a leggerla. Copia il link di condivisione e invialo per email.
brief-refused-key = Il server del gioielliere ha rifiutato la richiesta: questo invio è già stato usato per un’altra richiesta. Ricarica la pagina e invia di nuovo.
brief-refused-forbidden = Il server del gioielliere ha rifiutato la richiesta: questo sito non è autorizzato a inviargli richieste. Copia il link di condivisione e invialo per email.
brief-refused-other = Il server del gioielliere ha rifiutato la richiesta. Copia il link di condivisione e invialo per email.

## Inspiration photos
brief-photos-title = Foto di ispirazione (facoltative)
brief-photos-hint = Fino a { $max } foto di anelli che ti piacciono, in JPEG, PNG o WebP, massimo { $size } ciascuna. Prima dell’invio vengono ridotte (al massimo { $pixels } pixel) e i dati di posizione della fotocamera vengono rimossi.
brief-photos-lost = { $n ->
    [one] La richiesta della tua ultima visita è qui, non ancora inviata, ma questo browser non ha conservato la sua foto: aggiungila di nuovo, poi invia.
   *[other] La richiesta della tua ultima visita è qui, non ancora inviata, ma questo browser non ha conservato le sue { $n } foto: aggiungile di nuovo, poi invia.
}
brief-photos-list = Foto nella tua richiesta
brief-photo-alt = Foto di ispirazione { $n }: { $name }
brief-photo-remove = Rimuovi
brief-photo-remove-which = la foto { $n }, { $name }
brief-photos-full = { $max ->
    [5] Una richiesta può contenere al massimo cinque foto
   *[other] Una richiesta può contenere al massimo { $max } foto
}
brief-photos-add = Aggiungi foto
brief-photos-preparing = { $n ->
    [one] Preparazione di { $n } foto…
   *[other] Preparazione di { $n } foto…
}
brief-photo-removed = «{ $name }» è stata rimossa.
brief-size-kb = { $n } KB
brief-size-mb = { $n } MB
brief-photo-error-type = «{ $name }» non è stata aggiunta: solo foto JPEG, PNG o WebP, per favore.
brief-photo-error-too-large = «{ $name }» non è stata aggiunta: pesa { $size }, e si possono aggiungere foto fino a { $limit }.
brief-photo-error-unreadable = «{ $name }» non è stata aggiunta: non è stato possibile aprirla come immagine.
brief-photo-error-too-detailed = «{ $name }» non è stata aggiunta: anche ridotta supera { $limit }. Scegli un’altra foto.
brief-photo-error-too-many = «{ $name }» non è stata aggiunta: una richiesta può contenere { $max } foto.

## The confirmation
brief-done-title = La tua richiesta è arrivata al gioielliere
brief-done-reference = Il tuo codice di riferimento: { $reference }. Indicalo ogni volta che parli con il gioielliere.
brief-done-commission-link = La pagina del tuo ordine
brief-done-commission-new-tab = (si apre in una nuova scheda)
brief-done-commission-text = Conserva questo link privato (lo trovi anche nella tua email): lì ci sono la conversazione, i progetti rivisti e il tuo appuntamento.
brief-done-next-title = Cosa succede ora
brief-done-next-reply = Il gioielliere legge la tua richiesta e ti risponde di persona, di solito entro pochi giorni lavorativi. Una copia con un’immagine del tuo progetto sta arrivando nella tua casella di posta.
brief-done-next-first-idea = L’immagine 3D è una prima idea, non il gioiello finito: proporzioni, pietre e finitura si definiscono insieme al gioielliere.
brief-done-next-size = La misura dell’anello viene verificata prima di realizzare qualsiasi cosa.
brief-done-next-surprise = È una sorpresa: il gioielliere contatta solo te, mai chi indosserà l’anello.
brief-done-kept = Questa conferma resta qui, anche se ricarichi la pagina, finché non inizi un nuovo progetto.
brief-done-start-new = Inizia un nuovo progetto
