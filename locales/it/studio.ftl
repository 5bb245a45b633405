# The jeweler's studio (always in the shop's language).
# English is the source: every other language has exactly these keys and arguments.

## Shared by every page
studio-mark = Studio
studio-opening = Apertura dello studio…
studio-session-unchecked = Lo studio non è riuscito a verificare la tua sessione: { $why }
studio-failed = { $what }: { $why }.
studio-sign-in-again = Accedi di nuovo
studio-as-written = { $text }
studio-keep-it = Mantieni
studio-cancel = Annulla
studio-loading = Caricamento…

## Errors from the server ($reason is the server's own words)
studio-error-unauthorized = { $reason }
studio-error-rate-limited = troppi tentativi: attendi { $wait } prima di riprovare
studio-error-forbidden = il server ha rifiutato questa modifica ({ $reason }); ricarica la pagina e riprova
studio-error-not-found = non trovato: { $reason }
studio-error-rejected = { $reason }
studio-error-server = il server non ha potuto rispondere (HTTP { $status }); riprova tra un momento
studio-error-network = il server non è raggiungibile: { $reason }
studio-error-unreadable = la risposta del server non è leggibile: { $reason }
studio-wait-seconds = { $n ->
    [one] { $n } secondo
   *[other] { $n } secondi
}
studio-wait-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuti
}

## Days until a date
studio-days-today = oggi
studio-days-tomorrow = domani
studio-days-yesterday = ieri
studio-days-ahead = { $n ->
    [one] tra { $n } giorno
   *[other] tra { $n } giorni
}
studio-days-ago = { $n ->
    [one] { $n } giorno fa
   *[other] { $n } giorni fa
}

## The bar
studio-nav-availability = Disponibilità
studio-sign-out = Esci
studio-shop-switch = Negozio

## Sign-in and first account
studio-login-title = Accedi al tuo studio
studio-login-lead = Qui ti aspettano le richieste inviate dai tuoi visitatori.
studio-login-no-account = Non esiste ancora un account. Apri il link di configurazione monouso che il server ha scritto nel suo log all’avvio, oppure crea un account sul server con questo comando:
studio-login-no-match = Questa email e questa password non corrispondono a nessun account. Controlla entrambe e riprova.
studio-login-limited = Troppi tentativi: attendi { $wait } prima di riprovare. Gli accessi sono limitati per proteggere le password dai tentativi di indovinarle.
studio-field-email = Email
studio-field-password = Password
studio-sign-in = Accedi
studio-signing-in = Accesso in corso…
studio-setup-title = Configura il tuo studio
studio-setup-lead = Crea il primo account. Le richieste dei tuoi visitatori ti aspetteranno qui.
studio-setup-need-token = Incolla il token di configurazione dal log del server.
studio-setup-need-email = Inserisci l’indirizzo email con cui accederai.
studio-setup-short-password = { $n ->
    [one] Scegli una password di almeno { $n } carattere.
   *[other] Scegli una password di almeno { $n } caratteri.
}
studio-setup-passwords-differ = Le due password sono diverse; digita due volte la stessa password.
studio-setup-link-used = Questo link di configurazione non è più valido (funziona una sola volta). Accedi, oppure crea un account sul server con atelier-server user add.
studio-field-setup-token = Token di configurazione (dal log del server)
studio-field-your-email = La tua email
studio-field-new-password = { $n ->
    [one] Password (almeno { $n } carattere)
   *[other] Password (almeno { $n } caratteri)
}
studio-field-password-again = Ripeti la password
studio-create-account = Crea account
studio-creating = Creazione…

