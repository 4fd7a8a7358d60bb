# Piazza — العربية. كل نص يراه المستخدم موجود هنا وفي ترجماته.
# العناصر النائبة: $n رقم مكتوب مسبقًا بصيغة اللغة؛ و$count يحدّد صيغة الجمع.

site-name = Piazza
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-communities = المجتمعات المحلية
nav-organisations = المؤسسات
nav-admin = الإدارة
nav-account = حسابك
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-register = إنشاء حساب
language-label = اللغة
language-submit = تغيير
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: خدمات عامة تُصمَّم بالشراكة مع من يعيشون هنا. مفتوحة المصدر، ومن دون تتبّع.
# Between the items of a list written inline.
list-separator = { "، " }
back-to-front-page = الانتقال إلى الصفحة الرئيسية

date-long = { $day } { $month } { $year }
date-time-utc = { $date }، { $time } بتوقيت UTC
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

front-title = المجتمعات المحلية
front-heading = ما تحتاجه منطقتك نقرّره معًا
front-intro = Piazza هي المكان الذي تصمّم فيه المدن والبلدات والقرى خدماتها العامة بالشراكة مع سكانها. اختر مجتمعك المحلي لترى ما يجري تقريره وكيف يمكنك المشاركة.
front-join = أنشئ حسابًا لتشارك
front-other-communities = مجتمعات محلية أخرى
front-no-communities = لا توجد مجتمعات محلية بعد.
region-no-communities = لا يتبع أي مجتمع محلي هذه المنطقة بعد.
region-communities = المجتمعات المحلية في هذه المنطقة
population-count = { $count ->
    [zero] لا سكان
    [one] نسمة واحدة
    [two] نسمتان
    [few] { $n } نسمات
    [many] { $n } نسمة
   *[other] { $n } نسمة
}

community-kind-municipality = بلدية
community-kind-neighbourhood = حيّ
community-kind-rural-community = مجتمع ريفي
community-kind-region = منطقة
settlement-type-urban = حضري
settlement-type-peri-urban = شبه حضري
settlement-type-rural = ريفي
role-administrator = مدير المجتمع المحلي
role-official = موظف رسمي
role-facilitator = ميسّر
role-moderator = مشرف
helix-role-public-authority = السلطات العامة
helix-role-academia = الجامعات والبحث العلمي
helix-role-business = قطاع الأعمال
helix-role-civil-society = المجتمع المدني

community-facts = عن هذا المجتمع
community-residents = السكان المسجّلون في Piazza
community-people = من يتولّى شؤون هذا المجتمع
community-no-roles = لم يُسنَد أي دور هنا بعد.
community-organisations = مؤسسات مقرّها هنا
community-no-organisations = لا توجد مؤسسة مقرّها هنا بعد.
community-settings-link = الإعدادات
community-roles-link = الأدوار
community-settings-title = إعدادات { $community }
community-new-title = مجتمع محلي جديد
community-create-submit = إنشاء المجتمع المحلي
community-text-legend = نص التعريف ({ $language })
text-in-language = لغة هذا النص: { $language }.

roles-title = الأدوار في { $community }
roles-grant-heading = إسناد دور إلى شخص
roles-grant-submit = إسناد الدور
roles-current-heading = الأدوار الحالية
roles-history-heading = سجلّ الأدوار
roles-revoke-submit = إزالة
roles-revoke-whom = دور { $name }
role-still-held = ما زال ساريًا
column-person = الشخص
column-since = منذ
column-granted = تاريخ الإسناد
column-revoked = تاريخ الإزالة
column-action = الإجراءات
by-person = من قِبل { $name }

organisations-title = المؤسسات
organisations-intro = الجهات العامة والجامعات والشركات ومنظمات المجتمع المدني: الشركاء الأربعة الذين يصمّمون الخدمات العامة بالشراكة مع السكان.
organisations-none-in-role = لا يوجد بعد.
organisation-new-link = تسجيل مؤسسة
organisation-new-title = تسجيل مؤسسة
organisation-create-submit = تسجيل المؤسسة
members-heading = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $n } أعضاء
    [many] { $n } عضوًا
   *[other] { $n } عضو
}
member-manager = مسؤول
member-add-heading = إضافة عضو
member-add-submit = إضافة العضو
member-remove-submit = إزالة
member-remove-whom = { $name } من المؤسسة

register-title = إنشاء حساب
register-intro = كل ما تحتاجه هو اسم مستخدم وكلمة مرور. لن نطلب اسمك الحقيقي أبدًا.
register-submit = إنشاء الحساب
register-have-account = لديك حساب بالفعل؟
sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-forgot = هل نسيت كلمة المرور؟
sign-in-no-account = ليس لديك حساب؟
account-title = حسابك
account-username = اسم المستخدم الخاص بك هو { $username }.
account-profile-heading = ملفك الشخصي
account-change-password-link = تغيير كلمة المرور
account-roles-heading = أدوارك
account-no-roles = ليس لديك أي دور في أي مجتمع محلي.
account-organisations-heading = مؤسساتك
account-no-organisations = لا تنتمي إلى أي مؤسسة.
password-title = تغيير كلمة المرور
password-submit = تغيير كلمة المرور
password-other-sessions = عند تغيير كلمة المرور، سيُسجَّل خروجك من جميع الأجهزة الأخرى.
reset-request-title = إعادة تعيين كلمة المرور
reset-request-intro = أدخل اسم المستخدم أو عنوان البريد الإلكتروني. إذا كان للحساب عنوان بريد إلكتروني، فسنرسل إليه رابطًا لاختيار كلمة مرور جديدة.
reset-request-submit = إرسال الرابط
reset-request-no-email = إذا لم يكن لديك عنوان بريد إلكتروني، فاطلب المساعدة من أحد الميسّرين أو من مدير مجتمعك المحلي.
reset-requested-notice = إذا كان لهذا الحساب عنوان بريد إلكتروني، فإن رابط إعادة تعيين كلمة المرور في طريقه إليه. يبقى الرابط صالحًا لمدة ساعة واحدة.
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه.
reset-request-again = اطلب رابطًا جديدًا
reset-mail-subject = إعادة تعيين كلمة مرور حسابك في Piazza
reset-mail-greeting = مرحبًا { $name }،
reset-mail-body = طلب أحدهم إعادة تعيين كلمة مرور حسابك في Piazza. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة واحدة:
reset-mail-ignore = إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.
welcome-notice = أهلًا بك في Piazza يا { $name }!
saved-notice = تم حفظ تغييراتك.

admin-title = الإدارة
admin-accounts = الحسابات
admin-pending-mail = رسائل بانتظار الإرسال

field-username = اسم المستخدم
field-username-or-email = اسم المستخدم أو عنوان البريد الإلكتروني
field-display-name = الاسم المعروض
field-display-name-optional = الاسم المعروض (اختياري)
field-email-optional = عنوان البريد الإلكتروني (اختياري)
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-password-confirmation = أعد كتابة كلمة المرور
field-home-community-optional = مجتمعك المحلي (اختياري)
field-name = الاسم
field-slug = اسم مختصر لعنوان الصفحة
field-kind = النوع
field-settlement-type = نوع التجمّع السكاني
field-population = عدد السكان
field-population-optional = عدد السكان (اختياري)
field-region = المنطقة
field-region-optional = المنطقة (اختياري)
field-default-language = اللغة الرئيسية
field-offered-languages = اللغات المتاحة
field-languages = اللغات
field-tagline = عبارة تعريفية قصيرة
field-description = الوصف
field-description-optional = الوصف (اختياري)
field-role = الدور
field-helix-role = نوع المؤسسة
field-community = المجتمع المحلي
field-community-optional = المجتمع المحلي (اختياري)
field-website = الموقع الإلكتروني
field-website-optional = الموقع الإلكتروني (اختياري)
option-none = لا شيء
save-submit = حفظ
hint-username = من ٣ إلى ٣٢ حرفًا: أحرف لاتينية صغيرة (a–z) وأرقام (0–9) ونقاط وشرطات وشرطات سفلية. يمكن للآخرين رؤيته.
hint-display-name = الاسم الذي يظهر بجانب ما تكتبه. لا يلزم أن يكون اسمك الحقيقي.
hint-email = يُستخدم فقط لإعادة تعيين كلمة المرور، ولا يظهر لأي أحد أبدًا.
hint-password = ١٠ أحرف على الأقل. بضع كلمات يسهل عليك تذكّرها تصنع كلمة مرور جيدة.
hint-home-community = المكان الذي تعيش فيه أو تشارك فيه.
hint-slug = أحرف لاتينية صغيرة وأرقام وشرطات، مثل san-vito. يظهر في عنوان الصفحة.
hint-population = عدد صحيح، مثل 8940.
hint-grant-username = اسم المستخدم الخاص بالشخص، كما يظهر في صفحة حسابه.
hint-member-username = اسم المستخدم الخاص بالشخص المراد إضافته.
hint-helix-role = سلطات عامة، أو جامعات وبحث علمي، أو قطاع أعمال، أو مجتمع مدني.

error-summary-title = توجد مشكلة
error-prefix = خطأ:
error-title-prefix = خطأ:
error-control-characters = احذف أحرف التحكم غير المرئية.
error-username-required = أدخل اسم مستخدم.
error-username-length = يجب أن يتكوّن اسم المستخدم من ٣ إلى ٣٢ حرفًا.
error-username-characters = استخدم فقط الأحرف اللاتينية الصغيرة (a–z) والأرقام (0–9) والنقاط والشرطات والشرطات السفلية، وابدأ بحرف أو رقم.
error-username-taken = اسم المستخدم هذا محجوز. اختر اسمًا آخر.
error-display-name-required = أدخل اسمًا معروضًا.
error-display-name-length = يجب ألا يزيد الاسم المعروض على ٦٠ حرفًا.
error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org، أو اترك الحقل فارغًا.
error-password-required = أدخل كلمة مرور.
error-password-too-short = يجب أن تتكوّن كلمة المرور من ١٠ أحرف على الأقل.
error-password-too-long = يجب ألا تزيد كلمة المرور على ٢٥٦ حرفًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-current-password-wrong = هذه ليست كلمة المرور الحالية.
error-sign-in-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
error-sign-in-throttled = { $minutes ->
    [zero] محاولات دخول فاشلة كثيرة. حاول مرة أخرى بعد قليل.
    [one] محاولات دخول فاشلة كثيرة. حاول مرة أخرى بعد دقيقة واحدة.
    [two] محاولات دخول فاشلة كثيرة. حاول مرة أخرى بعد دقيقتين.
    [few] محاولات دخول فاشلة كثيرة. حاول مرة أخرى بعد { $minutes_shown } دقائق.
    [many] محاولات دخول فاشلة كثيرة. حاول مرة أخرى بعد { $minutes_shown } دقيقة.
   *[other] محاولات دخول فاشلة كثيرة. حاول مرة أخرى بعد { $minutes_shown } دقيقة.
}
error-reset-target-required = أدخل اسم المستخدم أو عنوان البريد الإلكتروني.
error-community-unknown = اختر مجتمعًا محليًا من القائمة.
error-account-unknown = لا يوجد حساب باسم المستخدم هذا.
error-role-already-held = يشغل هذا الشخص هذا الدور هنا بالفعل.
error-already-member = هذا الشخص عضو في المؤسسة بالفعل.
error-last-manager = تحتاج كل مؤسسة إلى مسؤول واحد على الأقل.
error-choose-one = اختر أحد الخيارات.
error-name-required = أدخل اسمًا.
error-name-length = الاسم طويل جدًا. اختر اسمًا أقصر.
error-slug-required = أدخل اسمًا مختصرًا لعنوان الصفحة.
error-slug-invalid = استخدم من ٢ إلى ٤٨ حرفًا من الأحرف اللاتينية الصغيرة (a–z) والأرقام (0–9) والشرطات المفردة، على ألا تكون الشرطة في البداية أو النهاية.
error-slug-taken = هذا الاسم المختصر محجوز. اختر اسمًا آخر.
error-population-invalid = أدخل عدد السكان عددًا صحيحًا بالأرقام 0–9، أو اترك الحقل فارغًا.
error-parent-self = لا يمكن اختيار المجتمع نفسه منطقةً له.
error-parent-not-region = اختر منطقة.
error-description-length = يجب ألا يزيد الوصف على ٢٬٠٠٠ حرف.
error-website-invalid = أدخل عنوانًا يبدأ بـ https:// أو http://، أو اترك الحقل فارغًا.
error-not-found-title = الصفحة غير موجودة
error-not-found-body = لا توجد صفحة بهذا العنوان. تحقّق من العنوان، أو ابدأ من جديد من الصفحة الرئيسية.
error-forbidden-title = لا يُسمح لك بهذا الإجراء
error-forbidden-body = هذه الصفحة أو هذا الإجراء مخصّص لأشخاص لهم دور آخر. إذا كنت تعتقد أنه يجب أن يكون لديك حق الوصول، فاطلب ذلك من مدير مجتمعك المحلي.
error-too-large-title = النص طويل جدًا
error-too-large-body = ما أرسلته أكبر مما تقبله أي استمارة هنا. ارجع، واختصر النص، ثم أرسله من جديد.
error-bad-request-title = تعذّرت قراءة الاستمارة
error-bad-request-body = ما وصل ليس استمارة تفهمها هذه الصفحة. ارجع وأرسلها من جديد.
error-internal-title = حدث خطأ ما
error-internal-body = تعذّر على Piazza إتمام طلبك، ولم يُحفظ أي شيء مما كتبته. يُرجى المحاولة مرة أخرى بعد قليل.

## العمليات التشاركية والمقترحات

community-processes-link = العمليات التشاركية
processes-title = العمليات التشاركية في { $community }
processes-none = لم تُفتح أي عملية تشاركية هنا بعد.
process-new-title = فتح عملية تشاركية
process-create-submit = فتح العملية
process-phases-heading = المراحل
phase-number = المرحلة { $n }
process-now-heading = المشاركة الآن
process-nothing-now = لا يوجد ما يمكن فعله في هذه العملية حاليًا.
process-see-proposals = { $count ->
    [zero] عرض المقترحات ({ $n })
    [one] عرض المقترح الوحيد
    [two] عرض المقترحين
    [few] عرض المقترحات ({ $n })
    [many] عرض المقترحات ({ $n })
   *[other] عرض المقترحات ({ $n })
}
process-timeline-heading = الجدول الزمني
process-about-heading = عن هذه العملية
process-decisions-heading = القرارات المتّخذة حتى الآن
process-no-decisions = لم يُتّخذ أي قرار بعد.
easy-read-heading = بكلمات بسيطة
back-to-process = العودة إلى العملية
stage-running = المرحلة الحالية: { $phase }.
stage-not-started = تبدأ العملية في { $date }.
stage-waiting = تبدأ المرحلة التالية في { $date }.
stage-closed = أُغلقت هذه العملية.
phase-current = جارية
phase-dates = من { $start }
phase-until = إلى { $end }
phase-allows-nothing = للاطلاع فقط.
phase-kind-inform = تقديم المعلومات
phase-kind-ideate = الأفكار
phase-kind-co-design = التصميم المشترك
phase-kind-prioritise = تحديد الأولويات
phase-kind-implement = التنفيذ
phase-kind-evaluate = التقييم
activity-proposals = تقديم مقترحات
activity-supports = تأييد المقترحات
activity-comments = التعليق
activity-amendments = اقتراح تعديلات
activity-meetings = حضور الاجتماعات

proposals-title = المقترحات: { $process }
proposals-found = { $count ->
    [zero] لا مقترحات
    [one] مقترح واحد
    [two] مقترحان
    [few] { $n } مقترحات
    [many] { $n } مقترحًا
   *[other] { $n } مقترح
}
proposals-none = لا توجد مقترحات مطابقة.
proposal-new-title = تقديم مقترح
proposal-create-submit = نشر المقترح
proposal-authors = مقدّم المقترح
proposal-published = تاريخ النشر
former-participant = مشارك سابق
proposal-state-published = منشور
proposal-state-withdrawn = مسحوب من قِبل مقدّميه
proposal-state-evaluating = قيد التقييم
proposal-state-accepted = مقبول
proposal-state-rejected = مرفوض
proposal-state-implemented = منفَّذ
supports-count = { $count ->
    [zero] لا تأييدات
    [one] تأييد واحد
    [two] تأييدان
    [few] { $n } تأييدات
    [many] { $n } تأييدًا
   *[other] { $n } تأييد
}
threshold-explained = { $count ->
    [zero] يُحال كل مقترح إلى الموظفين الرسميين لتقييمه من دون الحاجة إلى أي تأييد.
    [one] عندما يحصل المقترح على تأييد واحد، يُحال إلى الموظفين الرسميين لتقييمه.
    [two] عندما يحصل المقترح على تأييدين، يُحال إلى الموظفين الرسميين لتقييمه.
    [few] عندما يحصل المقترح على { $n } تأييدات، يُحال إلى الموظفين الرسميين لتقييمه.
    [many] عندما يحصل المقترح على { $n } تأييدًا، يُحال إلى الموظفين الرسميين لتقييمه.
   *[other] عندما يحصل المقترح على { $n } تأييد، يُحال إلى الموظفين الرسميين لتقييمه.
}
proposal-state-merged = دُمج في مقترح آخر
proposal-merged-into = دُمج في
field-merge-into = الدمج في (للدمج فقط)
hint-merge-into = مقترح هذه العملية الذي يضمّ هذا المقترح. اشرح السبب في الرد.
error-merge-target = اختر المقترح الذي سيُدمج فيه هذا المقترح.
support-submit = تأييد هذا المقترح
unsupport-submit = سحب تأييدي
you-support = أنت تؤيّد هذا المقترح.
sign-in-to-support = سجّل الدخول لتأييد هذا المقترح
sign-in-to-propose = سجّل الدخول لتقديم مقترح
supports-closed = لا تُجمع التأييدات حاليًا.
withdraw-submit = سحب المقترح
official-answer-heading = الردّ الرسمي
decide-heading = اتخاذ قرار بشأن هذا المقترح
decide-submit = نشر القرار
history-heading = ما جرى لهذا المقترح
reason-threshold = بلغ عدد التأييدات المطلوب
notice-supported = تم احتساب تأييدك.
notice-threshold = تم احتساب تأييدك، وسيُحال المقترح الآن إلى الموظفين الرسميين لتقييمه.
notice-unsupported = تم سحب تأييدك.
notice-answered = تم نشر القرار.
notice-withdrawn = تم سحب المقترح.
not-now-proposals = لا يمكن تقديم المقترحات إلا خلال مرحلة تقبلها. راجع الجدول الزمني للعملية.
not-now-supports = لا يمكن منح التأييد أو سحبه إلا خلال مرحلة تُجمع فيها التأييدات.
not-now-activity = المرحلة الحالية من العملية لا تسمح بذلك.
not-now-proposal-closed = هذا المقترح مغلق: لم يعد بالإمكان تأييده أو سحبه.
not-now-overtaken = عدّل أحدهم هذا المقترح بينما كنت تقرؤه. هذه نسخته الحالية: راجعها وحاول مرة أخرى.

