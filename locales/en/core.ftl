# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

## Shared

# A name the jeweler or the visitor wrote, shown as written.
core-as-written = { $text }

## Catalog: names as the configurator lists them

metal-18k-yellow = 18k yellow gold
metal-14k-yellow = 14k yellow gold
metal-9k-yellow = 9k yellow gold
metal-18k-white = 18k white gold
metal-14k-white = 14k white gold
metal-9k-white = 9k white gold
metal-18k-rose = 18k rose gold
metal-14k-rose = 14k rose gold
metal-9k-rose = 9k rose gold
metal-pt950 = Platinum 950
metal-pd950 = Palladium 950
metal-ag925 = Sterling silver 925

stone-diamond = Diamond
stone-moissanite = Moissanite
stone-sapphire-blue = Blue sapphire
stone-sapphire-pink = Pink sapphire
stone-sapphire-yellow = Yellow sapphire
stone-sapphire-padparadscha = Padparadscha sapphire
stone-ruby = Ruby
stone-emerald = Emerald
stone-aquamarine = Aquamarine
stone-morganite = Morganite
stone-own-stone = I'll bring my own stone

stone-care-diamond = The hardest gem; still chips at the girdle if knocked hard.
stone-care-moissanite = More fire than diamond and nearly as hard; always lab-grown.
stone-care-sapphire-blue = Very tough; a classic for daily wear.
stone-care-sapphire-pink = Very tough; a classic for daily wear.
stone-care-sapphire-yellow = Very tough; a classic for daily wear.
stone-care-sapphire-padparadscha = A rare pink-orange sapphire; natural ones are scarce and priced accordingly.
stone-care-ruby = Very tough; a classic for daily wear.
stone-care-emerald = Almost always included and often oil-filled: avoid knocks, heat and ultrasonic cleaners.
stone-care-aquamarine = Scratches over years of daily wear; a bezel protects it.
stone-care-morganite = Softer than sapphire: scratches and clouds with daily wear; plan on repolishing.
stone-care-own-stone = The jeweler inspects your stone before quoting: its size, condition and hardness decide the setting.

cut-round = Round brilliant
cut-oval = Oval
cut-cushion = Cushion
cut-princess = Princess
cut-emerald = Emerald
cut-asscher = Asscher
cut-radiant = Radiant
cut-pear = Pear
cut-marquise = Marquise
cut-heart = Heart

setting-four-prong = Four-prong solitaire
setting-six-prong = Six-prong solitaire
setting-bezel = Bezel
setting-halo = Halo
setting-pave-shoulders = Pavé shoulders
setting-three-stone = Three-stone
setting-full-eternity = Full eternity
setting-plain-band = Plain band (no stone)

font-script = Script
font-serif = Roman serif
font-sans = Block sans

origin-natural = Natural
origin-lab-grown = Lab-grown

finish-polished = Polished
finish-satin = Satin
finish-hammered = Hammered

band-court = Court (comfort fit)
band-d-shape = D-shape
band-flat = Flat
band-knife-edge = Knife-edge

## The summary: one line of parts, e.g. "18k rose gold, 1.20 ct oval lab-grown diamond (8.5 × 6.1 mm), six-prong solitaire, …"

