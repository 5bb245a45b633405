# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

## Shared

core-as-written = { $text }

## Catalog

metal-18k-yellow = Oro giallo 18 carati
metal-14k-yellow = Oro giallo 14 carati
metal-9k-yellow = Oro giallo 9 carati
metal-18k-white = Oro bianco 18 carati
metal-14k-white = Oro bianco 14 carati
metal-9k-white = Oro bianco 9 carati
metal-18k-rose = Oro rosa 18 carati
metal-14k-rose = Oro rosa 14 carati
metal-9k-rose = Oro rosa 9 carati
metal-pt950 = Platino 950
metal-pd950 = Palladio 950
metal-ag925 = Argento sterling 925

stone-diamond = Diamante
stone-moissanite = Moissanite
stone-sapphire-blue = Zaffiro blu
stone-sapphire-pink = Zaffiro rosa
stone-sapphire-yellow = Zaffiro giallo
stone-sapphire-padparadscha = Zaffiro padparadscha
stone-ruby = Rubino
stone-emerald = Smeraldo
stone-aquamarine = Acquamarina
stone-morganite = Morganite
stone-own-stone = Porto la mia pietra

stone-care-diamond = La gemma più dura; può comunque scheggiarsi sulla cintura se urtata con forza.
stone-care-moissanite = Più fuoco del diamante e quasi altrettanto dura; sempre creata in laboratorio.
stone-care-sapphire-blue = Molto resistente; un classico da portare ogni giorno.
stone-care-sapphire-pink = Molto resistente; un classico da portare ogni giorno.
stone-care-sapphire-yellow = Molto resistente; un classico da portare ogni giorno.
stone-care-sapphire-padparadscha = Un raro zaffiro rosa-arancio; quelli naturali sono pochi e hanno un prezzo adeguato.
stone-care-ruby = Molto resistente; un classico da portare ogni giorno.
stone-care-emerald = Quasi sempre con inclusioni e spesso trattato con olio: evita urti, calore e pulitori a ultrasuoni.
stone-care-aquamarine = Si graffia in anni di uso quotidiano; una castonatura a castone chiuso la protegge.
stone-care-morganite = Più tenera dello zaffiro: si graffia e si opacizza con l'uso quotidiano; metti in conto una lucidatura ogni tanto.
stone-care-own-stone = Il gioielliere esamina la tua pietra prima del preventivo: dimensioni, condizioni e durezza decidono l'incastonatura.

cut-round = Brillante rotondo
cut-oval = Ovale
cut-cushion = Cuscino
cut-princess = Princess
cut-emerald = Smeraldo
cut-asscher = Asscher
cut-radiant = Radiant
cut-pear = Goccia
cut-marquise = Marquise
cut-heart = Cuore

setting-four-prong = Solitario a quattro griffe
setting-six-prong = Solitario a sei griffe
setting-bezel = Castone chiuso
setting-halo = Halo
setting-pave-shoulders = Spalle pavé
setting-three-stone = Trilogy
setting-full-eternity = Eternity completa
setting-plain-band = Fascia liscia (senza pietra)

font-script = Corsivo
font-serif = Romano con grazie
font-sans = Bastoni

origin-natural = Naturale
origin-lab-grown = Creata in laboratorio

finish-polished = Lucida
finish-satin = Satinata
finish-hammered = Martellata

