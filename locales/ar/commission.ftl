# The visitor's commission page: thread, proposals, booking, stages, privacy.

## The page
com-opening = جارٍ فتح طلبك…
com-open-failed-title = تعذّر فتح صفحة طلبك
com-refresh-failed = تعذّر تحديث الصفحة: { $reason }
com-title = طلبك { $reference }
com-skip-conversation = انتقل إلى المحادثة
com-status-title = المرحلة الحالية:

## Why a request did not succeed
com-error-unknown = هذا الرابط غير معروف
com-error-revoked = أغلق الصائغ هذا الرابط
com-error-expired = انتهت صلاحية هذا الرابط
com-error-network = تعذّر الوصول إلى خادم المتجر
com-error-busy = خادم المتجر مشغول (HTTP { $status })؛ حاول مرة أخرى بعد لحظات
com-error-slot-taken = حجز شخص آخر هذا الموعد قبل لحظات
com-error-rate-limited = طلبات كثيرة في وقت قصير؛ انتظر دقيقة ثم حاول مرة أخرى
com-error-too-large = الصور معًا كبيرة جدًا؛ أرسل عددًا أقل في كل مرة
com-error-invalid = لم يتمكن خادم المتجر من قبول ذلك كما هو؛ تحقّق مما كتبت
com-error-conflict = تم ذلك من قبل أو تغيّر في الأثناء؛ أعِد تحميل الصفحة لترى آخر المستجدات
com-error-gone = لم يعد ذلك ممكنًا؛ أعِد تحميل الصفحة لترى آخر المستجدات
com-error-not-found = لم يعد هذا موجودًا؛ أعِد تحميل الصفحة لترى آخر المستجدات
com-error-other = رفض خادم المتجر الطلب

## A link that opens nothing
com-link-revoked-title = هذا الرابط مغلق
com-link-revoked-text = أغلق الصائغ هذا الرابط. اطلب منه رابطًا جديدًا.
com-link-expired-title = انتهت صلاحية هذا الرابط
com-link-expired-text = قد تكون روابط صفحات الطلبات صالحة لمدة محدودة فقط. راسل الصائغ واطلب رابطًا جديدًا.
com-link-unknown-title = هذا الرابط لا يفتح أي طلب
com-link-unknown-text = تأكد من نسخ الرابط كاملًا من البريد الإلكتروني. إن لم يعمل بعد ذلك، فرُدّ على تلك الرسالة: يصل ردك إلى الصائغ، ويمكنه أن يرسل إليك رابطًا جديدًا.
com-link-safe = إغلاق الرابط لا يمحو شيئًا: يبقى ما أرسلته لدى الصائغ، ما لم تطلب محوه.
com-link-contact = يمكنك التواصل مع { $shop } على { $email }.

## The design
com-design-title = تصميمك
com-design-agreed = اتُّفق عليه في { $when }
com-design-sent = أُرسل في { $when }
com-design-brief-title = طلبك كما أرسلته
com-design-pictures-title = الصور المرسلة مع طلبك
com-design-picture = تصميمك، منظر { $view }
com-view-three-quarter = جانبي أمامي
com-view-top = من الأعلى
com-view-side = من الجانب
com-drawing-ring = جارٍ رسم الخاتم…
com-sketch-caption = رسم تقريبي: { $metal }، { $stone }
com-sketch-caption-band = رسم تقريبي: { $metal }

## Proposals
com-proposals-title = التصاميم المقترحة
com-proposed-at = اقتُرح في { $when }
com-changes-title = ما الذي يتغيّر
# Messages made only of arguments end with a right-to-left mark, so they read right to left inside an isolate too.
com-change-line = { $what }: { $from } ← { $to }{ "\u200F" }
com-price-range = نطاق السعر: { $low }–{ $high }
com-answer-accepted = قبلت هذا التصميم
com-answer-changes = طلبت تعديلات
com-answer-line = { $answer } ({ $when }){ "\u200F" }
com-answer-comment-label = تعليقك (ما الذي تريد تغييره، أو كلمة للصائغ)
com-answer-accept = أقبل هذا التصميم
com-answer-ask-changes = اطلب تعديلات
com-compare-before = التصميم السابق
com-compare-proposal = المقترح
com-compare-ring = الخاتم
com-compare-metal = المعدن
com-compare-stone = الحجر الأوسط
com-compare-to-settle = ما زال للنقاش
com-compare-grams = نحو { $g } غ
com-compare-stone-mm = { $length } × { $width } مم
com-compare-no-stone = —
com-compare-nothing = لا شيء

