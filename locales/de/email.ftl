# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.

## Shared

email-dear = Guten Tag { $name },
email-link-private = Dieser Link ist privat: Wer ihn hat, kann Ihr Gespräch lesen. Behalten Sie ihn daher für sich.
email-link-inactive = Der Link zu Ihrer Auftragsseite ist nicht mehr aktiv: Bitten Sie die Goldschmiede um einen neuen Link.
email-commission-link = Ihre Auftragsseite, auf der Sie alles verfolgen und der Goldschmiede antworten können: { $link }
email-commission-open = Öffnen Sie Ihre Auftragsseite, um alles zu verfolgen und der Goldschmiede zu antworten.
email-studio-answer = Im Studio antworten: { $link }
email-studio-answer-link = Im Studio antworten
email-studio-open = Die Anfrage im Studio öffnen:
email-studio-open-link = Die Anfrage im Studio öffnen
email-their-comment = Kommentar:
email-their-comment-in = Kommentar (auf { $language } geschrieben):
email-lang-en = Englisch
email-lang-de = Deutsch
email-lang-fr = Französisch
email-lang-it = Italienisch
email-lang-es = Spanisch
email-lang-ja = Japanisch
email-lang-ar = Arabisch

## The confirmation to the visitor

email-confirm-subject = Ihre Beratungsanfrage { $reference } an { $shop }
email-confirm-thanks = Vielen Dank für Ihre Anfrage an { $shop }. Ihre Referenz lautet { $reference }.
email-confirm-received = Sie ist am { $date } bei uns eingegangen.
email-confirm-design = Ihr Entwurf: { $summary }
email-confirm-budget = Ihr Budget: { $budget }
email-confirm-picture = Das Bild in dieser E-Mail zeigt Ihren Ring so, wie der Konfigurator ihn gezeichnet hat (Ansicht: { $view }).
email-confirm-picture-alt = Ihr Ring, Ansicht: { $view }
email-confirm-reopen = Ihren Entwurf im Konfigurator wieder öffnen: { $link }
email-confirm-reopen-link = Ihren Entwurf im Konfigurator wieder öffnen
email-confirm-photos = { $count ->
    [one] Ihr Inspirationsfoto wurde mitgeschickt.
   *[other] Ihre { $count } Inspirationsfotos wurden mitgeschickt.
}
email-confirm-surprise = Es ist eine Überraschung: Die Goldschmiede meldet sich nur bei Ihnen, nie bei der Person, die den Ring tragen wird.
email-confirm-next = Die Goldschmiede meldet sich innerhalb weniger Werktage, um alles mit Ihnen zu besprechen. Ein Bild auf dem Bildschirm ist noch nicht das fertige Schmuckstück: Rechnen Sie mit einem Gespräch, Skizzen und Überarbeitungen vor einem Angebot, das eine begrenzte Zeit gilt.
email-confirm-reply = Bei Fragen können Sie einfach auf diese E-Mail antworten.
email-view-three-quarter = Dreiviertel
email-view-side = seitlich
email-view-top = oben

## The brief to the jeweler

email-brief-subject = Beratung { $reference }: { $summary }
email-brief-title = Neue Beratungsanfrage { $reference } ({ $date })
email-brief-heading = Beratungsanfrage { $reference }
email-brief-specification = Spezifikation
email-brief-request = Die Anfrage
email-brief-notes = Notizen:
email-brief-notes-in = Notizen (auf { $language } geschrieben):
email-brief-notes-heading = Notizen
email-brief-notes-heading-in = Notizen (auf { $language } geschrieben)
email-brief-photos = { $count ->
    [one] 1 Inspirationsfoto angehängt: { $files }
   *[other] { $count } Inspirationsfotos angehängt: { $files }
}
email-brief-snapshot-alt = Der Ring, Ansicht: { $view }
email-brief-studio = Diese Anfrage im Studio: { $link }
email-brief-studio-link = Diese Anfrage im Studio öffnen
email-brief-design = Der Entwurf im Konfigurator: { $link }
email-brief-design-link = Den Entwurf im Konfigurator öffnen
email-brief-reply = Antworten Sie auf diese E-Mail, um der Kundin oder dem Kunden zu antworten.
email-fact-budget = Budget
email-fact-deadline = Termin
email-fact-surprise = Überraschung
email-fact-occasion = Anlass
email-fact-name = Name
email-fact-email = E-Mail
email-fact-phone = Telefon
email-fact-prefers = Bevorzugt
email-fact-not-given = nicht angegeben
email-budget-range = { $min }–{ $max }
email-budget-up-to = bis { $max }
email-fact-no-deadline = keiner angegeben
email-fact-surprise-yes = JA: die Trägerin oder den Träger nicht kontaktieren
email-fact-surprise-no = nein

## A message of the conversation

