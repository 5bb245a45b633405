# The brief form, its field errors, and the confirmation after sending.

## The design above the form
brief-design-title = Votre création
brief-design-notes-title = À aborder ensemble
brief-design-fix = À corriger : { $problem }.

## Field errors
brief-errors-title = { $n ->
    [one] Un point demande votre attention avant l’envoi :
   *[other] { $n } points demandent votre attention avant l’envoi :
}
brief-errors-line = { $field } : { $problem }
brief-error-whole-amount = saisissez un montant entier, par exemple 2500
brief-error-server = le serveur du joaillier n’a pas accepté cette information ; veuillez la vérifier
brief-field-name = Votre nom
brief-field-email = E-mail
brief-field-phone = Téléphone
brief-field-budget-min = Budget à partir de
brief-field-budget-max = Budget jusqu’à
brief-field-currency = Devise
brief-field-occasion = Occasion
brief-field-deadline = Pour le
brief-field-size = Tour de doigt
brief-field-origin = Naturelles ou de laboratoire
brief-field-own = Vos propres matériaux
brief-field-notes = Remarques
brief-field-consent = Consentement
brief-field-photos = Photos
brief-field-ring = La bague

## Contact
brief-contact-title = Comment vous joindre
brief-label-name = Votre nom
brief-label-email = E-mail
brief-label-phone = Téléphone (facultatif)
brief-channel-title = Moyen de contact préféré
brief-channel-email = E-mail
brief-channel-phone = Appel téléphonique
brief-channel-message = SMS ou messagerie

## Budget and timing
brief-budget-title = Budget et délai
brief-label-budget-min = Budget à partir de (facultatif)
brief-label-budget-max = Budget jusqu’à
brief-label-currency = Devise
brief-currency-option = { $code } — { $name }
brief-budget-range = Votre budget : de { $min } à { $max }
brief-budget-up-to = Votre budget : jusqu’à { $max }
brief-budget-from = Votre budget : à partir de { $min }
brief-budget-unreadable = Votre budget : « { $text } » n’est pas un montant entier ; saisissez-le sans centimes, par exemple 2500.
brief-label-occasion = Occasion
brief-occasion-none = Je préfère ne pas le dire
brief-occasion-engagement = Fiançailles
brief-occasion-wedding = Mariage
brief-occasion-anniversary = Anniversaire de couple
brief-occasion-birthday = Anniversaire
brief-occasion-gift = Un cadeau
brief-occasion-for-myself = Pour moi
brief-occasion-other = Autre chose
brief-label-deadline = Pour le (facultatif)
brief-label-occasion-other = De quelle occasion s’agit-il ?

## Size, stones, materials, surprise
brief-size-title = Tour de doigt
brief-size-measured = Mesuré par un joaillier
brief-size-estimated = Estimé chez moi
brief-size-unknown = Finalement, je ne suis pas sûr(e)
brief-origin-title = Pierres naturelles ou de laboratoire
brief-origin-natural = Naturelles uniquement
brief-origin-lab = De laboratoire uniquement
brief-origin-either = Les deux me conviennent
brief-origin-undecided = Pas encore décidé — conseillez-moi
brief-own-title = Un bien à vous à réutiliser
brief-own-stone = J’ai une pierre à réutiliser
brief-own-metal = J’ai de l’or ou un autre métal à retravailler
brief-label-own-description = De quoi s’agit-il ?
brief-surprise-title = Une surprise ?
brief-surprise = C’est une surprise : la personne qui portera la bague ne doit pas être contactée
brief-label-notes = Inspiration et tout le reste (facultatif)

