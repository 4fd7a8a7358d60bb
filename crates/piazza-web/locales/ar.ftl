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
error-internal-title = حدث خطأ ما
error-internal-body = تعذّر على Piazza إتمام طلبك، ولم يُحفظ أي شيء مما كتبته. يُرجى المحاولة مرة أخرى بعد قليل.
