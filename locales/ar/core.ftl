# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

## Shared

core-as-written = { $text }

## Catalog

metal-18k-yellow = ذهب أصفر عيار 18
metal-14k-yellow = ذهب أصفر عيار 14
metal-9k-yellow = ذهب أصفر عيار 9
metal-18k-white = ذهب أبيض عيار 18
metal-14k-white = ذهب أبيض عيار 14
metal-9k-white = ذهب أبيض عيار 9
metal-18k-rose = ذهب وردي عيار 18
metal-14k-rose = ذهب وردي عيار 14
metal-9k-rose = ذهب وردي عيار 9
metal-pt950 = بلاتين 950
metal-pd950 = بلاديوم 950
metal-ag925 = فضة إسترلينية 925

stone-diamond = ألماس
stone-moissanite = مويسانيت
stone-sapphire-blue = ياقوت أزرق
stone-sapphire-pink = ياقوت وردي
stone-sapphire-yellow = ياقوت أصفر
stone-sapphire-padparadscha = ياقوت بادبارادشا
stone-ruby = ياقوت أحمر
stone-emerald = زمرد
stone-aquamarine = أكوامارين
stone-morganite = مورغانيت
stone-own-stone = سأحضر حجري الخاص

stone-care-diamond = أصلب الأحجار الكريمة، لكنه قد يتشظى عند الحزام إذا تعرّض لضربة قوية.
stone-care-moissanite = بريقه الناري أقوى من الألماس وصلابته تقاربها، وهو دائمًا مُصنَّع في المختبر.
stone-care-sapphire-blue = شديد المتانة، وخيار كلاسيكي للارتداء اليومي.
stone-care-sapphire-pink = شديد المتانة، وخيار كلاسيكي للارتداء اليومي.
stone-care-sapphire-yellow = شديد المتانة، وخيار كلاسيكي للارتداء اليومي.
stone-care-sapphire-padparadscha = ياقوت نادر بلون وردي برتقالي؛ الطبيعي منه قليل وسعره على قدر ندرته.
stone-care-ruby = شديد المتانة، وخيار كلاسيكي للارتداء اليومي.
stone-care-emerald = يحتوي دائمًا تقريبًا على شوائب وغالبًا ما يُعالَج بالزيت: تجنّب الصدمات والحرارة وأجهزة التنظيف بالموجات فوق الصوتية.
stone-care-aquamarine = يخدش مع سنوات من الارتداء اليومي؛ والترصيع الإطاري يحميه.
stone-care-morganite = أليَن من الياقوت: يخدش ويبهت مع الارتداء اليومي، فخطط لإعادة تلميعه.
stone-care-own-stone = يفحص الصائغ حجرك قبل تقديم عرض السعر: حجمه وحالته وصلابته هي التي تحدد طريقة الترصيع.

cut-round = بريليانت دائري
cut-oval = بيضاوي
cut-cushion = وسادي
cut-princess = أميرة
cut-emerald = زمردي
cut-asscher = آشر
cut-radiant = راديانت
cut-pear = كمثري
cut-marquise = ماركيز
cut-heart = قلب

setting-four-prong = سوليتير بأربعة مخالب
setting-six-prong = سوليتير بستة مخالب
setting-bezel = ترصيع إطاري
setting-halo = هالة
setting-pave-shoulders = كتفان مرصّعان بالبافيه
setting-three-stone = ثلاثة أحجار
setting-full-eternity = خاتم أبدية كامل
setting-plain-band = خاتم سادة (بلا حجر)

font-script = خط مائل
font-serif = خط روماني بزوائد
font-sans = خط كتلي

origin-natural = طبيعي
origin-lab-grown = مُصنَّع في المختبر

finish-polished = لامع
finish-satin = ساتان
finish-hammered = مطروق

band-court = مريح (محدّب من الداخل)
band-d-shape = على شكل D
band-flat = مسطح
band-knife-edge = حافة السكين

## The summary