## Consent and sending
brief-consent = J’accepte que le joaillier me contacte au sujet de cette demande.
brief-privacy = Utilisation de vos données : { $link }.
brief-privacy-link = la politique de confidentialité du joaillier
brief-label-website = Site web
brief-button-send = Envoyer au joaillier
brief-button-sending = Envoi en cours…
brief-button-preparing = Préparation des photos…
brief-button-retry = Réessayer l’envoi maintenant
brief-status-sending = { $photos ->
    [0] Envoi de votre demande et de trois vues de la bague au joaillier…
    [one] Envoi de votre demande, de trois vues de la bague et de votre photo au joaillier…
   *[other] Envoi de votre demande, de trois vues de la bague et de vos { $photos } photos au joaillier…
}
brief-status-busy = { $seconds ->
    [one] Le serveur du joaillier est occupé. Votre demande est enregistrée dans ce navigateur et sera renvoyée dans { $seconds } seconde.
   *[other] Le serveur du joaillier est occupé. Votre demande est enregistrée dans ce navigateur et sera renvoyée dans { $seconds } secondes.
}
brief-status-busy-minutes = { $minutes ->
    [one] Le serveur du joaillier est occupé. Votre demande est enregistrée dans ce navigateur et sera renvoyée dans { $minutes } minute.
   *[other] Le serveur du joaillier est occupé. Votre demande est enregistrée dans ce navigateur et sera renvoyée dans { $minutes } minutes.
}
brief-status-unreachable-kept = Nous n’avons pas pu joindre le serveur du joaillier : votre demande n’est pas encore partie. Elle est enregistrée dans ce navigateur et nous réessayons : elle partira automatiquement dès le retour de la connexion — même si vous fermez cette page et revenez plus tard.
brief-status-unreachable-unkept = Nous n’avons pas pu joindre le serveur du joaillier : votre demande n’est pas encore partie. Ce navigateur n’a pas pu l’enregistrer, merci donc de garder cette page ouverte : elle partira automatiquement dès le retour de la connexion.
brief-refused-too-large = Le serveur du joaillier a refusé la demande : elle est trop volumineuse. Retirez une photo, ou copiez le lien de partage et envoyez-le par e-mail.
brief-refused-unreadable = Le serveur du joaillier a refusé la demande : il n’a pas pu la lire. Copiez le lien de partage et envoyez-le par e-mail.
brief-refused-key = Le serveur du joaillier a refusé la demande : cet envoi a déjà servi pour une autre demande. Rechargez la page et envoyez-la de nouveau.
brief-refused-forbidden = Le serveur du joaillier a refusé la demande : ce site n’est pas autorisé à lui envoyer des demandes. Copiez le lien de partage et envoyez-le par e-mail.
brief-refused-other = Le serveur du joaillier a refusé la demande. Copiez le lien de partage et envoyez-le par e-mail.

## Inspiration photos
brief-photos-title = Photos d’inspiration (facultatif)
brief-photos-hint = Jusqu’à { $max } photos de bagues qui vous plaisent, en JPEG, PNG ou WebP, de { $size } maximum chacune. Elles sont réduites avant l’envoi ({ $pixels } pixels au plus) et les données de localisation de l’appareil photo sont retirées.
brief-photos-lost = { $n ->
    [one] Votre demande de la dernière visite est là, pas encore envoyée, mais ce navigateur n’a pas conservé sa photo — ajoutez-la de nouveau, puis envoyez.
   *[other] Votre demande de la dernière visite est là, pas encore envoyée, mais ce navigateur n’a pas conservé ses { $n } photos — ajoutez-les de nouveau, puis envoyez.
}
brief-photos-list = Photos de votre demande
brief-photo-alt = Photo d’inspiration { $n } : { $name }
brief-photo-remove = Retirer
brief-photo-remove-which = la photo { $n }, { $name }
brief-photos-full = { $max ->
    [5] Une demande peut contenir cinq photos au plus
   *[other] Une demande peut contenir { $max } photos au plus
}
brief-photos-add = Ajouter des photos
brief-photos-preparing = { $n ->
    [one] Préparation de { $n } photo…
   *[other] Préparation de { $n } photos…
}
brief-photo-removed = « { $name } » a été retirée.
brief-size-kb = { $n } Ko
brief-size-mb = { $n } Mo
brief-photo-error-type = « { $name } » n’a pas été ajoutée : uniquement des photos JPEG, PNG ou WebP, s’il vous plaît.
brief-photo-error-too-large = « { $name } » n’a pas été ajoutée : elle fait { $size }, et les photos peuvent faire jusqu’à { $limit }.
brief-photo-error-unreadable = « { $name } » n’a pas été ajoutée : elle n’a pas pu être ouverte comme image.
brief-photo-error-too-detailed = « { $name } » n’a pas été ajoutée : même réduite, elle dépasse { $limit }. Choisissez une autre photo.
brief-photo-error-too-many = « { $name } » n’a pas été ajoutée : une demande peut contenir { $max } photos.

## The confirmation
brief-done-title = Votre demande est entre les mains du joaillier
brief-done-reference = Votre référence : { $reference }. Rappelez-la à chaque échange avec le joaillier.
brief-done-commission-link = Votre page de commande
brief-done-commission-new-tab = (s’ouvre dans un nouvel onglet)
brief-done-commission-text = Conservez ce lien privé (il figure aussi dans votre e-mail) : vous y retrouverez la conversation, les créations révisées et votre rendez-vous.
brief-done-next-title = La suite
brief-done-next-reply = Le joaillier lit votre demande et vous répond personnellement, en général sous quelques jours ouvrés. Une copie avec une image de votre création est en route vers votre boîte de réception.
brief-done-next-first-idea = L’image 3D est une première idée, pas le bijou fini : proportions, pierres et finition se décident avec le joaillier.
brief-done-next-size = Le tour de doigt est vérifié avant toute fabrication.
brief-done-next-surprise = C’est une surprise : le joaillier ne contacte que vous, jamais la personne qui portera la bague.
brief-done-kept = Cette confirmation reste affichée, même si vous rechargez la page, jusqu’à ce que vous commenciez une nouvelle création.
brief-done-start-new = Commencer une nouvelle création
