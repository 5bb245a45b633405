# The brief form, its field errors, and the confirmation after sending.

## The design above the form
brief-design-title = Your design
brief-design-notes-title = Worth talking about
brief-design-fix = Please fix: { $problem }.

## Field errors
brief-errors-title = { $n ->
    [one] One thing needs your attention before sending:
   *[other] { $n } things need your attention before sending:
}
# One line of the error summary: the field's name, then what is wrong with it.
brief-errors-line = { $field }: { $problem }
brief-error-whole-amount = enter a whole amount, like 2500
brief-error-server = the jeweler's server did not accept this; please check it
brief-field-name = Your name
brief-field-email = Email
brief-field-phone = Phone
brief-field-budget-min = Budget from
brief-field-budget-max = Budget up to
brief-field-currency = Currency
brief-field-occasion = Occasion
brief-field-deadline = Needed by
brief-field-size = Ring size
brief-field-origin = Natural or lab-grown
brief-field-own = Something of your own
brief-field-notes = Notes
brief-field-consent = Consent
brief-field-photos = Photos
brief-field-ring = The ring

## Contact
brief-contact-title = How to reach you
brief-label-name = Your name
brief-label-email = Email
brief-label-phone = Phone (optional)
brief-channel-title = Preferred way to talk
brief-channel-email = Email
brief-channel-phone = Phone call
brief-channel-message = Text or messaging

## Budget and timing
brief-budget-title = Budget and timing
brief-label-budget-min = Budget from (optional)
brief-label-budget-max = Budget up to
brief-label-currency = Currency
# A currency in the list: its code and its name in the reader's language ("GBP — British pound").
brief-currency-option = { $code } — { $name }
brief-budget-range = Your budget: { $min } to { $max }
brief-budget-up-to = Your budget: up to { $max }
brief-budget-from = Your budget: from { $min }
brief-budget-unreadable = Your budget: “{ $text }” is not a whole amount; enter it like 2500, without cents.
brief-label-occasion = Occasion
brief-occasion-none = Not saying
brief-occasion-engagement = Engagement
brief-occasion-wedding = Wedding
brief-occasion-anniversary = Anniversary
brief-occasion-birthday = Birthday
brief-occasion-gift = A gift
brief-occasion-for-myself = For myself
brief-occasion-other = Something else
brief-label-deadline = Needed by (optional)
brief-label-occasion-other = What is the occasion?

## Size, stones, materials, surprise
brief-size-title = Ring size
brief-size-measured = Measured by a jeweler
brief-size-estimated = Estimated at home
brief-size-unknown = Not sure after all
brief-origin-title = Natural or lab-grown stones
brief-origin-natural = Natural only
brief-origin-lab = Lab-grown only
brief-origin-either = Either is fine
brief-origin-undecided = Not decided — advise me
brief-own-title = Something of your own to reuse
brief-own-stone = I have a stone to reuse
brief-own-metal = I have gold or other metal to rework
brief-label-own-description = What is it?
brief-surprise-title = A surprise?
brief-surprise = It's a surprise: the wearer must not be contacted
brief-label-notes = Inspiration and anything else (optional)

