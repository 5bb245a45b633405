# The visitor's configurator's panel: steps, pickers, summary, saved designs, share, comparison.

## The steps

cfg-step-metal = Metall
cfg-step-stone = Stein
cfg-step-cut = Schliff & Größe
cfg-step-setting = Fassung
cfg-step-band = Ringschiene
cfg-step-size = Ringgröße
cfg-step-engraving = Gravur
cfg-step-brief = Ihre Anfrage
cfg-steps = Schritte
cfg-step-count = Schritt { $n } von { $total }
cfg-back = Zurück
cfg-next = Weiter: { $step }

## The summary and its facts

cfg-summary-title = Ihr Ring bisher
cfg-summary-title-revise = Der Entwurf bisher
cfg-fact-metal = { $state ->
    [assumed] Metall: etwa { $grams } g { $metal } (angenommen, bis Ihr Goldschmied Sie berät)
    [unsized] Metall: etwa { $grams } g { $metal }, bei einer Standardgröße, bis Sie Ihre angeben
    [both] Metall: etwa { $grams } g { $metal } (angenommen, bis Ihr Goldschmied Sie berät), bei einer Standardgröße, bis Sie Ihre angeben
   *[plain] Metall: etwa { $grams } g { $metal }
}
cfg-fact-stone = Hauptstein: etwa { $length } × { $width } mm, { $depth } mm tief
cfg-fact-price = Grober Preis: { $low }–{ $high } { $currency } (Preise vom { $date }); maßgeblich ist das Angebot Ihres Goldschmieds
cfg-fact-price-excluding = Grober Preis: { $low }–{ $high } { $currency } (Preise vom { $date }, ohne { $excluded }); maßgeblich ist das Angebot Ihres Goldschmieds
cfg-fact-price-missing = Preis: Ihr Goldschmied nennt Ihnen den Preis für { $what } persönlich

## Every question's "not sure" answer

cfg-advise = Unsicher – mein Goldschmied soll beraten
cfg-advise-detail = Gemeinsam entscheiden

## Metal

cfg-metal-legend = Metall
cfg-metal-fineness = { $fineness }‰ Feingehalt

## Stone

cfg-stone-legend = Hauptstein
cfg-stone-own = Ein Erbstück oder ein eigener Stein
cfg-stone-hardness = Härte { $hardness }
cfg-stone-hardness-range = Härte { $low }–{ $high }
cfg-stone-lab-only = { $hardness } · nur im Labor gezüchtet
cfg-stone-natural-only = { $hardness } · nur natürlich
cfg-stone-own-hint = Ihr Goldschmied sieht sich Ihren Stein zuerst an: Größe, Zustand und Härte entscheiden, wie er gefasst werden kann.
cfg-origin-legend = Natürlich oder im Labor gezüchtet?
cfg-origin-natural-detail = Aus der Erde gewonnen
cfg-origin-lab-detail = Derselbe Stein, von Menschen gezüchtet
cfg-origin-overridden = { $wanted ->
    [natural] { $stone } gibt es nur im Labor gezüchtet, daher ist die Herkunft jetzt „im Labor gezüchtet“. Wählen Sie einen anderen Stein, um zu „natürlich“ zurückzukehren.
   *[lab] { $stone } gibt es nur natürlich, daher ist die Herkunft jetzt „natürlich“. Wählen Sie einen anderen Stein, um zu „im Labor gezüchtet“ zurückzukehren.
}

## Cut and carat

cfg-cut-no-stone = Die gewählte Fassung hat keinen Hauptstein; Schliff und Größe zählen erst, wenn Sie sie ändern.
cfg-cut-legend = Schliff
cfg-carat-legend = Größe
cfg-carat-label = Karatgewicht
cfg-carat-suggest = Ihr Goldschmied schlägt eine Größe vor
cfg-carat = { $carat } ct
cfg-carat-round = { $carat } ct · { $mm } mm Durchmesser
cfg-carat-long = { $carat } ct · { $length } × { $width } mm

## Setting

cfg-setting-legend = Fassung
cfg-setting-no-resize = Größe nicht änderbar
cfg-setting-resize = { $halves ->
    [1] Um etwa eine halbe Größe änderbar
    [2] Um etwa 1 Größe änderbar
    [3] Um etwa 1½ Größen änderbar
    [5] Um etwa 2½ Größen änderbar
    [7] Um etwa 3½ Größen änderbar
   *[other] Um etwa { $sizes } Größen änderbar
}

## Band

