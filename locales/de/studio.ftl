# The jeweler's studio (always in the shop's language).
# English is the source: every other language has exactly these keys and arguments.

## Shared by every page
studio-mark = Atelier
studio-opening = Das Atelier wird geöffnet…
studio-session-unchecked = Das Atelier konnte Ihre Anmeldung nicht prüfen: { $why }
studio-failed = { $what }: { $why }.
studio-sign-in-again = Erneut anmelden
studio-as-written = { $text }
studio-keep-it = Beibehalten
studio-cancel = Abbrechen
studio-loading = Wird geladen…

## Errors from the server ($reason is the server's own words)
studio-error-unauthorized = { $reason }
studio-error-rate-limited = zu viele Versuche: Bitte warten Sie { $wait }, bevor Sie es erneut versuchen
studio-error-forbidden = der Server hat diese Änderung abgelehnt ({ $reason }); laden Sie die Seite neu und versuchen Sie es erneut
studio-error-not-found = nicht gefunden: { $reason }
studio-error-rejected = { $reason }
studio-error-server = der Server konnte nicht antworten (HTTP { $status }); versuchen Sie es gleich noch einmal
studio-error-network = der Server ist nicht erreichbar: { $reason }
studio-error-unreadable = die Antwort des Servers ist nicht lesbar: { $reason }
studio-wait-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
studio-wait-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}

## Days until a date
studio-days-today = heute
studio-days-tomorrow = morgen
studio-days-yesterday = gestern
studio-days-ahead = { $n ->
    [one] in { $n } Tag
   *[other] in { $n } Tagen
}
studio-days-ago = { $n ->
    [one] vor { $n } Tag
   *[other] vor { $n } Tagen
}

## The bar
studio-nav-availability = Verfügbarkeit
studio-sign-out = Abmelden
studio-shop-switch = Geschäft

## Sign-in and first account
studio-login-title = Bei Ihrem Atelier anmelden
studio-login-lead = Hier warten die Anfragen, die Ihre Besucher gesendet haben.
studio-login-no-account = Es gibt noch kein Konto. Öffnen Sie den einmaligen Einrichtungslink, den der Server beim Start in sein Protokoll geschrieben hat, oder legen Sie auf dem Server mit diesem Befehl ein Konto an:
studio-login-no-match = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto. Bitte prüfen Sie beides und versuchen Sie es erneut.
studio-login-limited = Zu viele Versuche: Bitte warten Sie { $wait }, bevor Sie es erneut versuchen. Anmeldungen sind begrenzt, damit Passwörter nicht erraten werden können.
studio-field-email = E-Mail
studio-field-password = Passwort
studio-sign-in = Anmelden
studio-signing-in = Anmeldung läuft…
studio-setup-title = Ihr Atelier einrichten
studio-setup-lead = Legen Sie das erste Konto an. Die Anfragen Ihrer Besucher warten dann hier auf Sie.
studio-setup-need-token = Fügen Sie das Einrichtungstoken aus dem Serverprotokoll ein.
studio-setup-need-email = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden werden.
studio-setup-short-password = { $n ->
    [one] Wählen Sie ein Passwort mit mindestens { $n } Zeichen.
   *[other] Wählen Sie ein Passwort mit mindestens { $n } Zeichen.
}
studio-setup-passwords-differ = Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe Passwort ein.
studio-setup-link-used = Dieser Einrichtungslink ist nicht mehr gültig (er funktioniert nur einmal). Melden Sie sich an oder legen Sie auf dem Server mit atelier-server user add ein Konto an.
studio-field-setup-token = Einrichtungstoken (aus dem Serverprotokoll)
studio-field-your-email = Ihre E-Mail-Adresse
studio-field-new-password = { $n ->
    [one] Passwort (mindestens { $n } Zeichen)
   *[other] Passwort (mindestens { $n } Zeichen)
}
studio-field-password-again = Passwort wiederholen
studio-create-account = Konto anlegen
studio-creating = Wird angelegt…

