# The visitor's configurator's panel: steps, pickers, summary, saved designs, share, comparison.

## The steps

cfg-step-metal = Métal
cfg-step-stone = Pierre
cfg-step-cut = Taille et carats
cfg-step-setting = Serti
cfg-step-band = Anneau
cfg-step-size = Tour de doigt
cfg-step-engraving = Gravure
cfg-step-brief = Votre demande
cfg-steps = Étapes
cfg-step-count = Étape { $n } sur { $total }
cfg-back = Retour
cfg-next = Suivant : { $step }

## The summary and its facts

cfg-summary-title = Votre bague pour l’instant
cfg-summary-title-revise = La création pour l’instant
cfg-fact-metal = { $state ->
    [assumed] Métal : { $metal }, environ { $grams } g (supposé en attendant le conseil de votre joaillier)
    [unsized] Métal : { $metal }, environ { $grams } g pour une taille standard tant que vous n’avez pas donné la vôtre
    [both] Métal : { $metal } (supposé en attendant le conseil de votre joaillier), environ { $grams } g pour une taille standard tant que vous n’avez pas donné la vôtre
   *[plain] Métal : { $metal }, environ { $grams } g
}
cfg-fact-stone = Pierre centrale : environ { $length } × { $width } mm, { $depth } mm de profondeur
cfg-fact-price = Prix indicatif : { $low }–{ $high } { $currency } (tarifs du { $date }) ; seul le devis de votre joaillier fait foi
cfg-fact-price-excluding = Prix indicatif : { $low }–{ $high } { $currency } (tarifs du { $date }, hors { $excluded }) ; seul le devis de votre joaillier fait foi
cfg-fact-price-missing = Prix : { $what }, votre joaillier vous en indiquera personnellement le prix

## Every question's "not sure" answer

cfg-advise = Je ne sais pas — demander à mon joaillier
cfg-advise-detail = Décider ensemble

## Metal

cfg-metal-legend = Métal
cfg-metal-fineness = Titre { $fineness } ‰

## Stone

cfg-stone-legend = Pierre centrale
cfg-stone-own = Un bijou de famille ou une pierre que vous possédez
cfg-stone-hardness = Dureté { $hardness }
cfg-stone-hardness-range = Dureté { $low }–{ $high }
cfg-stone-lab-only = { $hardness } · uniquement de laboratoire
cfg-stone-natural-only = { $hardness } · uniquement naturelle
cfg-stone-own-hint = Votre joaillier examinera d’abord votre pierre : sa taille, son état et sa dureté décident de la façon de la sertir.
cfg-origin-legend = Naturelle ou de laboratoire ?
cfg-origin-natural-detail = Extraite de la terre
cfg-origin-lab-detail = La même pierre, créée par l’homme
cfg-origin-overridden = { $wanted ->
    [natural] { $stone } n’existe qu’en version de laboratoire : l’origine est donc maintenant « de laboratoire ». Choisissez une autre pierre pour revenir à « naturelle ».
   *[lab] { $stone } n’existe qu’en version naturelle : l’origine est donc maintenant « naturelle ». Choisissez une autre pierre pour revenir à « de laboratoire ».
}

## Cut and carat

cfg-cut-no-stone = Le serti choisi n’a pas de pierre centrale : la taille et les carats ne comptent que si vous le changez.
cfg-cut-legend = Taille
cfg-carat-legend = Grosseur
cfg-carat-label = Poids en carats
cfg-carat-suggest = votre joaillier vous proposera une grosseur
cfg-carat = { $carat } ct
cfg-carat-round = { $carat } ct · { $mm } mm de diamètre
cfg-carat-long = { $carat } ct · { $length } × { $width } mm

## Setting

cfg-setting-legend = Serti
cfg-setting-no-resize = Ne peut pas être mise à taille
cfg-setting-resize = { $halves ->
    [1] Mise à taille possible d’environ une demi-taille
    [2] Mise à taille possible d’environ 1 taille
    [3] Mise à taille possible d’environ 1½ taille
    [5] Mise à taille possible d’environ 2½ tailles
    [7] Mise à taille possible d’environ 3½ tailles
   *[other] Mise à taille possible d’environ { $sizes } tailles
}

## Band

cfg-profile-legend = Profil (la section de l’anneau)
cfg-band-size-legend = Largeur et épaisseur
cfg-band-width = Largeur
cfg-band-thickness = Épaisseur
cfg-mm = { $mm } mm
cfg-band-suggest = votre joaillier vous fera une proposition
cfg-finish-legend = Finition