cfg-profile-legend = Profil (Querschnitt der Ringschiene)
cfg-band-size-legend = Breite und Stärke
cfg-band-width = Breite
cfg-band-thickness = Stärke
cfg-mm = { $mm } mm
cfg-band-suggest = Ihr Goldschmied macht einen Vorschlag
cfg-finish-legend = Oberfläche

## Ring size

cfg-size-legend = Woher kennen Sie Ihre Größe?
cfg-size-known = Ich kenne meine Größe
cfg-size-known-detail = US, UK, EU oder Japan
cfg-size-ring = Einen passenden Ring messen
cfg-size-ring-detail = Innendurchmesser in mm
cfg-size-finger = Meinen Finger messen
cfg-size-finger-detail = Einmal rundherum, in mm
cfg-size-unknown = Ich kenne meine Größe nicht
cfg-size-unknown-detail = Ihr Goldschmied kann Ihnen einen Ringmaßstab schicken
cfg-size-pick-one = Wählen Sie einen der Wege oben. Bis dahin wird nichts angenommen.
cfg-size-system = Größensystem
cfg-size-text = Ihre Größe
cfg-size-text-hint = Zum Beispiel 6½ (US), M (UK), 52 (EU) oder 12 (Japan).
cfg-size-ring-label = Innendurchmesser des Rings, in mm
cfg-size-ring-hint = Legen Sie ein Lineal innen über einen Ring, der am selben Finger passt, von Kante zu Kante.
cfg-size-finger-label = Fingerumfang, in mm
cfg-size-finger-hint = Legen Sie einen Papierstreifen um den Fingeransatz, markieren Sie, wo er sich trifft, und messen Sie ihn flach. Messen Sie am Abend, wenn die Finger am dicksten sind.
cfg-size-send-sizer = Bitte schicken Sie mir einen Ringmaßstab
cfg-size-sizer-hint = Das ist ganz üblich. Ein Ringmaßstab ist ein Satz Probierringe aus Kunststoff oder Metall für zu Hause; Ihr Goldschmied passt den Ring daran an.
cfg-size-check = Bitte prüfen: { $problem }.
cfg-size-conversions = Das entspricht US { $us } · UK { $uk } · EU { $eu } · Japan { $jp } – { $mm } mm Innendurchmesser.

## Engraving

cfg-engraving-label = Text innen im Ring (optional)
cfg-engraving-count = { $count } / { $max }
cfg-engraving-hint = Bis zu { $max } Zeichen: Buchstaben (auch mit Akzent), Ziffern, Leerzeichen und { $punctuation }
cfg-lettering-legend = Schrift
cfg-font-sample = Ab

## Notes on a step

cfg-note-fix = Bitte korrigieren: { $problem }.

## The ring viewer

## Share

cfg-share-title = Diesen Entwurf teilen oder behalten
cfg-share-link = Link zu diesem Entwurf
cfg-share-copy = Link kopieren
cfg-share-copied = Link kopiert. Wer ihn hat, sieht genau diesen Ring.
cfg-share-copy-failed = Ihr Browser hat das Kopieren nicht erlaubt; der Link ist markiert, kopieren Sie ihn bitte selbst.
cfg-share-draft = Wird laufend als Entwurf in diesem Browser gespeichert.

## My designs

cfg-saved-title = Meine Entwürfe
cfg-saved-name-label = Name für diesen Entwurf
cfg-saved-name-placeholder = Entwurf benennen
cfg-saved-save = Speichern
cfg-saved-default-name = Entwurf { $n }
cfg-saved-saved = „{ $name }“ in diesem Browser gespeichert.
cfg-saved-refused = Dieser Browser lässt uns nicht speichern (privater Modus oder voller Speicher); kopieren Sie stattdessen den Link.
cfg-saved-opened = „{ $name }“ geöffnet.
cfg-saved-deleted = „{ $name }“ gelöscht.
cfg-saved-compare = { $name } – vergleichen
cfg-saved-open = Öffnen
cfg-saved-open-named = { $name } öffnen
cfg-saved-delete = Löschen
cfg-saved-delete-named = { $name } löschen
cfg-saved-tick-two = Kreuzen Sie zwei an, um sie nebeneinander zu vergleichen.

## Comparing two designs

cfg-compare-label = Vergleich
cfg-compare-caption = Zwei gespeicherte Entwürfe nebeneinander
cfg-compare-preview = Vorschau
cfg-compare-ring = Ring
cfg-compare-metal = Metall
cfg-compare-stone = Hauptstein
cfg-compare-notes = Hinweise des Goldschmieds
cfg-compare-weight = etwa { $grams } g
cfg-compare-stone-size = { $length } × { $width } mm
cfg-compare-no-stone = —
cfg-compare-no-notes = Keine
cfg-compare-picture = { $name }: { $summary }