## The inbox
studio-inbox-title = Richieste
studio-export = Esporta
studio-search-label = Cerca per nome, email o riferimento
studio-search = Cerca
studio-filter-status = Filtra per stato
studio-filter-turn = Filtra per conversazione
studio-filter-all = Tutte
studio-turn-visitor-replied = Il visitatore ha risposto
studio-turn-awaiting-reply = Attende la tua risposta
studio-inbox-list = Richieste, dalla più recente
studio-inbox-loading = Caricamento delle richieste…
studio-inbox-more = Altre richieste
studio-inbox-more-failed = Non è stato possibile caricare altre richieste
studio-inbox-not-loaded = Non è stato possibile caricare la posta in arrivo
studio-inbox-no-match = Nessuna richiesta corrisponde a «{ $q }».
studio-inbox-none-in-status = Nessuna richiesta ha questo stato.
studio-inbox-empty = Ancora nessuna richiesta. Quando un visitatore invia un progetto, compare qui.
studio-inbox-no-visitor-replied = Nessun visitatore ha scritto dopo il tuo ultimo messaggio.
studio-inbox-nothing-awaits = Nulla attende la tua risposta: in ogni conversazione l’ultima parola è tua.
studio-inbox-no-erasure = Nessun visitatore ha chiesto la cancellazione dei propri dati.
studio-filter-erasure = Cancellazione richiesta
studio-row-erasure-requested = Cancellazione richiesta il { $date }
studio-row-changed-by-proposal = Modificato su proposta
studio-row-needed-by = Serve entro il { $date }
studio-row-needed-by-days = Serve entro il { $date } ({ $days })
studio-row-by = Entro il { $date }
studio-row-by-days = Entro il { $date } ({ $days })

## Erasing a brief
studio-erase = Cancella
studio-delete = Elimina questa richiesta…
studio-delete-question = Eliminare definitivamente { $reference }, con immagini, note e invii? L’operazione non si può annullare.
studio-delete-yes = Sì, elimina
studio-delete-failed = La richiesta non è stata eliminata

## Private notes
studio-notes-title = Note private
studio-notes-none = Ancora nessuna nota.
studio-notes-label = Aggiungi una nota (non compare nella pagina del visitatore, ma fa parte dei suoi dati se li scarica)
studio-notes-failed = La nota non è stata salvata
studio-notes-add = Aggiungi nota

## Revising the design
studio-revise-no-change = Ancora nessuna modifica.
studio-revise-unreadable = Non è stato possibile leggere il progetto.
studio-revise-region = Revisione del progetto
studio-revise-title = Revisione di { $reference }
studio-revise-opening = Apertura del configuratore…
studio-revise-use = Usa questo progetto
studio-revise-not-opened = Non è stato possibile aprire il progetto
studio-revise-opening-design = Apertura del progetto…
studio-revise-frame = Il configuratore, sul progetto attuale della richiesta

## Specification and status
studio-specs = Scheda tecnica
studio-status-title = Stato
studio-status-move-to = Passa a
studio-status-change = Cambia stato
studio-status-failed = Lo stato non è stato cambiato
studio-status-history = Cronologia
studio-status-from-to = { $from } → { $to }
studio-status-arrived = Arrivata come Nuova