## The conversation
com-thread-title = المحادثة
com-thread-empty = لا توجد رسائل بعد. يكتب لك الصائغ هنا؛ ويمكنك أن تبدأ بالكتابة أيضًا.
com-thread-you = أنت
com-photo-link = صورة: { $name }، تُفتح بالحجم الكامل
com-reply-label = اكتب إلى الصائغ
com-reply-count = { $n } / { $max } حرف
com-reply-add-photos = أضف صورًا (حتى { $max })
com-reply-photos-max = حتى { $max } صور في الرسالة الواحدة.
com-reply-remove = إزالة { $name }
com-reply-send = إرسال
com-reply-sending = جارٍ الإرسال…
com-reply-not-sent-yet = لم تُرسل بعد: { $reason }. رسالتك محفوظة؛ اضغط «إرسال» مرة أخرى.
com-reply-not-sent = لم تُرسل: { $reason }

## Booking
com-booking-title = موعد استشارتك
com-booking-closed = لا يقبل الصائغ الحجوزات عبر الإنترنت بعد؛ سيقترح عليك موعدًا في المحادثة.
com-booking-taken = حجز شخص آخر هذا الموعد قبل لحظات؛ يُرجى اختيار موعد آخر.
com-booking-summary = { $kind }، { $day }، { $start }–{ $end }
com-booking-zones = بتوقيت منطقتك الزمنية ({ $zone }). توقيت المتجر: { $shop } ({ $shop_zone }).
com-booking-cancel = إلغاء الموعد
com-booking-cancel-question = هل تريد إلغاء الاستشارة في { $day }، { $start }؟
com-booking-cancel-yes = نعم، ألغِه
com-booking-keep = أبقِه
com-slots-failed = تعذّرت قراءة المواعيد المتاحة: { $reason }
com-slots-pick = اختر موعدًا: المواعيد بتوقيت منطقتك الزمنية ({ $zone })؛ والمتجر في { $shop_zone }.
com-slots-move = انقله إلى موعد آخر: المواعيد بتوقيت منطقتك الزمنية ({ $zone })؛ والمتجر في { $shop_zone }.
com-kind-title = كيف تفضّل أن نلتقي؟
com-slots-none = لا توجد مواعيد متاحة خلال الأسابيع الثلاثة القادمة؛ راسل الصائغ في المحادثة.
com-slots-more = أيام أخرى
com-slot-shop-time = توقيت المتجر: { $shop }
com-slot-name = { $time } (توقيت المتجر: { $shop })
com-slot-chosen = { $kind }، { $day }، { $start } (منطقتك الزمنية: { $zone })
com-slot-book = احجز هذا الوقت
com-slot-move = انقل الموعد إلى هذا الوقت
com-slot-other = اختر وقتًا آخر
com-your-zone = منطقتك الزمنية

## The making
com-timeline-title = مراحل الصنع
com-stage-photo = { $stage }: { $name }{ "\u200F" }

## Privacy
com-privacy-title = بياناتك
com-privacy-download = نزّل بياناتي (JSON)
com-privacy-download-text = كل ما يحتفظ به المتجر بشأن هذا الطلب: الطلب والرسائل والمقترحات والموعد ومراحل الصنع وملاحظات الصائغ عنه.
com-privacy-notice = كيف يحتفظ المتجر بها: { $link }.
com-privacy-notice-link = إشعار الخصوصية
com-erasure-requested = طلبت المحو في { $when }. أُبلغ الصائغ بذلك؛ سيمحو الطلب والمحادثة والمقترحات والموعد والصور، ويؤكد لك ذلك بالبريد الإلكتروني. ما يُلزمه القانون بالاحتفاظ به (كفاتورة مثلًا) يُحتفظ به فقط للمدة المطلوبة.
com-erasure-text = يمكنك أن تطلب من الصائغ محو هذا الطلب: الطلب والمحادثة والمقترحات والموعد وكل الصور. بعد ذلك تتوقف هذه الصفحة عن العمل.
com-erasure-comment = ما ينبغي أن يعرفه الصائغ (اختياري)
com-erasure-ask = اطلب المحو
com-erasure-question = هل تريد أن تطلب من الصائغ محو هذا الطلب؟ بعد المحو تتوقف هذه الصفحة عن العمل وتُحذف المحادثة.
com-erasure-yes = نعم، اطلب المحو
com-erasure-keep = أبقِ طلبي
com-page-title = طلبك
