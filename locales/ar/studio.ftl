# The jeweler's studio (always in the shop's language).
# English is the source: every other language has exactly these keys and arguments.

## Shared by every page
studio-mark = الاستوديو
studio-opening = جارٍ فتح الاستوديو…
studio-session-unchecked = تعذّر على الاستوديو التحقق من جلستك: { $why }
# Messages made only of arguments end with a right-to-left mark, so they read right to left inside an isolate too.
studio-failed = { $what }: { $why }.{ "\u200F" }
studio-sign-in-again = سجّل الدخول مجددًا
studio-as-written = { $text }
studio-keep-it = إبقاء
studio-cancel = إلغاء
studio-loading = جارٍ التحميل…

## Errors from the server ($reason is the server's own words)
studio-error-unauthorized = { $reason }
studio-error-rate-limited = محاولات كثيرة جدًا: انتظر { $wait } قبل المحاولة مجددًا
studio-error-forbidden = رفض الخادم هذا التغيير ({ $reason })؛ أعد تحميل الصفحة وحاول مجددًا
studio-error-not-found = غير موجود: { $reason }
studio-error-rejected = { $reason }
studio-error-server = تعذّر على الخادم الرد (HTTP { $status })؛ حاول مجددًا بعد لحظات
studio-error-network = تعذّر الوصول إلى الخادم: { $reason }
studio-error-unreadable = تعذّرت قراءة رد الخادم: { $reason }
studio-wait-seconds = { $n ->
    [zero] { $n } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
}
studio-wait-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}

## Days until a date
studio-days-today = اليوم
studio-days-tomorrow = غدًا
studio-days-yesterday = أمس
studio-days-ahead = { $n ->
    [zero] خلال { $n } يوم
    [one] خلال يوم واحد
    [two] خلال يومين
    [few] خلال { $n } أيام
    [many] خلال { $n } يومًا
   *[other] خلال { $n } يوم
}
studio-days-ago = { $n ->
    [zero] قبل { $n } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $n } أيام
    [many] قبل { $n } يومًا
   *[other] قبل { $n } يوم
}

## The bar
studio-nav-availability = المواعيد المتاحة
studio-sign-out = تسجيل الخروج
studio-shop-switch = المتجر

## Sign-in and first account
studio-login-title = سجّل الدخول إلى الاستوديو
studio-login-lead = الطلبات التي أرسلها زوّارك بانتظارك هنا.
studio-login-no-account = لا يوجد حساب بعد. افتح رابط الإعداد الذي يُستخدم مرة واحدة والذي كتبه الخادم في سجله عند تشغيله، أو أضف حسابًا على الخادم بهذا الأمر:
studio-login-no-match = لا يطابق هذا البريد الإلكتروني وكلمة المرور أي حساب. تحقّق منهما وحاول مجددًا.
studio-login-limited = محاولات كثيرة جدًا: انتظر { $wait } قبل المحاولة مجددًا. عدد مرات تسجيل الدخول محدود لحماية كلمات المرور من التخمين.
studio-field-email = البريد الإلكتروني
studio-field-password = كلمة المرور
studio-sign-in = تسجيل الدخول
studio-signing-in = جارٍ تسجيل الدخول…
studio-setup-title = إعداد الاستوديو
studio-setup-lead = أنشئ الحساب الأول. ستنتظرك طلبات زوّارك هنا.
studio-setup-need-token = الصق رمز الإعداد من سجل الخادم.
studio-setup-need-email = أدخل البريد الإلكتروني الذي ستسجّل الدخول به.
studio-setup-short-password = { $n ->
    [zero] اختر كلمة مرور من { $n } حرف على الأقل.
    [one] اختر كلمة مرور من حرف واحد على الأقل.
    [two] اختر كلمة مرور من حرفين على الأقل.
    [few] اختر كلمة مرور من { $n } أحرف على الأقل.
    [many] اختر كلمة مرور من { $n } حرفًا على الأقل.
   *[other] اختر كلمة مرور من { $n } حرف على الأقل.
}
studio-setup-passwords-differ = كلمتا المرور مختلفتان؛ اكتب كلمة المرور نفسها مرتين.
studio-setup-link-used = رابط الإعداد هذا لم يعد صالحًا (يعمل مرة واحدة فقط). سجّل الدخول، أو أنشئ حسابًا على الخادم باستخدام atelier-server user add.
studio-field-setup-token = رمز الإعداد (من سجل الخادم)
studio-field-your-email = بريدك الإلكتروني
studio-field-new-password = { $n ->
    [zero] كلمة المرور ({ $n } حرف على الأقل)
    [one] كلمة المرور (حرف واحد على الأقل)
    [two] كلمة المرور (حرفان على الأقل)
    [few] كلمة المرور ({ $n } أحرف على الأقل)
    [many] كلمة المرور ({ $n } حرفًا على الأقل)
   *[other] كلمة المرور ({ $n } حرف على الأقل)
}
studio-field-password-again = أعد كتابة كلمة المرور
studio-create-account = إنشاء الحساب
studio-creating = جارٍ الإنشاء…

