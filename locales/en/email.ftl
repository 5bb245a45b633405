# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.
# English is the source: every other language has exactly these keys and arguments.

## Shared

email-dear = Dear { $name },
email-link-private = This link is private: anyone who has it can read your conversation, so keep it to yourself.
email-link-inactive = Your commission page's link is no longer active: ask the jeweler for a new link.
email-commission-link = Your commission page, where you can follow and answer the jeweler: { $link }
email-commission-open = Open your commission page to follow and answer the jeweler.
email-studio-answer = Answer in the studio: { $link }
email-studio-answer-link = Answer in the studio
email-studio-open = Open the brief in the studio:
email-studio-open-link = Open the brief in the studio
email-their-comment = Their comment:
# The visitor's own words, kept as written, with the language they wrote in for the jeweler.
email-their-comment-in = Their comment (written in { $language }):
email-lang-en = English
email-lang-de = German
email-lang-fr = French
email-lang-it = Italian
email-lang-es = Spanish
email-lang-ja = Japanese
email-lang-ar = Arabic

## The confirmation to the visitor

email-confirm-subject = Your consultation request { $reference } to { $shop }
email-confirm-thanks = Thank you for your request to { $shop }. Your reference is { $reference }.
email-confirm-received = We received it on { $date }.
email-confirm-design = Your design: { $summary }
email-confirm-budget = Your budget: { $budget }
email-confirm-picture = The picture with this email is your ring as the configurator drew it ({ $view } view).
email-confirm-picture-alt = Your ring, { $view } view
email-confirm-reopen = Reopen your design in the configurator: { $link }
email-confirm-reopen-link = Reopen your design in the configurator
email-confirm-photos = { $count ->
    [one] Your inspiration photo went with it.
   *[other] Your { $count } inspiration photos went with it.
}
email-confirm-surprise = It's a surprise: the jeweler will contact only you, never the wearer.
email-confirm-next = The jeweler will reply within a few working days to talk it through. A picture on screen is not the finished piece: expect a conversation, sketches and revisions before a quote, which is valid for a limited time.
email-confirm-reply = You can reply to this email with any question.
email-view-three-quarter = three quarter
email-view-side = side
email-view-top = top

## The brief to the jeweler

email-brief-subject = Consultation { $reference }: { $summary }
email-brief-title = New consultation request { $reference } ({ $date })
email-brief-heading = Consultation request { $reference }
email-brief-specification = Specification
email-brief-request = The request
email-brief-notes = Notes:
email-brief-notes-in = Notes (written in { $language }):
email-brief-notes-heading = Notes
email-brief-notes-heading-in = Notes (written in { $language })
email-brief-photos = { $count ->
    [one] 1 inspiration photo attached: { $files }
   *[other] { $count } inspiration photos attached: { $files }
}
email-brief-snapshot-alt = The ring, { $view } view
email-brief-studio = This brief in the studio: { $link }
email-brief-studio-link = Open this brief in the studio
email-brief-design = The design in the configurator: { $link }
email-brief-design-link = Open the design in the configurator
email-brief-reply = Reply to this email to answer the visitor.
email-fact-budget = Budget
email-fact-deadline = Deadline
email-fact-surprise = Surprise
email-fact-occasion = Occasion
email-fact-name = Name
email-fact-email = Email
email-fact-phone = Phone
email-fact-prefers = Prefers
email-fact-not-given = not given
email-budget-range = { $min }–{ $max }
email-budget-up-to = up to { $max }
email-fact-no-deadline = none given
email-fact-surprise-yes = YES: do not contact the wearer
email-fact-surprise-no = no

## A message of the conversation

email-message-subject-jeweler = { $name } wrote about { $reference }
email-message-jeweler = { $name } wrote about { $reference }:
email-message-jeweler-in = { $name } wrote about { $reference } (in { $language }):
email-message-subject-visitor = { $shop } wrote about your request { $reference }
email-message-visitor = { $shop } wrote about your request { $reference }:
email-message-photos = { $count ->
    [one] 1 photo came with it.
   *[other] { $count } photos came with it.
}

## A new link

email-link-subject = A new link to your request { $reference } at { $shop }
email-link-body = { $shop } has given you a new link to the page of your request { $reference }. Earlier links no longer open it.

## A revised design, and the visitor's answer

email-proposal-subject = A revised design for { $reference } from { $shop }
email-proposal-body = { $shop } proposes a revised design for your request { $reference }.
email-proposal-design = The proposed design: { $summary }
email-proposal-changed = What changed: { $changes }
email-proposal-unchanged = nothing in the specification; see the jeweler's message
email-proposal-price = Price: { $price }
email-proposal-price-range = { $low }–{ $high }
email-proposal-compare = Compare it with your design and answer on your commission page:
email-proposal-compare-link = Compare it with your design and answer on your commission page
email-answer-accepted-subject = { $reference }: { $name } accepted the proposed design
email-answer-accepted = { $name } ({ $reference }) accepted the proposed design.
email-answer-changes-subject = { $reference }: { $name } asked for changes to the proposed design
email-answer-changes = { $name } ({ $reference }) asked for changes to the proposed design.

## A stage of the making

email-stage-subject = { $stage }: news of your piece from { $shop }
email-stage-body = Your piece for { $reference } has reached a new stage: { $stage }.
email-stage-photo = A photo of the piece is attached.
email-stage-follow = Follow the making on your commission page:
email-stage-follow-link = Follow the making on your commission page

