# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

## Shared

core-as-written = { $text }

## Catalog

metal-18k-yellow = 18 Karat Gelbgold
metal-14k-yellow = 14 Karat Gelbgold
metal-9k-yellow = 9 Karat Gelbgold
metal-18k-white = 18 Karat Weißgold
metal-14k-white = 14 Karat Weißgold
metal-9k-white = 9 Karat Weißgold
metal-18k-rose = 18 Karat Roségold
metal-14k-rose = 14 Karat Roségold
metal-9k-rose = 9 Karat Roségold
metal-pt950 = Platin 950
metal-pd950 = Palladium 950
metal-ag925 = Sterlingsilber 925

stone-diamond = Diamant
stone-moissanite = Moissanit
stone-sapphire-blue = Blauer Saphir
stone-sapphire-pink = Rosa Saphir
stone-sapphire-yellow = Gelber Saphir
stone-sapphire-padparadscha = Padparadscha-Saphir
stone-ruby = Rubin
stone-emerald = Smaragd
stone-aquamarine = Aquamarin
stone-morganite = Morganit
stone-own-stone = Ich bringe meinen eigenen Stein mit

stone-care-diamond = Der härteste Edelstein; an der Rundiste kann er bei einem harten Stoß dennoch absplittern.
stone-care-moissanite = Mehr Feuer als ein Diamant und fast so hart; stets im Labor gezüchtet.
stone-care-sapphire-blue = Sehr widerstandsfähig; ein Klassiker für jeden Tag.
stone-care-sapphire-pink = Sehr widerstandsfähig; ein Klassiker für jeden Tag.
stone-care-sapphire-yellow = Sehr widerstandsfähig; ein Klassiker für jeden Tag.
stone-care-sapphire-padparadscha = Ein seltener rosa-orangefarbener Saphir; natürliche Steine sind rar und entsprechend kostbar.
stone-care-ruby = Sehr widerstandsfähig; ein Klassiker für jeden Tag.
stone-care-emerald = Fast immer mit Einschlüssen und oft geölt: Stöße, Hitze und Ultraschallreiniger vermeiden.
stone-care-aquamarine = Verkratzt über Jahre des täglichen Tragens; eine Zargenfassung schützt ihn.
stone-care-morganite = Weicher als Saphir: verkratzt und wird beim täglichen Tragen matt; planen Sie gelegentliches Nachpolieren ein.
stone-care-own-stone = Der Goldschmied prüft Ihren Stein vor dem Angebot: Größe, Zustand und Härte bestimmen die Fassung.

cut-round = Brillantschliff
cut-oval = Oval
cut-cushion = Cushion
cut-princess = Princess
cut-emerald = Smaragdschliff
cut-asscher = Asscher
cut-radiant = Radiant
cut-pear = Tropfen
cut-marquise = Marquise
cut-heart = Herz

setting-four-prong = Solitär mit vier Krappen
setting-six-prong = Solitär mit sechs Krappen
setting-bezel = Zargenfassung
setting-halo = Halo
setting-pave-shoulders = Pavé-Schultern
setting-three-stone = Drei Steine
setting-full-eternity = Memoire rundum
setting-plain-band = Schlichter Ring (ohne Stein)

font-script = Schreibschrift
font-serif = Antiqua
font-sans = Blockschrift

origin-natural = Natürlich
origin-lab-grown = Im Labor gezüchtet

finish-polished = Poliert
finish-satin = Satiniert
finish-hammered = Gehämmert

band-court = Komfortprofil (innen gewölbt)
band-d-shape = D-Profil
band-flat = Flach
band-knife-edge = Messerkante

## The summary

summary-parts = { $first }, { $rest }
summary-metal-advise = Metall: Empfehlung Ihres Goldschmieds
summary-own-stone = der eigene Stein der Kundin oder des Kunden
summary-stone-advise = Stein (Empfehlung Ihres Goldschmieds)
summary-stone-with-origin = { $origin } { $stone }
summary-stone-with-cut = { $stone } { $cut }
summary-stone-with-carat = { $carat } ct { $stone }
summary-stone-round-size = { $stone } ({ $width } mm)
summary-stone-size = { $stone } ({ $length } × { $width } mm)
summary-stone-open = { $stone }, { $open }: Empfehlung Ihres Goldschmieds
summary-open-cut = Schliff
summary-open-weight = Gewicht
summary-open-origin = natürlich oder im Labor gezüchtet

