# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.

## Shared

email-dear = عزيزي/عزيزتي { $name }،
email-link-private = هذا الرابط خاص: يستطيع كل من يملكه قراءة محادثتك، لذا احتفظ به لنفسك.
email-link-inactive = لم يعد رابط صفحة طلبك فعّالًا: اطلب من الصائغ رابطًا جديدًا.
email-commission-link = صفحة طلبك، حيث يمكنك متابعة العمل والرد على الصائغ: { $link }
email-commission-open = افتح صفحة طلبك لمتابعة العمل والرد على الصائغ.
email-studio-answer = الرد في الاستوديو: { $link }
email-studio-answer-link = الرد في الاستوديو
email-studio-open = افتح الطلب في الاستوديو:
email-studio-open-link = افتح الطلب في الاستوديو
email-their-comment = تعليق العميل:
email-their-comment-in = تعليق العميل (مكتوب باللغة { $language }):
email-lang-en = الإنجليزية
email-lang-de = الألمانية
email-lang-fr = الفرنسية
email-lang-it = الإيطالية
email-lang-es = الإسبانية
email-lang-ja = اليابانية
email-lang-ar = العربية

## The confirmation to the visitor

email-confirm-subject = طلب الاستشارة { $reference } المرسل إلى { $shop }
email-confirm-thanks = شكرًا لطلبك المرسل إلى { $shop }. رقمك المرجعي هو { $reference }.
email-confirm-received = استلمناه في { $date }.
email-confirm-design = تصميمك: { $summary }
email-confirm-budget = ميزانيتك: { $budget }
email-confirm-picture = الصورة المرفقة بهذه الرسالة هي خاتمك كما رسمه المصمم ({ $view }).
email-confirm-picture-alt = خاتمك، { $view }
email-confirm-reopen = أعد فتح تصميمك في المصمم: { $link }
email-confirm-reopen-link = أعد فتح تصميمك في المصمم
email-confirm-photos = { $count ->
    [zero] لم تُرسل معه أي صورة للإلهام.
    [one] أُرسلت معه صورة الإلهام الخاصة بك.
    [two] أُرسلت معه صورتا الإلهام الخاصتان بك.
    [few] أُرسلت معه { $count } صور للإلهام.
    [many] أُرسلت معه { $count } صورة للإلهام.
   *[other] أُرسلت معه { $count } صورة للإلهام.
}
email-confirm-surprise = إنها مفاجأة: سيتواصل الصائغ معك وحدك، ولن يتواصل أبدًا مع من سيرتدي الخاتم.
email-confirm-next = سيرد عليك الصائغ خلال أيام عمل قليلة لمناقشة التصميم معك. الصورة على الشاشة ليست القطعة النهائية: توقّع محادثة ورسومات وتعديلات قبل عرض السعر، الذي يكون صالحًا لمدة محدودة.
email-confirm-reply = يمكنك الرد على هذه الرسالة بأي سؤال.
email-view-three-quarter = منظر ثلاثة أرباع
email-view-side = منظر جانبي
email-view-top = منظر علوي

## The brief to the jeweler