field-title = العنوان
field-summary = ملخّص بلغة بسيطة
field-easy-read-optional = ملخّص سهل القراءة (اختياري)
field-support-threshold = عدد التأييدات المطلوب للتقييم
field-phase-kind = نوع المرحلة
field-starts-on = اليوم الأول
field-ends-on = اليوم الأخير
field-phase-allows = ما يمكن للناس فعله خلال هذه المرحلة
field-proposal-body = مقترحك
field-category = الفئة
field-category-optional = الفئة (اختياري)
field-address = عنوان المكان
field-address-optional = عنوان المكان (اختياري)
field-state = الحالة
field-answered = الردّ الرسمي
field-sort = الترتيب
field-new-state = الحالة الجديدة
field-answer = الردّ العلني
option-any = الكل
option-answered = تمّ الردّ عليه
option-not-answered = لم يُردّ عليه بعد
option-no-phase = بلا مرحلة
sort-shuffled = ترتيب عشوائي، حتى لا يُفضَّل أي مقترح
sort-newest = الأحدث أولًا
sort-supported = الأكثر تأييدًا أولًا
filter-submit = عرض
pagination-label = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-position = الصفحة { $position }
hint-summary = اشرح في بضع جمل بسيطة ما الذي سيُقرَّر وكيف يمكن للناس المشاركة.
hint-easy-read = جمل قصيرة وكلمات مألوفة، لمن يجدون صعوبة في القراءة.
hint-markdown = يمكنك استخدام Markdown: **عريض**، *مائل*، والقوائم والروابط.
hint-support-threshold = عدد صحيح، مثل 50.
hint-phases = املأ سطرًا لكل مرحلة بالترتيب. اترك الأسطر التي لا تحتاجها فارغة.
hint-proposal-title = من ٥ إلى ١٥٠ حرفًا: اكتب ما تقترحه.
hint-address = أين سيُنفَّذ المقترح، إذا كان يتعلّق بمكان ما.
hint-answer = يُنشر علنًا مع القرار، وهو إلزامي عند رفض المقترح.
error-summary-required = اكتب ملخّصًا قصيرًا.
error-summary-length = الملخّص طويل جدًا: يجب ألا يزيد على ٦٠٠ حرف.
error-easy-read-length = الملخّص سهل القراءة طويل جدًا: يجب ألا يزيد على ١٬٥٠٠ حرف.
error-description-required = اكتب وصفًا.
error-long-description-length = الوصف طويل جدًا: يجب ألا يزيد على ٢٠٬٠٠٠ حرف.
error-threshold-invalid = أدخل عدد التأييدات عددًا صحيحًا بالأرقام 0–9، لا يقل عن ١.
error-date-invalid = أدخل التاريخ بصيغة السنة-الشهر-اليوم، مثل 2026-03-31.
error-phase-ends-before-start = لا يمكن أن يسبق اليوم الأخير اليوم الأول.
error-phase-overlaps = يجب أن تبدأ هذه المرحلة بعد انتهاء المرحلة السابقة.
error-phases-required = أضف مرحلة واحدة على الأقل إلى العملية.
error-title-too-short = يجب أن يتكوّن العنوان من ٥ أحرف على الأقل.
error-title-required = أدخل عنوانًا.
error-title-length = العنوان طويل جدًا: يجب ألا يزيد على ١٥٠ حرفًا.
error-body-required = اكتب مقترحك.
error-body-length = المقترح طويل جدًا: يجب ألا يزيد على ١٠٬٠٠٠ حرف.
error-text-too-long = هذا النص طويل جدًا. اختصره.
error-answer-required = اذكر أسباب هذا القرار.
error-answer-length = الردّ طويل جدًا: يجب ألا يزيد على ٥٬٠٠٠ حرف.

## Comments

comments-heading = { $count ->
    [0] التعليقات
    [zero] التعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $n } تعليقات
    [many] { $n } تعليقًا
   *[other] { $n } تعليق
}
comments-order = الترتيب:
comments-oldest = الأقدم أولًا
comments-newest = الأحدث أولًا
comments-supported = الأكثر تأييدًا أولًا
comments-closed = لا تُجمع التعليقات حاليًا.
comment-new-heading = إضافة تعليق
comment-submit = نشر التعليق
comment-reply-title = الردّ على تعليق
comment-reply-submit = نشر الردّ
comment-reply-link = ردّ
comment-edit-title = تعديل تعليقك
comment-edit-link = تعديل
comment-delete-submit = حذف
comment-support-submit = تأييد
comment-number = التعليق { $n }
comment-edited = معدَّل
comment-deleted = حُذف هذا التعليق من قِبل كاتبه.
comment-in-reply-to = ردًّا على { $name }
comment-back = العودة إلى النقاش
sign-in-to-comment = سجّل الدخول للتعليق
field-stance = موقفك
field-comment = تعليقك
stance-in-favour = مؤيّد
stance-against = معارض
stance-neutral = محايد
error-comment-required = اكتب تعليقك.
error-comment-length = التعليق طويل جدًا: يجب ألا يزيد على ٣٬٠٠٠ حرف.
error-reply-too-deep = لا يمكن أن تتجاوز الردود ثلاثة مستويات: ردّ على تعليق سابق في هذا النقاش.

## نسخ المقترح

not-now-editing = بعد أن يحصل المقترح على تأييد أو تعليق، لا يمكن تعديل نصه مباشرة.
proposal-edit-title = تعديل المقترح
proposal-edit-intro = يمكنك تغيير النص إلى أن يحصل المقترح على أول تأييد أو تعليق. تبقى كل نسخة ظاهرة للجميع.
proposal-edit-submit = حفظ النسخة الجديدة
versions-title = تاريخ النص: { $proposal }
versions-intro = كل نسخ المقترح، من الأحدث إلى الأقدم، مع ما تغيّر عن النسخة السابقة.
version-number = النسخة { $n }
versions-link = { $count ->
    [zero] تاريخ النص (لا نسخ)
    [one] تاريخ النص (نسخة واحدة)
    [two] تاريخ النص (نسختان)
    [few] تاريخ النص ({ $n } نسخ)
    [many] تاريخ النص ({ $n } نسخة)
   *[other] تاريخ النص ({ $n } نسخة)
}
diff-added = أُضيف
diff-removed = حُذف

## التعديلات

amendments-heading = { $count ->
    [0] التعديلات
    [zero] التعديلات
    [one] تعديل واحد
    [two] تعديلان
    [few] { $n } تعديلات
    [many] { $n } تعديلًا
   *[other] { $n } تعديل
}
amendment-new-title = اقتراح تعديل
amendment-new-intro = غيّر النص كما ترى أنه يجب أن يكون واشرح السبب. يقبل أصحاب المقترح تعديلك أو يرفضونه، ويمكن للجميع قراءة ردّهم.
amendment-submit = اقتراح التعديل
amendment-by = تعديل مقدَّم من { $name }
amendment-pending = بانتظار ردّ أصحاب المقترح
amendment-accepted = قبله أصحاب المقترح
amendment-rejected = رفضه أصحاب المقترح
amendment-answer = ردّ أصحاب المقترح
amendment-accept-submit = قبول هذا التعديل
amendment-reject-submit = رفض هذا التعديل
field-amendment-reason = السبب
field-rejection-reason = سبب الرفض (مطلوب للرفض)
hint-amendment-reason = ما الذي يحسّنه تغييرك، في كلمات قليلة.
version-from-amendment = من تعديل مقدَّم من { $name }
error-reason-required = اذكر السبب.
error-reason-length = السبب طويل جدًا: يجب ألا يزيد على ١٬٠٠٠ حرف.
error-amendment-unchanged = لا يغيّر التعديل شيئًا بعد.

## المشاركون في التأليف

coauthors-heading = المشاركون في التأليف
coauthor-invited = تمت دعوته، بانتظار الرد
coauthor-invite-submit = دعوة
field-invitee-kind = دعوة
field-invitee = اسم المستخدم أو الاسم المختصر للمؤسسة
hint-invitee = يقبل الشخص الدعوة بنفسه؛ أما المؤسسة فيقبل عنها أحد مديريها.
option-person = شخص
option-organisation = مؤسسة
invitation-heading = أنت مدعو للمشاركة في تأليف هذا المقترح
invitation-explained = بصفتك مشاركًا في التأليف تظهر بين أصحاب المقترح، ويمكنك تغيير نصه ما دام ذلك مسموحًا، والرد على التعديلات.
invitation-accept-submit = قبول
invitation-decline-submit = رفض
invitation-for-organisation = باسم { $organisation }
account-invitations-heading = دعوات المشاركة في التأليف
notice-invited = أُرسلت الدعوة.
error-invitee-required = أدخل اسم مستخدم أو الاسم المختصر لمؤسسة.
error-organisation-unknown = لا توجد مؤسسة بهذا الاسم المختصر.
error-already-author = هذا الشخص من أصحاب المقترح بالفعل.
error-already-invited = أُرسلت إليه دعوة من قبل.

## Moderation
content-kind-proposal = مقترح
content-kind-comment = تعليق
content-kind-amendment = تعديل
proposal-number = المقترح { $n }
amendment-number = التعديل { $n }
report-reason-spam = رسائل مزعجة أو إعلانات
report-reason-offensive = مسيء أو يحضّ على الكراهية أو يتضمّن تهديدًا
report-reason-off-topic = خارج عن الموضوع
report-reason-personal-data = يكشف البيانات الشخصية لشخص ما
report-reason-other = سبب آخر
moderation-state-reported = مُبلَّغ عنه، وما زال ظاهرًا
moderation-state-pending = مخفي بعد بلاغات، بانتظار المراجعة
moderation-state-hidden = أخفاه أحد المشرفين
moderation-state-restored = أُعيد إظهاره
moderation-action-hidden-by-reports = أُخفي بعد عدة بلاغات، إلى أن يراجعه أحد المشرفين
moderation-action-hide = أخفاه أحد المشرفين
moderation-action-restore = أعاد أحد المشرفين إظهاره
moderation-action-uphold = أُبقي مخفيًا بعد المراجعة
moderation-action-block = حُظر شخص في هذا المجتمع المحلي
moderation-action-unblock = رُفع الحظر
not-now-blocked = حظرك أحد المشرفين من المشاركة في هذا المجتمع المحلي. تجد السبب في سجلّ الإشراف الخاص بالمجتمع.
report-link = إبلاغ
report-proposal-link = الإبلاغ عن هذا المقترح
report-title = الإبلاغ عن { $kind }
report-back = العودة إلى المساهمة
report-intro = أخبر المشرفين بالمشكلة، وسيطّلعون عليها. لن يعرف كاتب المساهمة أبدًا من أبلغ عنها.
field-report-reason = لماذا تبلّغ عنها؟
field-report-details = تفاصيل إضافية
hint-report-details = اختياري، إلا إذا اخترت «سبب آخر». ١٬٠٠٠ حرف على الأكثر.
report-submit = إرسال البلاغ
report-recorded = شكرًا لك. وصل بلاغك إلى المشرفين.
report-already = سبق أن أبلغت عن هذا، وما زال بلاغك السابق محتسبًا.
report-hidden = شكرًا لك. بعد عدة بلاغات، أصبحت المساهمة مخفية الآن إلى أن يراجعها أحد المشرفين.
error-report-own = لا يمكنك الإبلاغ عن مساهمتك.
error-report-details-required = اذكر المشكلة في كلمات قليلة.
moderation-hide-now-heading = الإخفاء الآن (للمشرفين)
field-public-reason = السبب المُعلَن
hint-public-reason = سيقرأ الجميع هذا السبب مكان النص المخفي وفي سجلّ الإشراف.
moderation-hide-submit = إخفاء
moderation-restore-submit = إعادة الإظهار
moderation-uphold-submit = الإبقاء مخفيًا
hidden-by-moderator = أخفاه المشرفون: { $reason }
hidden-pending-review = أُخفي بعد عدة بلاغات، إلى أن يراجعه أحد المشرفين.
hidden-proposal-title = مقترح مخفي
appeal-link = الاعتراض على هذا القرار
appeal-title = الاعتراض على قرار إشرافي
appeal-intro = إذا كنت ترى أن المشرفين أخطؤوا، فأخبرهم بالسبب. يمكنك الاعتراض مرة واحدة فقط؛ وسيراجع أحد المشرفين الأمر من جديد، فإما أن يعيد إظهار مساهمتك أو يبقيها مخفية.
field-appeal = لماذا يجب إعادة إظهارها؟
hint-appeal = ٢٬٠٠٠ حرف على الأكثر.
appeal-submit = إرسال الاعتراض
appeal-yours-heading = اعتراضك
appeal-waiting = سيراجع أحد المشرفين اعتراضك.
appeal-answered = راجع أحد المشرفين اعتراضك. يظهر القرار وسببه أعلاه.
appeal-not-possible = هذه المساهمة ليست مخفية، أو سبق الاعتراض عليها.
error-appeal-required = اذكر لماذا يجب إعادة إظهارها.
error-appeal-once = لا يمكن الاعتراض على القرار إلا مرة واحدة.
moderation-title = الإشراف في { $community }
moderation-queue-link = ما ينتظر المراجعة
moderation-log-link = سجلّ الإشراف
moderation-queue-heading = { $count ->
    [0] لا شيء بانتظار المراجعة
    [zero] لا شيء بانتظار المراجعة
    [one] مساهمة واحدة بانتظار المراجعة
    [two] مساهمتان بانتظار المراجعة
    [few] { $n } مساهمات بانتظار المراجعة
    [many] { $n } مساهمة بانتظار المراجعة
   *[other] { $n } مساهمة بانتظار المراجعة
}
moderation-queue-empty = لا يوجد ما ينتظر المراجعة.
moderation-report-count = { $count ->
    [0] لا بلاغات
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $n } بلاغات
    [many] { $n } بلاغًا
   *[other] { $n } بلاغ
}
moderation-appeal-label = اعتراض صاحب المساهمة:
moderation-blocks-heading = الأشخاص المحظورون
moderation-blocks-empty = لا يوجد أي شخص محظور في هذا المجتمع المحلي.
moderation-block-heading = حظر شخص
hint-block-reason = يظل بإمكان الشخص المحظور قراءة كل شيء، لكنه لا يستطيع هنا بعد الآن تقديم مقترحات أو التعليق أو اقتراح تعديلات أو التأييد أو الإبلاغ. السبب معلَن للجميع.
moderation-block-submit = حظر
moderation-unblock-submit = رفع الحظر
error-block-self = لا يمكنك حظر نفسك.
error-already-blocked = هذا الشخص محظور بالفعل.
moderation-settings-heading = الإعدادات
field-report-threshold = عدد البلاغات الذي تُخفى عنده المساهمة
hint-report-threshold = تُخفى المساهمة التي تتلقى هذا العدد من البلاغات إلى أن يراجعها أحد المشرفين.
error-report-threshold = أدخل عددًا صحيحًا من { $min_shown } إلى { $max_shown }.
moderation-done-hidden = تم الإخفاء. السبب مذكور في السجلّ العلني.
moderation-done-restored = تمت إعادة الإظهار، وأصبح ظاهرًا من جديد.
moderation-done-upheld = أُبقي مخفيًا، وتم الردّ على صاحب المساهمة.
moderation-done-blocked = حُظر هذا الشخص في هذا المجتمع المحلي.
moderation-done-unblocked = تم رفع الحظر.
moderation-done-threshold = تم حفظ عدد البلاغات.
moderation-log-title = سجلّ الإشراف في { $community }
moderation-log-intro = كل مساهمة أُخفيت أو أُعيد إظهارها، وكل شخص حُظر هنا، مع السبب الذي ذكره المشرفون. لا يُعرض أبدًا من أبلغ عن ماذا.
moderation-log-empty = لم يخضع أي شيء للإشراف بعد.
moderation-no-reason = لم يُذكر سبب
column-when = متى
column-concerning = المعنيّ
column-reason = السبب