summary-stone-diamond = Diamant
summary-stone-moissanite = Moissanit
summary-stone-sapphire-blue = blauer Saphir
summary-stone-sapphire-pink = rosa Saphir
summary-stone-sapphire-yellow = gelber Saphir
summary-stone-sapphire-padparadscha = Padparadscha-Saphir
summary-stone-ruby = Rubin
summary-stone-emerald = Smaragd
summary-stone-aquamarine = Aquamarin
summary-stone-morganite = Morganit
summary-stone-own-stone = eigener Stein

summary-cut-round = im Brillantschliff
summary-cut-oval = im Ovalschliff
summary-cut-cushion = im Cushionschliff
summary-cut-princess = im Princessschliff
summary-cut-emerald = im Smaragdschliff
summary-cut-asscher = im Asscherschliff
summary-cut-radiant = im Radiantschliff
summary-cut-pear = im Tropfenschliff
summary-cut-marquise = im Marquiseschliff
summary-cut-heart = im Herzschliff

summary-origin-natural = natürlicher
summary-origin-lab-grown = im Labor gezüchteter

summary-setting-four-prong = Solitär mit vier Krappen
summary-setting-six-prong = Solitär mit sechs Krappen
summary-setting-bezel = Zargenfassung
summary-setting-halo = Halo-Fassung
summary-setting-pave-shoulders = Pavé-Schultern
summary-setting-three-stone = Drei-Steine-Fassung
summary-setting-full-eternity = Memoire rundum
summary-setting-plain-band = schlichter Ring (ohne Stein)
summary-setting-advise = Fassung: Empfehlung Ihres Goldschmieds

summary-band-court = Ringschiene im Komfortprofil
summary-band-d-shape = Ringschiene im D-Profil
summary-band-flat = flache Ringschiene
summary-band-knife-edge = Ringschiene mit Messerkante
summary-band-advise = Ringschiene (Profil: Empfehlung Ihres Goldschmieds)
summary-band-sized = { $band }, { $width } mm breit und { $thickness } mm stark
summary-band-width-only = { $band }, { $width } mm breit, Stärke: Empfehlung Ihres Goldschmieds
summary-band-thickness-only = { $band }, { $thickness } mm stark, Breite: Empfehlung Ihres Goldschmieds
summary-band-open = { $band }, Breite und Stärke: Empfehlung Ihres Goldschmieds

summary-finish-polished = poliert
summary-finish-satin = satiniert
summary-finish-hammered = gehämmert
summary-finish-advise = Oberfläche: Empfehlung Ihres Goldschmieds

summary-size-not-given = Größe nicht angegeben
summary-size-us = US-Größe { $size }
summary-size-uk = UK-Größe { $size }
summary-size-eu = Größe { $size }
summary-size-jp = japanische Größe { $size }
summary-size-diameter = Innendurchmesser { $size }
summary-size-sizer = Größe unbekannt (bitte ein Ringmaß zusenden)
summary-size-unknown = Größe unbekannt

summary-engraving-to-fix = Gravur noch zu korrigieren
summary-engraved = Gravur „{ $text }“

## Ring sizes

size-system-us = USA / Kanada
size-system-uk = UK / Australien
size-system-eu = EU / ISO (Umfang, mm)
size-system-jp = Japan
size-system-diameter = Innendurchmesser (mm)
size-short-us = US
size-short-uk = UK
size-short-eu = EU
size-short-jp = JP
size-short-diameter = Durchmesser
size-mm = { $mm } mm

## Workflow

status-new = Neu
status-in-conversation = Im Gespräch
status-quoted = Angebot gesendet
status-won = Auftrag erhalten
status-lost = Nicht zustande gekommen
status-archived = Archiviert
status-spam = Spam

progress-received = Eingegangen
progress-talking = Im Gespräch
progress-design-proposed = Entwurf vorgeschlagen
progress-quoted = Angebot erhalten
progress-being-made = In Arbeit
progress-ready = Fertig

stage-sketch = Skizze
stage-cad = CAD-Modell
stage-wax = Wachsmodell oder Druck
stage-casting = Guss
stage-setting = Steine fassen
stage-polishing = Politur
stage-ready = Fertig

meeting-in-shop = Im Geschäft
meeting-video = Videotermin
meeting-phone = Telefonat

## The specification

spec-metal = Metall
spec-centre-stone = Mittelstein
spec-origin = Herkunft
spec-cut = Schliff
spec-carat-weight = Karatgewicht
spec-stone-size = Steingröße
spec-setting = Fassung
spec-band-profile = Schienenprofil
spec-band-width = Schienenbreite
spec-band-thickness = Schienenstärke
spec-finish = Oberfläche
spec-ring-size = Ringgröße
spec-size-certainty = Sicherheit der Größe
spec-engraving = Gravur
spec-metal-weight = Metallgewicht
spec-other-alloys = In anderen Legierungen
spec-stone-preference = Steinwunsch
spec-brings-to-reuse = Bringt zur Wiederverwendung mit