# Joins the summary's parts: $first, then the rest.
summary-parts = { $first }, { $rest }
summary-metal-advise = Metal: your jeweler's advice
summary-own-stone = the visitor's own stone
summary-stone-advise = stone (your jeweler's advice)
# The stone described: a weight, a cut and an origin are put before what is already said ($stone).
summary-stone-with-origin = { $origin } { $stone }
summary-stone-with-cut = { $cut } { $stone }
summary-stone-with-carat = { $carat } ct { $stone }
summary-stone-round-size = { $stone } ({ $width } mm)
summary-stone-size = { $stone } ({ $length } × { $width } mm)
# $open lists what the visitor left to the jeweler (summary-open-…).
summary-stone-open = { $stone }, { $open }: your jeweler's advice
summary-open-cut = cut
summary-open-weight = weight
summary-open-origin = natural or lab-grown

summary-stone-diamond = diamond
summary-stone-moissanite = moissanite
summary-stone-sapphire-blue = blue sapphire
summary-stone-sapphire-pink = pink sapphire
summary-stone-sapphire-yellow = yellow sapphire
summary-stone-sapphire-padparadscha = padparadscha sapphire
summary-stone-ruby = ruby
summary-stone-emerald = emerald
summary-stone-aquamarine = aquamarine
summary-stone-morganite = morganite
summary-stone-own-stone = i'll bring my own stone

summary-cut-round = round brilliant
summary-cut-oval = oval
summary-cut-cushion = cushion
summary-cut-princess = princess
summary-cut-emerald = emerald
summary-cut-asscher = asscher
summary-cut-radiant = radiant
summary-cut-pear = pear
summary-cut-marquise = marquise
summary-cut-heart = heart

summary-origin-natural = natural
summary-origin-lab-grown = lab-grown

summary-setting-four-prong = four-prong solitaire
summary-setting-six-prong = six-prong solitaire
summary-setting-bezel = bezel
summary-setting-halo = halo
summary-setting-pave-shoulders = pavé shoulders
summary-setting-three-stone = three-stone
summary-setting-full-eternity = full eternity
summary-setting-plain-band = plain band (no stone)
summary-setting-advise = setting: your jeweler's advice

summary-band-court = court (comfort fit) band
summary-band-d-shape = d-shape band
summary-band-flat = flat band
summary-band-knife-edge = knife-edge band
summary-band-advise = band (profile: your jeweler's advice)
summary-band-sized = { $band } { $width } mm wide and { $thickness } mm thick
summary-band-width-only = { $band } { $width } mm wide, thickness: your jeweler's advice
summary-band-thickness-only = { $band } { $thickness } mm thick, width: your jeweler's advice
summary-band-open = { $band }, width and thickness: your jeweler's advice

summary-finish-polished = polished finish
summary-finish-satin = satin finish
summary-finish-hammered = hammered finish
summary-finish-advise = finish: your jeweler's advice

summary-size-not-given = size not given
summary-size-us = US size { $size }
summary-size-uk = UK size { $size }
summary-size-eu = EU size { $size }
summary-size-jp = Japan size { $size }
summary-size-diameter = inner diameter size { $size }
summary-size-sizer = size unknown (please send a ring sizer)
summary-size-unknown = size unknown

summary-engraving-to-fix = engraving to be fixed
summary-engraved = engraved “{ $text }”

## Ring sizes

size-system-us = US / Canada
size-system-uk = UK / Australia
size-system-eu = EU / ISO (circumference, mm)
size-system-jp = Japan
size-system-diameter = Inner diameter (mm)
size-short-us = US
size-short-uk = UK
size-short-eu = EU
size-short-jp = JP
size-short-diameter = Diameter
size-mm = { $mm } mm

## The studio's workflow, as the jeweler reads it

status-new = New
status-in-conversation = In conversation
status-quoted = Quoted
status-won = Won
status-lost = Lost
status-archived = Archived
status-spam = Spam

## The commission, as the visitor reads it

progress-received = Received
progress-talking = Talking it through
progress-design-proposed = Design proposed
progress-quoted = Quoted
progress-being-made = Being made
progress-ready = Ready

stage-sketch = Sketch
stage-cad = CAD model
stage-wax = Wax or print
stage-casting = Casting
stage-setting = Setting the stones
stage-polishing = Polishing
stage-ready = Ready

meeting-in-shop = At the shop
meeting-video = Video call
meeting-phone = Phone call

## The jeweler's specification: one row per choice

spec-metal = Metal
spec-centre-stone = Centre stone
spec-origin = Origin
spec-cut = Cut
spec-carat-weight = Carat weight
spec-stone-size = Stone size
spec-setting = Setting
spec-band-profile = Band profile
spec-band-width = Band width
spec-band-thickness = Band thickness
spec-finish = Finish
spec-ring-size = Ring size
spec-size-certainty = Size certainty
spec-engraving = Engraving
spec-metal-weight = Metal weight
spec-other-alloys = In other alloys
spec-stone-preference = Stone preference
spec-brings-to-reuse = Brings to reuse

spec-advise = Advise me
spec-none = None
spec-carat = { $carat } ct
spec-stone-mm = { $length } × { $width } mm, { $depth } mm deep
spec-profile-assumed = Advise me (court assumed)
spec-mm = { $mm } mm
spec-mm-assumed = Advise me ({ $mm } mm assumed)
spec-size-not-given = Not given
# $system is the short name (size-short-…), $size the size in it.
spec-size = { $system } { $size } · inner diameter { $diameter } mm · circumference { $circumference } mm
spec-size-sizer = Unknown: send a ring sizer
spec-size-unknown = Unknown
spec-font-advise = font: advise me
spec-engraving-text = “{ $text }” ({ $font })
spec-weight = about { $grams } g of { $metal } (band { $band } mm³, head and setting { $head } mm³)
spec-weight-metal-assumed = about { $grams } g of { $metal } (metal assumed) (band { $band } mm³, head and setting { $head } mm³)
spec-weight-size-assumed = about { $grams } g of { $metal } (size assumed) (band { $band } mm³, head and setting { $head } mm³)
spec-weight-metal-size-assumed = about { $grams } g of { $metal } (metal and size assumed) (band { $band } mm³, head and setting { $head } mm³)
spec-alloy = { $metal } { $grams } g
# Joins the weights in other alloys: $first, then the rest.
spec-alloys = { $first } · { $rest }

certainty-measured = measured by a jeweler
certainty-estimated = estimated at home
certainty-unknown = not sure yet

size-answer-not-given = No size given yet. You can add it in the Ring size step, or send the brief without it: the jeweler will ask for it.
size-answer-sizer = You chose “I don't know my size” and asked for a ring sizer: the jeweler will send one.
size-answer-unknown = You chose “I don't know my size”: the jeweler will help you find it.

preference-natural = Natural only
preference-lab-grown = Lab-grown only
preference-either = Natural or lab-grown
preference-undecided = Undecided: wants advice

occasion-engagement = Engagement
occasion-wedding = Wedding
occasion-anniversary = Anniversary
occasion-birthday = Birthday
occasion-gift = Gift
occasion-for-myself = For themselves

channel-email = Email
channel-phone = Phone call
channel-message = Text or messaging app

reuse-stone = a stone: { $text }
reuse-metal = metal: { $text }
reuse-stone-and-metal = a stone and metal: { $text }

budget-up-to = up to { $max }
budget-exactly = { $max }
budget-range = { $min }–{ $max }
estimate-price-range = { $low }–{ $high }

resize-sizes = { $sizes ->
    [0] no size
    [0.5] half a size
    [one] { $sizes } size
   *[other] { $sizes } sizes
}

## What changed between two designs

change-one = { $label }: { $from } → { $to }
# Joins the changes: $first, then the rest.
change-more = { $first }; { $rest }

## Checking a design: what cannot be made as it stands

check-unknown-metal = we don't offer the metal “{ $id }”
check-unknown-stone = we don't offer the stone “{ $id }”
check-unknown-cut = we don't offer the cut “{ $id }”
check-unknown-setting = we don't offer the setting “{ $id }”
check-unknown-font = we don't offer the engraving font “{ $id }”
check-origin-natural = { $stone } is not available as a natural stone
check-origin-lab-grown = { $stone } is not available lab-grown
check-profile-not-offered = the { $profile } profile is not offered
check-finish-not-offered = the { $finish } finish is not offered
check-range-carat = The stone's weight must be between { $min } and { $max } ct; got { $value }
check-range-band-width = The band's width must be between { $min } and { $max } mm; got { $value }
check-range-band-thickness = The band's thickness must be between { $min } and { $max } mm; got { $value }
check-range-size = The ring size (inner circumference) must be between { $min } and { $max } mm; got { $value }
check-engraving-empty = the engraving is empty
check-engraving-too-long = the engraving has { $chars } characters; at most { $max } fit
# $character is one of the char-… messages; $marks the punctuation the engraver also cuts.
check-engraving-character = { $character } cannot be engraved; use letters (accents too), digits, spaces and { $marks }
check-engraving-character-no-marks = { $character } cannot be engraved; use letters (accents too), digits, spaces

char-quoted = “{ $char }”
char-line-break = a line break ({ $code })
char-tab = a tab ({ $code })
char-space = a special space ({ $code })
char-accent = an accent typed on its own ({ $code })
char-invisible = an invisible character ({ $code })

## A jeweler's words of caution

warning-stone-heavy-for-width = A { $carat } ct stone is heavy for a { $width } mm band: it may tilt or bend the shank. Jewelers suggest at least { $min } mm.
warning-stone-heavy-for-thickness = A { $carat } ct stone needs a sturdier shank than { $thickness } mm thick; 1.5 mm or more is safer.
warning-thin-band = A { $thickness } mm thin band wears through and bends over the years; 1.5 mm lasts a lifetime.
# $setting is the setting's running-text name (summary-setting-…).
warning-not-resizable = A { $setting } band cannot be resized later: the size must be right first time.
warning-not-resizable-unsized = A { $setting } band cannot be resized later: the size must be right first time. Please have your finger sized properly before we start.
# $sizes is resize-sizes ("half a size").
warning-resize-limited = { $setting } can be resized only about { $sizes } later before the small stones loosen.
# $care is the stone's care note (stone-care-…).
warning-soft-stone = { $stone } is { $low }–{ $high } on the Mohs scale, softer than the grit it meets every day. { $care } A bezel or a low setting protects it; some choose it for a ring not worn every day.
warning-soft-stone-in-bezel = { $stone } is { $low }–{ $high } on the Mohs scale, softer than the grit it meets every day. { $care } The bezel you chose protects it well.
warning-soft-metal-prongs = { $metal } is too soft to hold stones securely in prongs for daily wear; jewelers use white gold or platinum for the setting, or a bezel.
warning-size-not-given = No ring size given yet: your jeweler will ask for it, or can send you a ring sizer.
warning-size-sizer = We'll send you a ring sizer. Sizers differ, so measure at the end of the day, when fingers are largest.
warning-size-unknown = Without a size we'll make a standard size; resizing later may cost extra.
warning-wide-band = A { $width } mm wide band fits tighter than a narrow one; jewelers usually go up a quarter to half a size.
warning-long-engraving = The engraving needs about { $needed } mm but about { $available } mm of the inside is free; the engraver may use smaller letters.
warning-rush-deadline = { $days ->
    [one] { $days } day is tight: jewelers usually ask for three to four months, and rush work costs more.
   *[other] { $days } days is tight: jewelers usually ask for three to four months, and rush work costs more.
}

## The brief's fields: what is wrong, for the visitor

field-required = this is required
field-too-long = at most { $max } characters, please
field-single-line = line breaks and control characters are not allowed here
field-control = control characters are not allowed
field-deceptive = invisible or direction-changing characters (such as zero-width spaces or right-to-left overrides) are not allowed here
field-invisible = this needs at least one visible character
field-name-link = just your name, please: no web addresses or links
field-email = enter an email address like name@example.com
field-phone = enter a phone number with 6 to 15 digits, e.g. +44 20 7946 0958
field-phone-needed = add a phone number, or choose email as the way to reach you
field-currency = use a three-letter currency code such as EUR, GBP or USD
field-budget-max = enter an amount between 1 and { $max }
field-budget-min = the lower end must not exceed the upper end
field-locale = use a language tag such as en, en-GB or de-CH
field-photos-count = at most { $max } photos, please
field-file-name = a file name of at most { $max } characters, without folders
field-photo-type = photos only: JPEG, PNG or WebP
# $size is size-megabytes.
field-photo-size = each photo may be at most { $size }
field-photos-total = all photos together may be at most { $size }
field-version = this server reads brief version { $expected }, not { $got }
field-deadline-passed = the deadline has already passed
field-date-format = use the form YYYY-MM-DD, e.g. 2025-06-30
field-date-no-such-day = { $date } is not a day in the calendar
field-date-year = the year must be between 2000 and 2200
field-size-certainty = you said you know the size, but the design has none; choose a size or “I don't know”
field-origin-preference = this preference contradicts the stone's origin in the design
field-own-materials = tell the jeweler a little about what you'll bring
field-consent = we can only answer if you agree to be contacted about this request

size-megabytes = { $mb } MB

## Typing a ring size

size-error-empty = enter a size
size-error-too-long = “{ $text }” is not a ring size; it is too long
size-error-us = “{ $text }” is not a US size; try 6, 6.25, 6¼ or 6 1/2
size-error-uk = “{ $text }” is not a UK size; try M, M½, M 1/2 or Z+1
size-error-eu = “{ $text }” is not a EU size; type the circumference in mm, e.g. 52 or 52.5
size-error-jp = “{ $text }” is not a Japanese size; type a whole number, e.g. 11
size-error-diameter = “{ $text }” is not a diameter size; type millimetres, e.g. 16.5
size-error-quarter = US sizes come in quarters, e.g. 6, 6¼, 6½ or 6¾
size-range-us = US sizes run from { $min } to { $max }
size-range-uk = UK sizes run from { $min } to { $max }
size-range-eu = EU sizes run from { $min } to { $max }
size-range-jp = Japanese sizes run from { $min } to { $max }
size-range-diameter = Inner diameter sizes run from { $min } mm to { $max } mm
size-range-circumference = Circumference sizes run from { $min } mm to { $max } mm

## Opening a shared design link

share-error-empty = the link has no design in it
share-error-too-long = the link is too long ({ $chars } characters)
share-error-not-base64 = the link is damaged (it is not valid base64url)
share-error-version = this link was made by a newer version of the configurator (format { $format })
# $what is the codec's name for the part it was reading (metal, size, …), shown as it is.
share-error-truncated = the link is cut short (while reading the { $what })
share-error-invalid = the link is damaged (bad { $what })
share-error-trailing = the link is damaged (unexpected data at the end)

## What a price range leaves out

estimate-excludes-accents = accent stones (priced by the jeweler once sizes are chosen)
estimate-excludes-centre-stone = the centre stone (your own, or to be advised)
# A stone of one origin that has no price: "Moissanite (Natural)".
estimate-missing-stone = { $stone } ({ $origin })
