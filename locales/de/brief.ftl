# The brief form, its field errors, and the confirmation after sending.

## The design above the form
brief-design-title = Ihr Entwurf
brief-design-notes-title = Darüber sollten wir sprechen
brief-design-fix = Bitte korrigieren: { $problem }.

## Field errors
brief-errors-title = { $n ->
    [one] Vor dem Senden braucht noch eine Angabe Ihre Aufmerksamkeit:
   *[other] Vor dem Senden brauchen noch { $n } Angaben Ihre Aufmerksamkeit:
}
brief-errors-line = { $field }: { $problem }
brief-error-whole-amount = bitte einen ganzen Betrag eingeben, z. B. 2500
brief-error-server = der Server des Goldschmieds hat diese Angabe nicht angenommen; bitte prüfen Sie sie
brief-field-name = Ihr Name
brief-field-email = E-Mail
brief-field-phone = Telefon
brief-field-budget-min = Budget ab
brief-field-budget-max = Budget bis
brief-field-currency = Währung
brief-field-occasion = Anlass
brief-field-deadline = Benötigt bis
brief-field-size = Ringgröße
brief-field-origin = Natürlich oder im Labor gezüchtet
brief-field-own = Eigenes Material
brief-field-notes = Notizen
brief-field-consent = Einwilligung
brief-field-photos = Fotos
brief-field-ring = Der Ring

## Contact
brief-contact-title = So erreichen wir Sie
brief-label-name = Ihr Name
brief-label-email = E-Mail
brief-label-phone = Telefon (optional)
brief-channel-title = Bevorzugter Kontaktweg
brief-channel-email = E-Mail
brief-channel-phone = Anruf
brief-channel-message = SMS oder Messenger

## Budget and timing
brief-budget-title = Budget und Zeitplan
brief-label-budget-min = Budget ab (optional)
brief-label-budget-max = Budget bis
brief-label-currency = Währung
brief-currency-option = { $code } – { $name }
brief-budget-range = Ihr Budget: { $min } bis { $max }
brief-budget-up-to = Ihr Budget: bis { $max }
brief-budget-from = Ihr Budget: ab { $min }
brief-budget-unreadable = Ihr Budget: „{ $text }“ ist kein ganzer Betrag; bitte ohne Nachkommastellen eingeben, z. B. 2500.
brief-label-occasion = Anlass
brief-occasion-none = Keine Angabe
brief-occasion-engagement = Verlobung
brief-occasion-wedding = Hochzeit
brief-occasion-anniversary = Jahrestag
brief-occasion-birthday = Geburtstag
brief-occasion-gift = Ein Geschenk
brief-occasion-for-myself = Für mich selbst
brief-occasion-other = Etwas anderes
brief-label-deadline = Benötigt bis (optional)
brief-label-occasion-other = Welcher Anlass ist es?

## Size, stones, materials, surprise
brief-size-title = Ringgröße
brief-size-measured = Beim Goldschmied gemessen
brief-size-estimated = Zu Hause ermittelt
brief-size-unknown = Doch nicht sicher
brief-origin-title = Natürliche oder im Labor gezüchtete Steine
brief-origin-natural = Nur natürliche
brief-origin-lab = Nur im Labor gezüchtete
brief-origin-either = Beides ist mir recht
brief-origin-undecided = Noch unentschieden – bitte beraten Sie mich
brief-own-title = Etwas Eigenes zum Wiederverwenden
brief-own-stone = Ich habe einen Stein, der verarbeitet werden soll
brief-own-metal = Ich habe Gold oder anderes Metall zum Umarbeiten
brief-label-own-description = Was ist es?
brief-surprise-title = Eine Überraschung?
brief-surprise = Es ist eine Überraschung: Die Trägerin oder der Träger darf nicht kontaktiert werden
brief-label-notes = Inspiration und alles Weitere (optional)

## Consent and sending
brief-consent = Ich bin einverstanden, dass der Goldschmied mich zu dieser Anfrage kontaktiert.
brief-privacy = Wie Ihre Angaben verwendet werden: { $link }.
brief-privacy-link = Datenschutzhinweise des Goldschmieds
brief-label-website = Website
brief-button-send = An den Goldschmied senden
brief-button-sending = Wird gesendet …
brief-button-preparing = Fotos werden vorbereitet …
brief-button-retry = Jetzt erneut senden
brief-status-sending = { $photos ->
    [0] Ihre Anfrage und drei Bilder des Rings werden an den Goldschmied gesendet …
    [one] Ihre Anfrage, drei Bilder des Rings und Ihr Foto werden an den Goldschmied gesendet …
   *[other] Ihre Anfrage, drei Bilder des Rings und Ihre { $photos } Fotos werden an den Goldschmied gesendet …
}
brief-status-busy = { $seconds ->
    [one] Der Server des Goldschmieds ist ausgelastet. Ihre Anfrage ist in diesem Browser gespeichert und wird in { $seconds } Sekunde erneut gesendet.
   *[other] Der Server des Goldschmieds ist ausgelastet. Ihre Anfrage ist in diesem Browser gespeichert und wird in { $seconds } Sekunden erneut gesendet.
}
brief-status-busy-minutes = { $minutes ->
    [one] Der Server des Goldschmieds ist ausgelastet. Ihre Anfrage ist in diesem Browser gespeichert und wird in { $minutes } Minute erneut gesendet.
   *[other] Der Server des Goldschmieds ist ausgelastet. Ihre Anfrage ist in diesem Browser gespeichert und wird in { $minutes } Minuten erneut gesendet.
}
brief-status-unreachable-kept = Der Server des Goldschmieds war nicht erreichbar, daher wurde Ihre Anfrage noch nicht gesendet. Sie ist in diesem Browser gespeichert, und wir versuchen es weiter: Sobald die Verbindung wieder steht, wird sie automatisch gesendet – auch wenn Sie diese Seite schließen und später wiederkommen.
brief-status-unreachable-unkept = Der Server des Goldschmieds war nicht erreichbar, daher wurde Ihre Anfrage noch nicht gesendet. Dieser Browser konnte sie nicht speichern; bitte lassen Sie diese Seite geöffnet: Sobald die Verbindung wieder steht, wird sie automatisch gesendet.
brief-refused-too-large = Der Server des Goldschmieds hat die Anfrage abgelehnt: Sie ist zu groß zum Senden. Bitte entfernen Sie ein Foto oder kopieren Sie den Teilen-Link und schicken Sie ihn per E-Mail.
brief-refused-unreadable = Der Server des Goldschmieds hat die Anfrage abgelehnt: Er konnte sie nicht lesen. Bitte kopieren Sie den Teilen-Link und schicken Sie ihn per E-Mail.
brief-refused-key = Der Server des Goldschmieds hat die Anfrage abgelehnt: Diese Sendung wurde schon für eine andere Anfrage verwendet. Bitte laden Sie die Seite neu und senden Sie erneut.
brief-refused-forbidden = Der Server des Goldschmieds hat die Anfrage abgelehnt: Diese Website darf ihm keine Anfragen senden. Bitte kopieren Sie den Teilen-Link und schicken Sie ihn per E-Mail.
brief-refused-other = Der Server des Goldschmieds hat die Anfrage abgelehnt. Bitte kopieren Sie den Teilen-Link und schicken Sie ihn per E-Mail.

