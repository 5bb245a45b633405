# The jeweler's studio (always in the shop's language).
# English is the source: every other language has exactly these keys and arguments.

## Shared by every page
studio-mark = Atelier
studio-opening = Ouverture de l’atelier…
studio-session-unchecked = L’atelier n’a pas pu vérifier votre session : { $why }
studio-failed = { $what } : { $why }.
studio-sign-in-again = Se reconnecter
studio-as-written = { $text }
studio-keep-it = Conserver
studio-cancel = Annuler
studio-loading = Chargement…

## Errors from the server ($reason is the server's own words)
studio-error-unauthorized = { $reason }
studio-error-rate-limited = trop de tentatives : patientez { $wait } avant de réessayer
studio-error-forbidden = le serveur a refusé cette modification ({ $reason }) ; rechargez la page et réessayez
studio-error-not-found = introuvable : { $reason }
studio-error-rejected = { $reason }
studio-error-server = le serveur n’a pas pu répondre (HTTP { $status }) ; réessayez dans un instant
studio-error-network = le serveur est injoignable : { $reason }
studio-error-unreadable = la réponse du serveur est illisible : { $reason }
studio-wait-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}
studio-wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

## Days until a date
studio-days-today = aujourd’hui
studio-days-tomorrow = demain
studio-days-yesterday = hier
studio-days-ahead = { $n ->
    [one] dans { $n } jour
   *[other] dans { $n } jours
}
studio-days-ago = { $n ->
    [one] il y a { $n } jour
   *[other] il y a { $n } jours
}

## The bar
studio-nav-availability = Disponibilités
studio-sign-out = Se déconnecter
studio-shop-switch = Boutique

## Sign-in and first account
studio-login-title = Connectez-vous à votre atelier
studio-login-lead = Les demandes envoyées par vos visiteurs vous attendent ici.
studio-login-no-account = Aucun compte n’existe encore. Ouvrez le lien de configuration à usage unique que le serveur a inscrit dans son journal au démarrage, ou créez un compte sur le serveur avec cette commande :
studio-login-no-match = Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les et réessayez.
studio-login-limited = Trop de tentatives : patientez { $wait } avant de réessayer. Les connexions sont limitées pour protéger les mots de passe contre les tentatives de devinette.
studio-field-email = E-mail
studio-field-password = Mot de passe
studio-sign-in = Se connecter
studio-signing-in = Connexion…
studio-setup-title = Configurer votre atelier
studio-setup-lead = Créez le premier compte. Les demandes de vos visiteurs vous attendront ici.
studio-setup-need-token = Collez le jeton de configuration indiqué dans le journal du serveur.
studio-setup-need-email = Saisissez l’adresse e-mail avec laquelle vous vous connecterez.
studio-setup-short-password = { $n ->
    [one] Choisissez un mot de passe d’au moins { $n } caractère.
   *[other] Choisissez un mot de passe d’au moins { $n } caractères.
}
studio-setup-passwords-differ = Les deux mots de passe diffèrent ; saisissez deux fois le même.
studio-setup-link-used = Ce lien de configuration n’est plus valable (il ne sert qu’une fois). Connectez-vous, ou créez un compte sur le serveur avec atelier-server user add.
studio-field-setup-token = Jeton de configuration (dans le journal du serveur)
studio-field-your-email = Votre e-mail
studio-field-new-password = { $n ->
    [one] Mot de passe (au moins { $n } caractère)
   *[other] Mot de passe (au moins { $n } caractères)
}
studio-field-password-again = Confirmez le mot de passe
studio-create-account = Créer le compte
studio-creating = Création…

