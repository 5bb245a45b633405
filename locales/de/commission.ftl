# The visitor's commission page: thread, proposals, booking, stages, privacy.

## The page
com-opening = Ihr Auftrag wird geöffnet …
com-open-failed-title = Ihre Auftragsseite konnte nicht geöffnet werden
com-refresh-failed = Die Seite konnte nicht aktualisiert werden: { $reason }
com-title = Ihr Auftrag { $reference }
com-skip-conversation = Zum Gespräch springen
com-status-title = Stand:

## Why a request did not succeed
com-error-unknown = dieser Link ist nicht bekannt
com-error-revoked = der Goldschmied hat diesen Link geschlossen
com-error-expired = dieser Link ist abgelaufen
com-error-network = der Server des Geschäfts war nicht erreichbar
com-error-busy = der Server des Geschäfts ist ausgelastet (HTTP { $status }); bitte versuchen Sie es gleich noch einmal
com-error-slot-taken = diesen Termin hat gerade jemand anderes gebucht
com-error-rate-limited = zu viele Anfragen in kurzer Zeit; bitte warten Sie eine Minute und versuchen Sie es erneut
com-error-too-large = die Fotos sind zusammen zu groß; bitte senden Sie weniger auf einmal
com-error-invalid = der Server des Geschäfts konnte das so nicht annehmen; bitte prüfen Sie Ihre Eingabe
com-error-conflict = das ist bereits erledigt oder hat sich inzwischen geändert; laden Sie die Seite neu, um den aktuellen Stand zu sehen
com-error-gone = das ist nicht mehr möglich; laden Sie die Seite neu, um den aktuellen Stand zu sehen
com-error-not-found = das gibt es nicht mehr; laden Sie die Seite neu, um den aktuellen Stand zu sehen
com-error-other = der Server des Geschäfts hat die Anfrage abgelehnt

## A link that opens nothing
com-link-revoked-title = Dieser Link ist geschlossen
com-link-revoked-text = Der Goldschmied hat diesen Link geschlossen. Bitten Sie ihn um einen neuen.
com-link-expired-title = Dieser Link ist abgelaufen
com-link-expired-text = Links zu einer Auftragsseite können zeitlich begrenzt sein. Schreiben Sie dem Goldschmied und bitten Sie um einen neuen Link.
com-link-unknown-title = Dieser Link öffnet keinen Auftrag
com-link-unknown-text = Prüfen Sie, ob der Link vollständig aus der E-Mail kopiert wurde. Funktioniert er weiterhin nicht, antworten Sie auf diese E-Mail: Ihre Antwort erreicht den Goldschmied, der Ihnen einen neuen Link senden kann.
com-link-safe = Ein geschlossener Link löscht nichts: Was Sie gesendet haben, bleibt beim Goldschmied, sofern Sie nicht um Löschung gebeten haben.
com-link-contact = Sie erreichen { $shop } unter { $email }.

## The design
com-design-title = Ihr Entwurf
com-design-agreed = Vereinbart am { $when }
com-design-sent = Gesendet am { $when }
com-design-brief-title = Ihre Anfrage, wie Sie sie gesendet haben
com-design-pictures-title = Mit Ihrer Anfrage gesendete Bilder
com-design-picture = Ihr Entwurf, Ansicht { $view }
com-view-three-quarter = schräg von vorn
com-view-top = von oben
com-view-side = von der Seite
com-drawing-ring = Der Ring wird gezeichnet …
com-sketch-caption = Skizze: { $metal }, { $stone }
com-sketch-caption-band = Skizze: { $metal }

## Proposals
com-proposals-title = Vorgeschlagene Entwürfe
com-proposed-at = Vorgeschlagen am { $when }
com-changes-title = Was sich ändert
com-change-line = { $what }: { $from } → { $to }
com-price-range = Preisspanne: { $low }–{ $high }
com-answer-accepted = Sie haben diesen Entwurf angenommen
com-answer-changes = Sie haben um Änderungen gebeten
com-answer-line = { $answer } ({ $when })
com-answer-comment-label = Ihr Kommentar (was geändert werden soll, oder ein Wort an den Goldschmied)
com-answer-accept = Diesen Entwurf annehmen
com-answer-ask-changes = Um Änderungen bitten
com-compare-before = Der bisherige Entwurf
com-compare-proposal = Der Vorschlag
com-compare-ring = Ring
com-compare-metal = Metall
com-compare-stone = Mittelstein
com-compare-to-settle = Noch offen
com-compare-grams = etwa { $g } g
com-compare-stone-mm = { $length } × { $width } mm
com-compare-no-stone = —
com-compare-nothing = Nichts