# A message made only of arguments ends with a right-to-left mark: as another message's argument it
# sits in an isolate, and an isolate holding nothing but isolates and punctuation reads left to right.
summary-parts = { $first }، { $rest }{ "\u200F" }
summary-metal-advise = المعدن: حسب نصيحة الصائغ
summary-own-stone = الحجر الخاص بالزائر
summary-stone-advise = حجر (حسب نصيحة الصائغ)
summary-stone-with-origin = { $stone } { $origin }{ "\u200F" }
summary-stone-with-cut = { $stone } { $cut }{ "\u200F" }
summary-stone-with-carat = { $stone } بوزن { $carat } قيراط
summary-stone-round-size = { $stone } ({ $width } مم)
summary-stone-size = { $stone } ({ $length } × { $width } مم)
summary-stone-open = { $stone }، { $open }: حسب نصيحة الصائغ
summary-open-cut = القطع
summary-open-weight = الوزن
summary-open-origin = طبيعي أم مُصنَّع في المختبر

summary-stone-diamond = ألماس
summary-stone-moissanite = مويسانيت
summary-stone-sapphire-blue = ياقوت أزرق
summary-stone-sapphire-pink = ياقوت وردي
summary-stone-sapphire-yellow = ياقوت أصفر
summary-stone-sapphire-padparadscha = ياقوت بادبارادشا
summary-stone-ruby = ياقوت أحمر
summary-stone-emerald = زمرد
summary-stone-aquamarine = أكوامارين
summary-stone-morganite = مورغانيت
summary-stone-own-stone = حجر خاص

summary-cut-round = بقطع بريليانت دائري
summary-cut-oval = بقطع بيضاوي
summary-cut-cushion = بقطع وسادي
summary-cut-princess = بقطع الأميرة
summary-cut-emerald = بقطع زمردي
summary-cut-asscher = بقطع آشر
summary-cut-radiant = بقطع راديانت
summary-cut-pear = بقطع كمثري
summary-cut-marquise = بقطع ماركيز
summary-cut-heart = بقطع القلب

summary-origin-natural = طبيعي
summary-origin-lab-grown = مُصنَّع في المختبر

summary-setting-four-prong = سوليتير بأربعة مخالب
summary-setting-six-prong = سوليتير بستة مخالب
summary-setting-bezel = ترصيع إطاري
summary-setting-halo = ترصيع هالة
summary-setting-pave-shoulders = كتفان مرصّعان بالبافيه
summary-setting-three-stone = ثلاثة أحجار
summary-setting-full-eternity = خاتم أبدية كامل
summary-setting-plain-band = خاتم سادة (بلا حجر)
summary-setting-advise = الترصيع: حسب نصيحة الصائغ

summary-band-court = حلقة بمقطع مريح
summary-band-d-shape = حلقة بمقطع D
summary-band-flat = حلقة مسطحة
summary-band-knife-edge = حلقة بحافة السكين
summary-band-advise = حلقة (المقطع: حسب نصيحة الصائغ)
summary-band-sized = { $band } بعرض { $width } مم وسماكة { $thickness } مم
summary-band-width-only = { $band } بعرض { $width } مم، السماكة: حسب نصيحة الصائغ
summary-band-thickness-only = { $band } بسماكة { $thickness } مم، العرض: حسب نصيحة الصائغ
summary-band-open = { $band }، العرض والسماكة: حسب نصيحة الصائغ

summary-finish-polished = تشطيب لامع
summary-finish-satin = تشطيب ساتان
summary-finish-hammered = تشطيب مطروق
summary-finish-advise = التشطيب: حسب نصيحة الصائغ

summary-size-not-given = المقاس غير محدد
summary-size-us = المقاس الأمريكي { $size }
summary-size-uk = المقاس البريطاني { $size }
summary-size-eu = المقاس الأوروبي { $size }
summary-size-jp = المقاس الياباني { $size }
summary-size-diameter = القطر الداخلي { $size }
summary-size-sizer = المقاس غير معروف (يرجى إرسال مقياس خواتم)
summary-size-unknown = المقاس غير معروف

summary-engraving-to-fix = النقش بحاجة إلى تصحيح
summary-engraved = منقوش عليه «{ $text }»

## Ring sizes