## Consent and sending
brief-consent = I agree that the jeweler may contact me about this request.
# $link is the link to the privacy notice, whose words are brief-privacy-link.
brief-privacy = How your details are used: { $link }.
brief-privacy-link = the jeweler's privacy notice
brief-label-website = Website
brief-button-send = Send to the jeweler
brief-button-sending = Sending…
brief-button-preparing = Preparing photos…
brief-button-retry = Try sending again now
brief-status-sending = { $photos ->
    [0] Sending your brief and three pictures of the ring to the jeweler…
    [one] Sending your brief, three pictures of the ring and your photo to the jeweler…
   *[other] Sending your brief, three pictures of the ring and your { $photos } photos to the jeweler…
}
brief-status-busy = { $seconds ->
    [one] The jeweler's server is busy. Your brief is saved in this browser and will be sent again in { $seconds } second.
   *[other] The jeweler's server is busy. Your brief is saved in this browser and will be sent again in { $seconds } seconds.
}
brief-status-busy-minutes = { $minutes ->
    [one] The jeweler's server is busy. Your brief is saved in this browser and will be sent again in { $minutes } minute.
   *[other] The jeweler's server is busy. Your brief is saved in this browser and will be sent again in { $minutes } minutes.
}
brief-status-unreachable-kept = We couldn't reach the jeweler's server, so your brief has not been sent yet. It is saved in this browser and we keep trying: it will be sent automatically as soon as the connection is back — even if you close this page and return later.
brief-status-unreachable-unkept = We couldn't reach the jeweler's server, so your brief has not been sent yet. This browser would not save it, so please keep this page open: it will be sent automatically as soon as the connection is back.
brief-refused-too-large = The jeweler's server refused the brief: it is too large to send. Please remove a photo, or copy the share link and email it instead.
brief-refused-unreadable = The jeweler's server refused the brief: it could not read it. Please copy the share link and email it instead.
brief-refused-key = The jeweler's server refused the brief: this request was already used for another brief. Please reload the page and send again.
brief-refused-forbidden = The jeweler's server refused the brief: this site may not send briefs to it. Please copy the share link and email it instead.
brief-refused-other = The jeweler's server refused the brief. Please copy the share link and email it instead.

## Inspiration photos
brief-photos-title = Inspiration photos (optional)
brief-photos-hint = Up to { $max } photos of rings you like, JPEG, PNG or WebP, up to { $size } each. They are made smaller before sending ({ $pixels } pixels at most) and the camera's location data is left out.
brief-photos-lost = { $n ->
    [one] Your brief from your last visit is here, not sent yet, but this browser did not keep its photo — please add it again, then send.
   *[other] Your brief from your last visit is here, not sent yet, but this browser did not keep its { $n } photos — please add them again, then send.
}
brief-photos-list = Photos in your brief
brief-photo-alt = Inspiration photo { $n }: { $name }
brief-photo-remove = Remove
# Read after "Remove" by screen readers.
brief-photo-remove-which = photo { $n }, { $name }
brief-photos-full = { $max ->
    [5] Five photos is the most a brief can carry
   *[other] { $max } photos is the most a brief can carry
}
brief-photos-add = Add photos
brief-photos-preparing = { $n ->
    [one] Preparing { $n } photo…
   *[other] Preparing { $n } photos…
}
brief-photo-removed = “{ $name }” was removed.
brief-size-kb = { $n } KB
brief-size-mb = { $n } MB
brief-photo-error-type = “{ $name }” was not added: only JPEG, PNG or WebP photos, please.
brief-photo-error-too-large = “{ $name }” was not added: it is { $size }, and photos of up to { $limit } can be added.
brief-photo-error-unreadable = “{ $name }” was not added: it could not be opened as a picture.
brief-photo-error-too-detailed = “{ $name }” was not added: even made smaller it stays over { $limit }. Please choose another photo.
brief-photo-error-too-many = “{ $name }” was not added: a brief can carry { $max } photos.

## The confirmation
brief-done-title = Your brief is with the jeweler
# $reference is the brief's reference, shown in bold.
brief-done-reference = Your reference: { $reference }. Quote it whenever you talk to the jeweler.
brief-done-commission-link = Your commission page
brief-done-commission-new-tab = (opens in a new tab)
brief-done-commission-text = Keep this private link (it is in your email too): the conversation, revised designs and your appointment are there.
brief-done-next-title = What happens next
brief-done-next-reply = The jeweler reads your brief and replies personally, usually within a few working days. A copy with a picture of your design is on its way to your inbox.
brief-done-next-first-idea = The 3D picture is a first idea, not the finished piece: proportions, stones and finish are settled together with the jeweler.
brief-done-next-size = The ring size is checked before anything is made.
brief-done-next-surprise = It's a surprise: the jeweler contacts only you, never the wearer.
brief-done-kept = This confirmation stays here, also if you reload the page, until you start a new design.
brief-done-start-new = Start a new design