## The inbox
studio-inbox-title = الطلبات
studio-export = تصدير
studio-search-label = ابحث بالاسم أو البريد الإلكتروني أو الرقم المرجعي
studio-search = بحث
studio-filter-status = التصفية حسب الحالة
studio-filter-turn = التصفية حسب المحادثة
studio-filter-all = الكل
studio-turn-visitor-replied = ردّ الزائر
studio-turn-awaiting-reply = بانتظار ردّك
studio-inbox-list = الطلبات، الأحدث أولًا
studio-inbox-loading = جارٍ تحميل الطلبات…
studio-inbox-more = مزيد من الطلبات
studio-inbox-more-failed = تعذّر تحميل مزيد من الطلبات
studio-inbox-not-loaded = تعذّر تحميل صندوق الوارد
studio-inbox-no-match = لا يوجد طلب يطابق «{ $q }».
studio-inbox-none-in-status = لا يوجد طلب بهذه الحالة.
studio-inbox-empty = لا توجد طلبات بعد. عندما يرسل زائر تصميمًا، يظهر هنا.
studio-inbox-no-visitor-replied = لم يكتب أي زائر منذ رسالتك الأخيرة.
studio-inbox-nothing-awaits = لا شيء بانتظار ردّك: في كل محادثة، الكلمة الأخيرة لك.
studio-inbox-no-erasure = لم يطلب أي زائر محو بياناته.
studio-filter-erasure = طُلب المحو
studio-row-erasure-requested = طُلب المحو في { $date }
studio-row-changed-by-proposal = عُدِّل باقتراح
studio-row-needed-by = مطلوب بحلول { $date }
studio-row-needed-by-days = مطلوب بحلول { $date } ({ $days })
studio-row-by = بحلول { $date }
studio-row-by-days = بحلول { $date } ({ $days })

## Erasing a brief
studio-erase = المحو
studio-delete = حذف هذا الطلب…
studio-delete-question = هل تريد حذف { $reference } نهائيًا مع صوره وملاحظاته وعمليات إرساله؟ لا يمكن التراجع عن ذلك.
studio-delete-yes = نعم، احذفه
studio-delete-failed = لم يُحذف الطلب

## Private notes
studio-notes-title = ملاحظات خاصة
studio-notes-none = لا توجد ملاحظات بعد.
studio-notes-label = أضف ملاحظة (لا تظهر في صفحة الزائر، لكنها جزء من بياناته إن نزّلها)
studio-notes-failed = لم تُحفظ الملاحظة
studio-notes-add = إضافة ملاحظة

## Revising the design
studio-revise-no-change = لا تغيير بعد.
studio-revise-unreadable = تعذّرت قراءة التصميم.
studio-revise-region = تعديل التصميم
studio-revise-title = تعديل { $reference }
studio-revise-opening = جارٍ فتح أداة التصميم…
studio-revise-use = استخدم هذا التصميم
studio-revise-not-opened = تعذّر فتح التصميم
studio-revise-opening-design = جارٍ فتح التصميم…
studio-revise-frame = أداة التصميم على التصميم الحالي للطلب