## One brief
studio-brief-not-opened = Non è stato possibile aprire questa richiesta
studio-brief-back = ← Tutte le richieste
studio-brief-opening = Apertura di { $reference }…
studio-brief-mail-subject = Il tuo progetto di anello ({ $reference })
studio-brief-deadline-days = { $date } — { $days }
studio-brief-rush = (urgente: di solito i gioiellieri chiedono da tre a quattro mesi)
studio-brief-received = Ricevuta il { $when }
studio-brief-actions = Azioni sulla richiesta
studio-brief-reply = Rispondi via email
studio-brief-open-design = Apri il progetto
studio-brief-open-original = Apri l’originale
studio-brief-original-design = Progetto originale: { $summary }
studio-brief-print = Stampa
studio-brief-surprise-banner = Sorpresa: non contattare mai chi indosserà l’anello. Parla solo con { $name }.
studio-brief-snapshots = Viste
studio-brief-snapshots-original = Viste del progetto originale
studio-brief-inspiration = Ispirazione del visitatore
studio-brief-contact = Contatto
studio-brief-name = Nome
studio-brief-phone = Telefono
studio-brief-prefers = Preferisce
studio-brief-surprise = Sorpresa
studio-brief-surprise-yes = Sì: non contattare chi indosserà l’anello
studio-brief-surprise-no = No
studio-brief-language = Lingua
studio-brief-timeline = Occasione, tempi e budget
studio-brief-occasion = Occasione
studio-brief-not-given = Non indicato
studio-brief-needed-by = Serve entro
studio-brief-no-date = Nessuna data indicata
studio-brief-budget = Budget
studio-brief-against-estimate = Rispetto alla stima
studio-brief-warnings = Avvertenze
studio-brief-visitor-words = Con le parole del visitatore
studio-brief-no-notes = Nessuna nota.
studio-written-in = Scritto in { $language }, mostrato come l’ha scritto il visitatore
studio-view-three-quarter = Vista di tre quarti
studio-view-top = Vista dall’alto
studio-view-side = Vista laterale
studio-view-snapshot = Vista
studio-view-other = Vista: { $view }
studio-estimate-no-prices = Non è configurato alcun listino: fai il preventivo dalla scheda tecnica.
studio-estimate-missing = Nel listino manca il prezzo di { $what }: fai un preventivo personalizzato.
studio-estimate-no-budget = Stima { $low }–{ $high }; il visitatore non ha indicato un budget.
studio-estimate-other-currency = Stima { $low }–{ $high } (prezzi del { $prices }); il budget è in { $budget_currency }.
studio-estimate-within = Stima { $low }–{ $high } (prezzi del { $prices }): entro il budget.
studio-estimate-above = Stima { $low }–{ $high } (prezzi del { $prices }): oltre il budget di almeno { $over }.
studio-estimate-upper-above = Stima { $low }–{ $high } (prezzi del { $prices }): la fascia alta supera il budget.

## The commission on the brief page
studio-commission = Commissione
studio-commission-loading = Caricamento della conversazione…
studio-commission-not-loaded = Non è stato possibile caricare la conversazione e le proposte
studio-commission-page-says = La pagina del visitatore indica: { $status }
studio-erasure-asked = Il visitatore ha chiesto la cancellazione il { $when }.
studio-erasure-what-to-do = Cancella questa richiesta con «Elimina questa richiesta…» sotto «Cancella» più in basso, entro il termine promesso dalla tua informativa sulla privacy (l’informativa predefinita indica un mese).

## Proposed designs
studio-proposals-title = Progetti proposti
studio-proposals-none = Ancora nessun progetto proposto.
studio-proposals-propose = Proponi una modifica
studio-proposal-waiting = In attesa della risposta del visitatore.
studio-proposal-accepted = Accettata dal visitatore
studio-proposal-changes-requested = Il visitatore ha chiesto delle modifiche
studio-proposal-no-change = Nessuna modifica al progetto.
studio-proposal-proposed = Proposta il { $when }
studio-proposal-price = Prezzo: { $price }
studio-proposal-same = Uguale al progetto attuale.
studio-proposal-new = Nuova proposta
studio-proposal-what-changes = Cosa cambia:
studio-proposal-message = Messaggio al visitatore
studio-proposal-price-range = Fascia di prezzo (facoltativa)
studio-proposal-from = Da
studio-proposal-to = A
studio-proposal-currency = Valuta
studio-proposal-failed = La proposta non è stata inviata
studio-proposal-send = Invia la proposta
studio-proposal-discard = Scarta
studio-price-both-ends = Indica entrambi gli estremi della fascia di prezzo in numeri interi, oppure nessuno.
studio-price-order = L’estremo inferiore della fascia di prezzo supera quello superiore.
studio-price-currency = La valuta è un codice di tre lettere, come EUR o CHF.

## The making
studio-saving = Salvataggio…
studio-stages-title = La lavorazione
studio-stages-none = Non ancora iniziata.
studio-stages-move-to = Passa alla fase
studio-stages-note = Nota per il visitatore (facoltativa)
studio-stages-photo = Foto (facoltativa)
studio-stages-notify = Avvisa il visitatore via email
studio-stages-failed = La fase non è stata registrata
studio-stages-save = Passa a questa fase