## الإشعارات
nav-notifications = الإشعارات
nav-notifications-unread = { $count ->
    [zero] الإشعارات
    [one] الإشعارات (إشعار جديد)
    [two] الإشعارات (إشعاران جديدان)
    [few] الإشعارات ({ $n } إشعارات جديدة)
    [many] الإشعارات ({ $n } إشعارًا جديدًا)
   *[other] الإشعارات ({ $n } إشعار جديد)
}
notifications-title = إشعاراتك
notifications-empty = لا يوجد شيء بعد. تابِع عملية تشاركية أو مقترحًا لتعرف ما يجري فيه. أنت تتابع تلقائيًا مقترحاتك والنقاشات التي تشارك فيها.
notifications-new = جديد:
notifications-mark-read = تعليم الكل كمقروء
notifications-done-read = تم تعليم كل إشعاراتك كمقروءة.
notifications-email-heading = الإشعارات بالبريد الإلكتروني
notifications-no-email = ليس لحسابك عنوان بريد إلكتروني، لذلك لا تستطيع Piazza مراسلتك. يمكنك إضافة عنوان من صفحة حسابك.
field-email-frequency = كم مرة تريد أن تراسلك Piazza؟
email-frequency-immediate = فورًا، رسالة بريد إلكتروني لكل إشعار
email-frequency-daily = مرة واحدة في اليوم، ملخّص لكل ما هو جديد
email-frequency-never = أبدًا، أقرؤها هنا
notification-new-proposal = قدّم { $name } مقترحًا جديدًا: «{ $title }»
notification-comment = علّق { $name } على «{ $title }»
notification-reply = ردّ { $name } على تعليقك في «{ $title }»
notification-amendment = اقترح { $name } تعديلًا على «{ $title }»
notification-amendment-answered = تعديلك على «{ $title }»: { $detail }
notification-state-changed = حالة «{ $title }» الآن: { $detail }
notification-invitation = دعاك { $name } إلى المشاركة في تأليف «{ $title }»
notification-threshold = حصل المقترح «{ $title }» على عدد التأييدات المطلوب، وسيُحال إلى الموظفين الرسميين لتقييمه.
notification-awaits-evaluation = بلغ المقترح «{ $title }» عدد التأييدات المطلوب، وهو بانتظار تقييمك وردّك العلني.
notification-hidden = أُخفيت مساهمتك في «{ $title }». { $detail }
notification-mail-footer = تصلك هذه الرسالة لأنك تتابع هذا الموضوع أو شاركت فيه. لتختار كم مرة تراسلك Piazza، أو لإيقاف هذه الرسائل، اذهب إلى: { $link }
digest-mail-subject = { $count ->
    [zero] مستجدّاتك في Piazza: لا إشعارات
    [one] مستجدّاتك في Piazza: إشعار واحد
    [two] مستجدّاتك في Piazza: إشعاران
    [few] مستجدّاتك في Piazza: { $n } إشعارات
    [many] مستجدّاتك في Piazza: { $n } إشعارًا
   *[other] مستجدّاتك في Piazza: { $n } إشعار
}
follow-submit = متابعة
unfollow-submit = إيقاف المتابعة
following-now = أنت تتابع هذا، وسنُعلمك بما يجري فيه.

## البحث
search-title = البحث في { $community }
search-results-title = نتائج البحث عن «{ $query }»
search-label = الكلمات التي تبحث عنها
search-kind-label = عرض
search-kind-all = الكل
search-kind-process = العمليات
search-kind-proposal = المقترحات
search-kind-comment = التعليقات
search-kind-meeting = الاجتماعات
search-submit = بحث
search-count = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $n } نتائج
    [many] { $n } نتيجةً
   *[other] { $n } نتيجة
}
search-nothing = لا يوجد ما يطابق كل هذه الكلمات. جرّب عددًا أقل من الكلمات أو كلمات أقصر، أو تهجئة أخرى.

## الاجتماعات
meeting-format-in-person = حضوريًا
meeting-format-online = عبر الإنترنت
meeting-format-hybrid = حضوريًا وعبر الإنترنت
meeting-access-step-free = مدخل بلا درج
meeting-access-hearing-loop = حلقة سمعية
meeting-access-sign-language = ترجمة بلغة الإشارة
meeting-access-interpretation = ترجمة شفوية
meeting-access-childcare = رعاية الأطفال
meeting-access-quiet-room = غرفة هادئة
not-now-meeting-over = انتهى هذا الاجتماع: أُغلق باب التسجيل.
not-now-meetings = لا يُفتح التسجيل في الاجتماعات إلا خلال مرحلة تُعقد فيها اجتماعات. راجع الجدول الزمني للعملية.
error-web-address = أدخل عنوانًا يبدأ بـ https:// أو http://.
error-address-required = اذكر مكان انعقاد الاجتماع.
error-time-invalid = أدخل الوقت بالساعات والدقائق، مثل 18:30.
error-meeting-ends-before-start = يجب أن ينتهي الاجتماع بعد وقت بدئه.
error-capacity-invalid = أدخل عدد الأماكن عددًا صحيحًا بالأرقام 0–9 من ١ إلى ١٠٠٬٠٠٠، أو اترك الحقل فارغًا إذا لم يكن هناك حدّ.
error-minutes-too-early = لا يمكن كتابة المحضر إلا بعد بدء الاجتماع.
error-minutes-required = اكتب المحضر.
error-minutes-length = المحضر طويل جدًا: يجب ألا يزيد على ٢٠٬٠٠٠ حرف.
process-see-meetings = { $count ->
    [0] لا اجتماعات بعد
    [zero] لا اجتماعات بعد
    [one] عرض الاجتماع الوحيد
    [two] عرض الاجتماعين
    [few] عرض الاجتماعات ({ $n })
    [many] عرض الاجتماعات ({ $n })
   *[other] عرض الاجتماعات ({ $n })
}
meetings-title = الاجتماعات: { $process }
meeting-new-title = تنظيم اجتماع
meetings-upcoming = الاجتماعات القادمة
meetings-none-upcoming = لم يُحدَّد أي اجتماع بعد.
meetings-past = الاجتماعات السابقة
meetings-none-past = لم يُعقد أي اجتماع بعد.
field-meeting-description = الغرض من الاجتماع
field-meeting-format = أين يُعقد
field-meeting-address = العنوان
hint-meeting-address = مطلوب للاجتماع الحضوري. إذا كان العثور على القاعة صعبًا، فاشرح كيف يمكن الوصول إليها.
field-meeting-link = رابط الانضمام عبر الإنترنت
hint-meeting-link = مطلوب للاجتماع عبر الإنترنت. لا يراه إلا المسجّلون.
field-meeting-date = التاريخ
hint-meeting-date = بصيغة السنة-الشهر-اليوم، مثل 2026-12-03.
field-meeting-starts = وقت البدء
field-meeting-ends = وقت الانتهاء
hint-meeting-time = بالساعات والدقائق بتوقيت UTC، مثل 18:30.
field-meeting-capacity = عدد الأماكن
hint-meeting-capacity = اترك الحقل فارغًا إذا لم يكن هناك حدّ. عندما تمتلئ الأماكن، ينضمّ الراغبون في المشاركة إلى قائمة الانتظار.
field-meeting-access = إمكانية الوصول
field-meeting-access-notes = مزيد من المعلومات عن إمكانية الوصول
hint-meeting-access-notes = اختياري: مثل اللغات التي تتوفر لها ترجمة شفوية، أو مكان الغرفة الهادئة.
meeting-create-submit = تنظيم الاجتماع
field-meeting-when = الموعد
meeting-link-for-registered = يظهر للمسجّلين فقط.
meeting-places = { $count ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $n } أماكن
    [many] { $n } مكانًا
   *[other] { $n } مكان
}
meeting-places-left = { $count ->
    [0] لم يبقَ أي مكان
    [zero] لم يبقَ أي مكان
    [one] بقي مكان واحد
    [two] بقي مكانان
    [few] بقي { $n } أماكن
    [many] بقي { $n } مكانًا
   *[other] بقي { $n } مكان
}
meeting-waiting-count = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] شخص واحد في قائمة الانتظار
    [two] شخصان في قائمة الانتظار
    [few] { $n } أشخاص في قائمة الانتظار
    [many] { $n } شخصًا في قائمة الانتظار
   *[other] { $n } شخص في قائمة الانتظار
}
meeting-no-limit = غير محدود
meeting-access-none = لم يُعلَن عن شيء بعد. اسأل المنظّمين عمّا تحتاجه.
meeting-registration-heading = المشاركة
meeting-over = انتهى هذا الاجتماع.
meeting-you-are-registered = أنت مسجّل في هذا الاجتماع.
meeting-cancel-submit = إلغاء تسجيلي
meeting-you-are-waiting = { $count ->
    [zero] أنت في قائمة الانتظار.
    [one] أنت الأول في قائمة الانتظار.
    [two] أنت الثاني في قائمة الانتظار.
    [few] ترتيبك في قائمة الانتظار: { $n }.
    [many] ترتيبك في قائمة الانتظار: { $n }.
   *[other] ترتيبك في قائمة الانتظار: { $n }.
}
meeting-leave-waiting-submit = الخروج من قائمة الانتظار
field-meeting-needs = ما تحتاجه لتتمكّن من المشاركة (اختياري)
hint-meeting-needs = لا يرى هذا إلا المنظّمون: مثل مكان لكرسي متحرّك، أو ترجمة شفوية إلى لغة ما.
meeting-register-submit = التسجيل
meeting-wait-submit = الانضمام إلى قائمة الانتظار
sign-in-to-register = سجّل الدخول للتسجيل في هذا الاجتماع
meeting-minutes-heading = المحضر
meeting-no-minutes = سيظهر المحضر هنا بعد الاجتماع.
meeting-outcomes-heading = المقترحات التي نتجت عن هذا الاجتماع
meeting-minutes-form-heading = كتابة المحضر
field-minutes = المحضر
field-meeting-outcomes = المقترحات التي نتجت عن الاجتماع
meeting-minutes-submit = حفظ المحضر
meeting-registrants-heading = { $count ->
    [0] لم يسجّل أحد بعد
    [zero] لم يسجّل أحد بعد
    [one] شخص واحد مسجّل أو في قائمة الانتظار
    [two] شخصان مسجّلان أو في قائمة الانتظار
    [few] { $n } أشخاص مسجّلون أو في قائمة الانتظار
    [many] { $n } شخصًا مسجّلًا أو في قائمة الانتظار
   *[other] { $n } شخص مسجّل أو في قائمة الانتظار
}
column-place = حجز المكان
column-needs = الاحتياجات
meeting-status-registered = مسجّل
meeting-status-waiting = في قائمة الانتظار
meeting-done-registered = تم تسجيلك. نراك في الاجتماع!
meeting-done-waiting = الاجتماع مكتمل: أنت في قائمة الانتظار، وسنُعلمك إذا شغر مكان.
meeting-done-cancelled = تم إلغاء تسجيلك.
meeting-done-minutes = تم حفظ المحضر.
notification-new-meeting = نظّم { $name } اجتماعًا: «{ $title }»
notification-meeting-place = شغر مكان: أنت الآن مسجّل في «{ $title }».

## الفئات والأماكن
category-mobility = التنقّل والنقل
category-green-spaces = الحدائق والمساحات الخضراء
category-public-space = الشوارع والأماكن العامة
category-education = المدارس والتعليم
category-culture = الثقافة
category-sport = الرياضة
category-health = الصحة
category-social-care = الرعاية الاجتماعية والإدماج
category-housing = الإسكان
category-energy = الطاقة
category-environment = البيئة والمناخ
category-economy = العمل والاقتصاد المحلي
category-safety = السلامة العامة
category-digital = الخدمات الرقمية
category-other = أخرى
sort-commented = الأكثر تعليقًا أولًا
comments-count = { $count ->
    [0] لا تعليقات
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $n } تعليقات
    [many] { $n } تعليقًا
   *[other] { $n } تعليق
}
field-neighbourhood = الحيّ
field-neighbourhood-optional = الحيّ (اختياري)
field-map-point = نقطة على الخريطة
hint-map-point = اختياري. إذا كنت تعرفهما، فأدخل خط العرض وخط الطول للمكان، مثل 43.8431 و10.5061. يكفي عنوان المكان أعلاه.
field-latitude = خط العرض
field-longitude = خط الطول
error-latitude = أدخل خط عرض بين -90 و90، مثل 43.8431، أو اترك الحقلين فارغين.
error-longitude = أدخل خط طول بين -180 و180، مثل 10.5061، أو اترك الحقلين فارغين.
community-neighbourhoods-link = الأحياء
neighbourhoods-title = الأحياء في { $community }
neighbourhoods-intro = يمكن أن تخصّ العمليات التشاركية بعض الأحياء فقط، ويمكن أن يذكر كل مقترح الحيّ الذي يتعلّق به، حتى يجد السكان ما هو قريب منهم.
neighbourhoods-none = لا توجد أحياء بعد.
field-neighbourhood-name = اسم الحيّ
neighbourhood-add-submit = إضافة الحيّ
error-neighbourhood-exists = يوجد في هذا المجتمع المحلي حيّ بهذا الاسم بالفعل.
field-process-scope = ما الأحياء التي تخصّها العملية؟
hint-process-scope = لا تحدّد أي حيّ إذا كانت العملية تخصّ المجتمع المحلي بأكمله.
process-scope = تخصّ:
search-count-many = أكثر من { $n } نتيجة