size-system-us = الولايات المتحدة / كندا
size-system-uk = المملكة المتحدة / أستراليا
size-system-eu = أوروبا / ISO (المحيط، مم)
size-system-jp = اليابان
size-system-diameter = القطر الداخلي (مم)
size-short-us = US
size-short-uk = UK
size-short-eu = EU
size-short-jp = JP
size-short-diameter = القطر
size-mm = { $mm } مم

## Workflow

status-new = جديد
status-in-conversation = قيد النقاش
status-quoted = أُرسل عرض السعر
status-won = تم الطلب
status-lost = لم يتم
status-archived = مؤرشف
status-spam = رسائل مزعجة

progress-received = تم الاستلام
progress-talking = قيد النقاش
progress-design-proposed = تم اقتراح تصميم
progress-quoted = أُرسل عرض السعر
progress-being-made = قيد الصنع
progress-ready = جاهز

stage-sketch = رسم أولي
stage-cad = نموذج CAD
stage-wax = نموذج شمعي أو مطبوع
stage-casting = الصب
stage-setting = ترصيع الأحجار
stage-polishing = التلميع
stage-ready = جاهز

meeting-in-shop = في المتجر
meeting-video = مكالمة فيديو
meeting-phone = مكالمة هاتفية

## The specification

spec-metal = المعدن
spec-centre-stone = الحجر الأوسط
spec-origin = المنشأ
spec-cut = القطع
spec-carat-weight = الوزن بالقيراط
spec-stone-size = مقاس الحجر
spec-setting = الترصيع
spec-band-profile = مقطع الحلقة
spec-band-width = عرض الحلقة
spec-band-thickness = سماكة الحلقة
spec-finish = التشطيب
spec-ring-size = مقاس الخاتم
spec-size-certainty = دقة المقاس
spec-engraving = النقش
spec-metal-weight = وزن المعدن
spec-other-alloys = بسبائك أخرى
spec-stone-preference = تفضيل الحجر
spec-brings-to-reuse = يُحضر لإعادة الاستخدام

spec-advise = حسب نصيحة الصائغ
spec-none = لا يوجد
spec-carat = { $carat } قيراط
spec-stone-mm = { $length } × { $width } مم، بعمق { $depth } مم
spec-profile-assumed = حسب نصيحة الصائغ (يُفترض المقطع المريح)
spec-mm = { $mm } مم
spec-mm-assumed = حسب نصيحة الصائغ (يُفترض { $mm } مم)
spec-size-not-given = غير محدد
spec-size = { $system } { $size } · القطر الداخلي { $diameter } مم · المحيط { $circumference } مم
spec-size-sizer = غير معروف: أرسلوا مقياس خواتم
spec-size-unknown = غير معروف
spec-font-advise = الخط: حسب نصيحة الصائغ
spec-engraving-text = «{ $text }» ({ $font }){ "\u200F" }
spec-weight = نحو { $grams } غ من { $metal } (الحلقة { $band } مم³، الرأس والترصيع { $head } مم³)
spec-weight-metal-assumed = نحو { $grams } غ من { $metal } (المعدن مفترض) (الحلقة { $band } مم³، الرأس والترصيع { $head } مم³)
spec-weight-size-assumed = نحو { $grams } غ من { $metal } (المقاس مفترض) (الحلقة { $band } مم³، الرأس والترصيع { $head } مم³)
spec-weight-metal-size-assumed = نحو { $grams } غ من { $metal } (المعدن والمقاس مفترضان) (الحلقة { $band } مم³، الرأس والترصيع { $head } مم³)
spec-alloy = { $metal } { $grams } غ
spec-alloys = { $first } · { $rest }{ "\u200F" }

certainty-measured = قاسه صائغ
certainty-estimated = قيس في المنزل
certainty-unknown = غير متأكد بعد

size-answer-not-given = لم تحدد المقاس بعد. يمكنك إضافته في خطوة مقاس الخاتم، أو إرسال الطلب بدونه: سيسألك الصائغ عنه.
size-answer-sizer = اخترت «لا أعرف مقاسي» وطلبت مقياس خواتم: سيرسل لك الصائغ واحدًا.
size-answer-unknown = اخترت «لا أعرف مقاسي»: سيساعدك الصائغ على معرفته.