## The conversation
studio-sending = Invio…
studio-conversation-title = Conversazione con il visitatore
studio-conversation-none = Ancora nessun messaggio. Ciò che scrivi qui arriva al visitatore via email e sulla sua pagina della commissione.
studio-conversation-write = Scrivi al visitatore
studio-conversation-left = { $n ->
    [one] { $n } carattere rimasto
   *[other] { $n } caratteri rimasti
}
studio-conversation-failed = Il messaggio non è stato inviato
studio-conversation-send = Invia messaggio
studio-conversation-visitor = Visitatore
studio-conversation-you = Tu
studio-proposal-answer-quoted = { $answer }: «{ $comment }»

## The consultation
studio-appointment-pick = Scegli uno degli orari liberi.
studio-appointment-when = { $kind }: { $start } – { $end } (la tua ora)
studio-appointment-at-shop = In negozio ({ $zone }): { $time }
studio-appointment-visitor-time = Ora del cliente ({ $zone }): { $time }
studio-appointment-title = Consulenza
studio-appointment-none = Nessuna prenotazione. Il visitatore prenota dalla sua pagina della commissione.
studio-appointment-move-lead = Sposta a un altro orario libero:
studio-appointment-book-lead = Prenota un orario libero per il visitatore:
studio-appointment-how = Come
studio-appointment-book-failed = La consulenza non è stata prenotata
studio-appointment-move = Sposta la consulenza
studio-appointment-book = Prenota
studio-appointment-cancel = Annulla la consulenza
studio-appointment-cancel-question = Tu e il visitatore riceverete una disdetta via email. Annullare la consulenza?
studio-appointment-cancel-yes = Sì, annullala
studio-appointment-cancel-failed = La consulenza non è stata annullata
studio-slots-not-loaded = Non è stato possibile caricare gli orari liberi
studio-slots-not-open = Le prenotazioni non sono ancora aperte: salva prima i tuoi orari in Disponibilità.
studio-slots-none = { $n ->
    [one] Nessun orario libero nel prossimo giorno. I tuoi orari sono in Disponibilità.
   *[other] Nessun orario libero nei prossimi { $n } giorni. I tuoi orari sono in Disponibilità.
}
studio-slots-lead = Orari del negozio ({ $zone }); il tuo orario tra parentesi quando è diverso.
studio-slots-title = Orari liberi
studio-slots-loading = Caricamento degli orari liberi…
studio-slots-later = Giorni successivi
studio-slot-your-time = ({ $time } tuo orario)

## The visitor's private link
studio-link-never = Non scade mai
studio-link-30-days = Scade tra 30 giorni
studio-link-90-days = Scade tra 90 giorni
studio-link-year = Scade tra un anno
studio-link-none = Non è ancora stato emesso alcun link.
studio-link-title = Il link privato del visitatore
studio-link-issued = Nuovo link, inviato via email al visitatore (viene mostrato solo ora):
studio-link-new = Nuovo link
studio-link-issue-failed = Non è stato emesso alcun nuovo link
studio-link-issue = Emetti un nuovo link
studio-link-issue-question = Il link attuale del visitatore smetterà di funzionare; quello nuovo gli verrà inviato per email. Emettere un nuovo link?
studio-link-issue-yes = Sì, emetti un nuovo link
studio-link-revoke = Revoca il link
studio-link-revoke-question = Il visitatore non potrà più aprire la sua pagina. Revocare?
studio-link-revoke-yes = Sì, revoca
studio-link-revoke-failed = Il link non è stato revocato
studio-link-revoked = Emesso il { $issued }; revocato il { $revoked }. La pagina non si apre più.
studio-link-until = Emesso il { $issued }; valido fino al { $until }.
studio-link-forever = Emesso il { $issued }; non scade mai.