spec-advise = Bitte beraten
spec-none = Keine
spec-carat = { $carat } ct
spec-stone-mm = { $length } × { $width } mm, { $depth } mm tief
spec-profile-assumed = Bitte beraten (Komfortprofil angenommen)
spec-mm = { $mm } mm
spec-mm-assumed = Bitte beraten ({ $mm } mm angenommen)
spec-size-not-given = Nicht angegeben
spec-size = { $system } { $size } · Innendurchmesser { $diameter } mm · Umfang { $circumference } mm
spec-size-sizer = Unbekannt: Ringmaß zusenden
spec-size-unknown = Unbekannt
spec-font-advise = Schrift: bitte beraten
spec-engraving-text = „{ $text }“ ({ $font })
spec-weight = etwa { $grams } g { $metal } (Schiene { $band } mm³, Kopf und Fassung { $head } mm³)
spec-weight-metal-assumed = etwa { $grams } g { $metal } (Metall angenommen) (Schiene { $band } mm³, Kopf und Fassung { $head } mm³)
spec-weight-size-assumed = etwa { $grams } g { $metal } (Größe angenommen) (Schiene { $band } mm³, Kopf und Fassung { $head } mm³)
spec-weight-metal-size-assumed = etwa { $grams } g { $metal } (Metall und Größe angenommen) (Schiene { $band } mm³, Kopf und Fassung { $head } mm³)
spec-alloy = { $metal } { $grams } g
spec-alloys = { $first } · { $rest }

certainty-measured = beim Goldschmied gemessen
certainty-estimated = zu Hause ermittelt
certainty-unknown = noch nicht sicher

size-answer-not-given = Noch keine Größe angegeben. Sie können sie im Schritt „Ringgröße“ ergänzen oder die Anfrage ohne sie senden: Der Goldschmied fragt danach.
size-answer-sizer = Sie haben „Ich kenne meine Größe nicht“ gewählt und um ein Ringmaß gebeten: Der Goldschmied schickt Ihnen eines.
size-answer-unknown = Sie haben „Ich kenne meine Größe nicht“ gewählt: Der Goldschmied hilft Ihnen, sie zu finden.

preference-natural = Nur natürlich
preference-lab-grown = Nur im Labor gezüchtet
preference-either = Natürlich oder im Labor gezüchtet
preference-undecided = Unentschieden: wünscht Beratung

occasion-engagement = Verlobung
occasion-wedding = Hochzeit
occasion-anniversary = Jahrestag
occasion-birthday = Geburtstag
occasion-gift = Geschenk
occasion-for-myself = Für sich selbst

channel-email = E-Mail
channel-phone = Anruf
channel-message = SMS oder Messenger

reuse-stone = einen Stein: { $text }
reuse-metal = Metall: { $text }
reuse-stone-and-metal = einen Stein und Metall: { $text }

budget-up-to = bis { $max }
budget-exactly = { $max }
budget-range = { $min } bis { $max }
estimate-price-range = { $low } bis { $high }

resize-sizes = { $sizes ->
    [0] keine Größe
    [0.5] eine halbe Größe
    [one] { $sizes } Größe
   *[other] { $sizes } Größen
}

## What changed

change-one = { $label }: { $from } → { $to }
change-more = { $first }; { $rest }

## Checks

check-unknown-metal = Das Metall „{ $id }“ bieten wir nicht an
check-unknown-stone = Den Stein „{ $id }“ bieten wir nicht an
check-unknown-cut = Den Schliff „{ $id }“ bieten wir nicht an
check-unknown-setting = Die Fassung „{ $id }“ bieten wir nicht an
check-unknown-font = Die Gravurschrift „{ $id }“ bieten wir nicht an
check-origin-natural = { $stone } ist nicht als natürlicher Stein erhältlich
check-origin-lab-grown = { $stone } ist nicht im Labor gezüchtet erhältlich
check-profile-not-offered = Das Profil „{ $profile }“ wird nicht angeboten
check-finish-not-offered = Die Oberfläche „{ $finish }“ wird nicht angeboten
check-range-carat = Das Gewicht des Steins muss zwischen { $min } und { $max } ct liegen; angegeben: { $value }
check-range-band-width = Die Breite der Ringschiene muss zwischen { $min } und { $max } mm liegen; angegeben: { $value }
check-range-band-thickness = Die Stärke der Ringschiene muss zwischen { $min } und { $max } mm liegen; angegeben: { $value }
check-range-size = Die Ringgröße (Innenumfang) muss zwischen { $min } und { $max } mm liegen; angegeben: { $value }
check-engraving-empty = Die Gravur ist leer
check-engraving-too-long = Die Gravur hat { $chars } Zeichen; höchstens { $max } passen
check-engraving-character = { $character } lässt sich nicht gravieren; möglich sind Buchstaben (auch mit Akzent), Ziffern, Leerzeichen und { $marks }
check-engraving-character-no-marks = { $character } lässt sich nicht gravieren; möglich sind Buchstaben (auch mit Akzent), Ziffern und Leerzeichen

