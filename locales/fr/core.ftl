# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

## Shared

core-as-written = { $text }

## Catalog

metal-18k-yellow = Or jaune 18 carats
metal-14k-yellow = Or jaune 14 carats
metal-9k-yellow = Or jaune 9 carats
metal-18k-white = Or blanc 18 carats
metal-14k-white = Or blanc 14 carats
metal-9k-white = Or blanc 9 carats
metal-18k-rose = Or rose 18 carats
metal-14k-rose = Or rose 14 carats
metal-9k-rose = Or rose 9 carats
metal-pt950 = Platine 950
metal-pd950 = Palladium 950
metal-ag925 = Argent sterling 925

stone-diamond = Diamant
stone-moissanite = Moissanite
stone-sapphire-blue = Saphir bleu
stone-sapphire-pink = Saphir rose
stone-sapphire-yellow = Saphir jaune
stone-sapphire-padparadscha = Saphir padparadscha
stone-ruby = Rubis
stone-emerald = Émeraude
stone-aquamarine = Aigue-marine
stone-morganite = Morganite
stone-own-stone = J’apporte ma propre pierre

stone-care-diamond = La plus dure des gemmes ; elle peut tout de même s’écailler au rondiste en cas de choc violent.
stone-care-moissanite = Plus de feu que le diamant et presque aussi dure ; toujours créée en laboratoire.
stone-care-sapphire-blue = Très résistant ; un classique à porter tous les jours.
stone-care-sapphire-pink = Très résistant ; un classique à porter tous les jours.
stone-care-sapphire-yellow = Très résistant ; un classique à porter tous les jours.
stone-care-sapphire-padparadscha = Un saphir rose orangé rare ; les pierres naturelles sont peu nombreuses et leur prix en tient compte.
stone-care-ruby = Très résistant ; un classique à porter tous les jours.
stone-care-emerald = Presque toujours incluse et souvent huilée : évitez les chocs, la chaleur et les nettoyeurs à ultrasons.
stone-care-aquamarine = Se raye au fil des années de port quotidien ; un serti clos la protège.
stone-care-morganite = Plus tendre que le saphir : se raye et se ternit au quotidien ; prévoyez de la faire repolir.
stone-care-own-stone = Le joaillier examine votre pierre avant de vous faire un devis : sa taille, son état et sa dureté décident du serti.

cut-round = Brillant rond
cut-oval = Ovale
cut-cushion = Coussin
cut-princess = Princesse
cut-emerald = Émeraude
cut-asscher = Asscher
cut-radiant = Radiant
cut-pear = Poire
cut-marquise = Marquise
cut-heart = Cœur

setting-four-prong = Solitaire quatre griffes
setting-six-prong = Solitaire six griffes
setting-bezel = Serti clos
setting-halo = Halo
setting-pave-shoulders = Épaules pavées
setting-three-stone = Trilogie
setting-full-eternity = Alliance tour complet
setting-plain-band = Anneau lisse (sans pierre)

font-script = Anglaise
font-serif = Romaine à empattements
font-sans = Bâton

origin-natural = Naturelle
origin-lab-grown = De laboratoire

finish-polished = Poli
finish-satin = Satiné
finish-hammered = Martelé

band-court = Confort (bombé intérieur)
band-d-shape = Demi-jonc
band-flat = Plat
band-knife-edge = Arête vive

## The summary

summary-parts = { $first }, { $rest }
summary-metal-advise = Métal : conseil de votre joaillier
summary-own-stone = la pierre apportée par le client
summary-stone-advise = pierre (conseil de votre joaillier)
summary-stone-with-origin = { $stone } { $origin }
summary-stone-with-cut = { $stone } { $cut }
summary-stone-with-carat = { $stone } de { $carat } ct
summary-stone-round-size = { $stone } ({ $width } mm)
summary-stone-size = { $stone } ({ $length } × { $width } mm)
summary-stone-open = { $stone }, { $open } : conseil de votre joaillier
summary-open-cut = taille
summary-open-weight = poids
summary-open-origin = naturelle ou de laboratoire