## الميزانيات التشاركية

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] الميزانيات
    [zero] الميزانيات
    [one] ميزانية واحدة
    [two] ميزانيتان
    [few] { $n } ميزانيات
    [many] { $n } ميزانيةً
   *[other] { $n } ميزانية
}
budgets-title = ميزانيات «{ $process }»
budgets-intro = يقرّر السكان كيف يُنفَق جزء من الميزانية العامة: تعرض كل ميزانية مشاريع مع تكلفة كل منها، ويحقّ لكل مقيم أن يصوّت مرة واحدة.
budgets-none = لم تُفتح أي ميزانية في هذه العملية بعد.
budget-new-title = فتح ميزانية
budget-card-line = { $total } · { $style } · الفرز: { $rule }
budget-ballots = { $count ->
    [0] لا أوراق اقتراع بعد
    [zero] لا أوراق اقتراع بعد
    [one] ورقة اقتراع واحدة
    [two] ورقتا اقتراع
    [few] { $n } أوراق اقتراع
    [many] { $n } ورقة اقتراع
   *[other] { $n } ورقة اقتراع
}
budget-see-results = عرض النتائج
budget-status-open = التصويت مفتوح
budget-status-closed = أُغلق التصويت، ولم تُفرز الأصوات بعد
budget-status-counted = فُرزت الأصوات
budget-changeable = يمكنك تغيير ورقة اقتراعك إلى أن يُغلق التصويت.
budget-officials-heading = للموظفين الرسميين
budget-locked = أُدلي بأوراق اقتراع بالفعل: لم يعد بالإمكان تغيير المشاريع ولا طريقة التصويت ولا طريقة الفرز.
budget-count-explained = يوقف الإغلاق التصويت نهائيًا، ويفصل كل ورقة اقتراع عن صاحبها، ثم تُفرز الأصوات. وتُنشر أوراق الاقتراع مجهولة الهوية ليتمكّن أي شخص من إعادة فرزها.
budget-count-submit = إغلاق التصويت وفرز الأصوات
budget-projects-heading = { $count ->
    [0] لا مشاريع في ورقة الاقتراع بعد
    [zero] لا مشاريع في ورقة الاقتراع بعد
    [one] مشروع واحد في ورقة الاقتراع
    [two] مشروعان في ورقة الاقتراع
    [few] { $n } مشاريع في ورقة الاقتراع
    [many] { $n } مشروعًا في ورقة الاقتراع
   *[other] { $n } مشروع في ورقة الاقتراع
}
budget-off-ballot-heading = مشاريع غير مدرجة في ورقة الاقتراع
budget-create-submit = فتح الميزانية
field-budget-description = الغرض من المال
field-budget-total = المبلغ المتاح للإنفاق
hint-budget-total = عدد صحيح، مثل 250000.
field-budget-currency = العملة
hint-budget-currency = ثلاثة أحرف، مثل EUR.
field-budget-style = طريقة التصويت
field-budget-min-choices = أقل عدد من المشاريع يجب اختياره في ورقة الاقتراع
hint-budget-min-choices = اختياري. صفر أو حقل فارغ يعني عدم وجود حدّ أدنى.
field-budget-max-choices = أكبر عدد من المشاريع يمكن اختياره في ورقة الاقتراع (في التصويت بالترتيب: عدد المراتب)
hint-budget-max-choices = اختياري، إلا في التصويت بالترتيب. الحقل الفارغ يعني عدم وجود حدّ.
field-budget-min-share = النسبة المئوية من المال التي يجب أن تستخدمها ورقة الاقتراع في التصويت ضمن حدود الميزانية
hint-budget-min-share = اختياري، للتصويت ضمن حدود الميزانية فقط، مثل 80.
field-budget-points = النقاط التي يوزّعها كل مصوّت
hint-budget-points = مطلوب للتصويت بتوزيع النقاط، مثل 10.
field-budget-rule = طريقة فرز الأصوات
hint-budget-rule = تمنح طريقة الحصص المتساوية كل مجموعة من المصوّتين حصة عادلة من المال؛ أما الفرز حسب الأكثر أصواتًا فيترك للمجموعة الأكبر أن تقرّر كل شيء.
field-budget-changeable = يمكن للمصوّتين تغيير أوراق اقتراعهم إلى أن يُغلق التصويت
ballot-style-approval = اختر كل المشاريع التي تؤيّدها
ballot-style-knapsack = اختر مشاريع تتّسع لها الميزانية
ballot-style-cumulative = وزّع نقاطًا على المشاريع
ballot-style-ranked = رتّب مشاريعك المفضّلة
counting-rule-mes_cost_add1_eqs = طريقة الحصص المتساوية (موصى بها)
counting-rule-mes_cost_add1_greedy = طريقة الحصص المتساوية، ثم الأكثر أصواتًا لما تبقّى من المال
counting-rule-greedy_cost = الأكثر أصواتًا أولًا
counting-rule-greedy_card = الأكثر أصواتًا نسبةً إلى التكلفة أولًا
counting-rule-phragmen = طريقة Phragmén
counting-rule-maxwelfare_cost = مجموعة المشاريع التي تجمع أكبر قدر من المال المؤيَّد
counting-rule-greedy_points = الأكثر نقاطًا أولًا
counting-rule-mes_points = طريقة الحصص المتساوية بحسب النقاط
error-whole-number-range = أدخل عددًا صحيحًا من { $min_shown } إلى { $max_shown }.
error-budget-total-required = أدخل المبلغ المتاح للإنفاق.
error-currency = أدخل العملة بثلاثة أحرف، مثل EUR.
error-rule-needs-approvals = تحتسب هذه الطريقة الموافقات: للتصويت بتوزيع النقاط أو بالترتيب، اختر طريقة تعتمد على النقاط.
error-rule-needs-points = تحتسب هذه الطريقة النقاط: لا تخترها إلا للتصويت بتوزيع النقاط أو بالترتيب.
error-max-below-min = لا يمكن أن يكون الحدّ الأقصى لعدد المشاريع أقل من الحدّ الأدنى.
error-points-required = أدخل عدد النقاط التي يوزّعها كل مصوّت.
error-ranks-required = أدخل عدد المراتب في الترتيب.
error-budget-locked = أُدلي بأوراق اقتراع بالفعل، لذلك لم يعد بالإمكان تغيير مشاريع هذه الميزانية.
project-new-title = إضافة مشروع
field-project-description = ما الذي يقدّمه المشروع
field-project-cost = التكلفة
hint-project-cost = عدد صحيح بعملة الميزانية.
error-cost-required = أدخل التكلفة.
field-project-proposal = مصدر المشروع
hint-project-proposal = مقترح من هذه العملية، أو الموظفون الرسميون.
option-from-officials = الموظفون الرسميون
field-project-image = صورة (رابط)
hint-project-image = اختياري. عنوان https لصورة؛ تضع الصفحة رابطًا إليها ولا تحمّلها أبدًا.
error-image-address = أدخل عنوانًا يبدأ بـ https://، من دون مسافات.
project-create-submit = إضافة المشروع
project-done-added = أُضيف المشروع. قيّم إمكانية تنفيذه لإدراجه في ورقة الاقتراع.
project-from-proposal = عرض المقترح الذي نشأ عنه المشروع
project-see-image = عرض صورة
feasibility-pending = لم تُقيَّم إمكانية التنفيذ بعد
feasibility-feasible = قابل للتنفيذ
feasibility-infeasible = غير قابل للتنفيذ
project-review-legend = تقييم «{ $title }»
field-feasibility-reason = السبب المُعلَن (مطلوب إذا لم يكن قابلًا للتنفيذ)
error-feasibility-reason-required = اذكر السبب المُعلَن لعدم قابلية المشروع للتنفيذ.
project-review-submit = حفظ التقييم
project-done-reviewed = تم حفظ التقييم.
ballot-heading = ورقة اقتراعك
ballot-instructions-approval = اختر المشاريع التي تؤيّدها.
ballot-instructions-knapsack = اختر مشاريع لا يتجاوز مجموع تكاليفها الميزانية.
ballot-instructions-cumulative = امنح نقاطًا للمشاريع التي تؤيّدها.
ballot-instructions-ranked = امنح مشاريعك المفضّلة مراتب، على أن يكون الأول هو المشروع الذي تريده أكثر من غيره.
ballot-points-to-spread = { $count ->
    [zero] ليس لديك نقاط لتوزيعها.
    [one] لديك نقطة واحدة لتوزيعها.
    [two] لديك نقطتان لتوزيعهما.
    [few] لديك { $n } نقاط لتوزيعها.
    [many] لديك { $n } نقطةً لتوزيعها.
   *[other] لديك { $n } نقطة لتوزيعها.
}
ballot-min-share = { $count ->
    [zero] يجب أن يستخدم اختيارك { $n }٪ على الأقل من المال.
    [one] يجب أن يستخدم اختيارك { $n }٪ على الأقل من المال.
    [two] يجب أن يستخدم اختيارك { $n }٪ على الأقل من المال.
    [few] يجب أن يستخدم اختيارك { $n }٪ على الأقل من المال.
    [many] يجب أن يستخدم اختيارك { $n }٪ على الأقل من المال.
   *[other] يجب أن يستخدم اختيارك { $n }٪ على الأقل من المال.
}
ballot-min-choices = { $count ->
    [zero] لا يلزمك اختيار أي مشروع.
    [one] اختر مشروعًا واحدًا على الأقل.
    [two] اختر مشروعين على الأقل.
    [few] اختر { $n } مشاريع على الأقل.
    [many] اختر { $n } مشروعًا على الأقل.
   *[other] اختر { $n } مشروع على الأقل.
}
ballot-max-choices = { $count ->
    [zero] لا يمكنك اختيار أي مشروع.
    [one] اختر مشروعًا واحدًا على الأكثر.
    [two] اختر مشروعين على الأكثر.
    [few] اختر { $n } مشاريع على الأكثر.
    [many] اختر { $n } مشروعًا على الأكثر.
   *[other] اختر { $n } مشروع على الأكثر.
}
ballot-not-ranked = بلا مرتبة
ballot-place = المرتبة { $n }
ballot-chosen = { $count ->
    [0] لم تختر أي مشروع
    [zero] لم تختر أي مشروع
    [one] اخترت مشروعًا واحدًا
    [two] اخترت مشروعين
    [few] اخترت { $n } مشاريع
    [many] اخترت { $n } مشروعًا
   *[other] اخترت { $n } مشروع
}
ballot-cost-left = التكلفة { $cost }، ويتبقّى { $left }
ballot-points-used = النقاط الممنوحة: { $used_shown } من { $points_shown }
ballot-valid = ورقة اقتراعك صالحة.
ballot-nothing-chosen = اختر المشاريع، ثم تحقّق من المجموع أو أدلِ بصوتك.
ballot-check-submit = التحقّق من المجموع
ballot-cast-submit = الإدلاء بصوتي
ballot-change-submit = تغيير ورقة اقتراعي
ballot-voted-changeable = لقد أدليت بصوتك. تظهر ورقة اقتراعك أدناه؛ يمكنك تغييرها إلى أن يُغلق التصويت، وتُحتسب آخر ورقة.
ballot-voted-final = لقد أدليت بصوتك. ورقة اقتراعك نهائية.
ballot-no-projects = لا يوجد أي مشروع في ورقة الاقتراع بعد.
ballot-sign-in = سجّل الدخول للتصويت
ballot-not-open = التصويت غير مفتوح الآن: يجري التصويت خلال مرحلة تحديد الأولويات في العملية.
ballot-closed = أُغلق التصويت.
ballot-done-recorded = تم تسجيل ورقة اقتراعك.
ballot-done-replaced = تم تغيير ورقة اقتراعك؛ ولا تُحتسب إلا الورقة الجديدة.
ballot-problem-empty = اختر مشروعًا واحدًا على الأقل.
ballot-problem-too-few = { $min ->
    [zero] لا يلزمك اختيار أي مشروع.
    [one] اختر مشروعًا واحدًا على الأقل.
    [two] اختر مشروعين على الأقل.
    [few] اختر { $min_shown } مشاريع على الأقل.
    [many] اختر { $min_shown } مشروعًا على الأقل.
   *[other] اختر { $min_shown } مشروع على الأقل.
}
ballot-problem-too-many = { $max ->
    [zero] لا يمكنك اختيار أي مشروع.
    [one] اختر مشروعًا واحدًا على الأكثر.
    [two] اختر مشروعين على الأكثر.
    [few] اختر { $max_shown } مشاريع على الأكثر.
    [many] اختر { $max_shown } مشروعًا على الأكثر.
   *[other] اختر { $max_shown } مشروع على الأكثر.
}
ballot-problem-over-budget = تتجاوز تكلفة اختيارك الميزانية بمقدار { $over_shown }.
ballot-problem-under-share = يجب أن يستخدم اختيارك { $share_shown }٪ على الأقل من المال.
ballot-problem-too-many-points = الحدّ الأقصى للنقاط التي يمكنك منحها: { $points_shown }.
ballot-problem-points-whole = يجب أن تكون النقاط أعدادًا صحيحة، صفرًا أو أكثر.
ballot-problem-place-twice = يحتلّ مشروعان المرتبة { $place_shown }: امنح كل مرتبة مرة واحدة فقط.
ballot-problem-place-range = تتراوح المراتب من ١ إلى { $places_shown }.
ballot-problem-unknown-project = أحد المشاريع المختارة غير موجود في ورقة الاقتراع.
error-ballot-invalid = لا يمكن الإدلاء بورقة اقتراعك بعد: انظر أدناه ما يجب تغييره.
not-now-voting-closed = التصويت على هذه الميزانية غير مفتوح الآن.
not-now-already-voted = سبق أن أدليت بصوتك في هذه الميزانية، ولا يمكن تغيير أوراق الاقتراع فيها.
results-title = نتائج «{ $budget }»
results-spent = المبلغ المُنفَق
results-left = المبلغ المتبقّي
results-ballots-heading = أوراق الاقتراع
results-ballots = { $count ->
    [0] لا أوراق اقتراع
    [zero] لا أوراق اقتراع
    [one] ورقة اقتراع واحدة
    [two] ورقتا اقتراع
    [few] { $n } أوراق اقتراع
    [many] { $n } ورقة اقتراع
   *[other] { $n } ورقة اقتراع
}
results-channel = { $channel }: { $n }
channel-online = عبر الإنترنت
channel-code = برمز تصويت
channel-paper = ورقيًا، أدخلها أحد الميسّرين
results-counted = تاريخ الفرز
results-rule-explained-equal-shares = فُرزت الأصوات بطريقة الحصص المتساوية: يحصل كل مصوّت على حصة متساوية من المال، ولا ينفقها إلا على المشاريع التي اختارها. يفوز المشروع عندما يستطيع مؤيّدوه دفع تكلفته معًا؛ ويأتي أولًا المشروع الذي يكلّف كلًّا منهم أقل.
results-rule-explained-greedy = فُرزت الأصوات حسب الأكثر أصواتًا: تُرتَّب المشاريع حسب عدد أصواتها، ويُختار كل منها إذا كان المال المتبقّي لا يزال يكفيه.
results-rule-explained-phragmen = فُرزت الأصوات بطريقة Phragmén: تُوزَّع تكلفة كل مشروع على مؤيّديه بأكبر قدر ممكن من التساوي، ويتوقّف الفرز عند أول مشروع لا يكفيه المال.
results-rule-explained-max-welfare = فُرزت الأصوات باختيار مجموعة المشاريع التي تتّسع لها الميزانية وتجمع أكبر قدر من المال المؤيَّد.
results-chart-heading = الأصوات لكل مشروع
results-chart-caption = تظهر المشاريع الفائزة بلون داكن والمشاريع الأخرى بلون فاتح؛ والأرقام موجودة أيضًا في الجدول أدناه.
results-bar-label = { $title }: { $votes }
results-table-heading = كل المشاريع وسبب فوزها أو خسارتها
results-project = المشروع
results-cost = التكلفة
results-votes = الأصوات
results-outcome = النتيجة
results-why = السبب
results-won = فاز
results-lost = لم يفز
fate-ranked-won = المرتبة { $rank }: عندما حان دوره كان قد تبقّى { $left }، وهو ما يكفي لتمويله.
fate-ranked-lost = المرتبة { $rank }: عندما حان دوره لم يتبقَّ سوى { $left }، وهو أقل من تكلفته.
fate-shared = اختير في الخطوة { $step }: دفع تكلفته مؤيّدوه وعددهم { $payers }، بواقع { $share } لكل منهم (ودفع { $all } منهم كل ما تبقّى لديهم).
fate-supporters-short = لم يتبقَّ لدى مؤيّديه مجتمعين سوى { $held }، وهو أقل من تكلفته.
fate-completed = اختير بعد الحصص المتساوية حسب الأكثر أصواتًا: المرتبة { $rank }، وقد تبقّى { $left }.
fate-not-completed = لم يُختر: المرتبة { $rank } في عدد الأصوات، عندما لم يتبقَّ سوى { $left }.
fate-loaded = اختير في الخطوة { $step }.
fate-stopped-here = لم يكفه المال المتبقّي، فتوقّف الفرز هنا.
fate-not-reached = توقّف الفرز قبل أن يحين دوره.
fate-optimal-won = جزء من مجموعة المشاريع التي تجمع أكبر قدر من المال المؤيَّد.
fate-optimal-lost = ليس جزءًا من مجموعة المشاريع التي تجمع أكبر قدر من المال المؤيَّد.
fate-free = مجاني وله مؤيّدون، لذلك اختير.
fate-unsupported = لم يصوّت له أحد.
results-recount-heading = أعِد الفرز بنفسك
results-recount-explained = تُنشر أوراق الاقتراع، من دون أي اسم أو وقت، بصيغة Pabulib. يمكن لأي شخص أن يفرزها من جديد باستخدام Piazza أو أدوات أخرى، ويجب أن يصل إلى الفائزين أنفسهم.
results-download = تنزيل أوراق الاقتراع (Pabulib)
results-sha256 = بصمة SHA-256 للملف:

## رموز التصويت وأوراق الاقتراع الورقية

budget-codes-status = رموز التصويت المطبوعة: { $printed_shown }، المستخدمة: { $used_shown }.
field-code-count = عدد رموز التصويت المراد طباعتها
hint-code-count = تُعرض الرموز مرة واحدة فقط لطباعتها: لا تحتفظ Piazza إلا ببصمة لكل منها. من ١ إلى ١٬٠٠٠.
budget-codes-submit = طباعة رموز التصويت
codes-title = رموز تصويت «{ $budget }»
codes-print-now = اطبع هذه الصفحة الآن: لن تُعرض هذه الرموز مرة أخرى. يتيح كل رمز الإدلاء بورقة اقتراع واحدة.
codes-how = للتصويت، افتح هذا العنوان، وأدخل الرمز، واختر مشاريعك. لا يصلح الرمز إلا لمرة واحدة.
ballot-code-heading = التصويت برمز
ballot-paper-heading = إدخال ورقة اقتراع ورقية
field-voting-code = رمز التصويت
hint-voting-code = الأحرف والأرقام المطبوعة على قسيمتك، وعددها اثنا عشر، مثل ABCD-EFGH-JKLM.
field-paper-reference = الرقم المكتوب على ورقة الاقتراع الورقية
hint-paper-reference = لا يمكن إدخال الورقة نفسها مرتين بالرقم نفسه.
ballot-code-submit = الإدلاء بورقة الاقتراع بهذا الرمز
ballot-paper-submit = إدخال ورقة الاقتراع الورقية هذه
ballot-vote-with-code = التصويت برمز مطبوع
ballot-enter-paper = إدخال أوراق الاقتراع الورقية
ballot-back-to-budget = العودة إلى الميزانية
ballot-recorded-heading = هذا بالضبط ما تم تسجيله:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = تم تسجيل ورقة الاقتراع. لا يمكن استخدام الرمز مرة أخرى.
paper-done-entered = تم إدخال ورقة الاقتراع الورقية.
error-code-required = أدخل رمز التصويت.
error-code-unknown = هذا الرمز غير موجود في هذه الميزانية. تحقّق من الأحرف والأرقام.
error-paper-reference = أدخل الرقم المكتوب على الورقة، ٤٠ حرفًا على الأكثر.
not-now-code-used = سبق استخدام هذا الرمز: يتيح كل رمز الإدلاء بورقة اقتراع واحدة.
not-now-paper-entered = سبق إدخال ورقة اقتراع ورقية بهذا الرقم.

## من يحقّ له التصويت، وسجلّات السكان، والتصويت المستورد