## The inbox
studio-inbox-title = Anfragen
studio-export = Exportieren
studio-search-label = Nach Name, E-Mail oder Referenz suchen
studio-search = Suchen
studio-filter-status = Nach Status filtern
studio-filter-turn = Nach Gesprächsstand filtern
studio-filter-all = Alle
studio-turn-visitor-replied = Besucher hat geantwortet
studio-turn-awaiting-reply = Wartet auf Ihre Antwort
studio-inbox-list = Anfragen, neueste zuerst
studio-inbox-loading = Anfragen werden geladen…
studio-inbox-more = Weitere Anfragen
studio-inbox-more-failed = Weitere Anfragen konnten nicht geladen werden
studio-inbox-not-loaded = Der Posteingang konnte nicht geladen werden
studio-inbox-no-match = Keine Anfrage passt zu „{ $q }“.
studio-inbox-none-in-status = Keine Anfrage hat diesen Status.
studio-inbox-empty = Noch keine Anfragen. Sobald ein Besucher einen Entwurf sendet, erscheint er hier.
studio-inbox-no-visitor-replied = Seit Ihrer letzten Nachricht hat kein Besucher geschrieben.
studio-inbox-nothing-awaits = Nichts wartet auf Ihre Antwort: In jedem Gespräch haben Sie das letzte Wort.
studio-inbox-no-erasure = Kein Besucher hat die Löschung seiner Daten verlangt.
studio-filter-erasure = Löschung verlangt
studio-row-erasure-requested = Löschung verlangt am { $date }
studio-row-changed-by-proposal = Per Vorschlag geändert
studio-row-needed-by = Benötigt bis { $date }
studio-row-needed-by-days = Benötigt bis { $date } ({ $days })
studio-row-by = Bis { $date }
studio-row-by-days = Bis { $date } ({ $days })

## Erasing a brief
studio-erase = Löschen
studio-delete = Diese Anfrage löschen…
studio-delete-question = { $reference } endgültig löschen, mit allen Bildern, Notizen und Zustellungen? Das lässt sich nicht rückgängig machen.
studio-delete-yes = Ja, löschen
studio-delete-failed = Die Anfrage wurde nicht gelöscht

## Private notes
studio-notes-title = Interne Notizen
studio-notes-none = Noch keine Notizen.
studio-notes-label = Notiz hinzufügen (nicht auf der Seite des Besuchers, aber Teil seiner Daten, wenn er sie herunterlädt)
studio-notes-failed = Die Notiz wurde nicht gespeichert
studio-notes-add = Notiz hinzufügen

## Revising the design
studio-revise-no-change = Noch keine Änderung.
studio-revise-unreadable = Der Entwurf konnte nicht gelesen werden.
studio-revise-region = Entwurf überarbeiten
studio-revise-title = { $reference } überarbeiten
studio-revise-opening = Der Konfigurator wird geöffnet…
studio-revise-use = Diesen Entwurf verwenden
studio-revise-not-opened = Der Entwurf konnte nicht geöffnet werden
studio-revise-opening-design = Der Entwurf wird geöffnet…
studio-revise-frame = Der Konfigurator mit dem aktuellen Entwurf der Anfrage

## Specification and status
studio-specs = Spezifikation
studio-status-title = Status
studio-status-move-to = Ändern in
studio-status-change = Status ändern
studio-status-failed = Der Status wurde nicht geändert
studio-status-history = Verlauf
studio-status-from-to = { $from } → { $to }
studio-status-arrived = Eingegangen als Neu