## The inbox
studio-inbox-title = Demandes
studio-export = Exporter
studio-search-label = Rechercher par nom, e-mail ou référence
studio-search = Rechercher
studio-filter-status = Filtrer par statut
studio-filter-turn = Filtrer par conversation
studio-filter-all = Toutes
studio-turn-visitor-replied = Le visiteur a répondu
studio-turn-awaiting-reply = En attente de votre réponse
studio-inbox-list = Demandes, les plus récentes d’abord
studio-inbox-loading = Chargement des demandes…
studio-inbox-more = Plus de demandes
studio-inbox-more-failed = Les demandes suivantes n’ont pas pu être chargées
studio-inbox-not-loaded = La boîte de réception n’a pas pu être chargée
studio-inbox-no-match = Aucune demande ne correspond à « { $q } ».
studio-inbox-none-in-status = Aucune demande n’a ce statut.
studio-inbox-empty = Aucune demande pour l’instant. Dès qu’un visiteur envoie une création, elle apparaît ici.
studio-inbox-no-visitor-replied = Aucun visiteur n’a écrit depuis votre dernier message.
studio-inbox-nothing-awaits = Rien n’attend votre réponse : dans chaque conversation, le dernier mot est le vôtre.
studio-inbox-no-erasure = Aucun visiteur n’a demandé l’effacement de ses données.
studio-filter-erasure = Effacement demandé
studio-row-erasure-requested = Effacement demandé le { $date }
studio-row-changed-by-proposal = Modifiée par proposition
studio-row-needed-by = Pour le { $date }
studio-row-needed-by-days = Pour le { $date } ({ $days })
studio-row-by = Avant le { $date }
studio-row-by-days = Avant le { $date } ({ $days })

## Erasing a brief
studio-erase = Effacer
studio-delete = Supprimer cette demande…
studio-delete-question = Supprimer définitivement { $reference }, avec ses images, ses notes et ses envois ? Cette action est irréversible.
studio-delete-yes = Oui, supprimer
studio-delete-failed = La demande n’a pas été supprimée

## Private notes
studio-notes-title = Notes privées
studio-notes-none = Aucune note pour l’instant.
studio-notes-label = Ajouter une note (absente de la page du visiteur, mais incluse dans ses données s’il les télécharge)
studio-notes-failed = La note n’a pas été enregistrée
studio-notes-add = Ajouter la note

## Revising the design
studio-revise-no-change = Aucune modification pour l’instant.
studio-revise-unreadable = La création n’a pas pu être lue.
studio-revise-region = Révision de la création
studio-revise-title = Révision de la demande { $reference }
studio-revise-opening = Ouverture du configurateur…
studio-revise-use = Utiliser cette création
studio-revise-not-opened = La création n’a pas pu être ouverte
studio-revise-opening-design = Ouverture de la création…
studio-revise-frame = Le configurateur, sur la création actuelle de la demande

## Specification and status
studio-specs = Fiche technique
studio-status-title = Statut
studio-status-move-to = Passer à
studio-status-change = Changer le statut
studio-status-failed = Le statut n’a pas été modifié
studio-status-history = Historique
studio-status-from-to = { $from } → { $to }
studio-status-arrived = Arrivée comme Nouvelle