not-now-needs-voter-details = تطلب هذه الميزانية تاريخ ميلادك أو حيّك قبل أن تصوّت.
not-now-needs-census = تطلب هذه الميزانية أن تتحقّق من بياناتك في سجلّ السكان قبل أن تصوّت.
not-now-too-young = عمرك أقل من الحدّ الأدنى للسن في هذه الميزانية.
not-now-outside-districts = هذه الميزانية مخصّصة لسكان أحياء أخرى.
not-now-group-full = سبق أن صوّتّ في أكبر عدد يُسمح به للشخص الواحد من ميزانيات هذه المجموعة.
budget-who-may-vote = من يحقّ له التصويت
field-budget-min-age = الحدّ الأدنى للسن (اختياري)
hint-budget-min-age = بالسنوات. اترك الحقل فارغًا إذا كان يحقّ التصويت للناس من كل الأعمار.
field-budget-census-only = يجب على المصوّتين التحقّق من بياناتهم في سجلّ السكان
hint-budget-census-only = يتحقّق السكان الذين سجّلوا الدخول مرة واحدة برقم هويتهم وتاريخ ميلادهم؛ أما الرموز وأوراق الاقتراع الورقية فتُراجَع حضوريًا.
field-budget-districts = سكان أيّ الأحياء يحقّ لهم التصويت؟
hint-budget-districts = لا تحدّد أي حيّ إذا كان يحقّ التصويت لكل السكان.
field-budget-group = مجموعة الميزانيات (اختياري)
hint-budget-group = تتشارك ميزانيات هذه العملية التي تحمل اسم المجموعة نفسه حدًّا واحدًا: مثل «الأحياء»، ليصوّت كل شخص في ميزانية حيّ واحد يختاره.
field-budget-group-limit = عدد ميزانيات المجموعة التي يمكن للشخص الواحد التصويت فيها
hint-budget-group-limit = عدد صحيح؛ ١ إذا تُرك الحقل فارغًا.
error-group-name = اكتب اسمًا للمجموعة لا يزيد على ٨٠ حرفًا.
error-group-name-required = اذكر اسم المجموعة التي ينطبق عليها الحدّ.
budget-edit-title = تغيير «{ $title }»
budget-edit-submit = حفظ الميزانية
budget-edit-link = تغيير الميزانية
budget-edit-locked = أُدلي بأوراق اقتراع بالفعل: لا يمكن الآن تغيير سوى العنوان والوصف، حتى لا تتغيّر أي قاعدة على المصوّتين أثناء التصويت.
budget-done-changed = تم حفظ الميزانية.
field-project-district = الحيّ (اختياري)
option-whole-community = المجتمع المحلي بأكمله
eligibility-min-age = السكان في سن { $age } فما فوق.
eligibility-districts = سكان الأحياء التالية: { $districts }.
eligibility-census = السكان الذين تحقّقوا من بياناتهم في سجلّ السكان.
eligibility-group = هذه الميزانية جزء من مجموعة «{ $group }»: يمكن لكل شخص أن يصوّت في { $limit } من ميزانياتها.
ballot-give-details = أدخل بياناتك
results-districts-heading = النتائج حسب الحيّ
results-district = الحيّ
results-district-projects = المشاريع المموّلة
results-district-spent = المبلغ المُنفَق
results-whole-community = المجتمع المحلي بأكمله
results-district-funded = { $won } من { $of }
channel-imported = مستوردة
budget-import-title = استيراد تصويت سابق
budget-import-intro = استعِد هنا ميزانية تشاركية جرت في مكان آخر: يصبح ملف Pabulib (الصيغة المفتوحة لعمليات التصويت على الميزانيات التشاركية) ميزانيةً في هذه العملية بمشاريعها وأوراق اقتراعها، جاهزةً لفرز أصواتها هنا.
field-pabulib-file = ملف Pabulib
hint-pabulib-file = ملف .pb يحتوي على الأقسام META وPROJECTS وVOTES. يجب أن تكون المبالغ وحدات كاملة من العملة.
budget-import-submit = استيراد التصويت
budget-done-imported = تم استيراد التصويت. افرز الأصوات لترى نتائجه.
error-pabulib-line = تتعذّر قراءة الملف في السطر { $line }. قارن هذا السطر بصيغة Pabulib.
error-pabulib-file = هذا الملف ليس ملف Pabulib يحتوي على مشاريع وميزانية.
error-pabulib-decimals = يحتوي الملف على مبالغ بكسور عشرية؛ والميزانيات هنا تستخدم وحدات كاملة من عملتها.
error-pabulib-too-many = يحتوي الملف على أكثر من { $most } ورقة اقتراع.
census-title = سجلّ السكان
census-intro = ارفع سجلّ السكان، أي قائمة الأشخاص الذين يحقّ لهم التصويت، بصيغة CSV: شخص واحد في كل سطر، مع رقم الهوية وتاريخ الميلاد (YYYY-MM-DD)، واسم حيّه إن شئت. لا تحتفظ Piazza إلا ببصمة محمية بمفتاح سرّي لكل رقم هوية وتاريخ ميلاد، ولا تحتفظ بالأرقام نفسها أبدًا. يحلّ السجلّ الجديد محلّ القديم؛ ومن تحقّق من بياناته يبقى متحقَّقًا منه.
census-status = عدد الإدخالات في السجلّ: { $entries }؛ استُخدم منها للتحقّق: { $claimed }.
census-none = لم يُرفع أي سجلّ للسكان بعد.
field-census-file = سجلّ السكان (CSV)
hint-census-file = مثال: AB1234567,1990-04-21,Centro
census-submit = رفع السجلّ
census-done-loaded = تم رفع سجلّ السكان، وعدد إدخالاته: { $entries }.
error-census-line = يحتاج السطر { $line } إلى رقم هوية وتاريخ ميلاد مكتوب بصيغة YYYY-MM-DD.
error-census-district = يذكر السطر { $line } حيًّا غير موجود في هذا المجتمع المحلي.
error-census-too-long = السجلّ طويل جدًا.
error-census-empty = لا يحتوي الملف على أي شخص. اختر ملف CSV الخاص بسجلّ السكان.
voter-details-title = بياناتك للتصويت
voter-details-intro = بعض الميزانيات مخصّصة لسكان أحياء معيّنة أو لفئة عمرية معيّنة. لا تُستخدم البيانات التي تقدّمها هنا إلا للتحقّق من حقّك في التصويت، ولا تُعرض على أحد أبدًا.
voter-details-verified = أكّد سجلّ السكان بياناتك.
voter-details-declared = لقد صرّحت بهذه البيانات.
field-birth-date = تاريخ الميلاد
hint-birth-date = بصيغة YYYY-MM-DD، مثل 1990-04-21.
field-voter-district = حيّك
voter-census-heading = التحقّق عبر سجلّ السكان
voter-census-intro = اكتب رقم هويتك وتاريخ ميلادك كما هما مسجّلان لدى البلدية. لا يصلح كل إدخال في السجلّ إلا للتحقّق من حساب واحد.
field-identity = رقم الهوية
hint-identity = لا تهمّ المسافات ولا الشرطات ولا الأحرف الكبيرة.
voter-census-submit = التحقّق
voter-declare-heading = التصريح ببياناتك
voter-declare-intro = في الميزانيات التي لا تشترط سجلّ السكان، يكفي أن تصرّح بتاريخ ميلادك وحيّك.
voter-declare-submit = حفظ بياناتي
error-identity-required = أدخل رقم هويتك.
error-birth-date = أدخل تاريخ ميلاد صحيحًا بصيغة YYYY-MM-DD.
error-census-none = ليس لدى هذا المجتمع المحلي سجلّ للسكان يمكن التحقّق عبره.
error-census-unknown = لا يوجد في سجلّ السكان إدخال بهذا الرقم وتاريخ الميلاد هذا. تحقّق منهما، أو اسأل البلدية.
error-census-used = سبق أن استُخدم هذا الإدخال من سجلّ السكان للتحقّق من حساب آخر. إذا لم تكن أنت من فعل ذلك، فاسأل البلدية.
error-details-verified = أكّد سجلّ السكان بياناتك، لذلك لا يمكن تغييرها هنا.
community-census-link = سجلّ السكان

## حذف الحساب

account-erase-link = حذف حسابي
erase-title = حذف حسابي
erase-intro = لا يمكن التراجع عن حذف حسابك. إليك ما يحدث:
erase-goes = يُحذف فورًا اسمك واسم المستخدم وعنوان بريدك الإلكتروني وجلسات تسجيل الدخول وأدوارك وما تتابعه وتأييداتك وبياناتك الخاصة بالتصويت.
erase-stays = تبقى مقترحاتك وتعليقاتك متاحة للقراءة، لكنها تظهر على أنها من كتابة «مشارك سابق».
erase-ballots = تبقى أوراق اقتراعك في الميزانيات التشاركية محتسبة، ولن يتمكّن أحد بعد ذلك من معرفة أنها كانت لك.
erase-meetings = تنتقل أماكنك في الاجتماعات القادمة إلى الأشخاص التالين في قائمة الانتظار.
erase-final = إذا أردت نسخة من بياناتك، فنزّلها أولًا.
hint-erase-password = أدخل كلمة المرور لتأكيد أنك صاحب الحساب.
erase-submit = حذف حسابي نهائيًا
erase-done-title = تم حذف حسابك
erase-done = تم حذف حسابك وكل ما كان يدلّ على هويتك. شكرًا لمشاركتك.
erase-done-home = العودة إلى الصفحة الرئيسية
account-data-link = عرض بياناتك وتنزيلها
data-title = بياناتك
data-intro = هذا كل ما تحتفظ به Piazza عنك. يضمّ التنزيل كل ذلك: ملف JSON واحد، وملف CSV لكل نوع من السجلات، في ملف zip.
data-download = تنزيل بياناتي (zip)
data-joined = تاريخ الانضمام
data-everything = ما يُحفَظ، وكم عدده
data-what = النوع
data-how-many = العدد
data-records = { $count ->
    [zero] لا سجلات
    [one] سجل واحد
    [two] سجلان
    [few] { $n } سجلات
    [many] { $n } سجلًا
   *[other] { $n } سجل
}
data-not-kept = لا يُحفَظ: كلمة مرورك (تُحفَظ بصمة لها فقط، ولا يمكن استرجاع كلمة المرور منها)، وأيّ ورقة اقتراع كانت لك بعد أن يُغلق التصويت.
data-profile = ملفك الشخصي
data-sign-ins = جلسات تسجيل الدخول
data-password-resets = طلبات إعادة تعيين كلمة المرور
data-roles = الأدوار في المجتمعات المحلية
data-organisations = المؤسسات التي تنتمي إليها
data-proposals = المقترحات التي كتبتها
data-proposal-versions = نسخ المقترحات التي كتبتها
data-co-authorships = المقترحات التي دُعيت إلى المشاركة في تأليفها
data-amendments = التعديلات التي اقترحتها
data-comments = التعليقات التي كتبتها
data-proposal-supports = المقترحات التي تؤيّدها
data-comment-supports = التعليقات التي تؤيّدها
data-meeting-registrations = الاجتماعات التي سجّلت فيها
data-follows = ما تتابعه
data-notifications = الإشعارات الموجّهة إليك
data-reports = المساهمات التي أبلغت عنها
data-blocks = حالات الحظر من قِبل المشرفين
data-budget-votes = الميزانيات التي صوّتّ فيها
data-voting-details = بياناتك الخاصة بالتصويت
data-email = عنوان البريد الإلكتروني

## الموافقات

account-consents-link = موافقاتك
consents-title = موافقاتك
consents-intro = تستأذنك Piazza قبل أن تستخدم بياناتك في أي شيء يتجاوز ما تفعله أنت بنفسك. تُحفَظ كل إجابة مع تاريخها ونسخة بيان الخصوصية الذي قرأته. سحب الموافقة يتمّ بنقرة واحدة، تمامًا مثل منحها.
consent-purpose-taking-part = المشاركة
consent-purpose-contact = التواصل معك
consent-purpose-demographics = إحصاءات عن المشاركين
consent-purpose-research = البحث في المساهمات
consent-notice-taking-part = تحتفظ Piazza بما تكتبه وتؤيّده وتصوّت عليه، مع اسمك المعروض، ليتمكّن مجتمعك المحلي من رؤيته والردّ عليه. يمكنك حذف حسابك في أي وقت.
consent-notice-contact = قد تراسلك Piazza بالبريد الإلكتروني بشأن ما تتابعه وبشأن العمليات التشاركية في مجتمعك المحلي. وأنت من يحدّد كم مرة، من حسابك.
consent-notice-demographics = إذا أجبت عن أسئلة اختيارية تخصّك (الفئة العمرية والجنس والحيّ وما إلى ذلك)، فإن Piazza تحتفظ بإجاباتك منفصلةً عن اسمك، ولا تستخدمها إلا للعدّ، ضمن مجموعات لا تقلّ عن خمسة أشخاص، لمعرفة من يشارك ومن يغيب.
consent-notice-research = قد يدرس باحثون مساهماتك، دون اسمك، لفهم كيف تجري المشاركة. ولا يُنشَر أي شيء يمكن أن يكشف هويتك.
consent-state-not-given = لم تمنح هذه الموافقة.
consent-state-granted = منحت هذه الموافقة في { $date }.
consent-state-withdrawn = سحبت هذه الموافقة في { $date }.
consent-state-asked-again = تغيّر بيان الخصوصية منذ أن وافقت: اقرأه مجددًا وأجب من فضلك. وإلى أن تفعل ذلك، لا تُحتسب موافقتك.
consent-grant = موافقة
consent-withdraw = سحب موافقتي
consent-done-saved = تم تسجيل إجابتك.
consents-ledger-heading = كل إجاباتك
consents-ledger-empty = لم تُجب عن أي شيء بعد.
consents-when = التاريخ
consents-purpose = الموضوع
consents-answer = الإجابة
consents-how = الطريقة
consents-version = نسخة بيان الخصوصية
consents-basis = الأساس القانوني
consent-granted = موافقة
consent-withdrawn = سحب الموافقة
consent-channel-online = عبر الإنترنت
consent-channel-paper = ورقيًا
consent-channel-phone = هاتفيًا
consent-channel-by = { $channel }، سجّلها { $name }
legal-basis-consent = الموافقة، وفق المادة 6.1.a من اللائحة العامة لحماية البيانات (GDPR)
legal-basis-explicit-consent = الموافقة الصريحة، وفق المادة 9.2.a من اللائحة العامة لحماية البيانات (GDPR)
data-consents = موافقاتك

## سجلّ أنشطة المعالجة