summary-stone-diamond = diamant
summary-stone-moissanite = moissanite
summary-stone-sapphire-blue = saphir bleu
summary-stone-sapphire-pink = saphir rose
summary-stone-sapphire-yellow = saphir jaune
summary-stone-sapphire-padparadscha = saphir padparadscha
summary-stone-ruby = rubis
summary-stone-emerald = émeraude
summary-stone-aquamarine = aigue-marine
summary-stone-morganite = morganite
summary-stone-own-stone = pierre apportée

summary-cut-round = taille brillant rond
summary-cut-oval = taille ovale
summary-cut-cushion = taille coussin
summary-cut-princess = taille princesse
summary-cut-emerald = taille émeraude
summary-cut-asscher = taille Asscher
summary-cut-radiant = taille radiant
summary-cut-pear = taille poire
summary-cut-marquise = taille marquise
summary-cut-heart = taille cœur

summary-origin-natural = d’origine naturelle
summary-origin-lab-grown = de laboratoire

summary-setting-four-prong = solitaire quatre griffes
summary-setting-six-prong = solitaire six griffes
summary-setting-bezel = serti clos
summary-setting-halo = halo
summary-setting-pave-shoulders = épaules pavées
summary-setting-three-stone = trilogie
summary-setting-full-eternity = alliance tour complet
summary-setting-plain-band = anneau lisse (sans pierre)
summary-setting-advise = serti : conseil de votre joaillier

summary-band-court = anneau profil confort
summary-band-d-shape = anneau demi-jonc
summary-band-flat = anneau plat
summary-band-knife-edge = anneau à arête vive
summary-band-advise = anneau (profil : conseil de votre joaillier)
summary-band-sized = { $band } de { $width } mm de large et { $thickness } mm d’épaisseur
summary-band-width-only = { $band } de { $width } mm de large, épaisseur : conseil de votre joaillier
summary-band-thickness-only = { $band } de { $thickness } mm d’épaisseur, largeur : conseil de votre joaillier
summary-band-open = { $band }, largeur et épaisseur : conseil de votre joaillier

summary-finish-polished = finition polie
summary-finish-satin = finition satinée
summary-finish-hammered = finition martelée
summary-finish-advise = finition : conseil de votre joaillier

summary-size-not-given = taille non indiquée
summary-size-us = taille US { $size }
summary-size-uk = taille UK { $size }
summary-size-eu = taille { $size }
summary-size-jp = taille japonaise { $size }
summary-size-diameter = diamètre intérieur { $size }
summary-size-sizer = taille inconnue (merci d’envoyer un baguier)
summary-size-unknown = taille inconnue

summary-engraving-to-fix = gravure à corriger
summary-engraved = gravé « { $text } »

## Ring sizes

size-system-us = États-Unis / Canada
size-system-uk = Royaume-Uni / Australie
size-system-eu = Europe / ISO (tour de doigt, mm)
size-system-jp = Japon
size-system-diameter = Diamètre intérieur (mm)
size-short-us = US
size-short-uk = UK
size-short-eu = EU
size-short-jp = JP
size-short-diameter = Diamètre
size-mm = { $mm } mm

## Workflow

status-new = Nouvelle
status-in-conversation = En discussion
status-quoted = Devis envoyé
status-won = Commandée
status-lost = Sans suite
status-archived = Archivée
status-spam = Indésirable

progress-received = Reçue
progress-talking = En discussion
progress-design-proposed = Création proposée
progress-quoted = Devis envoyé
progress-being-made = En fabrication
progress-ready = Prête

stage-sketch = Croquis
stage-cad = Modèle 3D (CAO)
stage-wax = Cire ou impression
stage-casting = Fonte
stage-setting = Sertissage des pierres
stage-polishing = Polissage
stage-ready = Prête

meeting-in-shop = À la boutique
meeting-video = Appel vidéo
meeting-phone = Appel téléphonique

## The specification

spec-metal = Métal
spec-centre-stone = Pierre centrale
spec-origin = Origine
spec-cut = Taille
spec-carat-weight = Poids en carats
spec-stone-size = Dimensions de la pierre
spec-setting = Serti
spec-band-profile = Profil de l’anneau
spec-band-width = Largeur de l’anneau
spec-band-thickness = Épaisseur de l’anneau
spec-finish = Finition
spec-ring-size = Taille de bague
spec-size-certainty = Fiabilité de la taille
spec-engraving = Gravure
spec-metal-weight = Poids de métal
spec-other-alloys = Dans d’autres alliages
spec-stone-preference = Préférence de pierre
spec-brings-to-reuse = Apporte pour réutilisation