## The conversation
com-thread-title = Gespräch
com-thread-empty = Noch keine Nachrichten. Der Goldschmied schreibt Ihnen hier; Sie können auch zuerst schreiben.
com-thread-you = Sie
com-photo-link = Foto: { $name }, öffnet in voller Größe
com-reply-label = Dem Goldschmied schreiben
com-reply-count = { $n } / { $max } Zeichen
com-reply-add-photos = Fotos hinzufügen (bis zu { $max })
com-reply-photos-max = Bis zu { $max } Fotos pro Nachricht.
com-reply-remove = { $name } entfernen
com-reply-send = Senden
com-reply-sending = Wird gesendet …
com-reply-not-sent-yet = Noch nicht gesendet: { $reason }. Ihre Nachricht bleibt erhalten; klicken Sie erneut auf „Senden“.
com-reply-not-sent = Nicht gesendet: { $reason }

## Booking
com-booking-title = Ihr Beratungstermin
com-booking-closed = Der Goldschmied nimmt noch keine Online-Buchungen an; er schlägt Ihnen im Gespräch einen Termin vor.
com-booking-taken = Diesen Termin hat gerade jemand anderes gebucht; bitte wählen Sie einen anderen.
com-booking-summary = { $kind }, { $day }, { $start }–{ $end }
com-booking-zones = In Ihrer Zeitzone ({ $zone }). Zeit im Geschäft: { $shop } ({ $shop_zone }).
com-booking-cancel = Termin absagen
com-booking-cancel-question = Den Beratungstermin am { $day }, { $start } absagen?
com-booking-cancel-yes = Ja, absagen
com-booking-keep = Termin behalten
com-slots-failed = Die freien Termine konnten nicht gelesen werden: { $reason }
com-slots-pick = Wählen Sie eine Zeit: Die Zeiten gelten für Ihre Zeitzone ({ $zone }); das Geschäft liegt in { $shop_zone }.
com-slots-move = Auf eine andere Zeit verschieben: Die Zeiten gelten für Ihre Zeitzone ({ $zone }); das Geschäft liegt in { $shop_zone }.
com-kind-title = Wie möchten Sie sich treffen?
com-slots-none = In den nächsten drei Wochen sind keine Termine frei; schreiben Sie dem Goldschmied im Gespräch.
com-slots-more = Weitere Tage
com-slot-shop-time = Zeit im Geschäft: { $shop }
com-slot-name = { $time } (Zeit im Geschäft: { $shop })
com-slot-chosen = { $kind }, { $day }, { $start } (Ihre Zeitzone: { $zone })
com-slot-book = Diese Zeit buchen
com-slot-move = Auf diese Zeit verschieben
com-slot-other = Andere Zeit wählen
com-your-zone = Ihre Zeitzone

## The making
com-timeline-title = Die Anfertigung
com-stage-photo = { $stage }: { $name }

## Privacy
com-privacy-title = Ihre Daten
com-privacy-download = Daten herunterladen (JSON)
com-privacy-download-text = Alles, was das Geschäft zu diesem Auftrag gespeichert hat: die Anfrage, die Nachrichten, die Vorschläge, den Termin, die Anfertigung und die Notizen des Goldschmieds dazu.
com-privacy-notice = Wie das Geschäft sie aufbewahrt: { $link }.
com-privacy-notice-link = die Datenschutzhinweise
com-erasure-requested = Sie haben am { $when } die Löschung beantragt. Der Goldschmied wurde informiert; er löscht die Anfrage, das Gespräch, die Vorschläge, den Termin und die Fotos und bestätigt dies per E-Mail. Was gesetzlich aufbewahrt werden muss (etwa eine Rechnung), wird nur so lange wie vorgeschrieben aufbewahrt.
com-erasure-text = Sie können den Goldschmied bitten, diesen Auftrag zu löschen: die Anfrage, das Gespräch, die Vorschläge, den Termin und alle Fotos. Diese Seite funktioniert danach nicht mehr.
com-erasure-comment = Was der Goldschmied wissen sollte (optional)
com-erasure-ask = Löschung beantragen
com-erasure-question = Den Goldschmied bitten, diesen Auftrag zu löschen? Danach funktioniert diese Seite nicht mehr, und das Gespräch ist gelöscht.
com-erasure-yes = Ja, Löschung beantragen
com-erasure-keep = Auftrag behalten
com-page-title = Ihr Auftrag