community-privacy-link = كيف تُستخدَم بياناتك
processing-title = كيف تُستخدَم البيانات الشخصية في { $community }
processing-intro = يُنشَأ سجلّ أنشطة المعالجة هذا انطلاقًا مما تحتفظ به Piazza فعلًا ومن مدد الاحتفاظ المعتمدة في هذه النسخة من Piazza، لذلك فهو محدَّث دائمًا.
processing-caption = ما يُحفَظ، ولماذا، وإلى متى
processing-what = البيانات
processing-why = الغرض
processing-basis = الأساس القانوني
processing-kept = مدة الاحتفاظ
processing-who = من يمكنه الاطلاع عليها
processing-kept-days = { $count ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
processing-account = حسابك: اسم المستخدم، والاسم المعروض، وعنوان البريد الإلكتروني، واللغة، وبصمة لكلمة مرورك
processing-account-why = لتتمكّن من تسجيل الدخول والمشاركة باسم تختاره
processing-contributions = المقترحات والتعليقات والتعديلات ومحاضر الاجتماعات
processing-contributions-why = المشاركة العلنية: ليتمكّن الجميع من قراءتها ومناقشتها والردّ عليها
processing-votes = التأييدات وأوراق الاقتراع في الميزانيات التشاركية
processing-votes-why = لعدّها
processing-meetings = التسجيل في الاجتماعات وما ذكرت أنك تحتاجه لحضورها
processing-meetings-why = لتنظيم اجتماعات يستطيع الجميع حضورها
processing-notifications = إشعاراتك
processing-notifications-why = لإعلامك بما جرى فيما تتابعه
processing-mail = رسائل البريد الإلكتروني المرسَلة إليك
processing-mail-why = لإرسال الإشعارات والملخّصات ورسائل إعادة تعيين كلمة المرور، ولإعادة المحاولة عند تعذّر الإرسال
processing-security = الجلسات ومحاولات تسجيل الدخول الفاشلة
processing-security-why = لحماية الحسابات ممن يحاولون تخمين كلمات المرور
processing-eligibility = سجلّ السكان وبياناتك الخاصة بالتصويت (تاريخ الميلاد، الحيّ)
processing-eligibility-why = للتحقّق ممن يحقّ له التصويت في الميزانيات التشاركية
processing-consents = موافقاتك وسجلّها
processing-consents-why = لإثبات ما وافقت عليه، ومتى
processing-moderation = البلاغات وقرارات الإشراف
processing-moderation-why = للحفاظ على نقاشات يسودها الاحترام، بشفافية
processing-kept-until-erased = إلى أن تحذف حسابك
processing-kept-contributions = ما دامت العملية التشاركية علنية؛ وإذا حذفت حسابك تبقى، ولكن دون اسمك
processing-kept-votes = تبقى محتسبة نهائيًا؛ ويُنسى من صوّت عندما تحذف حسابك، وتُنسى أيّ ورقة اقتراع كانت لك عندما يُغلق التصويت
processing-kept-meeting-needs = احتياجاتك: { $days } بعد الاجتماع؛ والتسجيل نفسه: إلى أن تحذف حسابك
processing-kept-security = الجلسات إلى أن تنتهي صلاحيتها؛ ومحاولات تسجيل الدخول الفاشلة ليوم واحد
processing-kept-eligibility = سجلّ السكان إلى أن يُستبدَل، ولا يُحفَظ إلا في صورة بصمات محمية بمفتاح سرّي؛ وبياناتك إلى أن تحذف حسابك
processing-kept-moderation = ما دام المحتوى المعنيّ موجودًا؛ ويحتفظ السجلّ العلني بالقرارات، ولا يحتفظ أبدًا بهوية من أبلغ
processing-who-you-and-operators = أنت، والقائمون على تشغيل هذه النسخة من Piazza
processing-who-everyone = الجميع
processing-who-totals = لا أحد بشكل فردي: لا تُنشَر إلا الأعداد الإجمالية
processing-who-organisers = منظّمو الاجتماع في { $community }
processing-who-you = أنت فقط
processing-who-operators = القائمون على تشغيل هذه النسخة من Piazza، لحلّ مشكلات الإرسال
processing-who-nobody = لا أحد: يجري التحقّق آليًا
processing-who-moderators = المشرفون في { $community }
legal-basis-public-task = مهمة تُنجَز للمصلحة العامة، وفق المادة 6.1.e من اللائحة العامة لحماية البيانات (GDPR)
legal-basis-legitimate-interest = المصلحة المشروعة في الأمان، وفق المادة 6.1.f من اللائحة العامة لحماية البيانات (GDPR)
legal-basis-legal-obligation = التزام قانوني، وفق المادتين 6.1.c و7.1 من اللائحة العامة لحماية البيانات (GDPR)
processing-rights = يمكنك الاطلاع على بياناتك وتنزيلها، ومنح موافقتك وسحبها، وحذف حسابك في أي وقت.

## بيان إمكانية الوصول والعوائق

footer-accessibility = بيان إمكانية الوصول والإبلاغ عن عائق
community-barriers-link = عوائق إمكانية الوصول المُبلَّغ عنها
accessibility-title = بيان إمكانية الوصول
accessibility-commitment = صُمِّمت Piazza ليتمكّن الجميع من المشاركة: على هاتف زهيد الثمن وباتصال بطيء، ومن دون JavaScript، وباستخدام لوحة المفاتيح أو قارئ الشاشة، وبلغة تُكتَب من اليمين إلى اليسار. ويتّبع هذا البيان توجيه الاتحاد الأوروبي بشأن إمكانية الوصول إلى المواقع الإلكترونية (2016/2102).
accessibility-status-heading = مدى إمكانية الوصول
accessibility-status = تسعى Piazza إلى استيفاء إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2 على المستوى AA. تُفحَص الصفحات المذكورة أدناه آليًا؛ لكن بعض العوائق لا يكتشفها إلا الناس، لذا نرجو أن تخبرنا بأي عائق تواجهه.
accessibility-how-heading = كيف يجري الفحص
accessibility-how-axe = تُفحَص كل صفحة باستخدام axe-core في متصفّح حقيقي وفق WCAG 2.2 AA، قبل تسجيل الدخول وبعده بكل دور من الأدوار، بلغة تُكتَب من اليسار إلى اليمين وبلغة تُكتَب من اليمين إلى اليسار.
accessibility-how-no-script = تعمل كل صفحة مع تعطيل JavaScript، بما في ذلك أوراق الاقتراع والنماذج.
accessibility-how-keyboard = يُختبَر إنشاء الحساب وتسجيل الدخول باستخدام لوحة المفاتيح وحدها؛ ويبقى مؤشّر التركيز ظاهرًا دائمًا.
accessibility-how-languages = تُترجَم الصفحات بالكامل؛ أما النصوص التي يكتبها الناس فتحتفظ بلغتها واتجاه كتابتها.
accessibility-limits-heading = حدود معروفة
accessibility-limit-maps = تُذكَر الأماكن في صورة عناوين وإحداثيات؛ ولا تُرسَم أي خريطة.
accessibility-limit-content = ما يكتبه الناس (المقترحات والتعليقات والصور المُدرَجة عبر روابط) مِلك لهم: فقد يفتقر إلى أوصاف للصور أو إلى لغة بسيطة. وتتوفّر ملخّصات سهلة القراءة حيثما كتبها أصحابها.
accessibility-enforcement-heading = إذا لم يُرضِك الردّ
accessibility-enforcement = إذا لم يُرضِك الردّ على بلاغ قدّمته، يمكنك التوجّه إلى الجهة المكلّفة في بلدك بإنفاذ توجيه إمكانية الوصول إلى المواقع الإلكترونية (في إيطاليا، AgID).
barrier-heading = الإبلاغ عن عائق
barrier-intro = أخبرنا بما أوقفك أو صعّب عليك الأمور. يصل بلاغك إلى مديري المجتمع المحلي الذي تختاره، أو إلى مديري هذه النسخة من Piazza.
field-barrier-page = الصفحة (اختياري)
hint-barrier-page = عنوانها، أو اسمها.
field-barrier-description = ما المشكلة التي واجهتها؟
hint-barrier-description = ما الذي حاولت فعله، وما الذي حدث. ويمكنك إن شئت ذكر جهازك أو التقنية المساعدة التي تستخدمها.
field-barrier-community = بأيّ مجتمع محلي يتعلّق الأمر؟
option-barrier-instance = لا مجتمع محلي بعينه
field-barrier-contact = كيف يمكننا الردّ عليك؟ (اختياري)
hint-barrier-contact = عنوان بريد إلكتروني أو رقم هاتف. اترك الحقل فارغًا للإبلاغ دون الكشف عن هويتك.
barrier-submit = إرسال البلاغ
barrier-done-reported = شكرًا لك: أُرسِل بلاغك إلى المديرين.
error-barrier-page = اكتب عنوان الصفحة أو اسمها في ٥٠٠ حرف على الأكثر.
error-barrier-description-required = صِف المشكلة التي واجهتها.
error-barrier-contact = اكتب عنوانًا أو رقمًا في ٢٠٠ حرف على الأكثر.
barrier-reports-title = عوائق إمكانية الوصول المُبلَّغ عنها
barrier-reports-none = لم يُبلِّغ أحد عن أي عائق في هذا المجتمع المحلي.
barrier-reports-contact = الردّ إلى:

## تفضيلات العرض

footer-display = تفضيلات العرض
display-heading = تفضيلات العرض
display-intro = اختر طريقة عرض الصفحات. إذا كنت قد سجّلت الدخول، يُحفَظ اختيارك مع حسابك؛ وإلا فيتذكّره هذا المتصفّح.
display-legend = عرض الصفحات
display-preference-large-text = بخط أكبر
display-preference-high-contrast = بتباين أعلى
display-preference-reduced-motion = بلا حركة
display-submit = حفظ تفضيلات العرض

## التمثيل: ما يقوله الناس عن أنفسهم، ومن يشارك.
age-band-under-16 = أقل من ١٦ سنة
age-band-16-24 = من ١٦ إلى ٢٤ سنة
age-band-25-44 = من ٢٥ إلى ٤٤ سنة
age-band-45-64 = من ٤٥ إلى ٦٤ سنة
age-band-65-plus = ٦٥ سنة فأكثر
gender-woman = امرأة
gender-man = رجل
gender-another = جنس آخر
about-you-title = معلومات عنك
about-you-link = أخبرنا عن نفسك
about-you-intro = تساعد هذه الأسئلة مجتمعك المحلي على معرفة من يشارك ومن يغيب، حتى يتمكّن من التوجّه إلى الغائبين وسؤالهم. كل الأسئلة اختيارية.
about-you-age-band = عمرك
about-you-gender = جنسك
about-you-neighbourhood = مكان سكنك
about-you-prefer-not-to-say = أفضّل عدم الإجابة
about-you-no-answer = بلا إجابة
about-you-submit = حفظ إجاباتي
about-you-done-saved = تم حفظ إجاباتك.
about-you-withdraw = اسحب موافقتك: عندها تُحذَف إجاباتك فورًا.
about-you-needs-consent = لم تمنح موافقتك على هذه الأسئلة، لذلك لا يُطرَح عليك أيٌّ منها.
about-you-give-consent = منح موافقتك أو سحبها
error-demographics-consent = لا يمكن الاحتفاظ بهذه الإجابات إلا بالموافقة على الأسئلة التي تخصّ الشخص نفسه.
representation-link = من يشارك
representation-process-link = من يشارك في هذه العملية
representation-title = من يشارك في { $community }
representation-title-process = من يشارك في { $process }
representation-intro = الأشخاص الذين شاركوا، فئةً فئةً، مقارنةً بالأشخاص الذين يسكنون هنا. لا يجيب عن الأسئلة إلا من وافق على ذلك؛ ولا تُعرَض أبدًا الفئات التي تضمّ أقل من خمسة أشخاص.
representation-participants = الأشخاص الذين شاركوا: { $people }.
representation-too-few = شارك حتى الآن أقل من خمسة أشخاص: لا يمكن عرض أي شيء بعد.
representation-no-reference = لم يُدخل المجتمع المحلي عدد سكانه بعد، لذلك لا يمكن حساب معدّلات المشاركة.
representation-caption = المشاركة حسب الفئة: { $question }
representation-group = الفئة
representation-people = الأشخاص الذين شاركوا
representation-reference-share = النسبة من السكان
representation-rate = لكل ١٠٬٠٠٠ نسمة
representation-relative = مقارنةً بالفئة الأكثر مشاركة
representation-hidden = أقل من ٥
representation-not-answered = لم يُجب
representation-under-represented = ناقصة التمثيل
representation-percent = { $n }٪
representation-score = مؤشّر التمثيل: { $score } (معدّل الفئة الأدنى مقسومًا على معدّل الفئة الأعلى؛ ١٠٠٪ تعني أن كل الفئات تشارك بالقدر نفسه).
representation-score-partial = الفئات الأصغر من أن تُعرَض غير محتسبة.
representation-furthest-behind = الفئة «{ $group }» هي الأقل مشاركة: { $rate } لكل ١٠٬٠٠٠ نسمة، مقابل { $best } للفئة الأكثر مشاركة.
representation-outreach-age-band = توصية: اذهب إلى حيث يوجد أصلًا الأشخاص من الفئة العمرية «{ $group }» (المدارس والنوادي ومراكز الرعاية النهارية والأسواق)، واعرض عليهم المشاركة ورقيًا وهاتفيًا إلى جانب الموقع الإلكتروني.
representation-outreach-gender = توصية: اسأل أشخاص الفئة «{ $group }» عمّا يُبعدهم عن المشاركة؛ ونظّم اجتماعات في أوقات أخرى مع توفير رعاية للأطفال، وسجّل آراءهم ورقيًا أو هاتفيًا.
representation-outreach-neighbourhood = توصية: أقِم كشكًا في الشارع أو ورشة عمل في { $group }، وسجّل ما يقوله الناس هناك باستمارة الميسّر.
representation-outreach-community = توصية: تعاوَن مع المؤسسات التي يثق بها أشخاص الفئة «{ $group }»، ودَع الميسّرين يجمعون آراءهم حيث يلتقون.
representation-method = طريقة العدّ: يُعَدّ الشخص مشاركًا عندما يقدّم مقترحًا أو يعلّق أو يؤيّد أو يسجّل في اجتماع أو يصوّت. وعندما تُخفى فئة، تُخفى خانة ثانية أيضًا، حتى لا يمكن استنتاج الخانة المخفية من المجموع.
representation-csv = تنزيل بصيغة CSV
representation-setup-link = السكان والأسئلة
representation-setup-title = السكان والأسئلة
representation-setup-done = تم الحفظ.
reference-heading = السكان
reference-intro = أدخل عدد السكان الذين ينتمون إلى كل فئة، من التعداد السكاني أو من السجل المدني. اترك الفئة فارغة إذا كنت لا تعرف عددها.
reference-submit = حفظ أعداد السكان
error-reference-people = اكتب عدد الأشخاص عددًا صحيحًا، أو اترك الحقل فارغًا.
question-heading = سؤال خاص بك
question-intro = اسأل عن جانب يريد مجتمعك المحلي أن يصل بشكل أفضل إلى الأشخاص المعنيين به، مثل خلفية الهجرة أو الإعاقة. ويحقّ للناس دائمًا تفضيل عدم الإجابة.
field-question-label = السؤال
hint-question-label = مثال: هل وُلدت في بلد آخر؟
field-question-options = الإجابات، واحدة في كل سطر
hint-question-options = من ٢ إلى ١٢ إجابة.
question-submit = إضافة السؤال
error-question-options = اكتب من ٢ إلى ١٢ إجابة مختلفة، واحدة في كل سطر، على ألا تتجاوز كل منها ١٠٠ حرف.
channels-heading = كيف وصلت المساهمات
channels-caption = المساهمات حسب القناة
channels-channel = القناة
channels-proposals = المقترحات
channels-comments = التعليقات
channels-supports = التأييدات
channels-total = المجموع
contribution-channel-online = عبر الإنترنت
contribution-channel-paper = ورقيًا
contribution-channel-phone = هاتفيًا
contribution-channel-workshop = في ورشة عمل
contribution-channel-street-stand = في كشك في الشارع

## وضع الميسّر: مساهمات تُسجَّل نيابةً عن شخص آخر.
assisted-link = التسجيل نيابةً عن شخص آخر
assisted-title = تسجيل مساهمة نيابةً عن شخص آخر
assisted-intro = دوِّن ما قاله شخص في ورشة عمل أو في كشك في الشارع أو ورقيًا أو هاتفيًا. يحصل الشخص على إيصال فيه رمز ليجد ذلك لاحقًا في حسابه الخاص، إن أراد.
assisted-person-heading = الشخص
assisted-adding-for = إضافة إلى إيصال { $name }.
field-assisted-name = الاسم أو الأحرف الأولى منه
hint-assisted-name = كما يريد الشخص أن يظهر إلى جانب ما قاله. تكفي الأحرف الأولى من الاسم.
field-assisted-channel = كيف جُمعت
field-assisted-event = المكان والزمان
hint-assisted-event = مثال: كشك في الشارع، سوق يوم السبت، Piazza Grande
field-assisted-consents = ما وافق عليه الشخص
hint-assisted-consents = لا تحدّد إلا ما حدّده الشخص في الاستمارة الورقية، أو ما قال له «نعم» عبر الهاتف بعد أن استمع إلى بيان الخصوصية. الموافقة على المشاركة ضرورية للاحتفاظ بما قاله.
error-assisted-taking-part = يجب أن يوافق الشخص على المشاركة قبل أن يمكن الاحتفاظ بما قاله.
error-event-required = اكتب أين ومتى جُمعت.
error-event-length = يجب ألا يزيد على ١٥٠ حرفًا.
assisted-about-heading = أسئلة عن الشخص (اختياري)
assisted-contribution-heading = ما قاله الشخص
field-assisted-kind = نوع المساهمة
assisted-kind-proposal = مقترح جديد
assisted-kind-comment = تعليق على مقترح
assisted-kind-support = تأييد لمقترح
field-assisted-proposal = أيّ مقترح
hint-assisted-proposal = للتعليق أو التأييد.
assisted-proposal-option = رقم { $number }:
field-assisted-stance = للتعليق: موقف الشخص
hint-assisted-title = لمقترح جديد.
field-assisted-body = بكلمات الشخص نفسه
hint-assisted-body = لمقترح جديد أو لتعليق.
assisted-submit = تسجيل
receipt-title = إيصال
receipt-recorded = تم التسجيل. أعطِ هذا الإيصال للشخص، مطبوعًا أو منسوخًا باليد.
receipt-for = إيصال باسم { $name }
receipt-process = العملية
receipt-date = التاريخ
receipt-about = الموضوع
receipt-code-label = رمزك:
receipt-how-to-claim = لتجد ما قلته في حسابك الخاص: سجّل الدخول إلى Piazza (أو أنشئ حسابًا)، وافتح «المطالبة بما سُجِّل لك» واكتب هذا الرمز.
receipt-code-once = لا يُعرَض هذا الرمز إلا الآن. احفظه في مكان آمن: من يملكه يستطيع المطالبة بهذه المساهمات.
receipt-same-code = أُضيفت هذه المساهمة إلى الإيصال السابق للشخص: الرمز نفسه يتيح المطالبة بها.
receipt-another-same = تسجيل شيء آخر للشخص نفسه
receipt-another-person = التسجيل لشخص آخر
paper-form-link = استمارة ورقية قابلة للطباعة
paper-form-title = استمارة ورقية: { $process }
paper-form-intro = املأ هذه الاستمارة وسلّمها إلى أحد ميسّري { $community }. سيُدخلها كما كتبتها تمامًا ويعطيك إيصالًا.
paper-form-print = اطبع هذه الصفحة باستخدام أمر الطباعة في متصفّحك.
paper-form-you = معلومات عنك
paper-form-consents = حدّد ما توافق عليه. الموافقة على المشاركة ضرورية للاحتفاظ بما تكتبه.
paper-form-say = ما تريد أن تقوله
paper-form-support-numbers = أرقام المقترحات التي تؤيّدها
paper-form-comment-number = رقم المقترح الذي تعلّق عليه
paper-form-proposals = المقترحات المقدَّمة حتى الآن
paper-form-receipt = ستحصل على إيصال فيه رمز: يمكنك به لاحقًا أن تجد ما قلته في حسابك الخاص.
claim-title = المطالبة بما سُجِّل لك
claim-link = المطالبة بما سُجِّل لك
claim-intro = إذا سجّل أحد الميسّرين مقترحاتك أو تعليقاتك أو تأييداتك وأعطاك إيصالًا، فاكتب رمزه هنا: يصبح كل ذلك لك، مع موافقاتك.
field-claim-code = الرمز المكتوب على إيصالك
hint-claim-code = اثنا عشر حرفًا ورقمًا، مثل ABCD-EFGH-JKLM.
claim-submit = المطالبة
error-claim-code-required = اكتب الرمز المكتوب على إيصالك.
error-claim-code-unknown = لا يوجد إيصال بهذا الرمز، أو سبقت المطالبة به. تحقّق من الأحرف والأرقام.

## التمثيل ووضع الميسّر في بياناتك وفي سجلّ أنشطة المعالجة.
data-about-you = إجاباتك عن نفسك
processing-demographics = إجاباتك عن نفسك (الفئة العمرية والجنس والحيّ والأسئلة الخاصة بالمجتمع المحلي)
processing-demographics-why = لعدّ من يشارك ومن يغيب، حتى يتمكّن المجتمع المحلي من الوصول إلى الغائبين
processing-kept-demographics = إلى أن تسحب موافقتك أو تحذف حسابك؛ وأيٌّ منهما يحذفها فورًا
processing-assisted = مساهمات وموافقات سجّلها أحد الميسّرين لشخص شارك ورقيًا أو هاتفيًا أو في ورشة عمل أو في كشك في الشارع
processing-assisted-why = لتمكين من ليس لديهم حساب من المشاركة، ومن العثور لاحقًا على ما قالوه
processing-kept-assisted = إلى أن يُطالَب بها برمز الإيصال، ثم بوصفها مساهماتك أنت؛ أما الرمز نفسه فلا يُحفَظ إلا في صورة بصمة
processing-who-facilitators = ميسّرو { $community }، والجميع فيما هو علني
representation-share-of-all = النسبة من مجموع المشاركين

## القنوات في صفحة العملية، والموافقات عند التسجيل، والقراءة السهلة باختيار القارئ.
channels-count = { $channel }: { $count }
register-consents = ما توافق عليه (يمكنك تغييره في أي وقت من حسابك)
display-preference-easy-read = بالنسخ سهلة القراءة أولًا، حيثما وُجدت
easy-read-full-text = النص الكامل
easy-read-choose = عرض النسخ سهلة القراءة أولًا دائمًا
easy-read-write = كتابة النسخة سهلة القراءة
easy-read-save = حفظ النسخة سهلة القراءة
notice-easy-read = تم حفظ النسخة سهلة القراءة.
consents-asked-again-account = تغيّر بيان خصوصية سبق أن وافقت عليه: اقرأه مجددًا وأعطِ إجابتك.

## وضع الميسّر: عندما لا يمكن تسجيل أي شيء، وبعد المطالبة.
assisted-nothing-now = لا يمكن تسجيل أي شيء في هذه العملية الآن: فمرحلتها الحالية لا تقبل مقترحات ولا تعليقات ولا تأييدات.
claim-done-all = أصبح كل ما سُجِّل لك الآن في حسابك: مقترحاتك وتعليقاتك وتأييداتك وموافقاتك.

## متابعة التنفيذ: ما تقرّر، ومتابعته حتى يُنجَز.
result-status-planned = مُخطَّط لها
result-status-in-progress = قيد التنفيذ
result-status-done = مُنجَزة
result-status-cancelled = مُلغاة
process-see-results = { $count ->
    [0] قلتم ففعلنا
    [zero] قلتم ففعلنا
    [one] قلتم ففعلنا: نتيجة واحدة
    [two] قلتم ففعلنا: نتيجتان
    [few] قلتم ففعلنا: { $n } نتائج
    [many] قلتم ففعلنا: { $n } نتيجةً
   *[other] قلتم ففعلنا: { $n } نتيجة
}
accountability-title = قلتم ففعلنا: { $process }
results-intro = ما التزمت السلطات العامة بتنفيذه بعد هذه العملية، وإلى أين وصل كلّ أمر منه. ترتبط كل نتيجة بالمقترحات والمشاريع التي نشأت عنها.
results-none = لم تُسجَّل أي نتيجة بعد.
result-new-title = تسجيل نتيجة
result-new-submit = تسجيل النتيجة
result-progress = نسبة الإنجاز
result-progress-derived = متوسط أجزائها
result-parts = أجزاؤها
result-comes-from = نشأت عن
result-timeline = ما جرى
result-no-updates = لا توجد تحديثات بعد.
result-update-heading = إضافة تحديث
result-update-submit = إضافة التحديث
result-done-updated = تمت إضافة التحديث.
result-fate-heading = ما آلت إليه
field-result-description = ما سيُنجَز
field-result-parent = جزء من
hint-result-parent = يمكن أن تكون النتيجة جزءًا من نتيجة أكبر، وتكون نسبة إنجاز تلك النتيجة الأكبر عندئذٍ متوسط أجزائها.
field-result-status = الحالة
field-result-progress = نسبة الإنجاز بالمئة
hint-result-progress = عدد صحيح من ٠ إلى ١٠٠. النتيجة المُنجَزة تُحسب ١٠٠.
field-result-starts = تاريخ البدء
field-result-ends = تاريخ الانتهاء
hint-date = مثال: 2027-03-31.
field-result-planned = المبلغ المُخطَّط له
field-result-spent = المبلغ المُنفَق
hint-result-money = مبلغ بعدد صحيح، دون العملة.
field-result-proposals = المقترحات التي نشأت عنها
field-result-projects = مشاريع الميزانية التي نشأت عنها
field-result-update = ما جرى
field-cancel-reason = سبب الإلغاء
hint-cancel-reason = مطلوب عندما تكون الحالة «مُلغاة»: يقرؤه الناس إلى جانب النتيجة.
error-result-number = اكتب عددًا صحيحًا ضمن النطاق المحدّد، أو اترك الحقل فارغًا.
error-cancel-reason = اذكر سبب الإلغاء.
error-update-required = اكتب ما جرى.

## البيانات المفتوحة: التنزيلات وواجهة API للقراءة.
footer-open-data = البيانات المفتوحة
open-data-link = البيانات المفتوحة: تنزيل بيانات هذا المجتمع المحلي
open-data-title = البيانات المفتوحة
open-data-title-community = البيانات المفتوحة في { $community }
open-data-intro = كل ما هو عام هنا يمكن تنزيله وإعادة استخدامه: بصيغة CSV لجداول البيانات، وبصيغة JSON، وبصيغة GeoJSON للخرائط حين يكون للأشياء مكان. يحتوي كل ملف دائمًا على أحدث البيانات.
open-data-licence = الترخيص: { $licence }. اذكر مصدر البيانات عندما تعيد استخدامها.
open-data-caption = الملفات، ملف لكل نوع من العناصر
open-data-what = المحتوى
open-data-files = الملفات
open-data-datapackage = وصف كل ملف وكل حقل (datapackage.json)
open-data-api = واجهة API للقراءة، موصوفة بصيغة OpenAPI
open-data-privacy = لا تُنشَر أي بيانات شخصية: لا عناوين بريد إلكتروني، ولا إجابات عن الأسئلة التي تخصّ الشخص نفسه إلا في صورة أعداد لا تقل عن خمسة، ولا شيء مما أُخفي بالإشراف، ومن حذفوا حساباتهم يظهرون على أنهم لا أحد.

## البيانات المفتوحة: أسماء مجموعات البيانات وفهرس DCAT

open-data-resource-communities = المجتمعات المحلية
open-data-about-communities = المدن والبلدات والقرى والأحياء والمناطق التي تُجري عمليات تشاركية.
open-data-resource-organisations = المؤسسات
open-data-about-organisations = الجهات العامة والجامعات والشركات ومنظمات المجتمع المدني المشاركة.
open-data-resource-processes = العمليات التشاركية
open-data-about-processes = العمليات التشاركية: سؤال يُطرَح على السكان، على مراحل.
open-data-resource-proposals = المقترحات
open-data-about-proposals = المقترحات التي قدّمها السكان في العمليات التشاركية، مع حالتها والردّ الرسمي عليها.
open-data-resource-comments = التعليقات
open-data-about-comments = التعليقات على العمليات والمقترحات، مع موقف كل منها.
open-data-resource-meetings = الاجتماعات
open-data-about-meetings = الاجتماعات الحضورية أو عبر الإنترنت أو التي تجمع بينهما، مع محضر كل منها بعد انعقاده.
open-data-resource-budgets = الميزانيات التشاركية
open-data-about-budgets = الميزانيات التشاركية: أموال يقرّر السكان بالتصويت كيف تُنفَق.
open-data-resource-projects = مشاريع الميزانيات التشاركية
open-data-about-projects = مشاريع الميزانيات التشاركية، مع تقييمها، والأصوات التي حصلت عليها بعد الفرز.
open-data-resource-results = النتائج
open-data-about-results = ما التزمت السلطات العامة بتنفيذه، وإلى أين وصلت في ذلك.
open-data-resource-moderation-log = سجلّ الإشراف
open-data-about-moderation-log = كل قرار من قرارات الإشراف كما يعرضه السجلّ العلني، من دون ذكر من أبلغ.
open-data-catalog = فهرس مجموعات البيانات هذه، بصيغة DCAT-AP 3:
catalog-title = البيانات المفتوحة في Piazza
catalog-description = كل ما هو عام في المجتمعات المحلية على هذه النسخة من Piazza، مما اقترحه السكان وناقشوه إلى ما تقرّر وأُنجِز، في ملفات للتنزيل ومن خلال واجهة API للقراءة.
catalog-publisher = Piazza على { $host }
catalog-everywhere = كل المجتمعات المحلية
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = جدول لبرامج جداول البيانات، بسطر لكل عنصر. وتُحمى الخلايا التي قد يقرؤها برنامج جداول البيانات على أنها صيغة حسابية.
catalog-distribution-json = قائمة من الكائنات، كائن لكل عنصر، بالحقول نفسها التي في الجدول.
catalog-distribution-geojson = العناصر التي لها مكان، في صورة نقاط على خريطة.
catalog-api-title = واجهة API للقراءة في Piazza
catalog-api-description = كل ما هو عام في كل مجتمع محلي، صفحةً بعد صفحة، مع إمكانية التصفية حسب المجتمع المحلي والتاريخ. موصوفة بصيغة OpenAPI 3.1.
catalog-keyword-participation = المشاركة
catalog-keyword-open-government = الحكومة المفتوحة

## ملاحظات على الخدمات: الإبلاغ عن المشكلات والطلبات والتقييمات والمؤشرات

request-status-open = مُبلَّغ عنها
request-status-acknowledged = اطّلع عليها الموظفون الرسميون
request-status-in-progress = قيد المعالجة
request-status-closed = مُغلَقة
attribute-type-text = نص أطول
attribute-type-string = نص قصير
attribute-type-number = عدد
attribute-type-datetime = تاريخ
attribute-type-singlevaluelist = خيار واحد من قائمة
attribute-type-multivaluelist = عدة خيارات من قائمة
report-channel-web = على هذا الموقع
report-channel-open311 = عبر تطبيق آخر (Open311)
notification-request-updated = حالة بلاغك «{ $title }» الآن: { $detail }
data-service-requests = المشكلات التي أبلغت عنها
data-ratings = تقييماتك
problem-report-link = الإبلاغ عن مشكلة
problem-report-title = الإبلاغ عن مشكلة في { $community }
problem-report-intro = هل هناك شيء مكسور أو متّسخ أو يعترض الطريق؟ أخبر المسؤولين عن العناية به. يمكنك متابعة ما يحدث لبلاغك، وتقييم النتيجة بعد معالجة المشكلة.
problem-report-sign-in-first = سجّل الدخول للإبلاغ عن مشكلة هنا.
problem-report-no-services = لا يمكن الإبلاغ هنا عن أي نوع من المشكلات بعد.
problem-report-choose = ما نوع المشكلة؟
problem-report-form-title = بلاغ: { $service }
problem-report-public-notice = بلاغك والمكان علنيّان، حتى يرى الآخرون أن المشكلة معروفة. أما اسمك ووسيلة التواصل معك فلا يظهران أبدًا.
problem-report-submit = إرسال البلاغ
field-request-description = ما المشكلة؟
hint-request-description = صِف ما تراه وأين بالضبط. ٤٬٠٠٠ حرف على الأكثر.
field-request-address = أين هي؟
hint-request-location = عنوان أو وصف للمكان. أدخل عنوانًا أو نقطة على الخريطة أو كليهما.
field-request-email = بريدك الإلكتروني (اختياري)
hint-request-email = فقط لنخبرك مرة واحدة بما تمّ؛ ويُحذف عند إغلاق بلاغك ولا يظهر أبدًا.
field-optional-mark = (اختياري)
hint-attribute-number = عدد، مثل 3 أو 2.5.
error-request-location = حدّد مكان المشكلة: أدخل عنوانًا أو نقطة على الخريطة.
error-request-description-length = يجب ألا يزيد الوصف على ٤٬٠٠٠ حرف.
error-attribute-required = أجب عن هذا السؤال.
error-attribute-number = أدخل عددًا، مثل 3 أو 2.5.
error-attribute-datetime = أدخل تاريخًا مثل 2026-03-31.
requests-link = المشكلات المُبلَّغ عنها
requests-title = المشكلات المُبلَّغ عنها في { $community }
requests-intro = كل المشكلات المُبلَّغ عنها هنا، من الأحدث إلى الأقدم، مع ما فعله الموظفون الرسميون بشأنها. لا يظهر أبدًا من أبلغ عنها.
requests-none = لا توجد مشكلة مُبلَّغ عنها تطابق اختيارك.
option-all = الكل
field-request-status = الحالة
field-request-service = نوع المشكلة
request-title = مشكلة مُبلَّغ عنها: { $service }
request-done-reported = شكرًا لك: أُرسِل بلاغك. يمكنك متابعته في هذه الصفحة.
request-done-updated = حُدِّثت الحالة وأُخطِر الشخص الذي قدّم البلاغ.
request-reported-on = تاريخ الإبلاغ
field-request-expected = الموعد المتوقّع للمعالجة
request-expected-by = المعالجة متوقّعة بحلول { $date }
request-no-updates = لم يكتب الموظفون الرسميون شيئًا عنها بعد.
request-update-heading = تحديث الحالة
field-request-note = ملاحظة علنية
hint-request-note = ما تمّ أو ما سيتمّ. تصل هذه الملاحظة إلى الشخص الذي قدّم البلاغ.
error-request-note-required = اكتب ملاحظة للشخص الذي قدّم البلاغ.
field-request-expected-optional = الموعد المتوقّع للمعالجة (اختياري)
request-update-submit = التحديث وإخطار مقدّم البلاغ
request-mail-subject = بلاغك بشأن { $service }: { $status }
request-mail-body = حالة بلاغك الآن: { $status }.

    { $note }

    يمكنك الاطلاع عليه هنا: { $link }
rating-heading = كيف جرى الأمر؟
rating-summary = متوسط التقييم: { $average } من ٥. عدد التقييمات: { $count }.
rating-none = لا توجد تقييمات بعد.
rating-comments-heading = ما كتبه السكان
rating-question = ما مدى رضاك عمّا تمّ؟
rating-change = تغيير تقييمك
rating-score-1 = ١: غير راضٍ جدًا
rating-score-2 = ٢: غير راضٍ
rating-score-3 = ٣: لا راضٍ ولا غير راضٍ
rating-score-4 = ٤: راضٍ
rating-score-5 = ٥: راضٍ جدًا
field-rating-comment = تعليق (اختياري)
hint-rating-comment = يقرؤه الموظفون الرسميون المسؤولون عن الأمر، ولا يظهر للآخرين. ١٬٠٠٠ حرف على الأكثر.
rating-submit = إرسال تقييمك
rating-sign-in = سجّل الدخول للتقييم
rating-done = شكرًا لك على تقييمك.
error-rating-score = اختر درجة من ١ إلى ٥.
error-rating-not-yet = يمكن التقييم بعد الإغلاق أو الإنجاز.
indicators-link = ما مدى جودة معالجة المشكلات؟
indicators-title = مؤشرات الخدمات في { $community }
indicators-intro = مدى سرعة معالجة المشكلات المُبلَّغ عنها ومدى رضا السكان، حسب نوع المشكلة وحسب الحيّ وشهرًا بشهر. تُحسَب الأرقام من جديد من كل بلاغ وكل تقييم، فيبقى السجلّ التاريخي محفوظًا.
indicators-contents = في هذه الصفحة
indicators-by-service = حسب نوع المشكلة
indicators-by-neighbourhood = حسب الحيّ
indicators-by-month = شهرًا بشهر
indicators-chart-rating = تُظهر الأعمدة متوسط التقييم، من ١ إلى ٥. ويعرض الجدول أدناه كل الأرقام.
indicators-chart-days = تُظهر الأعمدة وسيط عدد الأيام التي استغرقها إغلاق المشكلات التي أُغلِقت في ذلك الشهر. ويعرض الجدول أدناه كل الأرقام.
indicators-table-caption = الأرقام: { $what }
indicators-name = البند
indicators-requests = المُبلَّغ عنها
indicators-closed = المُغلَقة
indicators-median-days = وسيط الأيام حتى الإغلاق
indicators-average-rating = متوسط التقييم
indicators-ratings = التقييمات
indicators-no-neighbourhood = لم يُحدَّد الحيّ
indicators-month = { $month } { $year }
indicators-results = تقييمات ما أُنجِز
indicators-method = الوسيط هو القيمة الوسطى: نصف المشكلات استغرق وقتًا أقل، والنصف الآخر وقتًا أطول. ويَعُدّ كل شهر المشكلات التي أُبلِغ عنها وأُغلِقت وقُيِّمت فيه.
services-admin-link = أنواع المشكلات
services-admin-title = أنواع المشكلات التي يمكن للسكان الإبلاغ عنها في { $community }
services-admin-intro = يمكن لكل نوع من المشكلات أن يطرح أسئلته الخاصة. وتراها التطبيقات الأخرى عبر واجهة API بمعيار Open311.
services-anonymous-heading = البلاغات دون حساب
services-anonymous-on = يمكن لمن ليس لديهم حساب الإبلاغ عن المشكلات هنا، على هذا الموقع وعبر تطبيقات أخرى.
services-anonymous-off = لا يمكن الإبلاغ عن المشكلات هنا إلا لمن سجّلوا الدخول؛ ولا يمكن للتطبيقات الأخرى تقديم بلاغات.
services-anonymous-allow = السماح بالبلاغات دون حساب
services-anonymous-stop = اشتراط تسجيل الدخول
services-list-heading = أنواع المشكلات
services-questions = الأسئلة
services-offered = متاح
services-offered-yes = متاح
services-offered-no = موقوف
services-retire = إيقاف
services-offer-again = إعادة الإتاحة
services-new-heading = إضافة نوع من المشكلات
field-service-name = الاسم
field-service-code = الرمز
hint-service-code = أحرف لاتينية صغيرة (a–z) وأرقام (0–9) وشرطات، مثل potholes. يُنشَر بعد عنوان المجتمع المحلي، بوصفه رمز الخدمة في Open311.
field-service-description = الوصف
field-service-group = المجموعة (اختياري)
hint-service-group = تُعرَض أنواع المشكلات التي في المجموعة نفسها معًا، مثل «الطرق».
field-service-keywords = كلمات مفتاحية (اختياري)
hint-service-keywords = كلمات قد يبحث عنها الناس، مفصولة بفواصل.
services-create-submit = إضافة
error-service-code = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات، ٤٠ حرفًا على الأكثر.
error-service-code-taken = هذا الرمز مستخدم من قبل.
services-no-questions = لا يطرح أي أسئلة غير الوصف والمكان.
services-required = إلزامي
services-new-question = إضافة سؤال
field-attribute-question = السؤال
field-attribute-code = الرمز
hint-attribute-code = أحرف لاتينية صغيرة (a–z) وأرقام (0–9) وشرطات سفلية، مثل size. ترسل التطبيقات الأخرى الإجابات تحت هذا الاسم.
field-attribute-type = نوع الإجابة
field-attribute-values = الخيارات (للقائمة)
hint-attribute-values = خيار واحد في كل سطر، وخياران على الأقل.
field-attribute-required = الإجابة إلزامية
services-add-question = إضافة السؤال
error-attribute-code = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات سفلية، ٤٠ حرفًا على الأكثر.
error-attribute-code-taken = رمز السؤال هذا مستخدم من قبل لهذا النوع من المشكلات.
error-attribute-values = أدخل خيارين مختلفين على الأقل، واحدًا في كل سطر.

## البيانات المفتوحة: بلاغات المشكلات والتقييمات

open-data-resource-service-requests = المشكلات المُبلَّغ عنها
open-data-about-service-requests = المشكلات التي أبلغ عنها السكان خدماتِ المجتمع المحلي، وما آل إليه أمرها؛ من دون ذكر من أبلغ عنها أبدًا.
open-data-resource-ratings = التقييمات
open-data-about-ratings = تقييمات السكان للبلاغات المُغلَقة وللنتائج المُنجَزة، من ١ إلى ٥؛ من دون ذكر من قيّم أو ما كتبه أبدًا.
catalog-open311-title = واجهة API وفق Open311 GeoReport v2 في Piazza
catalog-open311-description = الإبلاغ عن مشكلة إلى خدمات المجتمع المحلي ومتابعة ما يؤول إليه أمرها، من أي تطبيق يدعم Open311 GeoReport v2.

indicators-download = نزِّل كل الأرقام بصيغة CSV

## تبادل الممارسات: الحالات

footer-cases = ممارسات نتعلّم منها
cases-title = ممارسات نتعلّم منها
cases-intro = ممارسات نفّذتها مجتمعات محلية، موصوفة بحيث يستطيع الآخرون تقييمها وتنفيذها بدورهم: ما الذي فُعِل، ولمن، وبأي تكلفة، وما الذي نتج عنها.
case-new-in = وصف ممارسة من { $community }
cases-filter-heading = البحث عن ممارسة
cases-words = الكلمات
cases-population = عدد السكان
cases-cost = التكلفة (الإنشاء والتشغيل)
cases-with-evidence = الممارسات ذات النتائج المَقيسة فقط
cases-found = { $count ->
    [0] لم يُعثَر على أي ممارسة
    [zero] لم يُعثَر على أي ممارسة
    [one] ممارسة واحدة
    [two] ممارستان
    [few] { $n } ممارسات
    [many] { $n } ممارسةً
   *[other] { $n } ممارسة
}
cases-none = لا توجد ممارسة مطابقة. جرّب عددًا أقل من عوامل التصفية.
case-where = أين
case-source-process = نُفِّذت على Piazza
case-source-process-link = عرض العملية
case-who = مَن
case-how = كيف
case-what = ماذا
case-outcomes = النتائج
case-no-outcomes = لم تُقَس أي نتيجة.
case-outcomes-caption = النتائج المَقيسة
case-learned = ما تمّ تعلّمه
case-steps = خطوات تكرارها
case-contact-and-licence = جهة التواصل والترخيص
case-written = تاريخ الوصف
case-new-intro = صِف الممارسة بحيث يستطيع مجتمع محلي آخر أن يقرّر هل تناسبه وأن ينفّذها: مَن شارك، وكيف، وكم كلّفت، وما الذي حقّقته. يمكن ترك كل الحقول فارغة ما عدا العنوان والملخّص ومجال السياسات وجهة التواصل.
case-prefilled-from = مُلئت الحقول انطلاقًا من العملية «{ $process }»: تحقّق من كل حقل قبل الحفظ.
case-from-process = وصف هذه العملية بوصفها ممارسة
case-partner-row = الشريك { $n }
case-outcome-row = النتيجة { $n }
case-create-submit = نشر الممارسة
case-prefill-phase = { $phase }: من { $from } إلى { $to }
case-prefill-channels = المساهمات حسب القناة: { $channels }.
case-prefill-measured = نسبة الإنجاز التي سجّلها الموظفون الرسميون في متابعة النتائج.
field-case-summary = ملخّص بلغة بسيطة
hint-case-summary = جملتان أو ثلاث جمل يفهمها أي شخص. ٢٬٠٠٠ حرف على الأكثر.
field-case-problem = المشكلة التي عالجتها
field-case-policy-area = مجال السياسات
field-case-target-group = الأشخاص الذين سعت إلى الوصول إليهم
field-case-inclusion = كيف أُشرِك الأشخاص الذين يصعب الوصول إليهم أكثر من غيرهم
hint-case-inclusion = القنوات والأماكن واللغات والمساعدة المقدَّمة.
field-case-participants = عدد المشاركين
field-case-lead = المؤسسة القائدة
field-case-partner = المؤسسة
field-case-partner-role = دورها
field-case-method = المنهج
hint-case-method = الخطوات أو المراحل، واحدة في كل سطر.
field-case-technology = التقنيات المستخدَمة
field-case-setup-cost = تكلفة الإنشاء
field-case-running-cost = تكلفة التشغيل
hint-case-money = بوحدات كاملة من العملة، مثل 12000.
field-case-currency = العملة
hint-case-currency = ثلاثة أحرف، مثل EUR.
field-case-staff = الموظفون المشاركون
field-case-volunteers = المتطوعون المشاركون
field-case-funding = مصادر التمويل
hint-case-outcomes = كل نتيجة مع مؤشرها: ما الذي قيس، وبأي وحدة، ومن أين كانت البداية، والقيمة المستهدفة، وما الذي تحقّق.
field-outcome-name = المؤشر
field-outcome-unit = الوحدة
field-outcome-baseline = خط الأساس
field-outcome-target = القيمة المستهدفة
field-outcome-achieved = ما تحقّق
field-outcome-period = الفترة
field-outcome-measured = طريقة القياس
field-case-conditions = شروط النجاح
field-case-legal = المتطلبات القانونية
field-case-risks = المخاطر والإخفاقات
field-case-lessons = الدروس المستفادة
hint-case-steps = خطوة واحدة في كل سطر، بالترتيب.
field-case-contact = جهة التواصل (صفة وظيفية، لا شخص)
hint-case-contact = مثال: مكتب المشاركة، بلدية Lorenza.
field-case-licence = ترخيص هذا الوصف
hint-case-licence = معرّف SPDX، مثل CC-BY-4.0.
error-case-number = أدخل عددًا صحيحًا بالأرقام 0–9، صفرًا أو أكثر، مثل 120.
error-case-summary-required = اكتب ملخّصًا.
target-group-everyone = الجميع
target-group-children = الأطفال
target-group-young-people = الشباب
target-group-older-people = كبار السن
target-group-people-with-disabilities = الأشخاص ذوو الإعاقة
target-group-migrants = المهاجرون واللاجئون
target-group-low-income = ذوو الدخل المنخفض
target-group-women = النساء
target-group-rural-residents = سكان المناطق الريفية
population-band-under-1000 = أقل من ١٬٠٠٠ نسمة
population-band-1000-10000 = من ١٬٠٠٠ إلى ١٠٬٠٠٠ نسمة
population-band-10000-100000 = من ١٠٬٠٠٠ إلى ١٠٠٬٠٠٠ نسمة
population-band-over-100000 = أكثر من ١٠٠٬٠٠٠ نسمة
cost-band-under-10000 = أقل من ١٠٬٠٠٠
cost-band-10000-100000 = من ١٠٬٠٠٠ إلى ١٠٠٬٠٠٠
cost-band-over-100000 = أكثر من ١٠٠٬٠٠٠
open-data-resource-cases = الممارسات
open-data-about-cases = ممارسات نفّذتها مجتمعات محلية، مع مكانها والفئات المستهدفة وتكلفتها والدروس المستفادة منها.

## تبادل الممارسات: التكرار

case-replicate-link = تكرار الممارسة في مجتمعي المحلي
case-replicate-title = تكرار «{ $case }»
case-replicate-intro = ستبدأ في مجتمعك المحلي عملية جديدة بالبنية نفسها: المراحل بمُددها وما تسمح به كلٌّ منها، وعدد التأييدات المطلوب، وقواعد الميزانيات. لا تُنسَخ أي مساهمة. تبدأ العملية في اليوم الذي تختاره، فيكون لديك وقت لتكييفها أولًا.
field-replicate-starts = تاريخ البدء
hint-replicate-starts = اليوم الأول من المرحلة الأولى، ويكون اليوم أو يومًا لاحقًا.
case-replicate-submit = إنشاء العملية
error-replicate-past = اختر اليوم أو يومًا لاحقًا.
case-replica-of = كُرِّرت هذه الممارسة انطلاقًا من
case-replicas = أين كُرِّرت
case-no-replicas = لم تُكرَّر بعد.
case-replica-of-replica = تكرار للتكرار الوارد أعلاه:
case-replica-case = وصفها الخاص
case-comparison-caption = النتائج جنبًا إلى جنب، وفق مؤشرات الممارسة الأصلية
process-replicates = بدأت هذه العملية انطلاقًا من الممارسة

field-case-language = لغة هذا الوصف

community-cases = ممارسات موصوفة هنا
community-no-cases = لم تُوصف هنا أي ممارسة بعد.

## الروابط بين المجتمعات المحلية: التوأمة، والإدارة المشتركة، والتجمّعات الإقليمية، والتعلّم من الأقران

twinning-title = علاقات توأمة { $community }
twinning-intro = التوأمة شراكة يعلنها مجتمعان محليان، عادةً مجتمع كبير وآخر صغير أو ريفي، لغرض يتّفقان عليه. يعرض كلٌّ منهما في صفحته العمليات المفتوحة والممارسات الخاصة بالآخر، ويمكن للموظفين الرسميين في أحدهما دعوة ميسّري الآخر إلى المشاركة في إدارة عملية تشاركية.
twinning-link = علاقات التوأمة
twinning-active-heading = في توأمة مع
twinning-none = لم يدخل هذا المجتمع المحلي في توأمة مع أي مجتمع آخر بعد.
twinning-since = في توأمة منذ { $date }
twinning-end-submit = إنهاء التوأمة
twinning-received-heading = اقتراحات بانتظار ردّك
twinning-proposed-on = تاريخ الاقتراح: { $date }
twinning-accept-submit = قبول
twinning-decline-submit = رفض
twinning-sent-heading = اقتراحات بانتظار الردّ
twinning-withdraw-submit = سحب
twinning-propose-heading = اقتراح توأمة
twinning-no-candidates = كل المجتمعات المحلية الأخرى في توأمة مع هذا المجتمع بالفعل، أو بينها وبينه اقتراح ينتظر الردّ.
field-twin-partner = المجتمع المحلي المراد التوأمة معه
option-choose = اختر…
field-twin-purpose = الغرض من التوأمة
hint-twin-purpose = ما يريد المجتمعان فعله معًا، وما يريد كلٌّ منهما أن يتعلّمه من الآخر، في بضع جمل. يظهر في صفحتَي المجتمعين كليهما.
twinning-propose-submit = اقتراح التوأمة
twinning-done-proposed = أُرسل الاقتراح. سيردّ عليه الموظفون الرسميون في المجتمع المحلي الآخر.
twinning-done-accepted = أصبحت التوأمة سارية.
twinning-done-ended = تم: انتهت التوأمة أو الاقتراح.
error-twin-itself = لا يمكن لمجتمع محلي أن يدخل في توأمة مع نفسه.
error-twinning-purpose-required = اذكر الغرض من التوأمة.
error-twinning-exists = هذان المجتمعان في توأمة بالفعل، أو بينهما اقتراح ينتظر الردّ.
community-twins = المجتمعات المحلية المتوأمة
twin-open-processes = عملياته المفتوحة:
twin-no-open-processes = ليست لديه أي عملية مفتوحة حاليًا.
twin-cases = الممارسات التي وصفها:
community-nearby-processes = عمليات مفتوحة في الجوار
community-nearby-intro = عمليات المنطقة وعمليات المجتمعات المحلية الأخرى فيها. تابِع إحداها لتعرف متى يجري فيها شيء، حتى لو كنت تسكن في مكان آخر.
region-open-processes = العمليات المفتوحة في المنطقة
region-participation = المشاركة في المنطقة
region-participation-processes = العمليات
region-participation-proposals = المقترحات
region-participation-comments = التعليقات
region-participation-supports = التأييدات
region-participation-people = الأشخاص المشاركون
region-participation-total = المنطقة كلها
region-participation-note = لا تُحتسب المساهمات المخفية والمحذوفة. ويُحتسب الشخص الذي شارك في عدة مجتمعات محلية مرة واحدة في مجموع المنطقة.

co-run-title = الإدارة المشتركة
co-run-intro = يمكن لميسّري مجتمع محلي متوأم المساعدة في إدارة هذه العملية: بعد أن يقبلوا الدعوة، يسجّلون ما يقوله الناس الذين يلتقونهم في الأكشاك وورش العمل، وينظّمون الاجتماعات، ويُدخلون أوراق الاقتراع الورقية، كما يفعل ميسّرو المجتمع نفسه.
co-run-none = لا أحد من مجتمع متوأم يشارك في إدارة هذه العملية بعد.
co-run-table-caption = الميسّرون المدعوون إلى المشاركة في إدارة العملية
co-run-person = الميسّر
co-run-status = الحالة
co-run-actions = الإجراءات
co-run-since = يشارك في الإدارة منذ { $date }
co-run-invited-on = دُعي في { $date }، ولم يردّ بعد
co-run-accept-submit = قبول
co-run-decline-submit = رفض
co-run-leave-submit = التوقف عن المشاركة في الإدارة
co-run-withdraw-submit = سحب
co-run-invite-heading = دعوة ميسّر من مجتمع محلي متوأم
co-run-no-twins = لا يوجد بعد أي مجتمع متوأم لديه ميسّرون يمكن دعوتهم.
field-co-runner = الميسّر
hint-co-runner = ميسّرو المجتمعات المحلية المتوأمة مع هذا المجتمع.
co-run-invite-submit = إرسال الدعوة
co-run-done-invited = أُرسلت الدعوة.
co-run-done-accepted = أصبحت الآن تشارك في إدارة هذه العملية.
co-run-done-removed = تم: لم يعد الميسّر يشارك في إدارة هذه العملية.
co-run-with = تُدار بالاشتراك مع ميسّرين من مجتمعات محلية متوأمة:
error-co-runner-invited = سبقت دعوة هذا الميسّر إلى المشاركة في إدارة هذه العملية.

peer-title = التعلّم من الأقران
peer-intro = أسئلة يطرحها الموظفون الرسميون والمديرون والميسّرون على المجتمعات المحلية في منطقتهم، أو على المجتمع الذي نفّذ ممارسةً ما، مع الإجابات التي تلقّوها. ولا يقرؤها إلا من يشاركون باسم المجتمعات المحلية المعنيّة.
peer-ask-link = طرح سؤال
peer-none = لا يوجد بعد أي سؤال يخصّ مجتمعاتك المحلية.
peer-answers-count = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $n } إجابات
    [many] { $n } إجابةً
   *[other] { $n } إجابة
}
peer-helped = أفادت إحدى الإجابات
peer-asked-cluster = سأل { $community } المجتمعات المحلية في { $region }
peer-asked-case = سأل { $community } { $other } عن «{ $case }»
peer-new-title = اسأل نظراءك
peer-new-intro = اسأل عمّا تحتاج إلى معرفته قبل أن تجرّب شيئًا: كيف وصلوا إلى الناس، وكم كلّف ذلك، وما الذي لم ينجح. سيقرأ سؤالك الموظفون الرسميون والميسّرون في المجتمعات المحلية التي تسألها، ويمكنهم الإجابة عنه.
field-peer-community = تسأل باسم
field-peer-about = مَن تسأل
peer-about-cluster = المجتمعات المحلية في منطقتنا
peer-about-case = { $community }، بشأن «{ $case }»
field-peer-title = سؤالك، في سطر واحد
field-peer-body = التفاصيل
hint-peer-body = ما يدور في ذهنك، وما تودّ معرفته. اترك سطرًا فارغًا بين الفقرات.
peer-ask-submit = طرح السؤال
peer-case-link = الممارسة موضوع السؤال
peer-no-answers = لا توجد إجابة بعد.
peer-helped-this = أفادت هذه الإجابة.
peer-mark-helpful = أفادت هذه الإجابة
peer-answer-heading = إجابة
field-peer-answer = إجابتك
peer-answer-submit = إرسال الإجابة
error-peer-no-region = لا ينتمي هذا المجتمع المحلي إلى أي منطقة؛ اسأل بدلًا من ذلك المجتمع المحلي صاحب الممارسة التي تهمّك.
error-peer-own-case = هذه الممارسة تخصّ مجتمعك المحلي نفسه؛ اسأل مجتمعًا آخر أو منطقتك.
case-ask-link = اسأل { $community } عنها