char-quoted = „{ $char }“
char-line-break = Ein Zeilenumbruch ({ $code })
char-tab = Ein Tabulator ({ $code })
char-space = Ein besonderes Leerzeichen ({ $code })
char-accent = Ein einzeln getippter Akzent ({ $code })
char-invisible = Ein unsichtbares Zeichen ({ $code })

## Warnings

warning-stone-heavy-for-width = Ein Stein mit { $carat } ct ist schwer für eine { $width } mm breite Schiene: Er kann kippen oder die Schiene verbiegen. Goldschmiede empfehlen mindestens { $min } mm.
warning-stone-heavy-for-thickness = Ein Stein mit { $carat } ct braucht eine kräftigere Schiene als { $thickness } mm Stärke; 1,5 mm oder mehr sind sicherer.
warning-thin-band = Eine nur { $thickness } mm starke Schiene nutzt sich mit den Jahren ab und verbiegt sich; 1,5 mm halten ein Leben lang.
warning-not-resizable = Das Modell „{ $setting }“ lässt sich später nicht in der Größe ändern: Die Größe muss auf Anhieb stimmen.
warning-not-resizable-unsized = Das Modell „{ $setting }“ lässt sich später nicht in der Größe ändern: Die Größe muss auf Anhieb stimmen. Bitte lassen Sie Ihren Finger vor Beginn genau vermessen.
warning-resize-limited = Das Modell „{ $setting }“ lässt sich später nur um etwa { $sizes } ändern, bevor sich die kleinen Steine lockern.
warning-soft-stone = { $stone } hat eine Mohshärte von { $low }–{ $high } und ist damit weicher als der Staub, dem er täglich begegnet. { $care } Eine Zargenfassung oder eine niedrige Fassung schützt ihn; manche wählen ihn für einen Ring, der nicht täglich getragen wird.
warning-soft-stone-in-bezel = { $stone } hat eine Mohshärte von { $low }–{ $high } und ist damit weicher als der Staub, dem er täglich begegnet. { $care } Die gewählte Zargenfassung schützt ihn gut.
warning-soft-metal-prongs = { $metal } ist zu weich, um Steine im Alltag sicher in Krappen zu halten; Goldschmiede nehmen für die Fassung Weißgold oder Platin oder wählen eine Zargenfassung.
warning-size-not-given = Noch keine Ringgröße angegeben: Ihr Goldschmied fragt danach oder schickt Ihnen ein Ringmaß.
warning-size-sizer = Wir schicken Ihnen ein Ringmaß. Ringmaße fallen unterschiedlich aus; messen Sie am besten abends, wenn die Finger am dicksten sind.
warning-size-unknown = Ohne Größe fertigen wir eine Standardgröße; eine spätere Änderung kann zusätzlich kosten.
warning-wide-band = Eine { $width } mm breite Schiene sitzt enger als eine schmale; Goldschmiede wählen meist eine Viertel- bis halbe Größe mehr.
warning-long-engraving = Die Gravur braucht etwa { $needed } mm, innen sind aber nur etwa { $available } mm frei; der Graveur nimmt eventuell kleinere Buchstaben.
warning-rush-deadline = { $days ->
    [one] { $days } Tag ist knapp: Goldschmiede rechnen meist mit drei bis vier Monaten, und Eilaufträge kosten mehr.
   *[other] { $days } Tage sind knapp: Goldschmiede rechnen meist mit drei bis vier Monaten, und Eilaufträge kosten mehr.
}

## Field errors

