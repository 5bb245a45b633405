# The visitor's commission page: thread, proposals, booking, stages, privacy.

## The page
com-opening = Opening your commission…
com-open-failed-title = Your commission page could not be opened
com-refresh-failed = The page could not be brought up to date: { $reason }
# $reference is the commission's reference, shown apart.
com-title = Your commission { $reference }
com-skip-conversation = Skip to the conversation
com-status-title = Where it stands:

## Why a request did not succeed
com-error-unknown = this link is not known
com-error-revoked = this link was closed by the jeweler
com-error-expired = this link has expired
com-error-network = the shop's server could not be reached
com-error-busy = the shop's server is busy (HTTP { $status }); try again in a moment
com-error-slot-taken = someone booked that time a moment ago
com-error-rate-limited = too many requests in a short time; wait a minute and try again
com-error-too-large = the photos are too large to send together; send fewer at a time
com-error-invalid = the shop's server could not accept this as it is; check what you wrote
com-error-conflict = this was already done, or changed in the meantime; reload the page to see where things stand
com-error-gone = this is no longer possible; reload the page to see where things stand
com-error-not-found = this is no longer there; reload the page to see where things stand
com-error-other = the shop's server refused the request

## A link that opens nothing
com-link-revoked-title = This link is closed
com-link-revoked-text = The jeweler closed this link. Ask them for a new one.
com-link-expired-title = This link has expired
com-link-expired-text = Links to a commission page can be set to last a while only. Write to the jeweler and ask for a new link.
com-link-unknown-title = This link does not open a commission
com-link-unknown-text = Check that the whole link was copied from the email. If it still does not work, reply to that email: your answer reaches the jeweler, who can send you a new link.
com-link-safe = Closing a link erases nothing by itself: what you sent stays with the jeweler, unless you asked for it to be erased.
com-link-contact = You can reach { $shop } at { $email }.

## The design
com-design-title = Your design
com-design-agreed = Agreed { $when }
com-design-sent = Sent { $when }
com-design-brief-title = Your brief, as you sent it
com-design-pictures-title = Pictures sent with your brief
com-design-picture = Your design, { $view } view
com-view-three-quarter = three-quarter
com-view-top = top
com-view-side = side
com-drawing-ring = Drawing the ring…
# A drawn picture of a design where the browser cannot show the 3D ring; $metal is the metal's name, $stone the cut and weight ("1.20 ct oval").
com-sketch-caption = Sketch: { $metal }, { $stone }
com-sketch-caption-band = Sketch: { $metal }

## Proposals
com-proposals-title = Proposed designs
com-proposed-at = Proposed { $when }
com-changes-title = What changes
# $what is the changed part's name, shown in bold.
com-change-line = { $what }: { $from } → { $to }
com-price-range = Price range: { $low }–{ $high }
com-answer-accepted = You accepted this design
com-answer-changes = You asked for changes
# $answer is com-answer-accepted or com-answer-changes, shown in bold; the visitor's comment follows as its own quoted block, in its own direction.
com-answer-line = { $answer } ({ $when })
com-answer-comment-label = Your comment (what to change, or a word for the jeweler)
com-answer-accept = Accept this design
com-answer-ask-changes = Ask for changes
com-compare-before = The design before
com-compare-proposal = The proposal
com-compare-ring = Ring
com-compare-metal = Metal
com-compare-stone = Centre stone
com-compare-to-settle = To settle
com-compare-grams = about { $g } g
com-compare-stone-mm = { $length } × { $width } mm
com-compare-no-stone = —
com-compare-nothing = Nothing

## The conversation
com-thread-title = Conversation
com-thread-empty = No messages yet. The jeweler writes here; you can write first too.
com-thread-you = You
com-photo-link = Photo: { $name }, opens full size
com-reply-label = Write to the jeweler
com-reply-count = { $n } / { $max } characters
com-reply-add-photos = Add photos (up to { $max })
com-reply-photos-max = Up to { $max } photos per message.
com-reply-remove = Remove { $name }
com-reply-send = Send
com-reply-sending = Sending…
com-reply-not-sent-yet = Not sent yet: { $reason }. Your message is kept; press Send again.
com-reply-not-sent = Not sent: { $reason }

## Booking
com-booking-title = Your consultation
com-booking-closed = The jeweler does not take bookings online yet; they will suggest a time in the conversation.
com-booking-taken = Someone booked that time a moment ago; please pick another.
# $kind is the kind of meeting, shown in bold.
com-booking-summary = { $kind }, { $day }, { $start }–{ $end }
com-booking-zones = In your time zone ({ $zone }). Shop time: { $shop } ({ $shop_zone }).
com-booking-cancel = Cancel the appointment
com-booking-cancel-question = Cancel the consultation on { $day }, { $start }?
com-booking-cancel-yes = Yes, cancel
com-booking-keep = Keep it
com-slots-failed = The free times could not be read: { $reason }
com-slots-pick = Pick a time: times are in your time zone ({ $zone }); the shop is in { $shop_zone }.
com-slots-move = Move it to another time: times are in your time zone ({ $zone }); the shop is in { $shop_zone }.
com-kind-title = How would you like to meet?
com-slots-none = No free times in the next three weeks; write to the jeweler in the conversation.
com-slots-more = More days
com-slot-shop-time = Shop time: { $shop }
com-slot-name = { $time } (shop time: { $shop })
com-slot-chosen = { $kind }, { $day }, { $start } (your time zone: { $zone })
com-slot-book = Book this time
com-slot-move = Move to this time
com-slot-other = Choose another
com-your-zone = your time zone

## The making
com-timeline-title = The making
com-stage-photo = { $stage }: { $name }

## Privacy
com-privacy-title = Your data
com-privacy-download = Download my data (JSON)
com-privacy-download-text = Everything the shop holds about this commission: the brief, the messages, the proposals, the appointment, the making and the jeweler's notes about it.
# $link is the link to the privacy notice, whose words are com-privacy-notice-link.
com-privacy-notice = How the shop keeps it: { $link }.
com-privacy-notice-link = the privacy notice
com-erasure-requested = You asked for erasure on { $when }. The jeweler has been told; they erase the brief, the conversation, the proposals, the appointment and the photos, and confirm by email. Anything the law makes them keep (an invoice, for example) is kept only as long as required.
com-erasure-text = You can ask the jeweler to erase this commission: the brief, the conversation, the proposals, the appointment and every photo. This page then stops working.
com-erasure-comment = Anything the jeweler should know (optional)
com-erasure-ask = Ask for erasure
com-erasure-question = Ask the jeweler to erase this commission? Once they do, this page stops working and the conversation is gone.
com-erasure-yes = Yes, ask for erasure
com-erasure-keep = Keep my commission
com-page-title = Your commission