## Specification and status
studio-specs = المواصفات
studio-status-title = الحالة
studio-status-move-to = نقل إلى
studio-status-change = تغيير الحالة
studio-status-failed = لم تتغير الحالة
studio-status-history = السجل
studio-status-from-to = { $from } ← { $to }{ "\u200F" }
studio-status-arrived = وصل بحالة جديد

## One brief
studio-brief-not-opened = تعذّر فتح هذا الطلب
studio-brief-back = → كل الطلبات
studio-brief-opening = جارٍ فتح { $reference }…
studio-brief-mail-subject = تصميم خاتمك ({ $reference })
studio-brief-deadline-days = { $date } — { $days }{ "\u200F" }
studio-brief-rush = (عاجل: يطلب الصاغة عادةً من ثلاثة إلى أربعة أشهر)
studio-brief-received = وصل في { $when }
studio-brief-actions = إجراءات الطلب
studio-brief-reply = الرد بالبريد الإلكتروني
studio-brief-open-design = فتح التصميم
studio-brief-open-original = فتح التصميم الأصلي
studio-brief-original-design = التصميم الأصلي: { $summary }
studio-brief-print = طباعة
studio-brief-surprise-banner = مفاجأة: لا تتواصل أبدًا مع من سيرتدي الخاتم. تحدّث فقط مع { $name }.
studio-brief-snapshots = لقطات
studio-brief-snapshots-original = لقطات التصميم الأصلي
studio-brief-inspiration = مصادر إلهام من الزائر
studio-brief-contact = التواصل
studio-brief-name = الاسم
studio-brief-phone = الهاتف
studio-brief-prefers = يفضّل
studio-brief-surprise = مفاجأة
studio-brief-surprise-yes = نعم: لا تتواصل مع من سيرتدي الخاتم
studio-brief-surprise-no = لا
studio-brief-language = اللغة
studio-brief-timeline = المناسبة والموعد والميزانية
studio-brief-occasion = المناسبة
studio-brief-not-given = غير مذكور
studio-brief-needed-by = مطلوب بحلول
studio-brief-no-date = لم يُذكر تاريخ
studio-brief-budget = الميزانية
studio-brief-against-estimate = مقارنةً بالتقدير
studio-brief-warnings = تنبيهات
studio-brief-visitor-words = بكلمات الزائر
studio-brief-no-notes = لا توجد ملاحظات.
studio-written-in = مكتوب باللغة { $language }، ومعروض كما كتبه الزائر
studio-view-three-quarter = منظر ثلاثة أرباع
studio-view-top = منظر علوي
studio-view-side = منظر جانبي
studio-view-snapshot = لقطة
studio-view-other = منظر: { $view }
studio-estimate-no-prices = لم تُعدّ قائمة أسعار: احسب العرض من المواصفات.
studio-estimate-missing = لا يوجد سعر لـ { $what } في قائمة الأسعار: احسب العرض بنفسك.
studio-estimate-no-budget = التقدير { $low }–{ $high }؛ لم يحدد الزائر ميزانية.
studio-estimate-other-currency = التقدير { $low }–{ $high } (أسعار { $prices })؛ الميزانية بعملة { $budget_currency }.
studio-estimate-within = التقدير { $low }–{ $high } (أسعار { $prices }): ضمن الميزانية.
studio-estimate-above = التقدير { $low }–{ $high } (أسعار { $prices }): يتجاوز الميزانية بما لا يقل عن { $over }.
studio-estimate-upper-above = التقدير { $low }–{ $high } (أسعار { $prices }): الحد الأعلى يتجاوز الميزانية.

## The commission on the brief page
studio-commission = الطلبية
studio-commission-loading = جارٍ تحميل المحادثة…
studio-commission-not-loaded = تعذّر تحميل المحادثة والمقترحات
studio-commission-page-says = تعرض صفحة الزائر: { $status }
studio-erasure-asked = طلب الزائر محو بياناته في { $when }.
studio-erasure-what-to-do = امحُ هذا الطلب عبر «حذف هذا الطلب…» ضمن «المحو» في الأسفل، خلال المدة التي يعد بها إشعار الخصوصية لديك (الإشعار الافتراضي يذكر شهرًا واحدًا).

