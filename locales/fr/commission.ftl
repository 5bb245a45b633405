# The visitor's commission page: thread, proposals, booking, stages, privacy.

## The page
com-opening = Ouverture de votre commande…
com-open-failed-title = Votre page de commande n’a pas pu s’ouvrir
com-refresh-failed = La page n’a pas pu être mise à jour : { $reason }
com-title = Votre commande { $reference }
com-skip-conversation = Aller à la conversation
com-status-title = Où en est-elle :

## Why a request did not succeed
com-error-unknown = ce lien est inconnu
com-error-revoked = le joaillier a fermé ce lien
com-error-expired = ce lien a expiré
com-error-network = impossible de joindre le serveur de la boutique
com-error-busy = le serveur de la boutique est occupé (HTTP { $status }) ; réessayez dans un instant
com-error-slot-taken = quelqu’un vient de réserver ce créneau
com-error-rate-limited = trop de demandes en peu de temps ; patientez une minute puis réessayez
com-error-too-large = les photos sont trop lourdes ensemble ; envoyez-en moins à la fois
com-error-invalid = le serveur de la boutique n’a pas pu accepter cela tel quel ; vérifiez ce que vous avez écrit
com-error-conflict = c’est déjà fait, ou cela a changé entre-temps ; rechargez la page pour voir où en sont les choses
com-error-gone = ce n’est plus possible ; rechargez la page pour voir où en sont les choses
com-error-not-found = cela n’existe plus ; rechargez la page pour voir où en sont les choses
com-error-other = le serveur de la boutique a refusé la demande

## A link that opens nothing
com-link-revoked-title = Ce lien est fermé
com-link-revoked-text = Le joaillier a fermé ce lien. Demandez-lui-en un nouveau.
com-link-expired-title = Ce lien a expiré
com-link-expired-text = Les liens vers une page de commande peuvent n’être valables qu’un temps. Écrivez au joaillier pour lui demander un nouveau lien.
com-link-unknown-title = Ce lien n’ouvre aucune commande
com-link-unknown-text = Vérifiez que le lien a été copié en entier depuis l’e-mail. S’il ne fonctionne toujours pas, répondez à cet e-mail : votre réponse parvient au joaillier, qui peut vous envoyer un nouveau lien.
com-link-safe = Fermer un lien n’efface rien : ce que vous avez envoyé reste chez le joaillier, sauf si vous avez demandé son effacement.
com-link-contact = Vous pouvez joindre { $shop } à l’adresse { $email }.

## The design
com-design-title = Votre création
com-design-agreed = Validée le { $when }
com-design-sent = Envoyée le { $when }
com-design-brief-title = Votre demande, telle que vous l’avez envoyée
com-design-pictures-title = Images envoyées avec votre demande
com-design-picture = Votre création, vue { $view }
com-view-three-quarter = de trois quarts
com-view-top = de dessus
com-view-side = de profil
com-drawing-ring = La bague se dessine…
com-sketch-caption = Croquis : { $metal }, { $stone }
com-sketch-caption-band = Croquis : { $metal }

## Proposals
com-proposals-title = Créations proposées
com-proposed-at = Proposée le { $when }
com-changes-title = Ce qui change
com-change-line = { $what } : { $from } → { $to }
com-price-range = Fourchette de prix : { $low }–{ $high }
com-answer-accepted = Vous avez accepté cette création
com-answer-changes = Vous avez demandé des modifications
com-answer-line = { $answer } ({ $when })
com-answer-comment-label = Votre commentaire (ce qu’il faut changer, ou un mot pour le joaillier)
com-answer-accept = Accepter cette création
com-answer-ask-changes = Demander des modifications
com-compare-before = La création précédente
com-compare-proposal = La proposition
com-compare-ring = Bague
com-compare-metal = Métal
com-compare-stone = Pierre centrale
com-compare-to-settle = À régler
com-compare-grams = environ { $g } g
com-compare-stone-mm = { $length } × { $width } mm
com-compare-no-stone = —
com-compare-nothing = Rien