## One brief
studio-brief-not-opened = Diese Anfrage konnte nicht geöffnet werden
studio-brief-back = ← Alle Anfragen
studio-brief-opening = { $reference } wird geöffnet…
studio-brief-mail-subject = Ihr Ringentwurf ({ $reference })
studio-brief-deadline-days = { $date } – { $days }
studio-brief-rush = (Eilauftrag: Goldschmiede rechnen meist mit drei bis vier Monaten)
studio-brief-received = Eingegangen am { $when }
studio-brief-actions = Aktionen zur Anfrage
studio-brief-reply = Per E-Mail antworten
studio-brief-open-design = Entwurf öffnen
studio-brief-open-original = Original öffnen
studio-brief-original-design = Ursprünglicher Entwurf: { $summary }
studio-brief-print = Drucken
studio-brief-surprise-banner = Überraschung: Kontaktieren Sie niemals die Trägerin oder den Träger. Sprechen Sie nur mit { $name }.
studio-brief-snapshots = Ansichten
studio-brief-snapshots-original = Ansichten des ursprünglichen Entwurfs
studio-brief-inspiration = Inspiration des Besuchers
studio-brief-contact = Kontakt
studio-brief-name = Name
studio-brief-phone = Telefon
studio-brief-prefers = Bevorzugt
studio-brief-surprise = Überraschung
studio-brief-surprise-yes = Ja: die Trägerin oder den Träger nicht kontaktieren
studio-brief-surprise-no = Nein
studio-brief-language = Sprache
studio-brief-timeline = Anlass, Zeitplan und Budget
studio-brief-occasion = Anlass
studio-brief-not-given = Nicht angegeben
studio-brief-needed-by = Benötigt bis
studio-brief-no-date = Kein Datum angegeben
studio-brief-budget = Budget
studio-brief-against-estimate = Im Vergleich zur Schätzung
studio-brief-warnings = Hinweise
studio-brief-visitor-words = In den Worten des Besuchers
studio-brief-no-notes = Keine Anmerkungen.
studio-written-in = Auf { $language } geschrieben, so wiedergegeben, wie der Besucher es verfasst hat
studio-view-three-quarter = Dreiviertelansicht
studio-view-top = Draufsicht
studio-view-side = Seitenansicht
studio-view-snapshot = Ansicht
studio-view-other = Ansicht: { $view }
studio-estimate-no-prices = Es ist keine Preisliste eingerichtet: Kalkulieren Sie anhand der Spezifikation.
studio-estimate-missing = Für { $what } gibt es keinen Preis in der Preisliste: Bitte individuell kalkulieren.
studio-estimate-no-budget = Schätzung { $low }–{ $high }; der Besucher hat kein Budget angegeben.
studio-estimate-other-currency = Schätzung { $low }–{ $high } (Preise vom { $prices }); das Budget ist in { $budget_currency } angegeben.
studio-estimate-within = Schätzung { $low }–{ $high } (Preise vom { $prices }): im Rahmen des Budgets.
studio-estimate-above = Schätzung { $low }–{ $high } (Preise vom { $prices }): mindestens { $over } über dem Budget.
studio-estimate-upper-above = Schätzung { $low }–{ $high } (Preise vom { $prices }): das obere Ende liegt über dem Budget.

## The commission on the brief page
studio-commission = Auftrag
studio-commission-loading = Das Gespräch wird geladen…
studio-commission-not-loaded = Gespräch und Vorschläge konnten nicht geladen werden
studio-commission-page-says = Die Seite des Besuchers zeigt: { $status }
studio-erasure-asked = Der Besucher hat am { $when } die Löschung verlangt.
studio-erasure-what-to-do = Löschen Sie diese Anfrage mit „Diese Anfrage löschen…“ unter „Löschen“ weiter unten, innerhalb der Frist, die Ihre Datenschutzerklärung zusagt (die mitgelieferte Erklärung nennt einen Monat).

## Proposed designs
studio-proposals-title = Vorgeschlagene Entwürfe
studio-proposals-none = Noch kein Entwurf vorgeschlagen.
studio-proposals-propose = Änderung vorschlagen
studio-proposal-waiting = Wartet auf die Antwort des Besuchers.
studio-proposal-accepted = Vom Besucher angenommen
studio-proposal-changes-requested = Der Besucher wünscht Änderungen
studio-proposal-no-change = Keine Änderung am Entwurf.
studio-proposal-proposed = Vorgeschlagen am { $when }
studio-proposal-price = Preis: { $price }
studio-proposal-same = Wie der aktuelle Entwurf.
studio-proposal-new = Neuer Vorschlag
studio-proposal-what-changes = Was sich ändert:
studio-proposal-message = Nachricht an den Besucher
studio-proposal-price-range = Preisspanne (optional)
studio-proposal-from = Von
studio-proposal-to = Bis
studio-proposal-currency = Währung
studio-proposal-failed = Der Vorschlag wurde nicht gesendet
studio-proposal-send = Vorschlag senden
studio-proposal-discard = Verwerfen
studio-price-both-ends = Geben Sie beide Enden der Preisspanne als ganze Zahlen an oder keines.
studio-price-order = Das untere Ende der Preisspanne liegt über dem oberen.
studio-price-currency = Die Währung ist ein Code aus drei Buchstaben, etwa EUR oder CHF.

## The making
studio-saving = Wird gespeichert…
studio-stages-title = Die Anfertigung
studio-stages-none = Noch nicht begonnen.
studio-stages-move-to = Zum Arbeitsschritt
studio-stages-note = Notiz für den Besucher (optional)
studio-stages-photo = Foto (optional)
studio-stages-notify = Den Besucher per E-Mail benachrichtigen
studio-stages-failed = Der Arbeitsschritt wurde nicht gespeichert
studio-stages-save = Zu diesem Arbeitsschritt