## Proposed designs
studio-proposals-title = التصاميم المقترحة
studio-proposals-none = لم يُقترح أي تصميم بعد.
studio-proposals-propose = اقتراح تعديل
studio-proposal-waiting = بانتظار ردّ الزائر.
studio-proposal-accepted = قبِله الزائر
studio-proposal-changes-requested = طلب الزائر تعديلات
studio-proposal-no-change = لا تغيير في التصميم.
studio-proposal-proposed = اقتُرح في { $when }
studio-proposal-price = السعر: { $price }
studio-proposal-same = مطابق للتصميم الحالي.
studio-proposal-new = مقترح جديد
studio-proposal-what-changes = ما الذي يتغير:
studio-proposal-message = رسالة إلى الزائر
studio-proposal-price-range = نطاق السعر (اختياري)
studio-proposal-from = من
studio-proposal-to = إلى
studio-proposal-currency = العملة
studio-proposal-failed = لم يُرسل المقترح
studio-proposal-send = إرسال المقترح
studio-proposal-discard = تجاهل
studio-price-both-ends = أدخل طرفي نطاق السعر بأعداد صحيحة، أو اتركهما فارغين.
studio-price-order = الحد الأدنى لنطاق السعر أعلى من حده الأعلى.
studio-price-currency = العملة رمز من ثلاثة أحرف مثل EUR أو AED.

## The making
studio-saving = جارٍ الحفظ…
studio-stages-title = مراحل الصنع
studio-stages-none = لم يبدأ بعد.
studio-stages-move-to = الانتقال إلى المرحلة
studio-stages-note = ملاحظة للزائر (اختيارية)
studio-stages-photo = صورة (اختيارية)
studio-stages-notify = إبلاغ الزائر بالبريد الإلكتروني
studio-stages-failed = لم تُسجَّل المرحلة
studio-stages-save = الانتقال إلى هذه المرحلة

## The conversation
studio-sending = جارٍ الإرسال…
studio-conversation-title = المحادثة مع الزائر
studio-conversation-none = لا توجد رسائل بعد. ما تكتبه هنا يصل إلى الزائر بالبريد الإلكتروني وعلى صفحة طلبيته.
studio-conversation-write = اكتب إلى الزائر
studio-conversation-left = { $n ->
    [zero] لم يتبقَّ أي حرف
    [one] يتبقى حرف واحد
    [two] يتبقى حرفان
    [few] تتبقى { $n } أحرف
    [many] يتبقى { $n } حرفًا
   *[other] يتبقى { $n } حرف
}
studio-conversation-failed = لم تُرسل الرسالة
studio-conversation-send = إرسال الرسالة
studio-conversation-visitor = الزائر
studio-conversation-you = أنت
studio-proposal-answer-quoted = { $answer }: «{ $comment }»{ "\u200F" }

