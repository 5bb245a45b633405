# Words every part of Atelier shares: the language switch, loading, retry.

common-language = اللغة
common-retry = إعادة المحاولة
common-offline = يبدو أنك غير متصل بالإنترنت. تحقّق من الاتصال ثم حاول مرة أخرى.
common-designer-failed = تعذّر تحميل مصمم الخواتم. تحقّق من اتصالك ثم حاول مرة أخرى.