email-message-subject-jeweler = { $name } hat zu { $reference } geschrieben
email-message-jeweler = { $name } hat zu { $reference } geschrieben:
email-message-jeweler-in = { $name } hat zu { $reference } geschrieben (auf { $language }):
email-message-subject-visitor = { $shop } hat zu Ihrer Anfrage { $reference } geschrieben
email-message-visitor = { $shop } hat zu Ihrer Anfrage { $reference } geschrieben:
email-message-photos = { $count ->
    [one] 1 Foto ist dabei.
   *[other] { $count } Fotos sind dabei.
}

## A new link

email-link-subject = Ein neuer Link zu Ihrer Anfrage { $reference } bei { $shop }
email-link-body = { $shop } hat Ihnen einen neuen Link zur Seite Ihrer Anfrage { $reference } gegeben. Frühere Links öffnen sie nicht mehr.

## A revised design, and the visitor's answer

email-proposal-subject = Ein überarbeiteter Entwurf für { $reference } von { $shop }
email-proposal-body = { $shop } schlägt einen überarbeiteten Entwurf für Ihre Anfrage { $reference } vor.
email-proposal-design = Der vorgeschlagene Entwurf: { $summary }
email-proposal-changed = Was sich geändert hat: { $changes }
email-proposal-unchanged = nichts in der Spezifikation; siehe die Nachricht der Goldschmiede
email-proposal-price = Preis: { $price }
email-proposal-price-range = { $low }–{ $high }
email-proposal-compare = Vergleichen Sie ihn mit Ihrem Entwurf und antworten Sie auf Ihrer Auftragsseite:
email-proposal-compare-link = Mit Ihrem Entwurf vergleichen und auf Ihrer Auftragsseite antworten
email-answer-accepted-subject = { $reference }: { $name } hat den vorgeschlagenen Entwurf angenommen
email-answer-accepted = { $name } ({ $reference }) hat den vorgeschlagenen Entwurf angenommen.
email-answer-changes-subject = { $reference }: { $name } wünscht Änderungen am vorgeschlagenen Entwurf
email-answer-changes = { $name } ({ $reference }) wünscht Änderungen am vorgeschlagenen Entwurf.

## A stage of the making

email-stage-subject = { $stage }: Neuigkeiten zu Ihrem Schmuckstück von { $shop }
email-stage-body = Ihr Schmuckstück für { $reference } hat einen neuen Schritt erreicht: { $stage }.
email-stage-photo = Ein Foto des Schmuckstücks ist angehängt.
email-stage-follow = Verfolgen Sie die Anfertigung auf Ihrer Auftragsseite:
email-stage-follow-link = Die Anfertigung auf Ihrer Auftragsseite verfolgen

## The visitor asks for erasure

email-erasure-subject = { $reference }: { $name } bittet um Löschung
email-erasure-body = { $name } ({ $reference }) hat am { $date } darum gebeten, alles zu dieser Anfrage zu löschen.
email-erasure-todo = So gehen Sie vor: Öffnen Sie die Anfrage im Studio, legen Sie nur beiseite, was Sie von Gesetzes wegen aufbewahren müssen (zum Beispiel eine Rechnung), und wählen Sie dann „Löschen“ bei der Anfrage. Damit werden die Anfrage, das Gespräch, die Vorschläge, die Termine, die Arbeitsschritte und alle Fotos entfernt. Antworten Sie danach auf diese E-Mail, um mitzuteilen, dass es erledigt ist; antworten Sie innerhalb eines Monats.
email-erasure-studio = Die Anfrage im Studio:

## An appointment

email-meeting-subject-visitor = { $news ->
    [cancelled] Ihre Beratung bei { $shop } ist abgesagt ({ $reference })
    [moved] Ihre Beratung bei { $shop } wurde verschoben ({ $reference })
   *[booked] Ihre Beratung bei { $shop } ist gebucht ({ $reference })
}
email-meeting-subject-jeweler = { $news ->
    [cancelled] Beratung abgesagt: { $reference } mit { $name }
    [moved] Beratung verschoben: { $reference } mit { $name }
   *[booked] Beratung gebucht: { $reference } mit { $name }
}
email-meeting-visitor = { $news ->
    [cancelled] Ihre Beratung bei { $shop } zu { $reference } ist abgesagt.
    [moved] Ihre Beratung bei { $shop } zu { $reference } wurde verschoben.
   *[booked] Ihre Beratung bei { $shop } zu { $reference } ist gebucht.
}
email-meeting-jeweler = { $news ->
    [cancelled] Die Beratung mit { $name } zu { $reference } ist abgesagt.
    [moved] Die Beratung mit { $name } zu { $reference } wurde verschoben.
   *[booked] Die Beratung mit { $name } zu { $reference } ist gebucht.
}
email-meeting-when = Wann: { $time }, Ortszeit des Geschäfts ({ $zone }).
email-meeting-utc = In UTC: { $time }.
email-meeting-when-visitor = Wann: { $time }, Ihre Ortszeit ({ $zone }).
email-meeting-shop-time = Ortszeit des Geschäfts: { $time } ({ $zone }).
email-meeting-how = Wie: { $kind }.
email-meeting-span = { $day }, { $start }–{ $end } ({ $abbr })
email-meeting-page = Ihre Auftragsseite: { $link }
email-meeting-brief = Die Anfrage: { $link }
email-meeting-no-link = (der Link zu Ihrer Auftragsseite ist nicht mehr aktiv: Bitten Sie die Goldschmiede um einen neuen Link)
email-meeting-attached = { $news ->
    [cancelled] Die Absage für Ihren Kalender ist angehängt.
   *[other] Die Einladung für Ihren Kalender ist angehängt.
}
email-meeting-summary = Beratung bei { $shop } – { $reference }