## Ring size

cfg-size-legend = Comment connaissez-vous votre tour de doigt ?
cfg-size-known = Je connais ma taille
cfg-size-known-detail = US, UK, EU ou Japon
cfg-size-ring = Mesurer une bague qui me va
cfg-size-ring-detail = Diamètre intérieur en mm
cfg-size-finger = Mesurer mon doigt
cfg-size-finger-detail = Tout le tour, en mm
cfg-size-unknown = Je ne connais pas ma taille
cfg-size-unknown-detail = Votre joaillier peut vous envoyer un baguier
cfg-size-pick-one = Choisissez l’une des façons ci-dessus. Rien n’est supposé tant que vous ne l’avez pas fait.
cfg-size-system = Système de tailles
cfg-size-text = Votre taille
cfg-size-text-hint = Par exemple 6½ (US), M (UK), 52 (EU) ou 12 (Japon).
cfg-size-ring-label = Diamètre intérieur de la bague, en mm
cfg-size-ring-hint = Posez une règle à l’intérieur d’une bague qui va au même doigt, d’un bord à l’autre.
cfg-size-finger-label = Tour de doigt, en mm
cfg-size-finger-hint = Enroulez une bande de papier à la base du doigt, marquez l’endroit où elle se rejoint et mesurez-la à plat. Mesurez en fin de journée, quand les doigts sont le plus gonflés.
cfg-size-send-sizer = Envoyez-moi un baguier, s’il vous plaît
cfg-size-sizer-hint = C’est très courant. Un baguier est un jeu d’anneaux en plastique ou en métal à essayer chez vous ; votre joaillier ajuste la bague d’après lui.
cfg-size-check = À vérifier : { $problem }.
cfg-size-conversions = Cela correspond à US { $us } · UK { $uk } · EU { $eu } · Japon { $jp } — { $mm } mm de diamètre intérieur.

## Engraving

cfg-engraving-label = Texte à l’intérieur de l’anneau (facultatif)
cfg-engraving-count = { $count } / { $max }
cfg-engraving-hint = Jusqu’à { $max } caractères : lettres (accentuées aussi), chiffres, espaces et { $punctuation }
cfg-lettering-legend = Écriture
cfg-font-sample = Ab

## Notes on a step

cfg-note-fix = À corriger : { $problem }.

## The ring viewer

## Share

cfg-share-title = Partager ou garder ce modèle
cfg-share-link = Lien vers ce modèle
cfg-share-copy = Copier le lien
cfg-share-copied = Lien copié. Toute personne qui l’a voit exactement cette bague.
cfg-share-copy-failed = Votre navigateur ne nous a pas laissés copier ; le lien est sélectionné, copiez-le vous-même.
cfg-share-draft = Enregistré au fur et à mesure comme brouillon dans ce navigateur.

## My designs

cfg-saved-title = Mes modèles
cfg-saved-name-label = Nom de ce modèle
cfg-saved-name-placeholder = Nommer ce modèle
cfg-saved-save = Enregistrer
cfg-saved-default-name = Modèle { $n }
cfg-saved-saved = « { $name } » enregistré dans ce navigateur.
cfg-saved-refused = Ce navigateur ne nous laisse pas enregistrer (navigation privée ou stockage plein) ; copiez plutôt le lien.
cfg-saved-opened = « { $name } » ouvert.
cfg-saved-deleted = « { $name } » supprimé.
cfg-saved-compare = { $name } — comparer
cfg-saved-open = Ouvrir
cfg-saved-open-named = Ouvrir { $name }
cfg-saved-delete = Supprimer
cfg-saved-delete-named = Supprimer { $name }
cfg-saved-tick-two = Cochez-en deux pour les comparer côte à côte.

## Comparing two designs

cfg-compare-label = Comparaison
cfg-compare-caption = Deux modèles enregistrés côte à côte
cfg-compare-preview = Aperçu
cfg-compare-ring = Bague
cfg-compare-metal = Métal
cfg-compare-stone = Pierre centrale
cfg-compare-notes = Remarques du joaillier
cfg-compare-weight = environ { $grams } g
cfg-compare-stone-size = { $length } × { $width } mm
cfg-compare-no-stone = —
cfg-compare-no-notes = Aucune
cfg-compare-picture = { $name } : { $summary }