notification-twinning-proposed = اقترح { $name }، باسم { $title }، توأمةً مع مجتمعك المحلي.
notification-twinning-accepted = قبل { $title } التوأمة مع مجتمعك المحلي.
notification-co-run-invitation = دعاك { $name } إلى المشاركة في إدارة «{ $title }».
notification-peer-question = طرح { $name } سؤالًا على مجتمعك المحلي: «{ $title }»
notification-peer-answer = أجاب { $name } عن «{ $title }»

data-co-running = العمليات التي دُعيت إلى المشاركة في إدارتها
data-peer-questions = الأسئلة التي طرحتها على نظرائك
data-peer-answers = الإجابات التي قدّمتها لنظرائك

## تبادل الممارسات: تصحيح الحالات وترجمتها وتصديرها

case-edit-link = تصحيح هذا الوصف
case-edit-title = تصحيح «{ $case }»
case-edit-back = الممارسة
case-edit-submit = حفظ التصحيحات
case-done-updated = تم تصحيح الوصف.
case-translate-link = ترجمة
case-translate-title = ترجمة «{ $case }»
case-translate-intro = اكتب نص هذه الممارسة بلغة أخرى، كي تتعلّم منها المجتمعات المحلية التي تقرؤها. يظهر النص الأصلي ({ $language }) فوق كل حقل؛ أما الأرقام والنتائج والشركاء فتبقى كما هي.
field-case-translate-into = الترجمة إلى
case-translation-exists = مترجَمة سابقًا، ويمكن تصحيحها
case-translate-choose = اختيار
case-translate-into = لغة الترجمة: { $language }
case-translate-original = النص الأصلي
case-translate-submit = حفظ الترجمة
case-done-translated = تم حفظ الترجمة.
case-translated-from = ترجمة ({ $language }) عن النص الأصلي ({ $original }).
case-versions = اقرأها بلغة
error-case-translation-same = اختر لغة غير اللغة التي كُتبت بها الممارسة.
case-participedia-download = تنزيل هذه الممارسة بصيغة Participedia لوصف الحالات (JSON)
cases-participedia-download = تنزيل كل الممارسات بصيغة Participedia لوصف الحالات (JSON)