## Deliveries
studio-deliveries-title = Invii
studio-deliveries-none = Non è stato inviato nulla per questa richiesta.
studio-delivery-sent = Inviato
studio-delivery-waiting = In attesa
studio-delivery-dead = Rinunciato
studio-delivery-attempts = { $n ->
    [one] { $n } tentativo
   *[other] { $n } tentativi
}
studio-delivery-next = prossimo tentativo { $when }
studio-delivery-every-attempt = Tutti i tentativi
studio-delivery-retry = Riprova ora
studio-delivery-retry-failed = Il nuovo tentativo non è stato programmato
studio-delivery-jeweler-email = Email per te
studio-delivery-visitor-email = Conferma al visitatore
studio-delivery-revision-email = Progetto rivisto al visitatore
studio-delivery-message-email = Avviso di messaggio
studio-delivery-proposal-email = Proposta o relativa risposta
studio-delivery-appointment-email = Invito alla consulenza
studio-delivery-stage-email = Aggiornamento sulla lavorazione al visitatore
studio-delivery-link-email = Nuovo link al visitatore
studio-delivery-erasure-email = Richiesta di cancellazione per te
studio-delivery-webhook = Webhook

## Availability
studio-weekday-1 = Lunedì
studio-weekday-2 = Martedì
studio-weekday-3 = Mercoledì
studio-weekday-4 = Giovedì
studio-weekday-5 = Venerdì
studio-weekday-6 = Sabato
studio-weekday-7 = Domenica
studio-avail-not-loaded = Non è stato possibile caricare la disponibilità
studio-avail-title = Disponibilità per le consulenze
studio-avail-hours-order = { $day }: gli orari devono finire dopo il loro inizio.
studio-avail-no-kind = Offri almeno un tipo di consulenza.
studio-avail-slot-whole = La durata di una consulenza deve essere un numero intero.
studio-avail-buffer-whole = Il tempo dopo ogni consulenza deve essere un numero intero.
studio-avail-horizon-whole = L’anticipo massimo di prenotazione deve essere un numero intero.
studio-avail-notice-whole = Il preavviso minimo deve essere un numero intero.
studio-avail-closed = Chiuso
studio-avail-from = Dalle
studio-avail-to = alle
studio-avail-remove-hours = Rimuovi questi orari di { $day }
studio-avail-remove = Rimuovi
studio-avail-add-hours-on = Aggiungi orari a { $day }
studio-avail-add-hours = Aggiungi orari
studio-avail-open = I visitatori prenotano gli orari liberi entro questi orari dalla loro pagina della commissione.
studio-avail-not-open = Le prenotazioni non sono ancora aperte: i visitatori potranno prenotare quando avrai salvato i tuoi orari.
studio-avail-zone = Fuso orario del negozio
studio-avail-hours = Orari di apertura, nel fuso orario del negozio
studio-avail-slot = Durata della consulenza (minuti)
studio-avail-buffer = Pausa dopo ciascuna (minuti)
studio-avail-horizon = Prenotabile fino a (giorni in anticipo)
studio-avail-notice = Preavviso minimo (ore)
studio-avail-kinds = Tipi di consulenza offerti
studio-avail-dates-closed = Giorni di chiusura
studio-avail-none = Nessuno.
studio-avail-remove-date = Rimuovi il { $date } dai giorni di chiusura
studio-avail-add-date-label = Aggiungi un giorno di chiusura
studio-avail-add-date = Aggiungi data
studio-avail-failed = La disponibilità non è stata salvata
studio-avail-saved = Salvato.
studio-avail-save = Salva la disponibilità
studio-page-title = { $shop } Studio
studio-warning-size-not-given = Nessuna misura indicata per ora: chiedila o invia un misuratore per anelli.
studio-warning-size-sizer = Il cliente chiede un misuratore per anelli: inviane uno e consiglia di misurare a fine giornata, quando le dita sono più grandi.
studio-warning-size-unknown = Il cliente non conosce la misura e non chiede un misuratore: senza misura si realizza una misura standard, e ridimensionarlo in seguito può costare di più.
studio-warning-not-resizable-unsized = Il modello «{ $setting }» non si potrà ridimensionare in seguito e la misura non è ancora indicata: fai misurare il dito con cura prima di iniziare.
studio-warning-soft-stone-in-bezel = { $stone } ha una durezza di { $low }–{ $high } sulla scala di Mohs, inferiore a quella della polvere che incontra ogni giorno. { $care } Il castone chiuso scelto dal cliente offre una buona protezione.