## The visitor asks for erasure

email-erasure-subject = { $reference }: { $name } asks for erasure
email-erasure-body = { $name } ({ $reference }) asked on { $date } for everything about their request to be erased.
email-erasure-todo = What to do: open the brief in the studio, keep aside only what the law obliges you to keep (an invoice, for example), then choose “Erase” on the brief. That removes the brief, the conversation, the proposals, the appointments, the stages and every photo. Then reply to this email to tell the visitor it is done; answer within a month.
email-erasure-studio = The brief in the studio:

## An appointment

email-meeting-subject-visitor = { $news ->
    [cancelled] Your consultation with { $shop } is cancelled ({ $reference })
    [moved] Your consultation with { $shop } has moved ({ $reference })
   *[booked] Your consultation with { $shop } is booked ({ $reference })
}
email-meeting-subject-jeweler = { $news ->
    [cancelled] Consultation is cancelled: { $reference } with { $name }
    [moved] Consultation has moved: { $reference } with { $name }
   *[booked] Consultation is booked: { $reference } with { $name }
}
email-meeting-visitor = { $news ->
    [cancelled] Your consultation with { $shop } for { $reference } is cancelled.
    [moved] Your consultation with { $shop } for { $reference } has moved.
   *[booked] Your consultation with { $shop } for { $reference } is booked.
}
email-meeting-jeweler = { $news ->
    [cancelled] The consultation with { $name } for { $reference } is cancelled.
    [moved] The consultation with { $name } for { $reference } has moved.
   *[booked] The consultation with { $name } for { $reference } is booked.
}
email-meeting-when = When: { $time }, the shop's time ({ $zone }).
email-meeting-utc = In UTC: { $time }.
email-meeting-when-visitor = When: { $time }, your time ({ $zone }).
email-meeting-shop-time = The shop's time: { $time } ({ $zone }).
email-meeting-how = How: { $kind }.
email-meeting-span = { $day }, { $start }–{ $end } ({ $abbr })
email-meeting-page = Your commission page: { $link }
email-meeting-brief = The brief: { $link }
email-meeting-no-link = (your commission page's link is no longer active: ask the jeweler for a new link)
email-meeting-attached = { $news ->
    [cancelled] The cancellation for your calendar is attached.
   *[other] The invitation for your calendar is attached.
}
email-meeting-summary = Consultation with { $shop } — { $reference }

## The pages' loading posters, before the app's own words arrive

email-page-title = { $shop } · design your ring
email-page-description = Design the first idea of your ring in 3D and send it to your jeweler.
email-page-tagline = Design the first idea of your ring, then talk it through with your jeweler
email-page-poster-alt = A yellow-gold solitaire ring; the 3D preview is loading
email-page-loading = Loading the ring designer…
email-page-studio-loading = Opening the studio…
email-page-commission-title = Your commission
email-page-commission-loading = Opening your commission…

## The privacy notice built from the configuration (a shop's own file is shown as written)

email-privacy-title = Privacy notice
email-privacy-who-heading = Who we are
email-privacy-who = { $shop } receives the requests sent from this site. Write to { $email } about anything in this notice.
email-privacy-what-heading = What we keep
email-privacy-what = When you send a request we keep what you entered: the design, your name, email address and phone number if given, the budget, occasion, deadline, notes, photos and the pictures of the design. If the commission goes on, we also keep the conversation and its photos, the designs proposed and your answers, the consultations booked, the stages of the making with their photos, and our own notes about the request.
email-privacy-use = We use them only to answer your request and make the piece. We do not sell or share them; emails go through our mail provider.
email-privacy-long-heading = How long
email-privacy-long = A request and everything with it: kept while the commission goes on and afterwards as long as we need it to look after the piece, or until you ask for erasure.
email-privacy-archived-kept = Requests we archive: kept until you ask for erasure or we erase them.
email-privacy-archived-erased = { $days ->
    [one] Requests we archive: erased { $days } day after they are archived.
   *[other] Requests we archive: erased { $days } days after they are archived.
}
email-privacy-spam-kept = Requests marked as spam: kept until you ask for erasure or we erase them.
email-privacy-spam-erased = { $days ->
    [one] Requests marked as spam: erased { $days } day after they are marked.
   *[other] Requests marked as spam: erased { $days } days after they are marked.
}
email-privacy-rights-heading = Your rights
email-privacy-rights = Your commission page (the private link in your confirmation email) has a button to download everything we hold about your commission, and a button to ask for it to be erased. You can also write to { $email }. We answer within a month. You may also complain to your data protection authority.

## A revised design sent before proposals (rows queued then are still delivered)

email-revision-subject = Your revised design for { $reference } from { $shop }
email-revision-body = { $shop } has revised the design for your request { $reference }.
email-revision-design = The revised design: { $summary }
email-revision-open = Open it, turn it and adjust it here:
email-revision-open-link = Open the revised design
email-revision-reply = Reply to this email with your thoughts.

# Not an email: the page a disabled shop's addresses show (its configurator, studio and
# commission pages), with the server's other words.
# $shop is the shop's name.
email-shop-closed-title = { $shop } is closed
email-shop-closed-text = The ring designer and the studio of { $shop } are closed for now. To talk about your ring, please contact the jeweler directly.