email-brief-subject = الاستشارة { $reference }: { $summary }
email-brief-title = طلب استشارة جديد { $reference } ({ $date })
email-brief-heading = طلب الاستشارة { $reference }
email-brief-specification = المواصفات
email-brief-request = الطلب
email-brief-notes = الملاحظات:
email-brief-notes-in = الملاحظات (مكتوبة باللغة { $language }):
email-brief-notes-heading = الملاحظات
email-brief-notes-heading-in = الملاحظات (مكتوبة باللغة { $language })
email-brief-photos = { $count ->
    [zero] لا توجد صور إلهام مرفقة: { $files }
    [one] صورة إلهام واحدة مرفقة: { $files }
    [two] صورتا إلهام مرفقتان: { $files }
    [few] { $count } صور إلهام مرفقة: { $files }
    [many] { $count } صورة إلهام مرفقة: { $files }
   *[other] { $count } صورة إلهام مرفقة: { $files }
}
email-brief-snapshot-alt = الخاتم، { $view }
email-brief-studio = هذا الطلب في الاستوديو: { $link }
email-brief-studio-link = افتح هذا الطلب في الاستوديو
email-brief-design = التصميم في المصمم: { $link }
email-brief-design-link = افتح التصميم في المصمم
email-brief-reply = رد على هذه الرسالة للرد على العميل.
email-fact-budget = الميزانية
email-fact-deadline = الموعد النهائي
email-fact-surprise = مفاجأة
email-fact-occasion = المناسبة
email-fact-name = الاسم
email-fact-email = البريد الإلكتروني
email-fact-phone = الهاتف
email-fact-prefers = يفضّل
email-fact-not-given = غير محدد
email-budget-range = { $min }–{ $max }{ "\u200F" }
email-budget-up-to = حتى { $max }
email-fact-no-deadline = لم يُحدد
email-fact-surprise-yes = نعم: لا تتواصل مع من سيرتدي الخاتم
email-fact-surprise-no = لا

## A message of the conversation

email-message-subject-jeweler = كتب { $name } بخصوص { $reference }
email-message-jeweler = كتب { $name } بخصوص { $reference }:
email-message-jeweler-in = كتب { $name } بخصوص { $reference } (باللغة { $language }):
email-message-subject-visitor = كتب { $shop } بخصوص طلبك { $reference }
email-message-visitor = كتب { $shop } بخصوص طلبك { $reference }:
email-message-photos = { $count ->
    [zero] لا توجد صور مرفقة.
    [one] أُرفقت صورة واحدة.
    [two] أُرفقت صورتان.
    [few] أُرفقت { $count } صور.
    [many] أُرفقت { $count } صورة.
   *[other] أُرفقت { $count } صورة.
}

## A new link

email-link-subject = رابط جديد لطلبك { $reference } لدى { $shop }
email-link-body = أرسل لك { $shop } رابطًا جديدًا لصفحة طلبك { $reference }. لم تعد الروابط السابقة تفتحها.

## A revised design, and the visitor's answer

email-proposal-subject = تصميم معدّل للطلب { $reference } من { $shop }
email-proposal-body = يقترح عليك { $shop } تصميمًا معدّلًا لطلبك { $reference }.
email-proposal-design = التصميم المقترح: { $summary }
email-proposal-changed = ما الذي تغيّر: { $changes }
email-proposal-unchanged = لا شيء في المواصفات؛ راجع رسالة الصائغ
email-proposal-price = السعر: { $price }
email-proposal-price-range = { $low }–{ $high }{ "\u200F" }
email-proposal-compare = قارنه بتصميمك وأرسل ردك في صفحة طلبك:
email-proposal-compare-link = قارنه بتصميمك وأرسل ردك في صفحة طلبك
email-answer-accepted-subject = { $reference }: وافق { $name } على التصميم المقترح
email-answer-accepted = وافق { $name } (الطلب { $reference }) على التصميم المقترح.
email-answer-changes-subject = { $reference }: طلب { $name } تعديلات على التصميم المقترح
email-answer-changes = طلب { $name } (الطلب { $reference }) تعديلات على التصميم المقترح.

## A stage of the making

email-stage-subject = { $stage }: أخبار قطعتك من { $shop }
email-stage-body = وصلت قطعتك للطلب { $reference } إلى مرحلة جديدة: { $stage }.
email-stage-photo = أرفقنا صورة للقطعة.
email-stage-follow = تابع صناعة قطعتك في صفحة طلبك:
email-stage-follow-link = تابع صناعة قطعتك في صفحة طلبك

## The visitor asks for erasure