spec-advise = Me conseiller
spec-none = Aucune
spec-carat = { $carat } ct
spec-stone-mm = { $length } × { $width } mm, { $depth } mm de profondeur
spec-profile-assumed = Me conseiller (confort supposé)
spec-mm = { $mm } mm
spec-mm-assumed = Me conseiller ({ $mm } mm supposés)
spec-size-not-given = Non indiquée
spec-size = { $system } { $size } · diamètre intérieur { $diameter } mm · tour de doigt { $circumference } mm
spec-size-sizer = Inconnue : envoyer un baguier
spec-size-unknown = Inconnue
spec-font-advise = police : me conseiller
spec-engraving-text = « { $text } » ({ $font })
spec-weight = { $metal } : environ { $grams } g (anneau { $band } mm³, tête et serti { $head } mm³)
spec-weight-metal-assumed = { $metal } : environ { $grams } g (métal supposé) (anneau { $band } mm³, tête et serti { $head } mm³)
spec-weight-size-assumed = { $metal } : environ { $grams } g (taille supposée) (anneau { $band } mm³, tête et serti { $head } mm³)
spec-weight-metal-size-assumed = { $metal } : environ { $grams } g (métal et taille supposés) (anneau { $band } mm³, tête et serti { $head } mm³)
spec-alloy = { $metal } { $grams } g
spec-alloys = { $first } · { $rest }

certainty-measured = mesurée par un bijoutier
certainty-estimated = estimée à la maison
certainty-unknown = pas encore sûre

size-answer-not-given = Aucune taille indiquée pour l’instant. Vous pouvez l’ajouter à l’étape « Tour de doigt », ou envoyer la demande sans elle : le joaillier vous la demandera.
size-answer-sizer = Vous avez choisi « Je ne connais pas ma taille » et demandé un baguier : le joaillier vous en enverra un.
size-answer-unknown = Vous avez choisi « Je ne connais pas ma taille » : le joaillier vous aidera à la trouver.

preference-natural = Naturelle uniquement
preference-lab-grown = De laboratoire uniquement
preference-either = Naturelle ou de laboratoire
preference-undecided = Indécis : souhaite être conseillé

occasion-engagement = Fiançailles
occasion-wedding = Mariage
occasion-anniversary = Anniversaire de mariage
occasion-birthday = Anniversaire
occasion-gift = Cadeau
occasion-for-myself = Pour soi

channel-email = E-mail
channel-phone = Appel téléphonique
channel-message = SMS ou messagerie

reuse-stone = une pierre : { $text }
reuse-metal = du métal : { $text }
reuse-stone-and-metal = une pierre et du métal : { $text }

budget-up-to = jusqu’à { $max }
budget-exactly = { $max }
budget-range = { $min } à { $max }
estimate-price-range = { $low } à { $high }

resize-sizes = { $sizes ->
    [0] aucune taille
    [0.5] une demi-taille
    [one] { $sizes } taille
    [many] { $sizes } tailles
   *[other] { $sizes } tailles
}

## What changed

change-one = { $label } : { $from } → { $to }
change-more = { $first } ; { $rest }

## Checks

check-unknown-metal = nous ne proposons pas le métal « { $id } »
check-unknown-stone = nous ne proposons pas la pierre « { $id } »
check-unknown-cut = nous ne proposons pas la taille « { $id } »
check-unknown-setting = nous ne proposons pas le serti « { $id } »
check-unknown-font = nous ne proposons pas la police de gravure « { $id } »
check-origin-natural = { $stone } n’est pas disponible en pierre naturelle
check-origin-lab-grown = { $stone } n’est pas disponible en version de laboratoire
check-profile-not-offered = le profil { $profile } n’est pas proposé
check-finish-not-offered = la finition { $finish } n’est pas proposée
check-range-carat = Le poids de la pierre doit être compris entre { $min } et { $max } ct ; indiqué : { $value }
check-range-band-width = La largeur de l’anneau doit être comprise entre { $min } et { $max } mm ; indiqué : { $value }
check-range-band-thickness = L’épaisseur de l’anneau doit être comprise entre { $min } et { $max } mm ; indiqué : { $value }
check-range-size = La taille de bague (tour de doigt) doit être comprise entre { $min } et { $max } mm ; indiqué : { $value }
check-engraving-empty = la gravure est vide
check-engraving-too-long = la gravure compte { $chars } caractères ; { $max } au maximum
check-engraving-character = { $character } ne peut pas être gravé ; utilisez des lettres (accentuées aussi), des chiffres, des espaces et { $marks }
check-engraving-character-no-marks = { $character } ne peut pas être gravé ; utilisez des lettres (accentuées aussi), des chiffres et des espaces