open-data-resource-twinnings = علاقات التوأمة
open-data-about-twinnings = الشراكات التي أعلنها مجتمعان محليان، مع غرضها: تلك التي قبلها المجتمع الشريك، ومتى انتهت.

meetings-formats-heading = أشكال الاجتماعات في الممارسة
meetings-formats-intro = عقدت العملية التي انطلقت منها هذه العملية هذه الاجتماعات. نظّم اجتماعًا مشابهًا: يبدأ النموذج بشكله ومدته وعدد مقاعده وإمكانية الوصول إليه، وتختار أنت اليوم والمكان.
meetings-plan-like = تنظيم اجتماع مشابه
meeting-duration-minutes = { $count ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
co-run-all-invited = دُعي بالفعل جميع الميسّرين في المجتمعات المتوأمة.

case-prefill-groups = { $question } (المشاركة حسب الفئة): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = تُضاف إلى أسئلة مجتمعك المحلي عن المشاركين الأسئلةُ التي يطرحها مجتمع الممارسة، إن لم يكن مجتمعك يطرحها بعد، لتمكن المقارنة بينهما؛ وتُعرض عليك الاجتماعات التي عقدها نماذجَ لتنظيم اجتماعاتك.

case-translation-outdated = كُتبت قبل آخر تصحيح للممارسة: قد يتضمن الأصل المزيد.
error-case-translation-taken = ترجم شخص آخر هذه الممارسة إلى هذه اللغة؛ لا يغيّر ترجمته إلا هو ومجتمع الممارسة.
notification-twinning-ended = أنهى { $title } التوأمة مع مجتمعك المحلي، أو سحب الاقتراح أو رفضه.