## The consultation
studio-appointment-pick = اختر أحد المواعيد المتاحة.
studio-appointment-when = { $kind }: { $start } – { $end } (بتوقيتك)
studio-appointment-at-shop = في المتجر ({ $zone }): { $time }
studio-appointment-visitor-time = توقيت العميل ({ $zone }): { $time }
studio-appointment-title = الاستشارة
studio-appointment-none = لا يوجد حجز. يحجز الزائر من صفحة طلبيته.
studio-appointment-move-lead = النقل إلى موعد متاح آخر:
studio-appointment-book-lead = احجز موعدًا متاحًا للزائر:
studio-appointment-how = الطريقة
studio-appointment-book-failed = لم تُحجز الاستشارة
studio-appointment-move = نقل الاستشارة
studio-appointment-book = حجز
studio-appointment-cancel = إلغاء الاستشارة
studio-appointment-cancel-question = ستصلك أنت والزائر رسالة إلغاء بالبريد الإلكتروني. هل تريد إلغاء الاستشارة؟
studio-appointment-cancel-yes = نعم، ألغِها
studio-appointment-cancel-failed = لم تُلغَ الاستشارة
studio-slots-not-loaded = تعذّر تحميل المواعيد المتاحة
studio-slots-not-open = الحجوزات غير مفتوحة بعد: احفظ ساعات عملك أولًا في «المواعيد المتاحة».
studio-slots-none = { $n ->
    [zero] لا توجد مواعيد متاحة. ساعات عملك في «المواعيد المتاحة».
    [one] لا توجد مواعيد متاحة في اليوم القادم. ساعات عملك في «المواعيد المتاحة».
    [two] لا توجد مواعيد متاحة في اليومين القادمين. ساعات عملك في «المواعيد المتاحة».
    [few] لا توجد مواعيد متاحة في الأيام الـ { $n } القادمة. ساعات عملك في «المواعيد المتاحة».
    [many] لا توجد مواعيد متاحة في الـ { $n } يومًا القادمة. ساعات عملك في «المواعيد المتاحة».
   *[other] لا توجد مواعيد متاحة في الـ { $n } يوم القادمة. ساعات عملك في «المواعيد المتاحة».
}
studio-slots-lead = الأوقات بتوقيت المتجر ({ $zone })؛ وتوقيتك بين قوسين حيث يختلف.
studio-slots-title = المواعيد المتاحة
studio-slots-loading = جارٍ تحميل المواعيد المتاحة…
studio-slots-later = أيام لاحقة
studio-slot-your-time = ({ $time } بتوقيتك)

## The visitor's private link
studio-link-never = لا تنتهي صلاحيته
studio-link-30-days = تنتهي صلاحيته بعد 30 يومًا
studio-link-90-days = تنتهي صلاحيته بعد 90 يومًا
studio-link-year = تنتهي صلاحيته بعد سنة
studio-link-none = لم يُصدر أي رابط بعد.
studio-link-title = الرابط الخاص بالزائر
studio-link-issued = رابط جديد أُرسل إلى الزائر بالبريد الإلكتروني (يُعرض الآن فقط):
studio-link-new = رابط جديد
studio-link-issue-failed = لم يُصدر رابط جديد
studio-link-issue = إصدار رابط جديد
studio-link-issue-question = سيتوقف الرابط الحالي للزائر عن العمل، وسيُرسل إليه الرابط الجديد بالبريد الإلكتروني. هل تريد إصدار رابط جديد؟
studio-link-issue-yes = نعم، أصدِر رابطًا جديدًا
studio-link-revoke = إلغاء الرابط
studio-link-revoke-question = لن يتمكن الزائر من فتح صفحته بعد ذلك. هل تريد الإلغاء؟
studio-link-revoke-yes = نعم، ألغِه
studio-link-revoke-failed = لم يُلغَ الرابط
studio-link-revoked = أُصدر في { $issued }؛ أُلغي في { $revoked }. لم تعد الصفحة تُفتح.
studio-link-until = أُصدر في { $issued }؛ صالح حتى { $until }.
studio-link-forever = أُصدر في { $issued }؛ لا تنتهي صلاحيته.

## Deliveries
studio-deliveries-title = عمليات الإرسال
studio-deliveries-none = لم يُرسل شيء لهذا الطلب.
studio-delivery-sent = أُرسل
studio-delivery-waiting = في الانتظار
studio-delivery-dead = توقّف
studio-delivery-attempts = { $n ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $n } محاولات
    [many] { $n } محاولة
   *[other] { $n } محاولة
}
studio-delivery-next = المحاولة التالية { $when }
studio-delivery-every-attempt = كل المحاولات
studio-delivery-retry = أعد المحاولة الآن
studio-delivery-retry-failed = لم تُجدول إعادة المحاولة
studio-delivery-jeweler-email = بريد إلكتروني إليك
studio-delivery-visitor-email = تأكيد إلى الزائر
studio-delivery-revision-email = تصميم معدّل إلى الزائر
studio-delivery-message-email = إشعار برسالة
studio-delivery-proposal-email = مقترح أو الرد عليه
studio-delivery-appointment-email = دعوة إلى الاستشارة
studio-delivery-stage-email = تحديث عن الصنع إلى الزائر
studio-delivery-link-email = رابط جديد إلى الزائر
studio-delivery-erasure-email = طلب محو إليك
studio-delivery-webhook = Webhook