## The conversation
studio-sending = Wird gesendet…
studio-conversation-title = Gespräch mit dem Besucher
studio-conversation-none = Noch keine Nachrichten. Was Sie hier schreiben, erhält der Besucher per E-Mail und auf seiner Auftragsseite.
studio-conversation-write = An den Besucher schreiben
studio-conversation-left = { $n ->
    [one] Noch { $n } Zeichen
   *[other] Noch { $n } Zeichen
}
studio-conversation-failed = Die Nachricht wurde nicht gesendet
studio-conversation-send = Nachricht senden
studio-conversation-visitor = Besucher
studio-conversation-you = Sie
studio-proposal-answer-quoted = { $answer }: „{ $comment }“

## The consultation
studio-appointment-pick = Wählen Sie einen der freien Termine.
studio-appointment-when = { $kind }: { $start } – { $end } (Ihre Zeit)
studio-appointment-at-shop = Im Geschäft ({ $zone }): { $time }
studio-appointment-visitor-time = Zeit der Kundin oder des Kunden ({ $zone }): { $time }
studio-appointment-title = Beratung
studio-appointment-none = Nichts gebucht. Der Besucher bucht auf seiner Auftragsseite.
studio-appointment-move-lead = Auf einen anderen freien Termin verschieben:
studio-appointment-book-lead = Einen freien Termin für den Besucher buchen:
studio-appointment-how = Wie
studio-appointment-book-failed = Die Beratung wurde nicht gebucht
studio-appointment-move = Beratung verschieben
studio-appointment-book = Buchen
studio-appointment-cancel = Beratung absagen
studio-appointment-cancel-question = Der Besucher und Sie erhalten eine Absage per E-Mail. Beratung absagen?
studio-appointment-cancel-yes = Ja, absagen
studio-appointment-cancel-failed = Die Beratung wurde nicht abgesagt
studio-slots-not-loaded = Die freien Termine konnten nicht geladen werden
studio-slots-not-open = Buchungen sind noch nicht möglich: Speichern Sie zuerst Ihre Zeiten unter Verfügbarkeit.
studio-slots-none = { $n ->
    [one] Kein freier Termin am nächsten Tag. Ihre Zeiten finden Sie unter Verfügbarkeit.
   *[other] Kein freier Termin in den nächsten { $n } Tagen. Ihre Zeiten finden Sie unter Verfügbarkeit.
}
studio-slots-lead = Zeiten im Geschäft ({ $zone }); Ihre eigene Zeit in Klammern, wo sie abweicht.
studio-slots-title = Freie Termine
studio-slots-loading = Freie Termine werden geladen…
studio-slots-later = Spätere Tage
studio-slot-your-time = ({ $time } Ihre Zeit)

## The visitor's private link
studio-link-never = Läuft nie ab
studio-link-30-days = Läuft in 30 Tagen ab
studio-link-90-days = Läuft in 90 Tagen ab
studio-link-year = Läuft in einem Jahr ab
studio-link-none = Es wurde noch kein Link ausgestellt.
studio-link-title = Der persönliche Link des Besuchers
studio-link-issued = Neuer Link, per E-Mail an den Besucher gesendet (er wird nur jetzt angezeigt):
studio-link-new = Neuer Link
studio-link-issue-failed = Es wurde kein neuer Link ausgestellt
studio-link-issue = Neuen Link ausstellen
studio-link-issue-question = Der bisherige Link des Besuchers funktioniert dann nicht mehr; der neue wird ihm per E-Mail geschickt. Neuen Link ausstellen?
studio-link-issue-yes = Ja, neuen Link ausstellen
studio-link-revoke = Link widerrufen
studio-link-revoke-question = Der Besucher kann seine Seite dann nicht mehr öffnen. Widerrufen?
studio-link-revoke-yes = Ja, widerrufen
studio-link-revoke-failed = Der Link wurde nicht widerrufen
studio-link-revoked = Ausgestellt am { $issued }; widerrufen am { $revoked }. Die Seite lässt sich nicht mehr öffnen.
studio-link-until = Ausgestellt am { $issued }; gültig bis { $until }.
studio-link-forever = Ausgestellt am { $issued }; läuft nie ab.

