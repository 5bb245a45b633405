# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.

## Shared

email-dear = Bonjour { $name },
email-link-private = Ce lien est personnel : toute personne qui l’a peut lire votre conversation, gardez-le donc pour vous.
email-link-inactive = Le lien vers votre page de commande n’est plus actif : demandez-en un nouveau au joaillier.
email-commission-link = Votre page de commande, pour suivre le projet et répondre au joaillier : { $link }
email-commission-open = Ouvrez votre page de commande pour suivre le projet et répondre au joaillier.
email-studio-answer = Répondre dans l’atelier : { $link }
email-studio-answer-link = Répondre dans l’atelier
email-studio-open = Ouvrir la demande dans l’atelier :
email-studio-open-link = Ouvrir la demande dans l’atelier
email-their-comment = Son commentaire :
email-their-comment-in = Son commentaire (écrit en { $language }) :
email-lang-en = anglais
email-lang-de = allemand
email-lang-fr = français
email-lang-it = italien
email-lang-es = espagnol
email-lang-ja = japonais
email-lang-ar = arabe

## The confirmation to the visitor

email-confirm-subject = { $shop } a bien reçu votre demande de consultation { $reference }
email-confirm-thanks = { $shop } vous remercie de votre demande. Votre référence est { $reference }.
email-confirm-received = Nous l’avons reçue le { $date }.
email-confirm-design = Votre création : { $summary }
email-confirm-budget = Votre budget : { $budget }
email-confirm-picture = L’image jointe à cet e-mail montre votre bague telle que le configurateur l’a dessinée (vue { $view }).
email-confirm-picture-alt = Votre bague, vue { $view }
email-confirm-reopen = Rouvrir votre création dans le configurateur : { $link }
email-confirm-reopen-link = Rouvrir votre création dans le configurateur
email-confirm-photos = { $count ->
    [one] Votre photo d’inspiration a été envoyée avec votre demande.
   *[other] Vos { $count } photos d’inspiration ont été envoyées avec votre demande.
}
email-confirm-surprise = C’est une surprise : le joaillier ne contactera que vous, jamais la personne qui portera la bague.
email-confirm-next = Le joaillier vous répondra sous quelques jours ouvrés pour en parler avec vous. Une image à l’écran n’est pas encore le bijou fini : attendez-vous à un échange, des croquis et des retouches avant un devis, valable pour une durée limitée.
email-confirm-reply = Pour toute question, répondez simplement à cet e-mail.
email-view-three-quarter = de trois quarts
email-view-side = de côté
email-view-top = de dessus

## The brief to the jeweler

email-brief-subject = Consultation { $reference } : { $summary }
email-brief-title = Nouvelle demande de consultation { $reference } ({ $date })
email-brief-heading = Demande de consultation { $reference }
email-brief-specification = Spécification
email-brief-request = La demande
email-brief-notes = Notes :
email-brief-notes-in = Notes (écrites en { $language }) :
email-brief-notes-heading = Notes
email-brief-notes-heading-in = Notes (écrites en { $language })
email-brief-photos = { $count ->
    [one] { $count } photo d’inspiration jointe : { $files }
   *[other] { $count } photos d’inspiration jointes : { $files }
}
email-brief-snapshot-alt = La bague, vue { $view }
email-brief-studio = Cette demande dans l’atelier : { $link }
email-brief-studio-link = Ouvrir cette demande dans l’atelier
email-brief-design = La création dans le configurateur : { $link }
email-brief-design-link = Ouvrir la création dans le configurateur
email-brief-reply = Répondez à cet e-mail pour répondre au client.
email-fact-budget = Budget
email-fact-deadline = Échéance
email-fact-surprise = Surprise
email-fact-occasion = Occasion
email-fact-name = Nom
email-fact-email = E-mail
email-fact-phone = Téléphone
email-fact-prefers = Préfère
email-fact-not-given = non indiqué
email-budget-range = { $min } – { $max }
email-budget-up-to = jusqu’à { $max }
email-fact-no-deadline = aucune indiquée
email-fact-surprise-yes = OUI : ne pas contacter la personne qui portera la bague
email-fact-surprise-no = non

## A message of the conversation