preference-natural = طبيعي فقط
preference-lab-grown = مُصنَّع في المختبر فقط
preference-either = طبيعي أو مُصنَّع في المختبر
preference-undecided = لم يقرر بعد: يريد النصيحة

occasion-engagement = خطوبة
occasion-wedding = زفاف
occasion-anniversary = ذكرى سنوية
occasion-birthday = عيد ميلاد
occasion-gift = هدية
occasion-for-myself = لنفسه

channel-email = البريد الإلكتروني
channel-phone = مكالمة هاتفية
channel-message = رسالة نصية أو تطبيق مراسلة

reuse-stone = حجر: { $text }
reuse-metal = معدن: { $text }
reuse-stone-and-metal = حجر ومعدن: { $text }

budget-up-to = حتى { $max }
budget-exactly = { $max }
budget-range = من { $min } إلى { $max }
estimate-price-range = من { $low } إلى { $high }

resize-sizes = { $sizes ->
    [0] لا يمكن تغيير المقاس
    [0.5] نصف مقاس
    [zero] { $sizes } مقاس
    [one] مقاس واحد
    [two] مقاسان
    [few] { $sizes } مقاسات
    [many] { $sizes } مقاسًا
   *[other] { $sizes } مقاس
}

## What changed

change-one = { $label }: { $from } ← { $to }{ "\u200F" }
change-more = { $first }؛ { $rest }{ "\u200F" }

## Checks

check-unknown-metal = لا نقدم المعدن «{ $id }»
check-unknown-stone = لا نقدم الحجر «{ $id }»
check-unknown-cut = لا نقدم القطع «{ $id }»
check-unknown-setting = لا نقدم الترصيع «{ $id }»
check-unknown-font = لا نقدم خط النقش «{ $id }»
check-origin-natural = { $stone } غير متوفر كحجر طبيعي
check-origin-lab-grown = { $stone } غير متوفر مُصنَّعًا في المختبر
check-profile-not-offered = المقطع { $profile } غير متوفر
check-finish-not-offered = التشطيب { $finish } غير متوفر
check-range-carat = يجب أن يكون وزن الحجر بين { $min } و{ $max } قيراط؛ القيمة المدخلة: { $value }
check-range-band-width = يجب أن يكون عرض الحلقة بين { $min } و{ $max } مم؛ القيمة المدخلة: { $value }
check-range-band-thickness = يجب أن تكون سماكة الحلقة بين { $min } و{ $max } مم؛ القيمة المدخلة: { $value }
check-range-size = يجب أن يكون مقاس الخاتم (المحيط الداخلي) بين { $min } و{ $max } مم؛ القيمة المدخلة: { $value }
check-engraving-empty = النقش فارغ
check-engraving-too-long = يتكون النقش من { $chars } حرفًا؛ والحد الأقصى { $max }
check-engraving-character = لا يمكن نقش { $character }؛ استخدم الحروف اللاتينية (مع علامات التشكيل أيضًا) والأرقام والمسافات و{ $marks }
check-engraving-character-no-marks = لا يمكن نقش { $character }؛ استخدم الحروف اللاتينية (مع علامات التشكيل أيضًا) والأرقام والمسافات

char-quoted = «{ $char }»
char-line-break = سطر جديد ({ $code })
char-tab = مسافة جدولة ({ $code })
char-space = مسافة خاصة ({ $code })
char-accent = علامة تشكيل مكتوبة وحدها ({ $code })
char-invisible = حرف غير مرئي ({ $code })

## Warnings