char-quoted = « { $char } »
char-line-break = un saut de ligne ({ $code })
char-tab = une tabulation ({ $code })
char-space = une espace spéciale ({ $code })
char-accent = un accent tapé seul ({ $code })
char-invisible = un caractère invisible ({ $code })

## Warnings

warning-stone-heavy-for-width = Une pierre de { $carat } ct est lourde pour un anneau de { $width } mm : elle peut basculer ou déformer l’anneau. Les joailliers conseillent au moins { $min } mm.
warning-stone-heavy-for-thickness = Une pierre de { $carat } ct demande un anneau plus solide que { $thickness } mm d’épaisseur ; 1,5 mm ou plus est plus sûr.
warning-thin-band = Un anneau de seulement { $thickness } mm d’épaisseur s’use et se déforme avec les années ; 1,5 mm dure toute une vie.
warning-not-resizable = Le modèle « { $setting } » ne pourra pas être mis à taille plus tard : la taille doit être juste du premier coup.
warning-not-resizable-unsized = Le modèle « { $setting } » ne pourra pas être mis à taille plus tard : la taille doit être juste du premier coup. Faites mesurer votre doigt avec soin avant que nous commencions.
warning-resize-limited = Le modèle « { $setting } » ne pourra être mis à taille que d’environ { $sizes } avant que les petites pierres ne se desserrent.
warning-soft-stone = { $stone } : { $low }–{ $high } sur l’échelle de Mohs, plus tendre que les poussières rencontrées chaque jour. { $care } Un serti clos ou un serti bas la protège ; certains la choisissent pour une bague qu’on ne porte pas tous les jours.
warning-soft-stone-in-bezel = { $stone } : { $low }–{ $high } sur l’échelle de Mohs, plus tendre que les poussières rencontrées chaque jour. { $care } Le serti clos que vous avez choisi la protège bien.
warning-soft-metal-prongs = { $metal } : métal trop tendre pour tenir des pierres en griffes au quotidien ; les joailliers utilisent de l’or blanc ou du platine pour le serti, ou un serti clos.
warning-size-not-given = Aucune taille indiquée pour l’instant : votre joaillier vous la demandera ou peut vous envoyer un baguier.
warning-size-sizer = Nous vous enverrons un baguier. Les baguiers diffèrent : mesurez en fin de journée, quand les doigts sont le plus gonflés.
warning-size-unknown = Sans taille, nous réaliserons une taille standard ; une mise à taille ultérieure peut être facturée.
warning-wide-band = Un anneau de { $width } mm de large serre davantage qu’un anneau fin ; les joailliers prennent en général un quart à une demi-taille de plus.
warning-long-engraving = La gravure demande environ { $needed } mm, mais seuls environ { $available } mm sont libres à l’intérieur ; le graveur pourra utiliser des lettres plus petites.
warning-rush-deadline = { $days ->
    [one] { $days } jour, c’est court : les joailliers demandent en général trois à quatre mois, et un travail urgent coûte plus cher.
    [many] { $days } jours, c’est court : les joailliers demandent en général trois à quatre mois, et un travail urgent coûte plus cher.
   *[other] { $days } jours, c’est court : les joailliers demandent en général trois à quatre mois, et un travail urgent coûte plus cher.
}

## Field errors

