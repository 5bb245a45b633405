# Words every part of Atelier shares: the language switch, loading, retry.

common-language = اللغة
common-loading = جارٍ التحميل…
common-retry = إعادة المحاولة
common-close = إغلاق
common-offline = يبدو أنك غير متصل بالإنترنت. تحقّق من الاتصال ثم حاول مرة أخرى.