## Deliveries
studio-deliveries-title = Zustellungen
studio-deliveries-none = Zu dieser Anfrage wurde nichts versendet.
studio-delivery-sent = Gesendet
studio-delivery-waiting = Wartet
studio-delivery-dead = Aufgegeben
studio-delivery-attempts = { $n ->
    [one] { $n } Versuch
   *[other] { $n } Versuche
}
studio-delivery-next = nächster Versuch { $when }
studio-delivery-every-attempt = Alle Versuche
studio-delivery-retry = Jetzt erneut versuchen
studio-delivery-retry-failed = Der erneute Versuch wurde nicht eingeplant
studio-delivery-jeweler-email = E-Mail an Sie
studio-delivery-visitor-email = Bestätigung an den Besucher
studio-delivery-revision-email = Überarbeiteter Entwurf an den Besucher
studio-delivery-message-email = Nachrichtenhinweis
studio-delivery-proposal-email = Vorschlag oder Antwort darauf
studio-delivery-appointment-email = Einladung zur Beratung
studio-delivery-stage-email = Stand der Anfertigung an den Besucher
studio-delivery-link-email = Neuer Link an den Besucher
studio-delivery-erasure-email = Löschantrag an Sie
studio-delivery-webhook = Webhook

## Availability
studio-weekday-1 = Montag
studio-weekday-2 = Dienstag
studio-weekday-3 = Mittwoch
studio-weekday-4 = Donnerstag
studio-weekday-5 = Freitag
studio-weekday-6 = Samstag
studio-weekday-7 = Sonntag
studio-avail-not-loaded = Die Verfügbarkeit konnte nicht geladen werden
studio-avail-title = Verfügbarkeit für Beratungen
studio-avail-hours-order = Am { $day } müssen die Zeiten nach ihrem Beginn enden.
studio-avail-no-kind = Bieten Sie mindestens eine Art der Beratung an.
studio-avail-slot-whole = Die Dauer einer Beratung muss eine ganze Zahl sein.
studio-avail-buffer-whole = Die Zeit nach jeder Beratung muss eine ganze Zahl sein.
studio-avail-horizon-whole = Der Buchungszeitraum muss eine ganze Zahl sein.
studio-avail-notice-whole = Die kürzeste Vorlaufzeit muss eine ganze Zahl sein.
studio-avail-closed = Geschlossen
studio-avail-from = Von
studio-avail-to = bis
studio-avail-remove-hours = Diese Zeiten am { $day } entfernen
studio-avail-remove = Entfernen
studio-avail-add-hours-on = Zeiten am { $day } hinzufügen
studio-avail-add-hours = Zeiten hinzufügen
studio-avail-open = Besucher buchen auf ihrer Auftragsseite freie Termine aus diesen Zeiten.
studio-avail-not-open = Buchungen sind noch nicht möglich: Besucher können buchen, sobald Sie Ihre Zeiten gespeichert haben.
studio-avail-zone = Zeitzone des Geschäfts
studio-avail-hours = Öffnungszeiten, in der Zeitzone des Geschäfts
studio-avail-slot = Dauer einer Beratung (Minuten)
studio-avail-buffer = Pause nach jeder Beratung (Minuten)
studio-avail-horizon = Buchbar bis (Tage im Voraus)
studio-avail-notice = Kürzeste Vorlaufzeit (Stunden)
studio-avail-kinds = Angebotene Arten der Beratung
studio-avail-dates-closed = Geschlossene Tage
studio-avail-none = Keine.
studio-avail-remove-date = { $date } aus den geschlossenen Tagen entfernen
studio-avail-add-date-label = Geschlossenen Tag hinzufügen
studio-avail-add-date = Datum hinzufügen
studio-avail-failed = Die Verfügbarkeit wurde nicht gespeichert
studio-avail-saved = Gespeichert.
studio-avail-save = Verfügbarkeit speichern
studio-page-title = { $shop } Studio
studio-warning-size-not-given = Noch keine Ringgröße angegeben: danach fragen oder ein Ringmaß schicken.
studio-warning-size-sizer = Die Kundin oder der Kunde wünscht ein Ringmaß: eines schicken und empfehlen, abends zu messen, wenn die Finger am dicksten sind.
studio-warning-size-unknown = Die Größe ist unbekannt und kein Ringmaß gewünscht: ohne Maß wird eine Standardgröße gefertigt, eine spätere Änderung kann zusätzlich kosten.
studio-warning-not-resizable-unsized = Das Modell „{ $setting }“ lässt sich später nicht in der Größe ändern, und noch ist keine Größe angegeben: den Finger vor Beginn genau vermessen lassen.
studio-warning-soft-stone-in-bezel = { $stone } hat eine Mohshärte von { $low }–{ $high } und ist damit weicher als der Staub, dem er täglich begegnet. { $care } Die gewählte Zargenfassung schützt ihn gut.