warning-stone-heavy-for-width = حجر بوزن { $carat } قيراط ثقيل على حلقة بعرض { $width } مم: قد يميل أو يثني الحلقة. ينصح الصاغة بعرض { $min } مم على الأقل.
warning-stone-heavy-for-thickness = يحتاج حجر بوزن { $carat } قيراط إلى حلقة أمتن من سماكة { $thickness } مم؛ 1.5 مم أو أكثر أكثر أمانًا.
warning-thin-band = الحلقة الرفيعة بسماكة { $thickness } مم تتآكل وتنثني مع السنين؛ أما 1.5 مم فتدوم مدى الحياة.
warning-not-resizable = لا يمكن تغيير مقاس خاتم بتصميم { $setting } لاحقًا: يجب أن يكون المقاس صحيحًا من المرة الأولى.
warning-not-resizable-unsized = لا يمكن تغيير مقاس خاتم بتصميم { $setting } لاحقًا: يجب أن يكون المقاس صحيحًا من المرة الأولى. يرجى قياس إصبعك بدقة قبل أن نبدأ.
warning-resize-limited = يمكن تغيير مقاس خاتم بتصميم { $setting } لاحقًا بنحو { $sizes } فقط قبل أن تتخلخل الأحجار الصغيرة.
warning-soft-stone = صلابة { $stone } بين { $low } و{ $high } على مقياس موس، أي أنه ألين من الغبار الذي يلاقيه كل يوم. { $care } الترصيع الإطاري أو الترصيع المنخفض يحميه، ويختاره البعض لخاتم لا يُلبس يوميًا.
warning-soft-stone-in-bezel = صلابة { $stone } بين { $low } و{ $high } على مقياس موس، أي أنه ألين من الغبار الذي يلاقيه كل يوم. { $care } الترصيع الإطاري الذي اخترته يحميه جيدًا.
warning-soft-metal-prongs = { $metal } ليّن جدًا لتثبيت الأحجار بالمخالب بأمان في الارتداء اليومي؛ يستخدم الصاغة الذهب الأبيض أو البلاتين للترصيع، أو الترصيع الإطاري.
warning-size-not-given = لم تحدد مقاس الخاتم بعد: سيسألك الصائغ عنه، أو يمكنه إرسال مقياس خواتم إليك.
warning-size-sizer = سنرسل إليك مقياس خواتم. المقاييس تختلف، لذا قِس في نهاية اليوم حين تكون الأصابع في أكبر حجم لها.
warning-size-unknown = من دون مقاس سنصنع مقاسًا قياسيًا؛ وقد يكلف تغيير المقاس لاحقًا مبلغًا إضافيًا.
warning-wide-band = الحلقة العريضة بعرض { $width } مم أضيق في الإحساس من الرفيعة؛ عادة ما يزيد الصاغة ربع مقاس إلى نصف مقاس.
warning-long-engraving = يحتاج النقش إلى نحو { $needed } مم، لكن المتاح من الداخل نحو { $available } مم فقط؛ قد يستخدم النقاش حروفًا أصغر.
warning-rush-deadline = { $days ->
    [zero] لم يبقَ أي يوم: يطلب الصاغة عادة من ثلاثة إلى أربعة أشهر، والعمل المستعجل يكلف أكثر.
    [one] يوم واحد مدة قصيرة: يطلب الصاغة عادة من ثلاثة إلى أربعة أشهر، والعمل المستعجل يكلف أكثر.
    [two] يومان مدة قصيرة: يطلب الصاغة عادة من ثلاثة إلى أربعة أشهر، والعمل المستعجل يكلف أكثر.
    [few] { $days } أيام مدة قصيرة: يطلب الصاغة عادة من ثلاثة إلى أربعة أشهر، والعمل المستعجل يكلف أكثر.
    [many] { $days } يومًا مدة قصيرة: يطلب الصاغة عادة من ثلاثة إلى أربعة أشهر، والعمل المستعجل يكلف أكثر.
   *[other] { $days } يوم مدة قصيرة: يطلب الصاغة عادة من ثلاثة إلى أربعة أشهر، والعمل المستعجل يكلف أكثر.
}

## Field errors