## One brief
studio-brief-not-opened = Cette demande n’a pas pu être ouverte
studio-brief-back = ← Toutes les demandes
studio-brief-opening = Ouverture de la demande { $reference }…
studio-brief-mail-subject = Votre création de bague ({ $reference })
studio-brief-deadline-days = { $date } — { $days }
studio-brief-rush = (urgent : les bijoutiers demandent en général trois à quatre mois)
studio-brief-received = Reçue le { $when }
studio-brief-actions = Actions sur la demande
studio-brief-reply = Répondre par e-mail
studio-brief-open-design = Ouvrir la création
studio-brief-open-original = Ouvrir l’original
studio-brief-original-design = Création d’origine : { $summary }
studio-brief-print = Imprimer
studio-brief-surprise-banner = Surprise : ne contactez jamais la personne qui portera la bague. Adressez-vous uniquement à { $name }.
studio-brief-snapshots = Vues
studio-brief-snapshots-original = Vues de la création d’origine
studio-brief-inspiration = Inspiration du visiteur
studio-brief-contact = Contact
studio-brief-name = Nom
studio-brief-phone = Téléphone
studio-brief-prefers = Préfère
studio-brief-surprise = Surprise
studio-brief-surprise-yes = Oui : ne pas contacter la personne qui portera la bague
studio-brief-surprise-no = Non
studio-brief-language = Langue
studio-brief-timeline = Occasion, délai et budget
studio-brief-occasion = Occasion
studio-brief-not-given = Non indiqué
studio-brief-needed-by = Pour le
studio-brief-no-date = Aucune date indiquée
studio-brief-budget = Budget
studio-brief-against-estimate = Par rapport à l’estimation
studio-brief-warnings = Avertissements
studio-brief-visitor-words = Dans les mots du visiteur
studio-brief-no-notes = Aucune remarque.
studio-written-in = Écrit en { $language }, affiché tel que le visiteur l’a rédigé
studio-view-three-quarter = Vue de trois quarts
studio-view-top = Vue de dessus
studio-view-side = Vue de profil
studio-view-snapshot = Vue
studio-view-other = Vue : { $view }
studio-estimate-no-prices = Aucune liste de prix n’est configurée : établissez le devis d’après la fiche technique.
studio-estimate-missing = Aucun prix pour { $what } dans la liste de prix : établissez un devis personnalisé.
studio-estimate-no-budget = Estimation { $low }–{ $high } ; le visiteur n’a pas indiqué de budget.
studio-estimate-other-currency = Estimation { $low }–{ $high } (prix du { $prices }) ; le budget est en { $budget_currency }.
studio-estimate-within = Estimation { $low }–{ $high } (prix du { $prices }) : dans le budget.
studio-estimate-above = Estimation { $low }–{ $high } (prix du { $prices }) : au-dessus du budget d’au moins { $over }.
studio-estimate-upper-above = Estimation { $low }–{ $high } (prix du { $prices }) : le haut de la fourchette dépasse le budget.

## The commission on the brief page
studio-commission = Commande
studio-commission-loading = Chargement de la conversation…
studio-commission-not-loaded = La conversation et les propositions n’ont pas pu être chargées
studio-commission-page-says = La page du visiteur indique : { $status }
studio-erasure-asked = Le visiteur a demandé l’effacement le { $when }.
studio-erasure-what-to-do = Effacez cette demande avec « Supprimer cette demande… » sous « Effacer » plus bas, dans le délai promis par votre politique de confidentialité (la politique par défaut indique un mois).

## Proposed designs
studio-proposals-title = Créations proposées
studio-proposals-none = Aucune création proposée pour l’instant.
studio-proposals-propose = Proposer une modification
studio-proposal-waiting = En attente de la réponse du visiteur.
studio-proposal-accepted = Acceptée par le visiteur
studio-proposal-changes-requested = Le visiteur a demandé des modifications
studio-proposal-no-change = Aucune modification de la création.
studio-proposal-proposed = Proposée le { $when }
studio-proposal-price = Prix : { $price }
studio-proposal-same = Identique à la création actuelle.
studio-proposal-new = Nouvelle proposition
studio-proposal-what-changes = Ce qui change :
studio-proposal-message = Message au visiteur
studio-proposal-price-range = Fourchette de prix (facultatif)
studio-proposal-from = De
studio-proposal-to = À
studio-proposal-currency = Devise
studio-proposal-failed = La proposition n’a pas été envoyée
studio-proposal-send = Envoyer la proposition
studio-proposal-discard = Abandonner
studio-price-both-ends = Indiquez les deux bornes de la fourchette en nombres entiers, ou aucune.
studio-price-order = La borne basse de la fourchette dépasse la borne haute.
studio-price-currency = La devise est un code de trois lettres, comme EUR ou CHF.

## The making
studio-saving = Enregistrement…
studio-stages-title = La fabrication
studio-stages-none = Pas encore commencée.
studio-stages-move-to = Passer à l’étape
studio-stages-note = Note pour le visiteur (facultatif)
studio-stages-photo = Photo (facultatif)
studio-stages-notify = Prévenir le visiteur par e-mail
studio-stages-failed = L’étape n’a pas été enregistrée
studio-stages-save = Passer à cette étape

