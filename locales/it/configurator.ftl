# The visitor's configurator's panel: steps, pickers, summary, saved designs, share, comparison.

## The steps

cfg-step-metal = Metallo
cfg-step-stone = Pietra
cfg-step-cut = Taglio e carati
cfg-step-setting = Incastonatura
cfg-step-band = Gambo
cfg-step-size = Misura
cfg-step-engraving = Incisione
cfg-step-brief = La tua richiesta
cfg-steps = Passaggi
cfg-step-count = Passaggio { $n } di { $total }
cfg-back = Indietro
cfg-next = Avanti: { $step }

## The summary and its facts

cfg-summary-title = Il tuo anello finora
cfg-summary-title-revise = Il progetto finora
cfg-fact-metal = { $state ->
    [assumed] Metallo: circa { $grams } g di { $metal } (ipotizzato finché il tuo gioielliere non ti consiglia)
    [unsized] Metallo: circa { $grams } g di { $metal }, a una misura standard finché non indichi la tua
    [both] Metallo: circa { $grams } g di { $metal } (ipotizzato finché il tuo gioielliere non ti consiglia), a una misura standard finché non indichi la tua
   *[plain] Metallo: circa { $grams } g di { $metal }
}
cfg-fact-stone = Pietra centrale: circa { $length } × { $width } mm, profonda { $depth } mm
cfg-fact-price = Prezzo indicativo: { $low }–{ $high } { $currency } (prezzi del { $date }); conta il preventivo del tuo gioielliere
cfg-fact-price-excluding = Prezzo indicativo: { $low }–{ $high } { $currency } (prezzi del { $date }, escluso { $excluded }); conta il preventivo del tuo gioielliere
cfg-fact-price-missing = Prezzo: il tuo gioielliere ti indicherà di persona il prezzo di { $what }

## Every question's "not sure" answer

cfg-advise = Non so — chiedo al mio gioielliere
cfg-advise-detail = Decidiamo insieme

## Metal

cfg-metal-legend = Metallo
cfg-metal-fineness = Titolo { $fineness }‰

## Stone

cfg-stone-legend = Pietra centrale
cfg-stone-own = Un gioiello di famiglia o una pietra che hai già
cfg-stone-hardness = Durezza { $hardness }
cfg-stone-hardness-range = Durezza { $low }–{ $high }
cfg-stone-lab-only = { $hardness } · solo creata in laboratorio
cfg-stone-natural-only = { $hardness } · solo naturale
cfg-stone-own-hint = Il tuo gioielliere guarderà prima la tua pietra: dimensioni, stato e durezza decidono come incastonarla.
cfg-origin-legend = Naturale o creata in laboratorio?
cfg-origin-natural-detail = Estratta dalla terra
cfg-origin-lab-detail = La stessa pietra, creata dall’uomo
cfg-origin-overridden = { $wanted ->
    [natural] { $stone } esiste solo creata in laboratorio, quindi ora l’origine è «creata in laboratorio». Scegli un’altra pietra per tornare a «naturale».
   *[lab] { $stone } esiste solo naturale, quindi ora l’origine è «naturale». Scegli un’altra pietra per tornare a «creata in laboratorio».
}

## Cut and carat

cfg-cut-no-stone = L’incastonatura che hai scelto non ha una pietra centrale: taglio e carati contano solo se la cambi.
cfg-cut-legend = Taglio
cfg-carat-legend = Dimensione
cfg-carat-label = Peso in carati
cfg-carat-suggest = il tuo gioielliere ti suggerirà una dimensione
cfg-carat = { $carat } ct
cfg-carat-round = { $carat } ct · { $mm } mm di diametro
cfg-carat-long = { $carat } ct · { $length } × { $width } mm

## Setting

cfg-setting-legend = Incastonatura
cfg-setting-no-resize = Non si può ridimensionare
cfg-setting-resize = { $halves ->
    [1] Si può ridimensionare di circa mezza misura
    [2] Si può ridimensionare di circa 1 misura
    [3] Si può ridimensionare di circa 1½ misure
    [5] Si può ridimensionare di circa 2½ misure
    [7] Si può ridimensionare di circa 3½ misure
   *[other] Si può ridimensionare di circa { $sizes } misure
}

## Band