field-required = هذا الحقل مطلوب
field-too-long = الحد الأقصى { $max } حرف من فضلك
field-single-line = لا يُسمح هنا بفواصل الأسطر ولا بأحرف التحكم
field-control = لا يُسمح بأحرف التحكم
field-deceptive = لا يُسمح هنا بالأحرف غير المرئية أو التي تغيّر اتجاه النص (مثل المسافات صفرية العرض أو أحرف عكس الاتجاه)
field-invisible = يجب أن يحتوي على حرف مرئي واحد على الأقل
field-name-link = اسمك فقط من فضلك: بلا عناوين ويب أو روابط
field-email = أدخل بريدًا إلكترونيًا مثل name@example.com
field-phone = أدخل رقم هاتف من 6 إلى 15 رقمًا، مثل +971 4 123 4567
field-phone-needed = أضف رقم هاتف، أو اختر البريد الإلكتروني وسيلةً للتواصل
field-currency = استخدم رمز عملة من ثلاثة أحرف مثل AED أو SAR أو USD
field-budget-max = أدخل مبلغًا بين 1 و{ $max }
field-budget-min = يجب ألا يتجاوز الحد الأدنى الحد الأعلى
field-locale = استخدم وسم لغة مثل ar أو ar-AE أو en-GB
field-photos-count = الحد الأقصى { $max } صور من فضلك
field-file-name = اسم ملف لا يتجاوز { $max } حرفًا، بلا مجلدات
field-photo-type = صور فقط: JPEG أو PNG أو WebP
field-photo-size = يجب ألا يتجاوز حجم كل صورة { $size }
field-photos-total = يجب ألا يتجاوز حجم الصور مجتمعة { $size }
field-version = يقرأ هذا الخادم طلبات الإصدار { $expected }، لا { $got }
field-deadline-passed = الموعد المطلوب قد مضى
field-date-format = استخدم الصيغة YYYY-MM-DD، مثل 2025-06-30
field-date-no-such-day = { $date } ليس يومًا في التقويم
field-date-year = يجب أن تكون السنة بين 2000 و2200
field-size-certainty = ذكرت أنك تعرف المقاس، لكن التصميم بلا مقاس؛ اختر مقاسًا أو «لا أعرف»
field-origin-preference = هذا التفضيل يتعارض مع منشأ الحجر في التصميم
field-own-materials = أخبر الصائغ باختصار بما ستحضره
field-consent = لا يمكننا الرد إلا إذا وافقت على التواصل معك بشأن هذا الطلب

size-megabytes = { $mb } ميغابايت

## Typing a ring size

size-error-empty = أدخل مقاسًا
size-error-too-long = «{ $text }» ليس مقاس خاتم؛ النص طويل جدًا
size-error-us = «{ $text }» ليس مقاسًا أمريكيًا؛ جرّب 6 أو 6.25 أو 6¼ أو 6 1/2
size-error-uk = «{ $text }» ليس مقاسًا بريطانيًا؛ جرّب M أو M½ أو M 1/2 أو Z+1
size-error-eu = «{ $text }» ليس مقاسًا أوروبيًا؛ أدخل المحيط بالمليمتر، مثل 52 أو 52.5
size-error-jp = «{ $text }» ليس مقاسًا يابانيًا؛ أدخل عددًا صحيحًا، مثل 11
size-error-diameter = «{ $text }» ليس قطرًا؛ أدخل المليمترات، مثل 16.5
size-error-quarter = المقاسات الأمريكية تأتي بالأرباع، مثل 6 أو 6¼ أو 6½ أو 6¾
size-range-us = المقاسات الأمريكية من { $min } إلى { $max }
size-range-uk = المقاسات البريطانية من { $min } إلى { $max }
size-range-eu = المقاسات الأوروبية من { $min } إلى { $max }
size-range-jp = المقاسات اليابانية من { $min } إلى { $max }
size-range-diameter = القطر الداخلي من { $min } مم إلى { $max } مم
size-range-circumference = المحيط من { $min } مم إلى { $max } مم

## Opening a shared design link

share-error-empty = لا يحتوي الرابط على تصميم
share-error-too-long = الرابط طويل جدًا ({ $chars } حرفًا)
share-error-not-base64 = الرابط تالف (ليس base64url صالحًا)
share-error-version = أُنشئ هذا الرابط بإصدار أحدث من أداة التصميم (الصيغة { $format })
share-error-truncated = الرابط مقطوع (أثناء قراءة { $what })
share-error-invalid = الرابط تالف (قيمة غير صالحة: { $what })
share-error-trailing = الرابط تالف (بيانات غير متوقعة في النهاية)

## What a price range leaves out

estimate-excludes-accents = الأحجار الجانبية (يسعّرها الصائغ بعد تحديد المقاسات)
estimate-excludes-centre-stone = الحجر الأوسط (حجرك الخاص، أو حسب نصيحة الصائغ)
estimate-missing-stone = { $stone } ({ $origin }){ "\u200F" }