## Availability
studio-weekday-1 = الاثنين
studio-weekday-2 = الثلاثاء
studio-weekday-3 = الأربعاء
studio-weekday-4 = الخميس
studio-weekday-5 = الجمعة
studio-weekday-6 = السبت
studio-weekday-7 = الأحد
studio-avail-not-loaded = تعذّر تحميل المواعيد المتاحة
studio-avail-title = المواعيد المتاحة للاستشارات
studio-avail-hours-order = يوم { $day }: يجب أن تنتهي الساعات بعد بدايتها.
studio-avail-no-kind = اعرض نوعًا واحدًا على الأقل من الاستشارات.
studio-avail-slot-whole = مدة الاستشارة عدد صحيح.
studio-avail-buffer-whole = الوقت بعد كل استشارة عدد صحيح.
studio-avail-horizon-whole = مدى الحجز المسبق عدد صحيح.
studio-avail-notice-whole = أقصر مهلة مسبقة عدد صحيح.
studio-avail-closed = مغلق
studio-avail-from = من
studio-avail-to = إلى
studio-avail-remove-hours = إزالة هذه الساعات يوم { $day }
studio-avail-remove = إزالة
studio-avail-add-hours-on = إضافة ساعات يوم { $day }
studio-avail-add-hours = إضافة ساعات
studio-avail-open = يحجز الزوّار مواعيد متاحة من هذه الساعات على صفحة طلبيتهم.
studio-avail-not-open = الحجوزات غير مفتوحة بعد: يمكن للزوّار الحجز بمجرد حفظ ساعات عملك.
studio-avail-zone = المنطقة الزمنية للمتجر
studio-avail-hours = ساعات العمل، بتوقيت المتجر
studio-avail-slot = مدة الاستشارة (بالدقائق)
studio-avail-buffer = وقت فاصل بعد كل استشارة (بالدقائق)
studio-avail-horizon = قابل للحجز حتى (عدد الأيام مسبقًا)
studio-avail-notice = أقصر مهلة مسبقة (بالساعات)
studio-avail-kinds = أنواع الاستشارات المعروضة
studio-avail-dates-closed = أيام الإغلاق
studio-avail-none = لا شيء.
studio-avail-remove-date = إزالة { $date } من أيام الإغلاق
studio-avail-add-date-label = إضافة يوم إغلاق
studio-avail-add-date = إضافة التاريخ
studio-avail-failed = لم تُحفظ المواعيد المتاحة
studio-avail-saved = حُفظ.
studio-avail-save = حفظ المواعيد المتاحة
studio-page-title = استوديو { $shop }
studio-warning-size-not-given = لم يُحدَّد مقاس الخاتم بعد: اسأل عنه، أو أرسل مقياس خواتم.
studio-warning-size-sizer = طلب الزائر مقياس خواتم: أرسل واحدًا، وانصحه بالقياس في نهاية اليوم حين تكون الأصابع في أكبر حجم لها.
studio-warning-size-unknown = لا يعرف الزائر مقاسه ولم يطلب مقياس خواتم: من دون مقاس يُصنع مقاس قياسي، وقد يكلف تغيير المقاس لاحقًا مبلغًا إضافيًا.
studio-warning-not-resizable-unsized = لا يمكن تغيير مقاس خاتم بتصميم { $setting } لاحقًا، ولم يُحدَّد المقاس بعد: اطلب قياس الإصبع بدقة قبل البدء.
studio-warning-soft-stone-in-bezel = صلابة { $stone } بين { $low } و{ $high } على مقياس موس، أي أنه ألين من الغبار الذي يلاقيه كل يوم. { $care } الترصيع الإطاري الذي اختاره الزائر يحميه جيدًا.