## Inspiration photos
brief-photos-title = Inspirationsfotos (optional)
brief-photos-hint = Bis zu { $max } Fotos von Ringen, die Ihnen gefallen, als JPEG, PNG oder WebP, jeweils bis { $size }. Vor dem Senden werden sie verkleinert (höchstens { $pixels } Pixel), und die Standortdaten der Kamera werden entfernt.
brief-photos-lost = { $n ->
    [one] Ihre Anfrage vom letzten Besuch ist noch da, aber noch nicht gesendet. Dieser Browser hat ihr Foto nicht behalten – bitte fügen Sie es erneut hinzu und senden Sie dann.
   *[other] Ihre Anfrage vom letzten Besuch ist noch da, aber noch nicht gesendet. Dieser Browser hat ihre { $n } Fotos nicht behalten – bitte fügen Sie sie erneut hinzu und senden Sie dann.
}
brief-photos-list = Fotos in Ihrer Anfrage
brief-photo-alt = Inspirationsfoto { $n }: { $name }
brief-photo-remove = Entfernen
brief-photo-remove-which = Foto { $n }, { $name }
brief-photos-full = { $max ->
    [5] Mehr als fünf Fotos kann eine Anfrage nicht enthalten
   *[other] Mehr als { $max } Fotos kann eine Anfrage nicht enthalten
}
brief-photos-add = Fotos hinzufügen
brief-photos-preparing = { $n ->
    [one] { $n } Foto wird vorbereitet …
   *[other] { $n } Fotos werden vorbereitet …
}
brief-photo-removed = „{ $name }“ wurde entfernt.
brief-size-kb = { $n } KB
brief-size-mb = { $n } MB
brief-photo-error-type = „{ $name }“ wurde nicht hinzugefügt: Bitte nur Fotos im Format JPEG, PNG oder WebP.
brief-photo-error-too-large = „{ $name }“ wurde nicht hinzugefügt: Die Datei ist { $size } groß, erlaubt sind Fotos bis { $limit }.
brief-photo-error-unreadable = „{ $name }“ wurde nicht hinzugefügt: Die Datei ließ sich nicht als Bild öffnen.
brief-photo-error-too-detailed = „{ $name }“ wurde nicht hinzugefügt: Auch verkleinert bleibt es über { $limit }. Bitte wählen Sie ein anderes Foto.
brief-photo-error-too-many = „{ $name }“ wurde nicht hinzugefügt: Eine Anfrage kann höchstens { $max } Fotos enthalten.

## The confirmation
brief-done-title = Ihre Anfrage liegt beim Goldschmied
brief-done-reference = Ihre Referenz: { $reference }. Bitte nennen Sie sie, wann immer Sie mit dem Goldschmied sprechen.
brief-done-commission-link = Ihre Auftragsseite
brief-done-commission-new-tab = (öffnet sich in einem neuen Tab)
brief-done-commission-text = Bewahren Sie diesen privaten Link gut auf (er steht auch in Ihrer E-Mail): Dort finden Sie das Gespräch, überarbeitete Entwürfe und Ihren Termin.
brief-done-next-title = Wie es weitergeht
brief-done-next-reply = Der Goldschmied liest Ihre Anfrage und antwortet Ihnen persönlich, meist innerhalb weniger Werktage. Eine Kopie mit einem Bild Ihres Entwurfs ist bereits unterwegs in Ihr Postfach.
brief-done-next-first-idea = Das 3D-Bild ist eine erste Idee, nicht das fertige Schmuckstück: Proportionen, Steine und Oberfläche legen Sie gemeinsam mit dem Goldschmied fest.
brief-done-next-size = Die Ringgröße wird geprüft, bevor etwas gefertigt wird.
brief-done-next-surprise = Es ist eine Überraschung: Der Goldschmied kontaktiert nur Sie, niemals die Trägerin oder den Träger.
brief-done-kept = Diese Bestätigung bleibt hier stehen, auch wenn Sie die Seite neu laden, bis Sie einen neuen Entwurf beginnen.
brief-done-start-new = Neuen Entwurf beginnen