cfg-profile-legend = Profilo (la sezione del gambo)
cfg-band-size-legend = Larghezza e spessore
cfg-band-width = Larghezza
cfg-band-thickness = Spessore
cfg-mm = { $mm } mm
cfg-band-suggest = il tuo gioielliere ti farà una proposta
cfg-finish-legend = Finitura

## Ring size

cfg-size-legend = Come conosci la tua misura?
cfg-size-known = Conosco la mia misura
cfg-size-known-detail = US, UK, EU o Giappone
cfg-size-ring = Misuro un anello che mi sta bene
cfg-size-ring-detail = Diametro interno in mm
cfg-size-finger = Misuro il mio dito
cfg-size-finger-detail = Tutto intorno, in mm
cfg-size-unknown = Non conosco la mia misura
cfg-size-unknown-detail = Il tuo gioielliere può mandarti un misuratore
cfg-size-pick-one = Scegli uno dei modi qui sopra. Finché non lo fai, non si presume nulla.
cfg-size-system = Sistema di misura
cfg-size-text = La tua misura
cfg-size-text-hint = Per esempio 6½ (US), M (UK), 52 (EU) o 12 (Giappone).
cfg-size-ring-label = Diametro interno dell’anello, in mm
cfg-size-ring-hint = Appoggia un righello all’interno di un anello che sta bene allo stesso dito, da bordo a bordo.
cfg-size-finger-label = Circonferenza del dito, in mm
cfg-size-finger-hint = Avvolgi una striscia di carta alla base del dito, segna dove si incontra e misurala distesa. Misura a fine giornata, quando le dita sono più gonfie.
cfg-size-send-sizer = Mandatemi un misuratore per anelli
cfg-size-sizer-hint = È normalissimo. Un misuratore è una serie di anelli di plastica o metallo da provare a casa; il tuo gioielliere adatta l’anello in base a quello.
cfg-size-check = Controlla: { $problem }.
cfg-size-conversions = Corrisponde a US { $us } · UK { $uk } · EU { $eu } · Giappone { $jp } — { $mm } mm di diametro interno.

## Engraving

cfg-engraving-label = Testo all’interno del gambo (facoltativo)
cfg-engraving-count = { $count } / { $max }
cfg-engraving-hint = Fino a { $max } caratteri: lettere (anche accentate), cifre, spazi e { $punctuation }
cfg-lettering-legend = Carattere
cfg-font-sample = Ab

## Notes on a step

cfg-note-fix = Da correggere: { $problem }.

## The ring viewer

## Share

cfg-share-title = Condividi o conserva questo modello
cfg-share-link = Link a questo modello
cfg-share-copy = Copia link
cfg-share-copied = Link copiato. Chi lo ha vede esattamente questo anello.
cfg-share-copy-failed = Il tuo browser non ci ha permesso di copiare; il link è selezionato, copialo tu.
cfg-share-draft = Salvato come bozza in questo browser mentre procedi.

## My designs

cfg-saved-title = I miei modelli
cfg-saved-name-label = Nome di questo modello
cfg-saved-name-placeholder = Dai un nome a questo modello
cfg-saved-save = Salva
cfg-saved-default-name = Modello { $n }
cfg-saved-saved = «{ $name }» salvato in questo browser.
cfg-saved-refused = Questo browser non ci permette di salvare (navigazione privata o memoria piena); copia invece il link.
cfg-saved-opened = «{ $name }» aperto.
cfg-saved-deleted = «{ $name }» eliminato.
cfg-saved-compare = { $name } — confronta
cfg-saved-open = Apri
cfg-saved-open-named = Apri { $name }
cfg-saved-delete = Elimina
cfg-saved-delete-named = Elimina { $name }
cfg-saved-tick-two = Selezionane due per confrontarli fianco a fianco.

## Comparing two designs

cfg-compare-label = Confronto
cfg-compare-caption = Due modelli salvati fianco a fianco
cfg-compare-preview = Anteprima
cfg-compare-ring = Anello
cfg-compare-metal = Metallo
cfg-compare-stone = Pietra centrale
cfg-compare-notes = Note del gioielliere
cfg-compare-weight = circa { $grams } g
cfg-compare-stone-size = { $length } × { $width } mm
cfg-compare-no-stone = —
cfg-compare-no-notes = Nessuna
cfg-compare-picture = { $name }: { $summary }