## The pages' loading posters, before the app's own words arrive

email-page-title = { $shop } · Ihren Ring gestalten
email-page-description = Gestalten Sie die erste Idee Ihres Rings in 3D und senden Sie sie an Ihre Goldschmiede.
email-page-tagline = Entwerfen Sie die erste Idee Ihres Rings und besprechen Sie sie dann mit Ihrem Goldschmied
email-page-poster-alt = Ein Solitärring aus Gelbgold; die 3D-Vorschau wird geladen
email-page-loading = Der Ringdesigner wird geladen …
email-page-studio-loading = Das Studio wird geöffnet …
email-page-commission-title = Ihr Auftrag
email-page-commission-loading = Ihr Auftrag wird geöffnet …

## The privacy notice built from the configuration (a shop's own file is shown as written)

email-privacy-title = Datenschutzhinweis
email-privacy-who-heading = Wer wir sind
email-privacy-who = { $shop } empfängt die Anfragen, die über diese Website gesendet werden. Schreiben Sie an { $email } zu allem, was diesen Hinweis betrifft.
email-privacy-what-heading = Was wir speichern
email-privacy-what = Wenn Sie eine Anfrage senden, speichern wir, was Sie eingegeben haben: den Entwurf, Ihren Namen, Ihre E-Mail-Adresse und, falls angegeben, Ihre Telefonnummer, das Budget, den Anlass, den Termin, Ihre Notizen, Fotos und die Bilder des Entwurfs. Wenn der Auftrag weitergeht, speichern wir außerdem das Gespräch und seine Fotos, die vorgeschlagenen Entwürfe und Ihre Antworten, die gebuchten Beratungen, die Arbeitsschritte mit ihren Fotos und unsere eigenen Notizen zur Anfrage.
email-privacy-use = Wir verwenden diese Daten nur, um Ihre Anfrage zu beantworten und das Schmuckstück anzufertigen. Wir verkaufen sie nicht und geben sie nicht weiter; E-Mails laufen über unseren E-Mail-Anbieter.
email-privacy-long-heading = Wie lange
email-privacy-long = Eine Anfrage und alles, was dazugehört: gespeichert, solange der Auftrag läuft, und danach so lange, wie wir es für die Pflege des Schmuckstücks brauchen, oder bis Sie die Löschung verlangen.
email-privacy-archived-kept = Archivierte Anfragen: gespeichert, bis Sie die Löschung verlangen oder wir sie löschen.
email-privacy-archived-erased = { $days ->
    [one] Archivierte Anfragen: { $days } Tag nach der Archivierung gelöscht.
   *[other] Archivierte Anfragen: { $days } Tage nach der Archivierung gelöscht.
}
email-privacy-spam-kept = Als Spam markierte Anfragen: gespeichert, bis Sie die Löschung verlangen oder wir sie löschen.
email-privacy-spam-erased = { $days ->
    [one] Als Spam markierte Anfragen: { $days } Tag nach der Markierung gelöscht.
   *[other] Als Spam markierte Anfragen: { $days } Tage nach der Markierung gelöscht.
}
email-privacy-rights-heading = Ihre Rechte
email-privacy-rights = Auf Ihrer Auftragsseite (dem privaten Link in Ihrer Bestätigungs-E-Mail) können Sie mit einer Schaltfläche alles herunterladen, was wir zu Ihrem Auftrag speichern, und mit einer anderen die Löschung verlangen. Sie können auch an { $email } schreiben. Wir antworten innerhalb eines Monats. Sie können sich außerdem bei Ihrer Datenschutzbehörde beschweren.

## A revised design sent before proposals (rows queued then are still delivered)

email-revision-subject = Ihr überarbeiteter Entwurf für { $reference } von { $shop }
email-revision-body = { $shop } hat den Entwurf für Ihre Anfrage { $reference } überarbeitet.
email-revision-design = Der überarbeitete Entwurf: { $summary }
email-revision-open = Hier können Sie ihn öffnen, drehen und anpassen:
email-revision-open-link = Den überarbeiteten Entwurf öffnen
email-revision-reply = Antworten Sie auf diese E-Mail und sagen Sie uns, was Sie denken.

email-shop-closed-title = { $shop } ist geschlossen
email-shop-closed-text = Der Ringdesigner und das Atelier von { $shop } sind vorerst geschlossen. Um über Ihren Ring zu sprechen, wenden Sie sich bitte direkt an die Goldschmiede.