field-required = Bitte ausfüllen
field-too-long = Bitte höchstens { $max } Zeichen
field-single-line = Zeilenumbrüche und Steuerzeichen sind hier nicht erlaubt
field-control = Steuerzeichen sind nicht erlaubt
field-deceptive = Unsichtbare oder richtungsändernde Zeichen (etwa Leerzeichen ohne Breite oder Rechts-nach-links-Steuerzeichen) sind hier nicht erlaubt
field-invisible = Hier muss mindestens ein sichtbares Zeichen stehen
field-name-link = Bitte nur Ihren Namen: keine Webadressen oder Links
field-email = Bitte eine E-Mail-Adresse wie name@example.com eingeben
field-phone = Bitte eine Telefonnummer mit 6 bis 15 Ziffern eingeben, z. B. +49 30 123456
field-phone-needed = Bitte eine Telefonnummer angeben oder E-Mail als Kontaktweg wählen
field-currency = Bitte einen dreistelligen Währungscode wie EUR, CHF oder USD verwenden
field-budget-max = Bitte einen Betrag zwischen 1 und { $max } eingeben
field-budget-min = Der untere Betrag darf den oberen nicht übersteigen
field-locale = Bitte ein Sprachkürzel wie de, de-AT oder de-CH verwenden
field-photos-count = Bitte höchstens { $max } Fotos
field-file-name = Ein Dateiname mit höchstens { $max } Zeichen, ohne Ordner
field-photo-type = Nur Fotos: JPEG, PNG oder WebP
field-photo-size = Jedes Foto darf höchstens { $size } groß sein
field-photos-total = Alle Fotos zusammen dürfen höchstens { $size } groß sein
field-version = Dieser Server liest Anfragen der Version { $expected }, nicht { $got }
field-deadline-passed = Der Termin liegt bereits in der Vergangenheit
field-date-format = Bitte im Format JJJJ-MM-TT angeben, z. B. 2025-06-30
field-date-no-such-day = { $date } ist kein Tag im Kalender
field-date-year = Das Jahr muss zwischen 2000 und 2200 liegen
field-size-certainty = Sie haben angegeben, Ihre Größe zu kennen, aber der Entwurf hat keine; wählen Sie eine Größe oder „Ich weiß es nicht“
field-origin-preference = Dieser Wunsch widerspricht der Herkunft des Steins im Entwurf
field-own-materials = Erzählen Sie dem Goldschmied kurz, was Sie mitbringen
field-consent = Wir können nur antworten, wenn Sie einer Kontaktaufnahme zu dieser Anfrage zustimmen

size-megabytes = { $mb } MB

## Typing a ring size

size-error-empty = Bitte eine Größe eingeben
size-error-too-long = „{ $text }“ ist keine Ringgröße; die Eingabe ist zu lang
size-error-us = „{ $text }“ ist keine US-Größe; versuchen Sie 6, 6.25, 6¼ oder 6 1/2
size-error-uk = „{ $text }“ ist keine UK-Größe; versuchen Sie M, M½, M 1/2 oder Z+1
size-error-eu = „{ $text }“ ist keine EU-Größe; geben Sie den Umfang in mm ein, z. B. 52 oder 52,5
size-error-jp = „{ $text }“ ist keine japanische Größe; geben Sie eine ganze Zahl ein, z. B. 11
size-error-diameter = „{ $text }“ ist kein Durchmesser; geben Sie Millimeter ein, z. B. 16,5
size-error-quarter = US-Größen gibt es in Vierteln, z. B. 6, 6¼, 6½ oder 6¾
size-range-us = US-Größen reichen von { $min } bis { $max }
size-range-uk = UK-Größen reichen von { $min } bis { $max }
size-range-eu = EU-Größen reichen von { $min } bis { $max }
size-range-jp = Japanische Größen reichen von { $min } bis { $max }
size-range-diameter = Der Innendurchmesser reicht von { $min } mm bis { $max } mm
size-range-circumference = Der Umfang reicht von { $min } mm bis { $max } mm

## Opening a shared design link

share-error-empty = Der Link enthält keinen Entwurf
share-error-too-long = Der Link ist zu lang ({ $chars } Zeichen)
share-error-not-base64 = Der Link ist beschädigt (kein gültiges base64url)
share-error-version = Dieser Link stammt aus einer neueren Version des Konfigurators (Format { $format })
share-error-truncated = Der Link ist abgeschnitten (beim Lesen von „{ $what }“)
share-error-invalid = Der Link ist beschädigt (ungültig: { $what })
share-error-trailing = Der Link ist beschädigt (unerwartete Daten am Ende)

## What a price range leaves out

estimate-excludes-accents = Besatzsteine (der Goldschmied kalkuliert sie, sobald die Größen feststehen)
estimate-excludes-centre-stone = der Mittelstein (Ihr eigener oder nach Beratung)
estimate-missing-stone = { $stone } ({ $origin })