## The conversation
studio-sending = Envoi…
studio-conversation-title = Conversation avec le visiteur
studio-conversation-none = Aucun message pour l’instant. Ce que vous écrivez ici parvient au visiteur par e-mail et sur sa page de commande.
studio-conversation-write = Écrire au visiteur
studio-conversation-left = { $n ->
    [one] { $n } caractère restant
   *[other] { $n } caractères restants
}
studio-conversation-failed = Le message n’a pas été envoyé
studio-conversation-send = Envoyer le message
studio-conversation-visitor = Visiteur
studio-conversation-you = Vous
studio-proposal-answer-quoted = { $answer } : « { $comment } »

## The consultation
studio-appointment-pick = Choisissez l’un des créneaux libres.
studio-appointment-when = { $kind } : { $start } – { $end } (votre heure)
studio-appointment-at-shop = À la boutique ({ $zone }) : { $time }
studio-appointment-visitor-time = Heure du client ({ $zone }) : { $time }
studio-appointment-title = Rendez-vous
studio-appointment-none = Aucun rendez-vous. Le visiteur réserve depuis sa page de commande.
studio-appointment-move-lead = Déplacer vers un autre créneau libre :
studio-appointment-book-lead = Réserver un créneau libre pour le visiteur :
studio-appointment-how = Comment
studio-appointment-book-failed = Le rendez-vous n’a pas été réservé
studio-appointment-move = Déplacer le rendez-vous
studio-appointment-book = Réserver
studio-appointment-cancel = Annuler le rendez-vous
studio-appointment-cancel-question = Le visiteur et vous recevrez une annulation par e-mail. Annuler le rendez-vous ?
studio-appointment-cancel-yes = Oui, l’annuler
studio-appointment-cancel-failed = Le rendez-vous n’a pas été annulé
studio-slots-not-loaded = Les créneaux libres n’ont pas pu être chargés
studio-slots-not-open = Les réservations ne sont pas encore ouvertes : enregistrez d’abord vos horaires sous Disponibilités.
studio-slots-none = { $n ->
    [one] Aucun créneau libre dans le prochain jour. Vos horaires sont sous Disponibilités.
   *[other] Aucun créneau libre dans les { $n } prochains jours. Vos horaires sont sous Disponibilités.
}
studio-slots-lead = Heures de la boutique ({ $zone }) ; votre propre heure entre parenthèses lorsqu’elle diffère.
studio-slots-title = Créneaux libres
studio-slots-loading = Chargement des créneaux libres…
studio-slots-later = Jours suivants
studio-slot-your-time = ({ $time } votre heure)

## The visitor's private link
studio-link-never = N’expire jamais
studio-link-30-days = Expire dans 30 jours
studio-link-90-days = Expire dans 90 jours
studio-link-year = Expire dans un an
studio-link-none = Aucun lien n’a encore été émis.
studio-link-title = Le lien privé du visiteur
studio-link-issued = Nouveau lien, envoyé par e-mail au visiteur (il n’est affiché que maintenant) :
studio-link-new = Nouveau lien
studio-link-issue-failed = Aucun nouveau lien n’a été émis
studio-link-issue = Émettre un nouveau lien
studio-link-issue-question = Le lien actuel du visiteur cessera de fonctionner ; le nouveau lui sera envoyé par e-mail. Émettre un nouveau lien ?
studio-link-issue-yes = Oui, émettre un nouveau lien
studio-link-revoke = Révoquer le lien
studio-link-revoke-question = Le visiteur ne pourra plus ouvrir sa page. Révoquer ?
studio-link-revoke-yes = Oui, révoquer
studio-link-revoke-failed = Le lien n’a pas été révoqué
studio-link-revoked = Émis le { $issued } ; révoqué le { $revoked }. La page ne s’ouvre plus.
studio-link-until = Émis le { $issued } ; valable jusqu’au { $until }.
studio-link-forever = Émis le { $issued } ; n’expire jamais.