## The conversation
com-thread-title = Conversation
com-thread-empty = Aucun message pour l’instant. Le joaillier vous écrit ici ; vous pouvez aussi écrire en premier.
com-thread-you = Vous
com-photo-link = Photo : { $name }, s’ouvre en taille réelle
com-reply-label = Écrire au joaillier
com-reply-count = { $n } / { $max } caractères
com-reply-add-photos = Ajouter des photos ({ $max } au plus)
com-reply-photos-max = { $max } photos au plus par message.
com-reply-remove = Retirer { $name }
com-reply-send = Envoyer
com-reply-sending = Envoi en cours…
com-reply-not-sent-yet = Pas encore envoyé : { $reason }. Votre message est conservé ; appuyez de nouveau sur Envoyer.
com-reply-not-sent = Non envoyé : { $reason }

## Booking
com-booking-title = Votre rendez-vous conseil
com-booking-closed = Le joaillier ne prend pas encore de rendez-vous en ligne ; il vous proposera un horaire dans la conversation.
com-booking-taken = Quelqu’un vient de réserver ce créneau ; choisissez-en un autre.
com-booking-summary = { $kind }, { $day }, { $start }–{ $end }
com-booking-zones = Dans votre fuseau horaire ({ $zone }). Heure de la boutique : { $shop } ({ $shop_zone }).
com-booking-cancel = Annuler le rendez-vous
com-booking-cancel-question = Annuler le rendez-vous du { $day }, { $start } ?
com-booking-cancel-yes = Oui, annuler
com-booking-keep = Le garder
com-slots-failed = Les créneaux libres n’ont pas pu être lus : { $reason }
com-slots-pick = Choisissez un horaire : les heures sont celles de votre fuseau ({ $zone }) ; la boutique est à l’heure de { $shop_zone }.
com-slots-move = Déplacez-le à un autre horaire : les heures sont celles de votre fuseau ({ $zone }) ; la boutique est à l’heure de { $shop_zone }.
com-kind-title = Comment souhaitez-vous vous rencontrer ?
com-slots-none = Aucun créneau libre dans les trois prochaines semaines ; écrivez au joaillier dans la conversation.
com-slots-more = Plus de jours
com-slot-shop-time = Heure de la boutique : { $shop }
com-slot-name = { $time } (heure de la boutique : { $shop })
com-slot-chosen = { $kind }, { $day }, { $start } (votre fuseau horaire : { $zone })
com-slot-book = Réserver ce créneau
com-slot-move = Déplacer vers ce créneau
com-slot-other = Choisir un autre créneau
com-your-zone = votre fuseau horaire

## The making
com-timeline-title = La fabrication
com-stage-photo = { $stage } : { $name }

## Privacy
com-privacy-title = Vos données
com-privacy-download = Télécharger mes données (JSON)
com-privacy-download-text = Tout ce que la boutique conserve sur cette commande : la demande, les messages, les propositions, le rendez-vous, la fabrication et les notes du joaillier à son sujet.
com-privacy-notice = Comment la boutique les conserve : { $link }.
com-privacy-notice-link = la politique de confidentialité
com-erasure-requested = Vous avez demandé l’effacement le { $when }. Le joaillier a été prévenu ; il efface la demande, la conversation, les propositions, le rendez-vous et les photos, et le confirme par e-mail. Ce que la loi l’oblige à garder (une facture, par exemple) n’est conservé que le temps requis.
com-erasure-text = Vous pouvez demander au joaillier d’effacer cette commande : la demande, la conversation, les propositions, le rendez-vous et toutes les photos. Cette page cesse alors de fonctionner.
com-erasure-comment = Ce que le joaillier devrait savoir (facultatif)
com-erasure-ask = Demander l’effacement
com-erasure-question = Demander au joaillier d’effacer cette commande ? Une fois fait, cette page cesse de fonctionner et la conversation disparaît.
com-erasure-yes = Oui, demander l’effacement
com-erasure-keep = Garder ma commande
com-page-title = Votre commande