email-message-subject-jeweler = { $name } a écrit au sujet de la demande { $reference }
email-message-jeweler = { $name } a écrit au sujet de la demande { $reference } :
email-message-jeweler-in = { $name } a écrit au sujet de la demande { $reference } (en { $language }) :
email-message-subject-visitor = { $shop } vous a écrit au sujet de votre demande { $reference }
email-message-visitor = { $shop } vous a écrit au sujet de votre demande { $reference } :
email-message-photos = { $count ->
    [one] { $count } photo l’accompagne.
   *[other] { $count } photos l’accompagnent.
}

## A new link

email-link-subject = Un nouveau lien vers votre demande { $reference } chez { $shop }
email-link-body = { $shop } vous a donné un nouveau lien vers la page de votre demande { $reference }. Les liens précédents ne l’ouvrent plus.

## A revised design, and the visitor's answer

email-proposal-subject = Une création revue pour { $reference } par { $shop }
email-proposal-body = { $shop } vous propose une création revue pour votre demande { $reference }.
email-proposal-design = La création proposée : { $summary }
email-proposal-changed = Ce qui a changé : { $changes }
email-proposal-unchanged = rien dans la spécification ; voir le message du joaillier
email-proposal-price = Prix : { $price }
email-proposal-price-range = { $low } – { $high }
email-proposal-compare = Comparez-la avec votre création et répondez sur votre page de commande :
email-proposal-compare-link = Comparer avec votre création et répondre sur votre page de commande
email-answer-accepted-subject = { $reference } : { $name } a accepté la création proposée
email-answer-accepted = { $name } (demande { $reference }) a accepté la création proposée.
email-answer-changes-subject = { $reference } : { $name } demande des modifications de la création proposée
email-answer-changes = { $name } (demande { $reference }) demande des modifications de la création proposée.

## A stage of the making

email-stage-subject = { $stage } : { $shop } vous donne des nouvelles de votre bijou
email-stage-body = Votre bijou pour { $reference } a franchi une nouvelle étape : { $stage }.
email-stage-photo = Une photo du bijou est jointe.
email-stage-follow = Suivez la fabrication sur votre page de commande :
email-stage-follow-link = Suivre la fabrication sur votre page de commande

## The visitor asks for erasure

email-erasure-subject = { $reference } : { $name } demande l’effacement
email-erasure-body = { $name } (demande { $reference }) a demandé le { $date } que tout ce qui concerne sa demande soit effacé.
email-erasure-todo = Marche à suivre : ouvrez la demande dans l’atelier, mettez de côté uniquement ce que la loi vous oblige à conserver (une facture, par exemple), puis choisissez « Effacer » sur la demande. Cela supprime la demande, la conversation, les propositions, les rendez-vous, les étapes et toutes les photos. Répondez ensuite à cet e-mail pour confirmer au client que c’est fait ; répondez dans un délai d’un mois.
email-erasure-studio = La demande dans l’atelier :

## An appointment

email-meeting-subject-visitor = { $news ->
    [cancelled] Votre consultation chez { $shop } est annulée ({ $reference })
    [moved] Votre consultation chez { $shop } a été déplacée ({ $reference })
   *[booked] Votre consultation chez { $shop } est réservée ({ $reference })
}
email-meeting-subject-jeweler = { $news ->
    [cancelled] Consultation annulée : { $reference } avec { $name }
    [moved] Consultation déplacée : { $reference } avec { $name }
   *[booked] Consultation réservée : { $reference } avec { $name }
}
email-meeting-visitor = { $news ->
    [cancelled] Votre consultation chez { $shop } pour { $reference } est annulée.
    [moved] Votre consultation chez { $shop } pour { $reference } a été déplacée.
   *[booked] Votre consultation chez { $shop } pour { $reference } est réservée.
}
email-meeting-jeweler = { $news ->
    [cancelled] La consultation avec { $name } pour { $reference } est annulée.
    [moved] La consultation avec { $name } pour { $reference } a été déplacée.
   *[booked] La consultation avec { $name } pour { $reference } est réservée.
}
email-meeting-when = Quand : { $time }, heure de la boutique ({ $zone }).
email-meeting-utc = En UTC : { $time }.
email-meeting-when-visitor = Quand : { $time }, votre heure ({ $zone }).
email-meeting-shop-time = Heure de la boutique : { $time } ({ $zone }).
email-meeting-how = Comment : { $kind }.
email-meeting-span = { $day }, { $start }–{ $end } ({ $abbr })
email-meeting-page = Votre page de commande : { $link }
email-meeting-brief = La demande : { $link }
email-meeting-no-link = (le lien vers votre page de commande n’est plus actif : demandez-en un nouveau au joaillier)
email-meeting-attached = { $news ->
    [cancelled] L’annulation pour votre agenda est jointe.
   *[other] L’invitation pour votre agenda est jointe.
}
email-meeting-summary = Consultation chez { $shop } — { $reference }