## Deliveries
studio-deliveries-title = Envois
studio-deliveries-none = Rien n’a été envoyé pour cette demande.
studio-delivery-sent = Envoyé
studio-delivery-waiting = En attente
studio-delivery-dead = Abandonné
studio-delivery-attempts = { $n ->
    [one] { $n } tentative
   *[other] { $n } tentatives
}
studio-delivery-next = prochaine tentative { $when }
studio-delivery-every-attempt = Toutes les tentatives
studio-delivery-retry = Réessayer maintenant
studio-delivery-retry-failed = La nouvelle tentative n’a pas été programmée
studio-delivery-jeweler-email = E-mail pour vous
studio-delivery-visitor-email = Confirmation au visiteur
studio-delivery-revision-email = Création révisée au visiteur
studio-delivery-message-email = Avis de message
studio-delivery-proposal-email = Proposition ou sa réponse
studio-delivery-appointment-email = Invitation au rendez-vous
studio-delivery-stage-email = Avancement de la fabrication au visiteur
studio-delivery-link-email = Nouveau lien au visiteur
studio-delivery-erasure-email = Demande d’effacement pour vous
studio-delivery-webhook = Webhook

## Availability
studio-weekday-1 = Lundi
studio-weekday-2 = Mardi
studio-weekday-3 = Mercredi
studio-weekday-4 = Jeudi
studio-weekday-5 = Vendredi
studio-weekday-6 = Samedi
studio-weekday-7 = Dimanche
studio-avail-not-loaded = Les disponibilités n’ont pas pu être chargées
studio-avail-title = Disponibilités pour les rendez-vous
studio-avail-hours-order = Le { $day }, les horaires doivent finir après leur début.
studio-avail-no-kind = Proposez au moins un type de rendez-vous.
studio-avail-slot-whole = La durée d’un rendez-vous doit être un nombre entier.
studio-avail-buffer-whole = Le temps après chaque rendez-vous doit être un nombre entier.
studio-avail-horizon-whole = Le délai de réservation doit être un nombre entier.
studio-avail-notice-whole = Le préavis minimal doit être un nombre entier.
studio-avail-closed = Fermé
studio-avail-from = De
studio-avail-to = à
studio-avail-remove-hours = Retirer ces horaires le { $day }
studio-avail-remove = Retirer
studio-avail-add-hours-on = Ajouter des horaires le { $day }
studio-avail-add-hours = Ajouter des horaires
studio-avail-open = Les visiteurs réservent des créneaux libres dans ces horaires depuis leur page de commande.
studio-avail-not-open = Les réservations ne sont pas encore ouvertes : les visiteurs pourront réserver dès que vous aurez enregistré vos horaires.
studio-avail-zone = Fuseau horaire de la boutique
studio-avail-hours = Horaires d’ouverture, dans le fuseau horaire de la boutique
studio-avail-slot = Durée d’un rendez-vous (minutes)
studio-avail-buffer = Temps libre après chacun (minutes)
studio-avail-horizon = Réservable jusqu’à (jours à l’avance)
studio-avail-notice = Préavis minimal (heures)
studio-avail-kinds = Types de rendez-vous proposés
studio-avail-dates-closed = Jours de fermeture
studio-avail-none = Aucun.
studio-avail-remove-date = Retirer le { $date } des jours de fermeture
studio-avail-add-date-label = Ajouter un jour de fermeture
studio-avail-add-date = Ajouter la date
studio-avail-failed = Les disponibilités n’ont pas été enregistrées
studio-avail-saved = Enregistré.
studio-avail-save = Enregistrer les disponibilités
studio-page-title = { $shop } · Atelier
studio-warning-size-not-given = Aucune taille indiquée pour l’instant : demandez-la, ou envoyez un baguier.
studio-warning-size-sizer = Le client demande un baguier : envoyez-en un, et conseillez de mesurer en fin de journée, quand les doigts sont le plus gonflés.
studio-warning-size-unknown = Le client ne connaît pas sa taille et ne demande pas de baguier : sans taille, une taille standard sera réalisée, et une mise à taille ultérieure peut être facturée.
studio-warning-not-resizable-unsized = Le modèle « { $setting } » ne pourra pas être mis à taille plus tard, et aucune taille n’est encore indiquée : faites mesurer le doigt avec soin avant de commencer.
studio-warning-soft-stone-in-bezel = { $stone } : { $low }–{ $high } sur l’échelle de Mohs, plus tendre que les poussières rencontrées chaque jour. { $care } Le serti clos choisi par le client la protège bien.
