# The visitor's commission page: thread, proposals, booking, stages, privacy.

## The page
com-opening = Apertura del tuo ordine…
com-open-failed-title = Non è stato possibile aprire la pagina del tuo ordine
com-refresh-failed = Non è stato possibile aggiornare la pagina: { $reason }
com-title = Il tuo ordine { $reference }
com-skip-conversation = Vai alla conversazione
com-status-title = A che punto è:

## Why a request did not succeed
com-error-unknown = questo link non è riconosciuto
com-error-revoked = il gioielliere ha chiuso questo link
com-error-expired = questo link è scaduto
com-error-network = non è stato possibile raggiungere il server del negozio
com-error-busy = il server del negozio è occupato (HTTP { $status }); riprova tra un momento
com-error-slot-taken = qualcuno ha appena prenotato quell’orario
com-error-rate-limited = troppe richieste in poco tempo; aspetta un minuto e riprova
com-error-too-large = le foto insieme sono troppo grandi; inviane meno alla volta
com-error-invalid = il server del negozio non ha potuto accettarlo così com’è; controlla cosa hai scritto
com-error-conflict = è già stato fatto, o è cambiato nel frattempo; ricarica la pagina per vedere a che punto siamo
com-error-gone = non è più possibile; ricarica la pagina per vedere a che punto siamo
com-error-not-found = non c’è più; ricarica la pagina per vedere a che punto siamo
com-error-other = il server del negozio ha rifiutato la richiesta

## A link that opens nothing
com-link-revoked-title = Questo link è chiuso
com-link-revoked-text = Il gioielliere ha chiuso questo link. Chiedigliene uno nuovo.
com-link-expired-title = Questo link è scaduto
com-link-expired-text = I link a una pagina d’ordine possono avere una durata limitata. Scrivi al gioielliere e chiedi un nuovo link.
com-link-unknown-title = Questo link non apre nessun ordine
com-link-unknown-text = Controlla di aver copiato l’intero link dall’email. Se ancora non funziona, rispondi a quell’email: la tua risposta arriva al gioielliere, che può inviarti un nuovo link.
com-link-safe = Chiudere un link non cancella nulla: ciò che hai inviato resta presso il gioielliere, a meno che tu non ne abbia chiesto la cancellazione.
com-link-contact = Puoi contattare { $shop } all’indirizzo { $email }.

## The design
com-design-title = Il tuo progetto
com-design-agreed = Concordato il { $when }
com-design-sent = Inviato il { $when }
com-design-brief-title = La tua richiesta, come l’hai inviata
com-design-pictures-title = Immagini inviate con la tua richiesta
com-design-picture = Il tuo progetto, vista { $view }
com-view-three-quarter = di tre quarti
com-view-top = dall’alto
com-view-side = di lato
com-drawing-ring = Sto disegnando l’anello…
com-sketch-caption = Schizzo: { $metal }, { $stone }
com-sketch-caption-band = Schizzo: { $metal }

## Proposals
com-proposals-title = Progetti proposti
com-proposed-at = Proposto il { $when }
com-changes-title = Cosa cambia
com-change-line = { $what }: { $from } → { $to }
com-price-range = Fascia di prezzo: { $low }–{ $high }
com-answer-accepted = Hai accettato questo progetto
com-answer-changes = Hai chiesto delle modifiche
com-answer-line = { $answer } ({ $when })
com-answer-comment-label = Il tuo commento (cosa cambiare, o due parole per il gioielliere)
com-answer-accept = Accetta questo progetto
com-answer-ask-changes = Chiedi modifiche
com-compare-before = Il progetto precedente
com-compare-proposal = La proposta
com-compare-ring = Anello
com-compare-metal = Metallo
com-compare-stone = Pietra centrale
com-compare-to-settle = Da definire
com-compare-grams = circa { $g } g
com-compare-stone-mm = { $length } × { $width } mm
com-compare-no-stone = —
com-compare-nothing = Niente