email-erasure-subject = { $reference }: يطلب { $name } حذف بياناته
email-erasure-body = طلب { $name } (الطلب { $reference }) في { $date } حذف كل ما يتعلق بطلبه.
email-erasure-todo = ما عليك فعله: افتح الطلب في الاستوديو، واحتفظ جانبًا فقط بما يلزمك القانون بالاحتفاظ به (فاتورة مثلًا)، ثم اختر «حذف» في الطلب. سيؤدي ذلك إلى حذف الطلب والمحادثة والمقترحات والمواعيد ومراحل الصنع وكل الصور. بعد ذلك رد على هذه الرسالة لتخبر العميل بأن الحذف تم؛ أجب خلال شهر.
email-erasure-studio = الطلب في الاستوديو:

## An appointment

email-meeting-subject-visitor = { $news ->
    [cancelled] أُلغيت استشارتك مع { $shop } ({ $reference })
    [moved] تغيّر موعد استشارتك مع { $shop } ({ $reference })
   *[booked] تم حجز استشارتك مع { $shop } ({ $reference })
}
email-meeting-subject-jeweler = { $news ->
    [cancelled] أُلغيت الاستشارة: { $reference } مع { $name }
    [moved] تغيّر موعد الاستشارة: { $reference } مع { $name }
   *[booked] تم حجز الاستشارة: { $reference } مع { $name }
}
email-meeting-visitor = { $news ->
    [cancelled] أُلغيت استشارتك مع { $shop } بخصوص { $reference }.
    [moved] تغيّر موعد استشارتك مع { $shop } بخصوص { $reference }.
   *[booked] تم حجز استشارتك مع { $shop } بخصوص { $reference }.
}
email-meeting-jeweler = { $news ->
    [cancelled] أُلغيت الاستشارة مع { $name } بخصوص { $reference }.
    [moved] تغيّر موعد الاستشارة مع { $name } بخصوص { $reference }.
   *[booked] تم حجز الاستشارة مع { $name } بخصوص { $reference }.
}
email-meeting-when = الموعد: { $time }، بتوقيت المتجر ({ $zone }).
email-meeting-utc = بالتوقيت العالمي المنسق: { $time }.
email-meeting-when-visitor = الموعد: { $time }، بتوقيتك ({ $zone }).
email-meeting-shop-time = بتوقيت المتجر: { $time } ({ $zone }).
email-meeting-how = الطريقة: { $kind }.
email-meeting-span = { $day }، { $start }–{ $end } ({ $abbr })
email-meeting-page = صفحة طلبك: { $link }
email-meeting-brief = الطلب: { $link }
email-meeting-no-link = (لم يعد رابط صفحة طلبك فعّالًا: اطلب من الصائغ رابطًا جديدًا)
email-meeting-attached = { $news ->
    [cancelled] أرفقنا إشعار الإلغاء لتحدّث به تقويمك.
   *[other] أرفقنا الدعوة لتضيفها إلى تقويمك.
}
email-meeting-summary = استشارة مع { $shop } — { $reference }

## The pages' loading posters, before the app's own words arrive

email-page-title = { $shop } · صمّم خاتمك
email-page-description = صمّم الفكرة الأولى لخاتمك بتقنية ثلاثية الأبعاد وأرسلها إلى صائغك.
email-page-tagline = صمِّم الفكرة الأولى لخاتمك، ثم ناقشها مع صائغك
email-page-poster-alt = خاتم سوليتير من الذهب الأصفر؛ جارٍ تحميل المعاينة ثلاثية الأبعاد
email-page-loading = جارٍ تحميل مصمم الخواتم…
email-page-studio-loading = جارٍ فتح الاستوديو…
email-page-commission-title = طلبك
email-page-commission-loading = جارٍ فتح طلبك…

## The privacy notice built from the configuration (a shop's own file is shown as written)