band-court = Comfort (bombata all'interno)
band-d-shape = Mezzo tondo
band-flat = Piatta
band-knife-edge = A lama

## The summary

summary-parts = { $first }, { $rest }
summary-metal-advise = Metallo: consiglio del tuo gioielliere
summary-own-stone = la pietra portata dal cliente
summary-stone-advise = pietra (consiglio del tuo gioielliere)
summary-stone-with-origin = { $stone } { $origin }
summary-stone-with-cut = { $stone } { $cut }
summary-stone-with-carat = { $stone } da { $carat } ct
summary-stone-round-size = { $stone } ({ $width } mm)
summary-stone-size = { $stone } ({ $length } × { $width } mm)
summary-stone-open = { $stone }, { $open }: consiglio del tuo gioielliere
summary-open-cut = taglio
summary-open-weight = peso
summary-open-origin = naturale o di laboratorio

summary-stone-diamond = diamante
summary-stone-moissanite = moissanite
summary-stone-sapphire-blue = zaffiro blu
summary-stone-sapphire-pink = zaffiro rosa
summary-stone-sapphire-yellow = zaffiro giallo
summary-stone-sapphire-padparadscha = zaffiro padparadscha
summary-stone-ruby = rubino
summary-stone-emerald = smeraldo
summary-stone-aquamarine = acquamarina
summary-stone-morganite = morganite
summary-stone-own-stone = pietra propria

summary-cut-round = taglio brillante rotondo
summary-cut-oval = taglio ovale
summary-cut-cushion = taglio cuscino
summary-cut-princess = taglio princess
summary-cut-emerald = taglio smeraldo
summary-cut-asscher = taglio Asscher
summary-cut-radiant = taglio radiant
summary-cut-pear = taglio a goccia
summary-cut-marquise = taglio marquise
summary-cut-heart = taglio a cuore

summary-origin-natural = naturale
summary-origin-lab-grown = di laboratorio

summary-setting-four-prong = solitario a quattro griffe
summary-setting-six-prong = solitario a sei griffe
summary-setting-bezel = castone chiuso
summary-setting-halo = halo
summary-setting-pave-shoulders = spalle pavé
summary-setting-three-stone = trilogy
summary-setting-full-eternity = eternity completa
summary-setting-plain-band = fascia liscia (senza pietra)
summary-setting-advise = incastonatura: consiglio del tuo gioielliere

summary-band-court = gambo comfort
summary-band-d-shape = gambo a mezzo tondo
summary-band-flat = gambo piatto
summary-band-knife-edge = gambo a lama
summary-band-advise = gambo (profilo: consiglio del tuo gioielliere)
summary-band-sized = { $band } largo { $width } mm e spesso { $thickness } mm
summary-band-width-only = { $band } largo { $width } mm, spessore: consiglio del tuo gioielliere
summary-band-thickness-only = { $band } spesso { $thickness } mm, larghezza: consiglio del tuo gioielliere
summary-band-open = { $band }, larghezza e spessore: consiglio del tuo gioielliere

summary-finish-polished = finitura lucida
summary-finish-satin = finitura satinata
summary-finish-hammered = finitura martellata
summary-finish-advise = finitura: consiglio del tuo gioielliere

summary-size-not-given = misura non indicata
summary-size-us = misura US { $size }
summary-size-uk = misura UK { $size }
summary-size-eu = misura { $size }
summary-size-jp = misura giapponese { $size }
summary-size-diameter = diametro interno { $size }
summary-size-sizer = misura sconosciuta (inviare un misuratore per anelli)
summary-size-unknown = misura sconosciuta

summary-engraving-to-fix = incisione da correggere
summary-engraved = inciso «{ $text }»

## Ring sizes

size-system-us = USA / Canada
size-system-uk = Regno Unito / Australia
size-system-eu = UE / ISO (circonferenza, mm)
size-system-jp = Giappone
size-system-diameter = Diametro interno (mm)
size-short-us = US
size-short-uk = UK
size-short-eu = EU
size-short-jp = JP
size-short-diameter = Diametro
size-mm = { $mm } mm

## Workflow

status-new = Nuova
status-in-conversation = In conversazione
status-quoted = Preventivo inviato
status-won = Ordine ricevuto
status-lost = Non andata a buon fine
status-archived = Archiviata
status-spam = Spam

progress-received = Ricevuta
progress-talking = Ne stiamo parlando
progress-design-proposed = Design proposto
progress-quoted = Preventivo inviato
progress-being-made = In lavorazione
progress-ready = Pronto

stage-sketch = Schizzo
stage-cad = Modello CAD
stage-wax = Cera o stampa
stage-casting = Fusione
stage-setting = Incastonatura delle pietre
stage-polishing = Lucidatura
stage-ready = Pronto

meeting-in-shop = In negozio
meeting-video = Videochiamata
meeting-phone = Telefonata

## The specification

spec-metal = Metallo
spec-centre-stone = Pietra centrale
spec-origin = Origine
spec-cut = Taglio
spec-carat-weight = Peso in carati
spec-stone-size = Dimensioni della pietra
spec-setting = Incastonatura
spec-band-profile = Profilo del gambo
spec-band-width = Larghezza del gambo
spec-band-thickness = Spessore del gambo
spec-finish = Finitura
spec-ring-size = Misura dell'anello
spec-size-certainty = Affidabilità della misura
spec-engraving = Incisione
spec-metal-weight = Peso del metallo
spec-other-alloys = In altre leghe
spec-stone-preference = Preferenza sulla pietra
spec-brings-to-reuse = Porta da riutilizzare

spec-advise = Su consiglio del gioielliere
spec-none = Nessuna
spec-carat = { $carat } ct
spec-stone-mm = { $length } × { $width } mm, profonda { $depth } mm
spec-profile-assumed = Su consiglio del gioielliere (comfort ipotizzato)
spec-mm = { $mm } mm
spec-mm-assumed = Su consiglio del gioielliere ({ $mm } mm ipotizzati)
spec-size-not-given = Non indicata
spec-size = { $system } { $size } · diametro interno { $diameter } mm · circonferenza { $circumference } mm
spec-size-sizer = Sconosciuta: inviare un misuratore
spec-size-unknown = Sconosciuta
spec-font-advise = carattere: su consiglio del gioielliere
spec-engraving-text = «{ $text }» ({ $font })
spec-weight = { $metal }: circa { $grams } g (gambo { $band } mm³, testa e incastonatura { $head } mm³)
spec-weight-metal-assumed = { $metal }: circa { $grams } g (metallo ipotizzato) (gambo { $band } mm³, testa e incastonatura { $head } mm³)
spec-weight-size-assumed = { $metal }: circa { $grams } g (misura ipotizzata) (gambo { $band } mm³, testa e incastonatura { $head } mm³)
spec-weight-metal-size-assumed = { $metal }: circa { $grams } g (metallo e misura ipotizzati) (gambo { $band } mm³, testa e incastonatura { $head } mm³)
spec-alloy = { $metal } { $grams } g
spec-alloys = { $first } · { $rest }

certainty-measured = misurata da un gioielliere
certainty-estimated = stimata a casa
certainty-unknown = non ancora sicura

size-answer-not-given = Nessuna misura indicata per ora. Puoi aggiungerla nel passaggio «Misura» o inviare la richiesta senza: il gioielliere te la chiederà.
size-answer-sizer = Hai scelto «Non conosco la mia misura» e chiesto un misuratore per anelli: il gioielliere te ne invierà uno.
size-answer-unknown = Hai scelto «Non conosco la mia misura»: il gioielliere ti aiuterà a trovarla.

preference-natural = Solo naturale
preference-lab-grown = Solo di laboratorio
preference-either = Naturale o di laboratorio
preference-undecided = Indeciso: desidera un consiglio

occasion-engagement = Fidanzamento
occasion-wedding = Matrimonio
occasion-anniversary = Anniversario
occasion-birthday = Compleanno
occasion-gift = Regalo
occasion-for-myself = Per sé

channel-email = Email
channel-phone = Telefonata
channel-message = SMS o app di messaggistica

reuse-stone = una pietra: { $text }
reuse-metal = metallo: { $text }
reuse-stone-and-metal = una pietra e del metallo: { $text }

budget-up-to = fino a { $max }
budget-exactly = { $max }
budget-range = { $min }–{ $max }
estimate-price-range = { $low }–{ $high }

resize-sizes = { $sizes ->
    [0] nessuna misura
    [0.5] mezza misura
    [one] { $sizes } misura
    [many] { $sizes } misure
   *[other] { $sizes } misure
}

## What changed

change-one = { $label }: { $from } → { $to }
change-more = { $first }; { $rest }

## Checks

check-unknown-metal = non offriamo il metallo «{ $id }»
check-unknown-stone = non offriamo la pietra «{ $id }»
check-unknown-cut = non offriamo il taglio «{ $id }»
check-unknown-setting = non offriamo l'incastonatura «{ $id }»
check-unknown-font = non offriamo il carattere d'incisione «{ $id }»
check-origin-natural = { $stone } non è disponibile come pietra naturale
check-origin-lab-grown = { $stone } non è disponibile in versione di laboratorio
check-profile-not-offered = il profilo { $profile } non è disponibile
check-finish-not-offered = la finitura { $finish } non è disponibile
check-range-carat = Il peso della pietra deve essere tra { $min } e { $max } ct; indicato: { $value }
check-range-band-width = La larghezza del gambo deve essere tra { $min } e { $max } mm; indicata: { $value }
check-range-band-thickness = Lo spessore del gambo deve essere tra { $min } e { $max } mm; indicato: { $value }
check-range-size = La misura dell'anello (circonferenza interna) deve essere tra { $min } e { $max } mm; indicata: { $value }
check-engraving-empty = l'incisione è vuota
check-engraving-too-long = l'incisione ha { $chars } caratteri; ne stanno al massimo { $max }
check-engraving-character = { $character } non si può incidere; usa lettere (anche accentate), cifre, spazi e { $marks }
check-engraving-character-no-marks = { $character } non si può incidere; usa lettere (anche accentate), cifre e spazi

char-quoted = «{ $char }»
char-line-break = un a capo ({ $code })
char-tab = una tabulazione ({ $code })
char-space = uno spazio speciale ({ $code })
char-accent = un accento digitato da solo ({ $code })
char-invisible = un carattere invisibile ({ $code })

## Warnings

warning-stone-heavy-for-width = Una pietra da { $carat } ct è pesante per un gambo di { $width } mm: può inclinarsi o piegare il gambo. I gioiellieri consigliano almeno { $min } mm.
warning-stone-heavy-for-thickness = Una pietra da { $carat } ct richiede un gambo più robusto di { $thickness } mm di spessore; 1,5 mm o più è più sicuro.
warning-thin-band = Un gambo spesso solo { $thickness } mm si consuma e si piega negli anni; 1,5 mm dura tutta la vita.
warning-not-resizable = Il modello «{ $setting }» non si potrà ridimensionare in seguito: la misura deve essere giusta al primo colpo.
warning-not-resizable-unsized = Il modello «{ $setting }» non si potrà ridimensionare in seguito: la misura deve essere giusta al primo colpo. Fatti misurare il dito con cura prima di iniziare.
warning-resize-limited = Il modello «{ $setting }» si potrà ridimensionare in seguito solo di circa { $sizes } prima che le piccole pietre si allentino.
warning-soft-stone = { $stone } ha una durezza di { $low }–{ $high } sulla scala di Mohs, inferiore a quella della polvere che incontra ogni giorno. { $care } Un castone chiuso o un'incastonatura bassa offrono protezione; c'è chi sceglie questa pietra per un anello da non portare ogni giorno.
warning-soft-stone-in-bezel = { $stone } ha una durezza di { $low }–{ $high } sulla scala di Mohs, inferiore a quella della polvere che incontra ogni giorno. { $care } Il castone chiuso che hai scelto offre una buona protezione.
warning-soft-metal-prongs = { $metal }: metallo troppo tenero per tenere le pietre nelle griffe ogni giorno; i gioiellieri usano oro bianco o platino per l'incastonatura, oppure un castone chiuso.
warning-size-not-given = Nessuna misura indicata per ora: il tuo gioielliere te la chiederà o può inviarti un misuratore per anelli.
warning-size-sizer = Ti invieremo un misuratore per anelli. I misuratori variano: misura a fine giornata, quando le dita sono più grandi.
warning-size-unknown = Senza misura realizzeremo una misura standard; ridimensionarlo in seguito può costare di più.
warning-wide-band = Un gambo largo { $width } mm calza più stretto di uno sottile; di solito i gioiellieri aumentano da un quarto a mezza misura.
warning-long-engraving = L'incisione richiede circa { $needed } mm, ma all'interno ne restano liberi circa { $available }; l'incisore potrebbe usare lettere più piccole.
warning-rush-deadline = { $days ->
    [one] { $days } giorno è poco: di solito i gioiellieri chiedono da tre a quattro mesi, e i lavori urgenti costano di più.
    [many] { $days } giorni sono pochi: di solito i gioiellieri chiedono da tre a quattro mesi, e i lavori urgenti costano di più.
   *[other] { $days } giorni sono pochi: di solito i gioiellieri chiedono da tre a quattro mesi, e i lavori urgenti costano di più.
}

## Field errors

field-required = campo obbligatorio
field-too-long = al massimo { $max } caratteri, per favore
field-single-line = a capo e caratteri di controllo non sono ammessi qui
field-control = i caratteri di controllo non sono ammessi
field-deceptive = i caratteri invisibili o che cambiano la direzione del testo (come gli spazi a larghezza zero o le inversioni destra-sinistra) non sono ammessi qui
field-invisible = serve almeno un carattere visibile
field-name-link = solo il tuo nome, per favore: niente indirizzi web o link
field-email = inserisci un indirizzo email come nome@esempio.it
field-phone = inserisci un numero di telefono da 6 a 15 cifre, ad es. +39 06 1234 5678
field-phone-needed = aggiungi un numero di telefono, oppure scegli l'email per essere contattato
field-currency = usa un codice valuta di tre lettere come EUR, CHF o USD
field-budget-max = inserisci un importo tra 1 e { $max }
field-budget-min = l'importo minimo non può superare il massimo
field-locale = usa un codice lingua come it, it-CH o en-GB
field-photos-count = al massimo { $max } foto, per favore
field-file-name = un nome file di al massimo { $max } caratteri, senza cartelle
field-photo-type = solo foto: JPEG, PNG o WebP
field-photo-size = ogni foto può pesare al massimo { $size }
field-photos-total = tutte le foto insieme possono pesare al massimo { $size }
field-version = questo server legge richieste della versione { $expected }, non { $got }
field-deadline-passed = la data è già passata
field-date-format = usa il formato AAAA-MM-GG, ad es. 2025-06-30
field-date-no-such-day = { $date } non è un giorno del calendario
field-date-year = l'anno deve essere tra il 2000 e il 2200
field-size-certainty = hai detto di conoscere la misura, ma il design non ne ha una; scegli una misura o «Non lo so»
field-origin-preference = questa preferenza contraddice l'origine della pietra nel design
field-own-materials = racconta in breve al gioielliere cosa porterai
field-consent = possiamo risponderti solo se accetti di essere contattato per questa richiesta

size-megabytes = { $mb } MB

## Typing a ring size

size-error-empty = inserisci una misura
size-error-too-long = «{ $text }» non è una misura di anello; è troppo lungo
size-error-us = «{ $text }» non è una misura US; prova 6, 6.25, 6¼ o 6 1/2
size-error-uk = «{ $text }» non è una misura UK; prova M, M½, M 1/2 o Z+1
size-error-eu = «{ $text }» non è una misura europea; inserisci la circonferenza in mm, ad es. 52 o 52,5
size-error-jp = «{ $text }» non è una misura giapponese; inserisci un numero intero, ad es. 11
size-error-diameter = «{ $text }» non è un diametro; inserisci i millimetri, ad es. 16,5
size-error-quarter = le misure US vanno per quarti, ad es. 6, 6¼, 6½ o 6¾
size-range-us = le misure US vanno da { $min } a { $max }
size-range-uk = le misure UK vanno da { $min } a { $max }
size-range-eu = le misure europee vanno da { $min } a { $max }
size-range-jp = le misure giapponesi vanno da { $min } a { $max }
size-range-diameter = il diametro interno va da { $min } mm a { $max } mm
size-range-circumference = la circonferenza va da { $min } mm a { $max } mm

## Opening a shared design link

share-error-empty = il link non contiene nessun design
share-error-too-long = il link è troppo lungo ({ $chars } caratteri)
share-error-not-base64 = il link è danneggiato (base64url non valido)
share-error-version = questo link viene da una versione più recente del configuratore (formato { $format })
share-error-truncated = il link è troncato (durante la lettura di «{ $what }»)
share-error-invalid = il link è danneggiato (valore non valido: { $what })
share-error-trailing = il link è danneggiato (dati inattesi alla fine)

## What a price range leaves out

estimate-excludes-accents = le pietre laterali (il gioielliere le quota una volta scelte le dimensioni)
estimate-excludes-centre-stone = la pietra centrale (la tua, o su consiglio del gioielliere)
estimate-missing-stone = { $stone } ({ $origin })