## The pages' loading posters, before the app's own words arrive

email-page-title = { $shop } · créez votre bague
email-page-description = Dessinez la première idée de votre bague en 3D et envoyez-la à votre joaillier.
email-page-tagline = Dessinez la première idée de votre bague, puis parlez-en avec votre joaillier
email-page-poster-alt = Une bague solitaire en or jaune ; l’aperçu 3D se charge
email-page-loading = Chargement du créateur de bagues…
email-page-studio-loading = Ouverture de l’atelier…
email-page-commission-title = Votre commande
email-page-commission-loading = Ouverture de votre commande…

## The privacy notice built from the configuration (a shop's own file is shown as written)

email-privacy-title = Politique de confidentialité
email-privacy-who-heading = Qui nous sommes
email-privacy-who = { $shop } reçoit les demandes envoyées depuis ce site. Écrivez à { $email } pour toute question sur cette politique.
email-privacy-what-heading = Ce que nous conservons
email-privacy-what = Quand vous envoyez une demande, nous conservons ce que vous avez saisi : la création, votre nom, votre adresse e-mail et votre numéro de téléphone s’il est indiqué, le budget, l’occasion, l’échéance, vos notes, vos photos et les images de la création. Si la commande se poursuit, nous conservons aussi la conversation et ses photos, les créations proposées et vos réponses, les consultations réservées, les étapes de fabrication avec leurs photos, et nos propres notes sur la demande.
email-privacy-use = Nous les utilisons uniquement pour répondre à votre demande et réaliser le bijou. Nous ne les vendons ni ne les partageons ; les e-mails passent par notre fournisseur de messagerie.
email-privacy-long-heading = Combien de temps
email-privacy-long = Une demande et tout ce qui l’accompagne : conservée pendant la commande, puis aussi longtemps que nécessaire pour l’entretien du bijou, ou jusqu’à ce que vous demandiez l’effacement.
email-privacy-archived-kept = Demandes archivées : conservées jusqu’à ce que vous demandiez l’effacement ou que nous les effacions.
email-privacy-archived-erased = { $days ->
    [one] Demandes archivées : effacées { $days } jour après leur archivage.
   *[other] Demandes archivées : effacées { $days } jours après leur archivage.
}
email-privacy-spam-kept = Demandes marquées comme indésirables : conservées jusqu’à ce que vous demandiez l’effacement ou que nous les effacions.
email-privacy-spam-erased = { $days ->
    [one] Demandes marquées comme indésirables : effacées { $days } jour après leur marquage.
   *[other] Demandes marquées comme indésirables : effacées { $days } jours après leur marquage.
}
email-privacy-rights-heading = Vos droits
email-privacy-rights = Votre page de commande (le lien personnel de votre e-mail de confirmation) propose un bouton pour télécharger tout ce que nous détenons sur votre commande, et un bouton pour en demander l’effacement. Vous pouvez aussi écrire à { $email }. Nous répondons dans un délai d’un mois. Vous pouvez également déposer une réclamation auprès de votre autorité de protection des données.

## A revised design sent before proposals (rows queued then are still delivered)

email-revision-subject = Votre création revue pour { $reference } par { $shop }
email-revision-body = { $shop } a revu la création de votre demande { $reference }.
email-revision-design = La création revue : { $summary }
email-revision-open = Ouvrez-la, faites-la tourner et ajustez-la ici :
email-revision-open-link = Ouvrir la création revue
email-revision-reply = Répondez à cet e-mail pour nous dire ce que vous en pensez.

email-shop-closed-title = { $shop } est fermé
email-shop-closed-text = Le configurateur de bagues et l’atelier de la boutique { $shop } sont fermés pour le moment. Pour parler de votre bague, contactez directement le joaillier.