field-required = ce champ est obligatoire
field-too-long = { $max } caractères au maximum, s’il vous plaît
field-single-line = les sauts de ligne et caractères de contrôle ne sont pas autorisés ici
field-control = les caractères de contrôle ne sont pas autorisés
field-deceptive = les caractères invisibles ou qui changent le sens d’écriture (comme les espaces sans largeur ou les inversions droite-gauche) ne sont pas autorisés ici
field-invisible = il faut au moins un caractère visible
field-name-link = votre nom seulement, s’il vous plaît : ni adresse web ni lien
field-email = saisissez une adresse e-mail comme nom@exemple.fr
field-phone = saisissez un numéro de téléphone de 6 à 15 chiffres, par ex. +33 1 23 45 67 89
field-phone-needed = ajoutez un numéro de téléphone, ou choisissez l’e-mail pour être contacté
field-currency = utilisez un code de devise à trois lettres comme EUR, CHF ou USD
field-budget-max = saisissez un montant entre 1 et { $max }
field-budget-min = le montant minimum ne doit pas dépasser le maximum
field-locale = utilisez une étiquette de langue comme fr, fr-CA ou fr-CH
field-photos-count = { $max } photos au maximum, s’il vous plaît
field-file-name = un nom de fichier de { $max } caractères au plus, sans dossier
field-photo-type = photos uniquement : JPEG, PNG ou WebP
field-photo-size = chaque photo peut peser { $size } au maximum
field-photos-total = l’ensemble des photos peut peser { $size } au maximum
field-version = ce serveur lit les demandes de version { $expected }, pas { $got }
field-deadline-passed = la date souhaitée est déjà passée
field-date-format = utilisez le format AAAA-MM-JJ, par ex. 2025-06-30
field-date-no-such-day = { $date } n’existe pas dans le calendrier
field-date-year = l’année doit être comprise entre 2000 et 2200
field-size-certainty = vous avez indiqué connaître votre taille, mais la création n’en a pas ; choisissez une taille ou « Je ne sais pas »
field-origin-preference = cette préférence contredit l’origine de la pierre dans la création
field-own-materials = dites en quelques mots au joaillier ce que vous apporterez
field-consent = nous ne pouvons répondre que si vous acceptez d’être contacté au sujet de cette demande

size-megabytes = { $mb } Mo

## Typing a ring size

size-error-empty = saisissez une taille
size-error-too-long = « { $text } » n’est pas une taille de bague ; c’est trop long
size-error-us = « { $text } » n’est pas une taille US ; essayez 6, 6.25, 6¼ ou 6 1/2
size-error-uk = « { $text } » n’est pas une taille UK ; essayez M, M½, M 1/2 ou Z+1
size-error-eu = « { $text } » n’est pas une taille européenne ; saisissez le tour de doigt en mm, par ex. 52 ou 52,5
size-error-jp = « { $text } » n’est pas une taille japonaise ; saisissez un nombre entier, par ex. 11
size-error-diameter = « { $text } » n’est pas un diamètre ; saisissez des millimètres, par ex. 16,5
size-error-quarter = les tailles US vont par quarts, par ex. 6, 6¼, 6½ ou 6¾
size-range-us = les tailles US vont de { $min } à { $max }
size-range-uk = les tailles UK vont de { $min } à { $max }
size-range-eu = les tailles européennes vont de { $min } à { $max }
size-range-jp = les tailles japonaises vont de { $min } à { $max }
size-range-diameter = le diamètre intérieur va de { $min } mm à { $max } mm
size-range-circumference = le tour de doigt va de { $min } mm à { $max } mm

## Opening a shared design link

share-error-empty = le lien ne contient aucune création
share-error-too-long = le lien est trop long ({ $chars } caractères)
share-error-not-base64 = le lien est endommagé (base64url non valide)
share-error-version = ce lien vient d’une version plus récente du configurateur (format { $format })
share-error-truncated = le lien est tronqué (pendant la lecture de « { $what } »)
share-error-invalid = le lien est endommagé (valeur incorrecte : { $what })
share-error-trailing = le lien est endommagé (données inattendues à la fin)

## What a price range leaves out

estimate-excludes-accents = les pierres d’accompagnement (chiffrées par le joaillier une fois les tailles choisies)
estimate-excludes-centre-stone = la pierre centrale (la vôtre, ou selon conseil)
estimate-missing-stone = { $stone } ({ $origin })