email-privacy-title = إشعار الخصوصية
email-privacy-who-heading = من نحن
email-privacy-who = يستقبل { $shop } الطلبات المرسلة من هذا الموقع. راسلنا على { $email } بخصوص أي شيء في هذا الإشعار.
email-privacy-what-heading = ما نحتفظ به
email-privacy-what = عندما ترسل طلبًا نحتفظ بما أدخلته: التصميم، واسمك، وبريدك الإلكتروني، ورقم هاتفك إن ذكرته، والميزانية، والمناسبة، والموعد النهائي، والملاحظات، والصور، وصور التصميم. وإذا استمر الطلب نحتفظ أيضًا بالمحادثة وصورها، والتصاميم المقترحة وردودك عليها، والاستشارات المحجوزة، ومراحل الصنع مع صورها، وملاحظاتنا الخاصة عن الطلب.
email-privacy-use = نستخدم هذه البيانات فقط للرد على طلبك وصنع القطعة. لا نبيعها ولا نشاركها؛ تمر الرسائل عبر مزوّد البريد الإلكتروني لدينا.
email-privacy-long-heading = مدة الاحتفاظ
email-privacy-long = الطلب وكل ما يتعلق به: نحتفظ به طوال مدة الطلب، ثم طالما احتجنا إليه للعناية بالقطعة، أو حتى تطلب حذفه.
email-privacy-archived-kept = الطلبات المؤرشفة: نحتفظ بها حتى تطلب حذفها أو نحذفها نحن.
email-privacy-archived-erased = { $days ->
    [zero] الطلبات المؤرشفة: تُحذف فور أرشفتها.
    [one] الطلبات المؤرشفة: تُحذف بعد يوم واحد من أرشفتها.
    [two] الطلبات المؤرشفة: تُحذف بعد يومين من أرشفتها.
    [few] الطلبات المؤرشفة: تُحذف بعد { $days } أيام من أرشفتها.
    [many] الطلبات المؤرشفة: تُحذف بعد { $days } يومًا من أرشفتها.
   *[other] الطلبات المؤرشفة: تُحذف بعد { $days } يوم من أرشفتها.
}
email-privacy-spam-kept = الطلبات المصنفة بريدًا مزعجًا: نحتفظ بها حتى تطلب حذفها أو نحذفها نحن.
email-privacy-spam-erased = { $days ->
    [zero] الطلبات المصنفة بريدًا مزعجًا: تُحذف فور تصنيفها.
    [one] الطلبات المصنفة بريدًا مزعجًا: تُحذف بعد يوم واحد من تصنيفها.
    [two] الطلبات المصنفة بريدًا مزعجًا: تُحذف بعد يومين من تصنيفها.
    [few] الطلبات المصنفة بريدًا مزعجًا: تُحذف بعد { $days } أيام من تصنيفها.
    [many] الطلبات المصنفة بريدًا مزعجًا: تُحذف بعد { $days } يومًا من تصنيفها.
   *[other] الطلبات المصنفة بريدًا مزعجًا: تُحذف بعد { $days } يوم من تصنيفها.
}
email-privacy-rights-heading = حقوقك
email-privacy-rights = في صفحة طلبك (الرابط الخاص في رسالة التأكيد) زر لتنزيل كل ما نحتفظ به عن طلبك، وزر لطلب حذفه. يمكنك أيضًا مراسلتنا على { $email }. نرد خلال شهر. ويمكنك كذلك تقديم شكوى إلى الجهة المختصة بحماية البيانات في بلدك.

## A revised design sent before proposals (rows queued then are still delivered)

email-revision-subject = تصميمك المعدّل للطلب { $reference } من { $shop }
email-revision-body = عدّل { $shop } تصميم طلبك { $reference }.
email-revision-design = التصميم المعدّل: { $summary }
email-revision-open = افتحه وأدِره وعدّله من هنا:
email-revision-open-link = افتح التصميم المعدّل
email-revision-reply = رد على هذه الرسالة لتخبرنا برأيك.

email-shop-closed-title = { $shop } مغلق
email-shop-closed-text = مصمم الخواتم ومشغل { $shop } مغلقان حاليًا. للحديث عن خاتمك، يُرجى التواصل مع الصائغ مباشرة.