## The conversation
com-thread-title = Conversazione
com-thread-empty = Ancora nessun messaggio. Il gioielliere ti scrive qui; puoi anche scrivere tu per primo.
com-thread-you = Tu
com-photo-link = Foto: { $name }, si apre a grandezza intera
com-reply-label = Scrivi al gioielliere
com-reply-count = { $n } / { $max } caratteri
com-reply-add-photos = Aggiungi foto (fino a { $max })
com-reply-photos-max = Fino a { $max } foto per messaggio.
com-reply-remove = Rimuovi { $name }
com-reply-send = Invia
com-reply-sending = Invio in corso…
com-reply-not-sent-yet = Non ancora inviato: { $reason }. Il tuo messaggio è conservato; premi di nuovo Invia.
com-reply-not-sent = Non inviato: { $reason }

## Booking
com-booking-title = La tua consulenza
com-booking-closed = Il gioielliere non accetta ancora prenotazioni online; ti proporrà un orario nella conversazione.
com-booking-taken = Qualcuno ha appena prenotato quell’orario; scegline un altro.
com-booking-summary = { $kind }, { $day }, { $start }–{ $end }
com-booking-zones = Nel tuo fuso orario ({ $zone }). Ora del negozio: { $shop } ({ $shop_zone }).
com-booking-cancel = Annulla l’appuntamento
com-booking-cancel-question = Annullare la consulenza di { $day }, { $start }?
com-booking-cancel-yes = Sì, annulla
com-booking-keep = Mantienilo
com-slots-failed = Non è stato possibile leggere gli orari liberi: { $reason }
com-slots-pick = Scegli un orario: gli orari sono nel tuo fuso orario ({ $zone }); il negozio è nel fuso { $shop_zone }.
com-slots-move = Spostalo a un altro orario: gli orari sono nel tuo fuso orario ({ $zone }); il negozio è nel fuso { $shop_zone }.
com-kind-title = Come preferisci incontrarci?
com-slots-none = Nessun orario libero nelle prossime tre settimane; scrivi al gioielliere nella conversazione.
com-slots-more = Altri giorni
com-slot-shop-time = Ora del negozio: { $shop }
com-slot-name = { $time } (ora del negozio: { $shop })
com-slot-chosen = { $kind }, { $day }, { $start } (il tuo fuso orario: { $zone })
com-slot-book = Prenota questo orario
com-slot-move = Sposta a questo orario
com-slot-other = Scegli un altro orario
com-your-zone = il tuo fuso orario

## The making
com-timeline-title = La realizzazione
com-stage-photo = { $stage }: { $name }

## Privacy
com-privacy-title = I tuoi dati
com-privacy-download = Scarica i miei dati (JSON)
com-privacy-download-text = Tutto ciò che il negozio conserva su questo ordine: la richiesta, i messaggi, le proposte, l’appuntamento, la realizzazione e le note del gioielliere.
com-privacy-notice = Come il negozio li conserva: { $link }.
com-privacy-notice-link = l’informativa sulla privacy
com-erasure-requested = Hai chiesto la cancellazione il { $when }. Il gioielliere è stato avvisato; cancellerà la richiesta, la conversazione, le proposte, l’appuntamento e le foto, e te lo confermerà per email. Ciò che la legge impone di conservare (una fattura, per esempio) viene tenuto solo per il tempo richiesto.
com-erasure-text = Puoi chiedere al gioielliere di cancellare questo ordine: la richiesta, la conversazione, le proposte, l’appuntamento e ogni foto. Dopo, questa pagina smette di funzionare.
com-erasure-comment = Qualcosa che il gioielliere dovrebbe sapere (facoltativo)
com-erasure-ask = Chiedi la cancellazione
com-erasure-question = Chiedere al gioielliere di cancellare questo ordine? Dopo, questa pagina smette di funzionare e la conversazione non c’è più.
com-erasure-yes = Sì, chiedi la cancellazione
com-erasure-keep = Mantieni il mio ordine
com-page-title = Il tuo ordine
