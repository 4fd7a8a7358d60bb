# Piazza — فارسی. همهٔ متن‌هایی که کاربر می‌بیند اینجا و در ترجمه‌هایش هستند.
# جای‌نگهدارها: $n عددی است که از پیش به شیوهٔ این زبان نوشته شده؛ $count شکل جمع را انتخاب می‌کند.

site-name = Piazza
skip-to-content = رفتن به محتوای اصلی
nav-label = منوی اصلی
nav-communities = جامعه‌های محلی
nav-organisations = سازمان‌ها
nav-admin = مدیریت
nav-account = حساب شما
nav-sign-in = ورود
nav-sign-out = خروج
nav-register = ساختن حساب کاربری
language-label = زبان
language-submit = تغییر
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: خدمات عمومی که با همراهی مردم همین‌جا ساخته می‌شوند. متن‌باز، بدون ردیابی.
# میان موارد یک فهرست که در یک خط نوشته می‌شود.
list-separator = { "، " }
back-to-front-page = رفتن به صفحهٔ اول

date-long = { $day } { $month } { $year }
date-time-utc = { $date }، ساعت { $time } به وقت UTC
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

front-title = جامعه‌های محلی
front-heading = با هم تصمیم بگیریم که محل زندگی‌مان به چه نیاز دارد
front-intro = Piazza جایی است که شهرها، شهرک‌ها و روستاها خدمات عمومی خود را همراه با ساکنانشان شکل می‌دهند. جامعهٔ محلی خود را انتخاب کنید تا ببینید دربارهٔ چه چیزهایی تصمیم گرفته می‌شود و چگونه می‌توانید مشارکت کنید.
front-join = برای مشارکت، حساب کاربری بسازید
front-other-communities = جامعه‌های محلی دیگر
front-no-communities = هنوز هیچ جامعهٔ محلی‌ای وجود ندارد.
region-no-communities = هنوز هیچ جامعهٔ محلی‌ای به این منطقه تعلق ندارد.
region-communities = جامعه‌های محلی این منطقه
population-count = { $count ->
    [one] { $n } نفر جمعیت
   *[other] { $n } نفر جمعیت
}

community-kind-municipality = شهرداری
community-kind-neighbourhood = محله
community-kind-rural-community = جامعهٔ روستایی
community-kind-region = منطقه
settlement-type-urban = شهری
settlement-type-peri-urban = حاشیهٔ شهر
settlement-type-rural = روستایی
role-administrator = مدیر جامعهٔ محلی
role-official = کارشناس رسمی
role-facilitator = تسهیلگر
role-moderator = ناظر محتوا
helix-role-public-authority = نهاد عمومی و دولتی
helix-role-academia = دانشگاه و پژوهش
helix-role-business = کسب‌وکار
helix-role-civil-society = جامعهٔ مدنی

community-facts = دربارهٔ این جامعهٔ محلی
community-residents = ساکنان عضو Piazza
community-people = چه کسانی از این جامعهٔ محلی مراقبت می‌کنند
community-no-roles = هنوز کسی در اینجا نقشی ندارد.
community-organisations = سازمان‌های مستقر در اینجا
community-no-organisations = هنوز هیچ سازمانی در اینجا مستقر نیست.
community-settings-link = تنظیمات
community-roles-link = نقش‌ها
community-settings-title = تنظیمات { $community }
community-new-title = جامعهٔ محلی تازه
community-create-submit = ساختن جامعهٔ محلی
community-text-legend = معرفی ({ $language })
text-in-language = زبان این متن: { $language }.

roles-title = نقش‌ها در { $community }
roles-grant-heading = دادن نقش به یک نفر
roles-grant-submit = دادن نقش
roles-current-heading = نقش‌های کنونی
roles-history-heading = سابقهٔ نقش‌ها
roles-revoke-submit = برداشتن
roles-revoke-whom = نقش { $name }
role-still-held = هنوز برقرار است
column-person = فرد
column-since = از تاریخ
column-granted = داده شده
column-revoked = برداشته شده
column-action = کارها
by-person = توسط { $name }

organisations-title = سازمان‌ها
organisations-intro = نهادهای عمومی، دانشگاه‌ها، کسب‌وکارها و گروه‌های جامعهٔ مدنی: چهار شریکی که خدمات عمومی را همراه با ساکنان می‌سازند.
organisations-none-in-role = هنوز هیچ.
organisation-new-link = ثبت یک سازمان
organisation-new-title = ثبت یک سازمان
organisation-create-submit = ثبت سازمان
members-heading = { $count ->
    [one] { $n } عضو
   *[other] { $n } عضو
}
member-manager = مدیر
member-add-heading = افزودن عضو
member-add-submit = افزودن عضو
member-remove-submit = برداشتن
member-remove-whom = { $name } از سازمان

register-title = ساختن حساب کاربری
register-intro = فقط به یک نام کاربری و یک رمز عبور نیاز دارید. هرگز نام واقعی شما خواسته نمی‌شود.
register-submit = ساختن حساب
register-have-account = از قبل حساب دارید؟
sign-in-title = ورود
sign-in-submit = ورود
sign-in-forgot = رمز عبور خود را فراموش کرده‌اید؟
sign-in-no-account = تازه آمده‌اید؟
account-title = حساب شما
account-username = نام کاربری شما { $username } است.
account-profile-heading = نمایهٔ شما
account-change-password-link = تغییر رمز عبور
account-roles-heading = نقش‌های شما
account-no-roles = شما در هیچ جامعهٔ محلی‌ای نقشی ندارید.
account-organisations-heading = سازمان‌های شما
account-no-organisations = شما عضو هیچ سازمانی نیستید.
password-title = تغییر رمز عبور
password-submit = تغییر رمز عبور
password-other-sessions = با تغییر رمز عبور، از همهٔ دستگاه‌های دیگر خارج می‌شوید.
reset-request-title = بازنشانی رمز عبور
reset-request-intro = نام کاربری یا نشانی ایمیل خود را وارد کنید. اگر حساب نشانی ایمیل داشته باشد، پیوندی برای انتخاب رمز عبور تازه به آن فرستاده می‌شود.
reset-request-submit = فرستادن پیوند
reset-request-no-email = اگر نشانی ایمیل ندارید، از یک تسهیلگر یا مدیر جامعهٔ محلی خود کمک بخواهید.
reset-requested-notice = اگر آن حساب نشانی ایمیل داشته باشد، پیوندی برای بازنشانی رمز عبور در راه است. این پیوند یک ساعت کار می‌کند.
reset-title = انتخاب رمز عبور تازه
reset-submit = ذخیرهٔ رمز عبور تازه
reset-link-invalid = این پیوند منقضی شده یا قبلاً استفاده شده است.
reset-request-again = درخواست پیوند تازه
reset-mail-subject = بازنشانی رمز عبور Piazza
reset-mail-greeting = سلام { $name }،
reset-mail-body = کسی درخواست کرده است که رمز عبور حساب Piazza شما بازنشانی شود. برای انتخاب رمز عبور تازه، این پیوند را تا یک ساعت دیگر باز کنید:
reset-mail-ignore = اگر شما این درخواست را نکرده‌اید، می‌توانید این پیام را نادیده بگیرید: رمز عبور شما همان که بود می‌ماند.
welcome-notice = { $name }، به Piazza خوش آمدید!
saved-notice = تغییرات شما ذخیره شد.

admin-title = مدیریت
admin-accounts = حساب‌ها
admin-pending-mail = پیام‌های در انتظار فرستادن

field-username = نام کاربری
field-username-or-email = نام کاربری یا نشانی ایمیل
field-display-name = نام نمایشی
field-display-name-optional = نام نمایشی (اختیاری)
field-email-optional = نشانی ایمیل (اختیاری)
field-password = رمز عبور
field-new-password = رمز عبور تازه
field-current-password = رمز عبور کنونی
field-password-confirmation = رمز عبور را دوباره بنویسید
field-home-community-optional = جامعهٔ محلی شما (اختیاری)
field-name = نام
field-slug = نام کوتاه برای نشانی صفحه
field-kind = نوع
field-settlement-type = نوع سکونتگاه
field-population = جمعیت
field-population-optional = جمعیت (اختیاری)
field-region = منطقه
field-region-optional = منطقه (اختیاری)
field-default-language = زبان اصلی
field-offered-languages = زبان‌های در دسترس
field-languages = زبان‌ها
field-tagline = شعار کوتاه
field-description = توضیحات
field-description-optional = توضیحات (اختیاری)
field-role = نقش
field-helix-role = نوع سازمان
field-community = جامعهٔ محلی
field-community-optional = جامعهٔ محلی (اختیاری)
field-website = وب‌سایت
field-website-optional = وب‌سایت (اختیاری)
option-none = هیچ‌کدام
save-submit = ذخیره
hint-username = ۳ تا ۳۲ نویسه: حروف کوچک لاتین، رقم، نقطه، خط تیره یا زیرخط. دیگران آن را می‌بینند.
hint-display-name = نامی که کنار نوشته‌های شما نشان داده می‌شود. لازم نیست نام واقعی شما باشد.
hint-email = فقط برای بازنشانی رمز عبور. هرگز به کسی نشان داده نمی‌شود.
hint-password = دست‌کم ۱۰ نویسه. چند کلمه که بتوانید به خاطر بسپارید رمز عبور خوبی می‌سازند.
hint-home-community = جایی که زندگی یا مشارکت می‌کنید.
hint-slug = حروف کوچک لاتین، رقم و خط تیره، مانند san-vito. در نشانی صفحه دیده می‌شود.
hint-population = یک عدد صحیح، مانند 8940.
hint-grant-username = نام کاربری آن فرد، همان‌طور که در صفحهٔ حسابش نشان داده می‌شود.
hint-member-username = نام کاربری فردی که می‌خواهید اضافه کنید.
hint-helix-role = نهاد عمومی و دولتی، دانشگاه و پژوهش، کسب‌وکار یا جامعهٔ مدنی.

error-summary-title = مشکلی پیش آمده است
error-prefix = خطا:
error-title-prefix = خطا:
error-control-characters = نویسه‌های کنترلی نامرئی را پاک کنید.
error-username-required = یک نام کاربری وارد کنید.
error-username-length = نام کاربری باید ۳ تا ۳۲ نویسه باشد.
error-username-characters = فقط از حروف کوچک لاتین، رقم، نقطه، خط تیره و زیرخط استفاده کنید و با یک حرف یا رقم شروع کنید.
error-username-taken = این نام کاربری قبلاً گرفته شده است. نام دیگری انتخاب کنید.
error-display-name-required = یک نام نمایشی وارد کنید.
error-display-name-length = نام نمایشی باید حداکثر ۶۰ نویسه باشد.
error-email-invalid = یک نشانی ایمیل مانند name@example.org وارد کنید، یا آن را خالی بگذارید.
error-password-required = یک رمز عبور وارد کنید.
error-password-too-short = رمز عبور باید دست‌کم ۱۰ نویسه باشد.
error-password-too-long = رمز عبور باید حداکثر ۲۵۶ نویسه باشد.
error-password-mismatch = دو رمز عبور با هم یکی نیستند.
error-current-password-wrong = این رمز عبور کنونی شما نیست.
error-sign-in-failed = نام کاربری یا رمز عبور اشتباه است.
error-sign-in-throttled = { $minutes ->
    [one] تلاش‌های ناموفق زیادی انجام شده است. { $minutes_shown } دقیقهٔ دیگر دوباره امتحان کنید.
   *[other] تلاش‌های ناموفق زیادی انجام شده است. { $minutes_shown } دقیقهٔ دیگر دوباره امتحان کنید.
}
error-reset-target-required = نام کاربری یا نشانی ایمیل خود را وارد کنید.
error-community-unknown = یک جامعهٔ محلی را از فهرست انتخاب کنید.
error-account-unknown = هیچ کس این نام کاربری را ندارد.
error-role-already-held = این فرد از قبل همین نقش را در اینجا دارد.
error-already-member = این فرد از قبل عضو است.
error-last-manager = هر سازمان دست‌کم به یک مدیر نیاز دارد.
error-choose-one = یکی از گزینه‌ها را انتخاب کنید.
error-name-required = یک نام وارد کنید.
error-name-length = نام خیلی بلند است: نام کوتاه‌تری بنویسید.
error-slug-required = یک نام کوتاه برای نشانی صفحه وارد کنید.
error-slug-invalid = از ۲ تا ۴۸ حرف کوچک لاتین، رقم و خط تیرهٔ تکی استفاده کنید؛ خط تیره نباید در آغاز یا پایان باشد.
error-slug-taken = این نام کوتاه قبلاً گرفته شده است. نام دیگری انتخاب کنید.
error-population-invalid = جمعیت را به صورت یک عدد صحیح وارد کنید، یا آن را خالی بگذارید.
error-parent-self = یک جامعهٔ محلی نمی‌تواند منطقهٔ خودش باشد.
error-parent-not-region = یک منطقه انتخاب کنید.
error-description-length = توضیحات باید حداکثر ۲٬۰۰۰ نویسه باشد.
error-website-invalid = نشانی‌ای وارد کنید که با https:// یا http:// شروع شود، یا آن را خالی بگذارید.
error-not-found-title = صفحه پیدا نشد
error-not-found-body = در این نشانی صفحه‌ای وجود ندارد. نشانی را بررسی کنید، یا از صفحهٔ اول دوباره شروع کنید.
error-forbidden-title = شما اجازهٔ این کار را ندارید
error-forbidden-body = این صفحه یا این کار برای افرادی با نقش دیگری است. اگر فکر می‌کنید باید دسترسی داشته باشید، از مدیر جامعهٔ محلی خود بپرسید.
error-too-large-title = متن خیلی زیاد است
error-too-large-body = چیزی که فرستادید از اندازه‌ای که هر فرم اینجا می‌پذیرد بزرگ‌تر است. برگردید، متن را کوتاه کنید و دوباره بفرستید.
error-bad-request-title = فرم خوانده نشد
error-bad-request-body = آنچه رسید فرمی نبود که این صفحه بفهمد. برگردید و دوباره بفرستید.
error-internal-title = مشکلی پیش آمد
error-internal-body = Piazza نتوانست درخواست شما را انجام دهد. هیچ‌یک از چیزهایی که نوشتید ذخیره نشد. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.

## فرایندهای مشارکتی و پیشنهادها

community-processes-link = فرایندهای مشارکتی
processes-title = فرایندهای مشارکتی در { $community }
processes-none = هنوز هیچ فرایند مشارکتی‌ای در اینجا باز نشده است.
process-new-title = باز کردن یک فرایند مشارکتی
process-create-submit = باز کردن فرایند
process-phases-heading = مرحله‌ها
phase-number = مرحلهٔ { $n }
process-now-heading = مشارکت در این زمان
process-nothing-now = در حال حاضر در این فرایند کاری برای انجام دادن نیست.
process-see-proposals = { $count ->
    [0] هنوز پیشنهادی نیست
    [one] دیدن { $n } پیشنهاد
   *[other] دیدن { $n } پیشنهاد
}
process-timeline-heading = زمان‌بندی
process-about-heading = دربارهٔ این فرایند
process-decisions-heading = تصمیم‌های گرفته‌شده تا اکنون
process-no-decisions = هنوز هیچ تصمیمی گرفته نشده است.
easy-read-heading = به زبان ساده
back-to-process = بازگشت به فرایند
stage-running = مرحلهٔ کنونی: { $phase }.
stage-not-started = این فرایند در تاریخ { $date } باز می‌شود.
stage-waiting = مرحلهٔ بعدی در تاریخ { $date } باز می‌شود.
stage-closed = این فرایند بسته شده است.
phase-current = اکنون
phase-dates = از { $start }
phase-until = تا { $end }
phase-allows-nothing = فقط برای اطلاع‌رسانی.
phase-kind-inform = اطلاع‌رسانی
phase-kind-ideate = ایده‌ها
phase-kind-co-design = طراحی مشترک
phase-kind-prioritise = اولویت‌بندی
phase-kind-implement = اجرا
phase-kind-evaluate = ارزیابی
activity-proposals = دادن پیشنهاد
activity-supports = حمایت از پیشنهادها
activity-comments = نظر دادن
activity-amendments = پیشنهاد اصلاحیه
activity-meetings = شرکت در جلسه‌ها

proposals-title = پیشنهادها: { $process }
proposals-found = { $count ->
    [one] { $n } پیشنهاد
   *[other] { $n } پیشنهاد
}
proposals-none = هیچ پیشنهادی با این جست‌وجو جور نیست.
proposal-new-title = دادن یک پیشنهاد
proposal-create-submit = انتشار پیشنهاد
proposal-authors = نویسنده
proposal-published = منتشرشده
former-participant = یکی از مشارکت‌کنندگان پیشین
proposal-state-published = منتشرشده
proposal-state-withdrawn = پس‌گرفته‌شده توسط نویسندگانش
proposal-state-evaluating = در حال بررسی
proposal-state-accepted = پذیرفته‌شده
proposal-state-rejected = ردشده
proposal-state-implemented = اجراشده
supports-count = { $count ->
    [one] { $n } حمایت
   *[other] { $n } حمایت
}
threshold-explained = { $count ->
    [one] هر پیشنهادی که { $n } حمایت بگیرد، برای بررسی به کارشناسان رسمی سپرده می‌شود.
   *[other] هر پیشنهادی که { $n } حمایت بگیرد، برای بررسی به کارشناسان رسمی سپرده می‌شود.
}
proposal-state-merged = با پیشنهاد دیگری ادغام شد
proposal-merged-into = ادغام‌شده در
field-merge-into = ادغام در (فقط برای ادغام)
hint-merge-into = پیشنهادی از همین فرایند که این پیشنهاد در آن ادغام می‌شود. دلیلش را در پاسخ بنویسید.
error-merge-target = پیشنهادی را که این پیشنهاد باید در آن ادغام شود انتخاب کنید.
support-submit = حمایت از این پیشنهاد
unsupport-submit = پس گرفتن حمایتم
you-support = شما از این پیشنهاد حمایت می‌کنید.
sign-in-to-support = برای حمایت از این پیشنهاد وارد شوید
sign-in-to-propose = برای دادن پیشنهاد وارد شوید
supports-closed = در حال حاضر حمایت جمع‌آوری نمی‌شود.
withdraw-submit = پس گرفتن پیشنهاد
official-answer-heading = پاسخ رسمی
decide-heading = تصمیم دربارهٔ این پیشنهاد
decide-submit = انتشار تصمیم
history-heading = چه بر سر این پیشنهاد آمد
reason-threshold = به تعداد حمایت لازم رسید
notice-supported = حمایت شما شمرده شد.
notice-threshold = حمایت شما شمرده شد و این پیشنهاد اکنون برای بررسی به کارشناسان رسمی سپرده می‌شود.
notice-unsupported = حمایت شما پس گرفته شد.
notice-answered = تصمیم منتشر شد.
notice-withdrawn = پیشنهاد پس گرفته شد.
not-now-proposals = فقط در مرحله‌ای می‌توان پیشنهاد داد که پیشنهاد می‌پذیرد. زمان‌بندی فرایند را ببینید.
not-now-supports = فقط در مرحله‌ای که حمایت جمع‌آوری می‌کند، می‌توان حمایت کرد یا حمایت را پس گرفت.
not-now-activity = مرحلهٔ کنونی فرایند اجازهٔ این کار را نمی‌دهد.
not-now-proposal-closed = این پیشنهاد بسته شده است: دیگر نمی‌توان از آن حمایت کرد یا آن را پس گرفت.
not-now-overtaken = وقتی شما این پیشنهاد را می‌خواندید، کسی آن را تغییر داد. این نسخهٔ کنونی آن است: آن را بررسی کنید و دوباره امتحان کنید.

field-title = عنوان
field-summary = خلاصه به زبان ساده
field-easy-read-optional = خلاصهٔ آسان‌خوان (اختیاری)
field-support-threshold = تعداد حمایت لازم برای بررسی
field-phase-kind = نوع مرحله
field-starts-on = روز اول
field-ends-on = روز آخر
field-phase-allows = در این مرحله مردم می‌توانند
field-proposal-body = پیشنهاد شما
field-category = دسته
field-category-optional = دسته (اختیاری)
field-address = نشانی
field-address-optional = نشانی (اختیاری)
field-state = وضعیت
field-answered = پاسخ رسمی
field-sort = ترتیب
field-new-state = وضعیت تازه
field-answer = پاسخ عمومی
option-any = همه
option-answered = پاسخ‌داده‌شده
option-not-answered = هنوز پاسخ داده نشده
option-no-phase = بدون مرحله
sort-shuffled = درهم، تا هیچ پیشنهادی برتری نداشته باشد
sort-newest = تازه‌ترین‌ها اول
sort-supported = پرحمایت‌ترین‌ها اول
filter-submit = نمایش
pagination-label = صفحه‌ها
pagination-previous = صفحهٔ قبل
pagination-next = صفحهٔ بعد
pagination-position = صفحهٔ { $position }
hint-summary = در چند جملهٔ ساده بگویید دربارهٔ چه چیزی تصمیم گرفته می‌شود و مردم چگونه می‌توانند مشارکت کنند.
hint-easy-read = جمله‌های کوتاه و کلمه‌های رایج، برای کسانی که خواندن برایشان سخت است.
hint-markdown = می‌توانید از Markdown استفاده کنید: **پررنگ**، *کج*، فهرست و پیوند.
hint-support-threshold = یک عدد صحیح، مانند 50.
hint-phases = برای هر مرحله یک ردیف را به ترتیب پر کنید. ردیف‌هایی را که لازم ندارید خالی بگذارید.
hint-proposal-title = بین ۵ تا ۱۵۰ نویسه: بگویید چه پیشنهادی دارید.
hint-address = جایی که انجام می‌شود، اگر دربارهٔ یک مکان است.
hint-answer = همراه با تصمیم به‌طور عمومی نشان داده می‌شود. اگر پیشنهاد رد شود، نوشتن آن لازم است.
error-summary-required = یک خلاصهٔ کوتاه بنویسید.
error-summary-length = خلاصه خیلی بلند است: آن را کمتر از ۶۰۰ نویسه نگه دارید.
error-easy-read-length = خلاصهٔ آسان‌خوان خیلی بلند است: آن را کمتر از ۱٬۵۰۰ نویسه نگه دارید.
error-description-required = توضیحات را بنویسید.
error-long-description-length = توضیحات خیلی بلند است: آن را کمتر از ۲۰٬۰۰۰ نویسه نگه دارید.
error-threshold-invalid = تعداد حمایت را به صورت یک عدد صحیح، دست‌کم ۱، وارد کنید.
error-date-invalid = تاریخ را به شکل سال-ماه-روز وارد کنید، مانند 2026-03-31.
error-phase-ends-before-start = روز آخر پیش از روز اول است.
error-phase-overlaps = این مرحله پیش از پایان مرحلهٔ قبلی شروع می‌شود.
error-phases-required = دست‌کم یک مرحله برای فرایند تعیین کنید.
error-title-too-short = عنوان باید دست‌کم ۵ نویسه باشد.
error-title-required = یک عنوان وارد کنید.
error-title-length = عنوان خیلی بلند است: حداکثر ۱۵۰ نویسه بنویسید.
error-body-required = پیشنهاد خود را بنویسید.
error-body-length = پیشنهاد خیلی بلند است: آن را کمتر از ۱۰٬۰۰۰ نویسه نگه دارید.
error-text-too-long = این متن خیلی بلند است.
error-answer-required = دلیل‌های این تصمیم را بنویسید.
error-answer-length = پاسخ خیلی بلند است: آن را کمتر از ۵٬۰۰۰ نویسه نگه دارید.

## نظرها

comments-heading = { $count ->
    [0] نظرها
    [one] { $n } نظر
   *[other] { $n } نظر
}
comments-order = ترتیب:
comments-oldest = قدیمی‌ترین‌ها اول
comments-newest = تازه‌ترین‌ها اول
comments-supported = پرحمایت‌ترین‌ها اول
comments-closed = در حال حاضر نظر جمع‌آوری نمی‌شود.
comment-new-heading = افزودن نظر
comment-submit = انتشار نظر
comment-reply-title = پاسخ به یک نظر
comment-reply-submit = انتشار پاسخ
comment-reply-link = پاسخ
comment-edit-title = ویرایش نظر شما
comment-edit-link = ویرایش
comment-delete-submit = حذف
comment-support-submit = حمایت
comment-number = نظر { $n }
comment-edited = ویرایش‌شده
comment-deleted = این نظر را نویسنده‌اش حذف کرده است.
comment-in-reply-to = در پاسخ به { $name }
comment-back = بازگشت به گفت‌وگو
sign-in-to-comment = برای نظر دادن وارد شوید
field-stance = موضع شما
field-comment = نظر شما
stance-in-favour = موافق
stance-against = مخالف
stance-neutral = بی‌طرف
error-comment-required = نظر خود را بنویسید.
error-comment-length = نظر خیلی بلند است: حداکثر ۳٬۰۰۰ نویسه بنویسید.
error-reply-too-deep = پاسخ‌ها حداکثر تا سه سطح پیش می‌روند: به یکی از نظرهای بالاتر در همین رشته پاسخ دهید.

## نسخه‌های یک پیشنهاد

not-now-editing = وقتی پیشنهادی یک حمایت یا یک نظر گرفت، دیگر نمی‌توان متن آن را مستقیم ویرایش کرد.
proposal-edit-title = ویرایش پیشنهاد
proposal-edit-intro = تا وقتی پیشنهاد نخستین حمایت یا نظر خود را نگرفته است، می‌توانید متن آن را تغییر دهید. همهٔ نسخه‌ها برای همه دیده می‌شوند.
proposal-edit-submit = ذخیرهٔ نسخهٔ تازه
versions-title = سابقهٔ متن: { $proposal }
versions-intro = همهٔ نسخه‌های پیشنهاد، تازه‌ترین اول، همراه با تغییرهای هر نسخه نسبت به نسخهٔ پیش از آن.
version-number = نسخهٔ { $n }
versions-link = { $count ->
    [one] سابقهٔ متن (یک نسخه)
   *[other] سابقهٔ متن ({ $n } نسخه)
}
diff-added = افزوده‌شده
diff-removed = حذف‌شده

## اصلاحیه‌ها

amendments-heading = { $count ->
    [0] اصلاحیه‌ها
    [one] { $n } اصلاحیه
   *[other] { $n } اصلاحیه
}
amendment-new-title = پیشنهاد یک اصلاحیه
amendment-new-intro = متن را همان‌طور که فکر می‌کنید باید باشد تغییر دهید و بگویید چرا. نویسندگان پیشنهاد اصلاحیهٔ شما را می‌پذیرند یا رد می‌کنند و همه می‌توانند پاسخ آنها را بخوانند.
amendment-submit = فرستادن اصلاحیه
amendment-by = اصلاحیه از { $name }
amendment-pending = در انتظار پاسخ نویسندگان
amendment-accepted = پذیرفته‌شده توسط نویسندگان
amendment-rejected = ردشده توسط نویسندگان
amendment-answer = پاسخ نویسندگان
amendment-accept-submit = پذیرفتن این اصلاحیه
amendment-reject-submit = رد کردن این اصلاحیه
field-amendment-reason = دلیل
field-rejection-reason = چرا آن را رد می‌کنید (برای رد کردن لازم است)
hint-amendment-reason = در چند کلمه بگویید تغییر شما چه چیزی را بهتر می‌کند.
version-from-amendment = از اصلاحیهٔ { $name }
error-reason-required = یک دلیل بنویسید.
error-reason-length = دلیل خیلی بلند است: حداکثر ۱٬۰۰۰ نویسه بنویسید.
error-amendment-unchanged = این اصلاحیه هنوز چیزی را تغییر نمی‌دهد.

## هم‌نویسندگان

coauthors-heading = هم‌نویسندگان
coauthor-invited = دعوت شده، در انتظار پاسخ
coauthor-invite-submit = دعوت
field-invitee-kind = دعوت از
field-invitee = نام کاربری یا نام کوتاه سازمان
hint-invitee = هر فرد خودش دعوت را می‌پذیرد؛ برای یک سازمان، یکی از مدیرانش می‌پذیرد.
option-person = یک فرد
option-organisation = یک سازمان
invitation-heading = شما دعوت شده‌اید که هم‌نویسندهٔ این پیشنهاد باشید
invitation-explained = به عنوان هم‌نویسنده، نام شما در میان نویسندگان آن می‌آید، تا زمانی که اجازه باشد می‌توانید متن آن را تغییر دهید و به اصلاحیه‌های آن پاسخ می‌دهید.
invitation-accept-submit = پذیرفتن
invitation-decline-submit = نپذیرفتن
invitation-for-organisation = برای { $organisation }
account-invitations-heading = دعوت‌ها برای هم‌نویسندگی
notice-invited = دعوت فرستاده شد.
error-invitee-required = یک نام کاربری یا نام کوتاه یک سازمان را وارد کنید.
error-organisation-unknown = هیچ سازمانی این نام کوتاه را ندارد.
error-already-author = این فرد از قبل یکی از نویسندگان این پیشنهاد است.
error-already-invited = آنها از قبل دعوت شده‌اند.

## نظارت بر محتوا
content-kind-proposal = پیشنهاد
content-kind-comment = نظر
content-kind-amendment = اصلاحیه
proposal-number = پیشنهاد { $n }
amendment-number = اصلاحیهٔ { $n }
report-reason-spam = هرزنامه یا تبلیغ
report-reason-offensive = توهین‌آمیز، نفرت‌انگیز یا تهدیدآمیز
report-reason-off-topic = بی‌ربط به موضوع
report-reason-personal-data = اطلاعات شخصی کسی را فاش می‌کند
report-reason-other = چیز دیگری
moderation-state-reported = گزارش شده، هنوز دیده می‌شود
moderation-state-pending = پس از چند گزارش پنهان شده، در انتظار بررسی
moderation-state-hidden = پنهان‌شده توسط ناظر محتوا
moderation-state-restored = بازگردانده‌شده
moderation-action-hidden-by-reports = پس از چند گزارش پنهان شده، تا وقتی که یک ناظر محتوا آن را ببیند
moderation-action-hide = پنهان‌شده توسط ناظر محتوا
moderation-action-restore = بازگردانده‌شده توسط ناظر محتوا
moderation-action-uphold = پس از بررسی پنهان ماند
moderation-action-block = فرد در این جامعهٔ محلی مسدود شد
moderation-action-unblock = مسدودیت برداشته شد
not-now-blocked = یک ناظر محتوا مشارکت شما را در این جامعهٔ محلی مسدود کرده است. دلیل آن در دفتر نظارت این جامعهٔ محلی آمده است.
report-link = گزارش
report-proposal-link = گزارش این پیشنهاد
report-title = گزارش: { $kind }
report-back = بازگشت به نوشته
report-intro = به ناظران محتوا بگویید چه مشکلی هست. آنها آن را بررسی می‌کنند؛ کسی که آن را نوشته هرگز نمی‌فهمد چه کسی گزارش داده است.
field-report-reason = چرا آن را گزارش می‌کنید؟
field-report-details = جزئیات بیشتر
hint-report-details = اختیاری است، مگر اینکه «چیز دیگری» را انتخاب کرده باشید. حداکثر ۱٬۰۰۰ نویسه.
report-submit = فرستادن گزارش
report-recorded = سپاسگزاریم. گزارش شما به ناظران محتوا رسید.
report-already = شما قبلاً این را گزارش کرده‌اید؛ گزارش قبلی شما هنوز به حساب می‌آید.
report-hidden = سپاسگزاریم. پس از چند گزارش، این نوشته اکنون پنهان شده است تا وقتی که یک ناظر محتوا آن را ببیند.
error-report-own = نمی‌توانید نوشتهٔ خودتان را گزارش کنید.
error-report-details-required = در چند کلمه بگویید چه مشکلی هست.
moderation-hide-now-heading = همین حالا پنهان کنید (ناظران محتوا)
field-public-reason = دلیل عمومی
hint-public-reason = همه این را به جای متن پنهان‌شده و در دفتر نظارت می‌خوانند.
moderation-hide-submit = پنهان کردن
moderation-restore-submit = بازگرداندن
moderation-uphold-submit = پنهان بماند
hidden-by-moderator = پنهان‌شده توسط ناظران محتوا: { $reason }
hidden-pending-review = پس از چند گزارش پنهان شده است، تا وقتی که یک ناظر محتوا آن را ببیند.
hidden-proposal-title = پیشنهاد پنهان‌شده
appeal-link = اعتراض به این تصمیم
appeal-title = اعتراض به تصمیم نظارتی
appeal-intro = اگر فکر می‌کنید ناظران محتوا اشتباه کرده‌اند، دلیلش را به آنها بگویید. فقط یک بار می‌توانید اعتراض کنید؛ یک ناظر محتوا دوباره آن را بررسی می‌کند و نوشتهٔ شما را یا بازمی‌گرداند یا پنهان نگه می‌دارد.
field-appeal = چرا باید بازگردانده شود؟
hint-appeal = حداکثر ۲٬۰۰۰ نویسه.
appeal-submit = فرستادن اعتراض
appeal-yours-heading = اعتراض شما
appeal-waiting = یک ناظر محتوا اعتراض شما را بررسی خواهد کرد.
appeal-answered = یک ناظر محتوا اعتراض شما را بررسی کرده است. تصمیم و دلیل آن در بالا آمده است.
appeal-not-possible = این نوشته پنهان نیست، یا قبلاً به آن اعتراض شده است.
error-appeal-required = بگویید چرا باید بازگردانده شود.
error-appeal-once = به هر تصمیم فقط یک بار می‌توان اعتراض کرد.
moderation-title = نظارت بر محتوا در { $community }
moderation-queue-link = صف بررسی
moderation-log-link = دفتر نظارت
moderation-queue-heading = { $count ->
    [0] چیزی در انتظار نیست
    [one] { $n } نوشته در انتظار بررسی
   *[other] { $n } نوشته در انتظار بررسی
}
moderation-queue-empty = هیچ چیزی در انتظار بررسی نیست.
moderation-report-count = { $count ->
    [0] بدون گزارش
    [one] { $n } گزارش
   *[other] { $n } گزارش
}
moderation-appeal-label = نویسنده اعتراض می‌کند:
moderation-blocks-heading = افراد مسدودشده
moderation-blocks-empty = هیچ کس در این جامعهٔ محلی مسدود نشده است.
moderation-block-heading = مسدود کردن یک فرد
hint-block-reason = فرد مسدودشده هنوز می‌تواند همه چیز را بخواند، اما دیگر نمی‌تواند در اینجا پیشنهاد بدهد، نظر بنویسد، اصلاحیه بدهد، حمایت کند یا گزارش بدهد. دلیل آن عمومی است.
moderation-block-submit = مسدود کردن
moderation-unblock-submit = برداشتن مسدودیت
error-block-self = نمی‌توانید خودتان را مسدود کنید.
error-already-blocked = این فرد از قبل مسدود است.
moderation-settings-heading = تنظیمات
field-report-threshold = تعداد گزارشی که یک نوشته را پنهان می‌کند
hint-report-threshold = نوشته‌ای که این تعداد گزارش بگیرد، پنهان می‌شود تا وقتی که یک ناظر محتوا آن را ببیند.
error-report-threshold = یک عدد صحیح از { $min_shown } تا { $max_shown } وارد کنید.
moderation-done-hidden = پنهان شد. دلیل آن در دفتر عمومی نظارت آمده است.
moderation-done-restored = بازگردانده شد. دوباره دیده می‌شود.
moderation-done-upheld = پنهان ماند. به نویسنده پاسخ داده شد.
moderation-done-blocked = این فرد در این جامعهٔ محلی مسدود شد.
moderation-done-unblocked = مسدودیت برداشته شد.
moderation-done-threshold = تعداد گزارش‌ها ذخیره شد.
moderation-log-title = دفتر نظارت { $community }
moderation-log-intro = همهٔ نوشته‌هایی که در اینجا پنهان یا بازگردانده شده‌اند و همهٔ افرادی که مسدود شده‌اند، همراه با دلیل ناظران محتوا. اینکه چه کسی چه چیزی را گزارش داده هرگز نشان داده نمی‌شود.
moderation-log-empty = هنوز هیچ نظارتی انجام نشده است.
moderation-no-reason = دلیلی گفته نشده
column-when = زمان
column-concerning = دربارهٔ
column-reason = دلیل

## اعلان‌ها
nav-notifications = اعلان‌ها
nav-notifications-unread = { $count ->
    [one] اعلان‌ها ({ $n } تازه)
   *[other] اعلان‌ها ({ $n } تازه)
}
notifications-title = اعلان‌های شما
notifications-empty = هنوز چیزی نیست. یک فرایند یا پیشنهاد را دنبال کنید تا از آنچه برایش پیش می‌آید باخبر شوید؛ پیشنهادهای خودتان و گفت‌وگوهایی که در آنها شرکت می‌کنید خودبه‌خود دنبال می‌شوند.
notifications-new = تازه:
notifications-mark-read = علامت زدن همه به عنوان خوانده‌شده
notifications-done-read = همهٔ اعلان‌های شما به عنوان خوانده‌شده علامت خوردند.
notifications-email-heading = اعلان‌ها با ایمیل
notifications-no-email = حساب شما نشانی ایمیل ندارد، پس Piazza نمی‌تواند برای شما بنویسد. می‌توانید در صفحهٔ حساب خود یک نشانی اضافه کنید.
field-email-frequency = Piazza هر چند وقت یک بار برای شما بنویسد؟
email-frequency-immediate = فوری، یک ایمیل برای هر اعلان
email-frequency-daily = روزی یک بار، خلاصه‌ای از همهٔ چیزهای تازه
email-frequency-never = هرگز؛ آنها را همین‌جا می‌خوانم
notification-new-proposal = { $name } پیشنهاد تازه‌ای داد: «{ $title }»
notification-comment = { $name } دربارهٔ «{ $title }» نظر داد
notification-reply = { $name } به نظر شما دربارهٔ «{ $title }» پاسخ داد
notification-amendment = { $name } برای «{ $title }» اصلاحیه‌ای پیشنهاد داد
notification-amendment-answered = اصلاحیهٔ شما برای «{ $title }»: { $detail }
notification-state-changed = «{ $title }» اکنون: { $detail }
notification-invitation = { $name } از شما دعوت کرد که هم‌نویسندهٔ «{ $title }» باشید
notification-threshold = «{ $title }» به تعداد حمایت لازم رسید و برای بررسی به کارشناسان رسمی سپرده می‌شود.
notification-awaits-evaluation = «{ $title }» به آستانهٔ لازم رسید و منتظر بررسی و پاسخ عمومی شماست.
notification-hidden = نوشتهٔ شما دربارهٔ «{ $title }» پنهان شد. { $detail }
notification-mail-footer = این پیام را دریافت می‌کنید چون آن را دنبال می‌کنید یا در آن شرکت کرده‌اید. اینکه Piazza هر چند وقت یک بار برایتان بنویسد را انتخاب کنید، یا این ایمیل‌ها را قطع کنید، در { $link }
digest-mail-subject = { $count ->
    [one] خبرهای شما از Piazza: { $n } اعلان
   *[other] خبرهای شما از Piazza: { $n } اعلان
}
follow-submit = دنبال کردن
unfollow-submit = دنبال نکردن
following-now = شما این را دنبال می‌کنید و از آنچه برایش پیش می‌آید باخبر می‌شوید.

## جست‌وجو
search-title = جست‌وجو در { $community }
search-results-title = نتیجه‌های جست‌وجو برای «{ $query }»
search-label = کلمه‌هایی که دنبالشان هستید
search-kind-label = نمایش
search-kind-all = همه چیز
search-kind-process = فرایندها
search-kind-proposal = پیشنهادها
search-kind-comment = نظرها
search-kind-meeting = جلسه‌ها
search-submit = جست‌وجو
search-count = { $count ->
    [0] نتیجه‌ای پیدا نشد
    [one] { $n } نتیجه
   *[other] { $n } نتیجه
}
search-nothing = هیچ چیزی با همهٔ این کلمه‌ها جور نیست. کلمه‌های کمتر یا کوتاه‌تر، یا املای دیگری را امتحان کنید.

## جلسه‌ها
meeting-format-in-person = حضوری
meeting-format-online = برخط
meeting-format-hybrid = حضوری و برخط
meeting-access-step-free = دسترسی بدون پله
meeting-access-hearing-loop = حلقهٔ القایی برای کم‌شنوایان
meeting-access-sign-language = ترجمهٔ زبان اشاره
meeting-access-interpretation = ترجمهٔ شفاهی به زبان‌های دیگر
meeting-access-childcare = نگهداری از کودکان
meeting-access-quiet-room = اتاق آرام
not-now-meeting-over = این جلسه تمام شده است: ثبت‌نام بسته شده است.
not-now-meetings = ثبت‌نام در جلسه‌ها فقط در مرحله‌ای باز است که جلسه برگزار می‌کند. زمان‌بندی فرایند را ببینید.
error-web-address = نشانی‌ای وارد کنید که با https:// یا http:// شروع شود.
error-address-required = بگویید جلسه کجا برگزار می‌شود.
error-time-invalid = زمان را به شکل ساعت و دقیقه وارد کنید، مانند 18:30.
error-meeting-ends-before-start = جلسه باید پس از شروعش تمام شود.
error-capacity-invalid = تعداد جاها را به صورت عدد صحیح از ۱ تا ۱۰۰٬۰۰۰ وارد کنید، یا برای نامحدود بودن آن را خالی بگذارید.
error-minutes-too-early = صورت‌جلسه را فقط پس از شروع جلسه می‌توان نوشت.
error-minutes-required = صورت‌جلسه را بنویسید.
error-minutes-length = صورت‌جلسه خیلی بلند است: حداکثر ۲۰٬۰۰۰ نویسه بنویسید.
process-see-meetings = { $count ->
    [0] هنوز جلسه‌ای نیست
    [one] دیدن { $n } جلسه
   *[other] دیدن { $n } جلسه
}
meetings-title = جلسه‌های { $process }
meeting-new-title = برنامه‌ریزی یک جلسه
meetings-upcoming = جلسه‌های پیش رو
meetings-none-upcoming = هنوز هیچ جلسه‌ای برنامه‌ریزی نشده است.
meetings-past = جلسه‌های گذشته
meetings-none-past = هنوز هیچ جلسه‌ای برگزار نشده است.
field-meeting-description = این جلسه برای چیست
field-meeting-format = کجا برگزار می‌شود
field-meeting-address = نشانی
hint-meeting-address = برای جلسهٔ حضوری لازم است. اگر پیدا کردن اتاق سخت است، بگویید چطور می‌شود آن را پیدا کرد.
field-meeting-link = پیوند شرکت برخط
hint-meeting-link = برای جلسهٔ برخط لازم است. فقط کسانی که ثبت‌نام کرده‌اند آن را می‌بینند.
field-meeting-date = تاریخ
hint-meeting-date = به شکل سال-ماه-روز، مانند 2026-12-03.
field-meeting-starts = ساعت شروع
field-meeting-ends = ساعت پایان
hint-meeting-time = به شکل ساعت و دقیقه به وقت UTC، مانند 18:30.
field-meeting-capacity = تعداد جا
hint-meeting-capacity = اگر محدودیتی نیست، خالی بگذارید. وقتی جاها پر شوند، افراد به فهرست انتظار می‌روند.
field-meeting-access = دسترس‌پذیری
field-meeting-access-notes = توضیح بیشتر دربارهٔ دسترس‌پذیری
hint-meeting-access-notes = اختیاری: برای نمونه، ترجمهٔ شفاهی به چه زبان‌هایی هست، یا اتاق آرام کجاست.
meeting-create-submit = برنامه‌ریزی جلسه
field-meeting-when = زمان
meeting-link-for-registered = به کسانی که ثبت‌نام کرده‌اند نشان داده می‌شود.
meeting-places = { $count ->
    [one] { $n } جا
   *[other] { $n } جا
}
meeting-places-left = { $count ->
    [0] جایی نمانده
    [one] { $n } جا مانده
   *[other] { $n } جا مانده
}
meeting-waiting-count = { $count ->
    [one] { $n } نفر در انتظار
   *[other] { $n } نفر در انتظار
}
meeting-no-limit = بدون محدودیت
meeting-access-none = هنوز چیزی اعلام نشده است. آنچه را نیاز دارید از برگزارکنندگان بپرسید.
meeting-registration-heading = شرکت در جلسه
meeting-over = این جلسه تمام شده است.
meeting-you-are-registered = شما ثبت‌نام کرده‌اید.
meeting-cancel-submit = لغو ثبت‌نام من
meeting-you-are-waiting = { $count ->
    [one] شما نفر اول فهرست انتظار هستید.
   *[other] شما در فهرست انتظار نفر { $n } هستید.
}
meeting-leave-waiting-submit = بیرون آمدن از فهرست انتظار
field-meeting-needs = هر چیزی که برای شرکت نیاز دارید (اختیاری)
hint-meeting-needs = فقط برگزارکنندگان این را می‌بینند: برای نمونه جای ویلچر، یا ترجمهٔ شفاهی به یک زبان.
meeting-register-submit = ثبت‌نام
meeting-wait-submit = رفتن به فهرست انتظار
sign-in-to-register = برای ثبت‌نام در این جلسه وارد شوید
meeting-minutes-heading = صورت‌جلسه
meeting-no-minutes = صورت‌جلسه پس از جلسه در اینجا می‌آید.
meeting-outcomes-heading = پیشنهادهایی که از این جلسه بیرون آمد
meeting-minutes-form-heading = نوشتن صورت‌جلسه
field-minutes = صورت‌جلسه
field-meeting-outcomes = پیشنهادهایی که از جلسه بیرون آمد
meeting-minutes-submit = ذخیرهٔ صورت‌جلسه
meeting-registrants-heading = { $count ->
    [0] هنوز کسی ثبت‌نام نکرده است
    [one] { $n } نفر ثبت‌نام‌شده یا در انتظار
   *[other] { $n } نفر ثبت‌نام‌شده یا در انتظار
}
column-place = جا
column-needs = نیازها
meeting-status-registered = ثبت‌نام‌شده
meeting-status-waiting = فهرست انتظار
meeting-done-registered = ثبت‌نام شما انجام شد. آنجا می‌بینیمتان!
meeting-done-waiting = جلسه پر است: شما در فهرست انتظار هستید و اگر جایی خالی شود به شما خبر داده می‌شود.
meeting-done-cancelled = ثبت‌نام شما لغو شد.
meeting-done-minutes = صورت‌جلسه ذخیره شد.
notification-new-meeting = { $name } جلسه‌ای برنامه‌ریزی کرد: «{ $title }»
notification-meeting-place = جایی خالی شد: اکنون در «{ $title }» ثبت‌نام شده‌اید.

## دسته‌ها و مکان‌ها
category-mobility = رفت‌وآمد و حمل‌ونقل
category-green-spaces = پارک‌ها و فضای سبز
category-public-space = خیابان‌ها و فضای عمومی
category-education = مدرسه و آموزش
category-culture = فرهنگ
category-sport = ورزش
category-health = سلامت
category-social-care = خدمات اجتماعی و همه‌شمولی
category-housing = مسکن
category-energy = انرژی
category-environment = محیط زیست و اقلیم
category-economy = کار و اقتصاد محلی
category-safety = ایمنی
category-digital = خدمات دیجیتال
category-other = سایر
sort-commented = پرنظرترین‌ها
comments-count = { $count ->
    [0] بدون نظر
    [one] { $n } نظر
   *[other] { $n } نظر
}
field-neighbourhood = محله
field-neighbourhood-optional = محله (اختیاری)
field-map-point = نقطه‌ای روی نقشه
hint-map-point = اختیاری. اگر عرض و طول جغرافیایی مکان را می‌دانید، آنها را بنویسید، مانند 43.8431 و 10.5061. نشانی بالا کافی است.
field-latitude = عرض جغرافیایی
field-longitude = طول جغرافیایی
error-latitude = عرض جغرافیایی را بین -90 و 90 وارد کنید، مانند 43.8431، یا هر دو را خالی بگذارید.
error-longitude = طول جغرافیایی را بین -180 و 180 وارد کنید، مانند 10.5061، یا هر دو را خالی بگذارید.
community-neighbourhoods-link = محله‌ها
neighbourhoods-title = محله‌های { $community }
neighbourhoods-intro = فرایندها می‌توانند فقط دربارهٔ برخی محله‌ها باشند و پیشنهادها می‌توانند بگویند به کدام محله مربوط‌اند، تا ساکنان بتوانند آنچه را نزدیکشان است پیدا کنند.
neighbourhoods-none = هنوز محله‌ای نیست.
field-neighbourhood-name = نام محله
neighbourhood-add-submit = افزودن محله
error-neighbourhood-exists = این جامعهٔ محلی از قبل محله‌ای با این نام دارد.
field-process-scope = دربارهٔ کدام محله‌هاست؟
hint-process-scope = اگر فرایند دربارهٔ کل جامعهٔ محلی است، هیچ گزینه‌ای را علامت نزنید.
process-scope = دربارهٔ:
search-count-many = بیش از { $n } نتیجه

## بودجه‌ریزی مشارکتی

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] بودجه‌ها
    [one] { $n } بودجه
   *[other] { $n } بودجه
}
budgets-title = بودجه‌های «{ $process }»
budgets-intro = ساکنان تصمیم می‌گیرند که بخشی از بودجهٔ عمومی چگونه خرج شود: هر بودجه فهرستی از پروژه‌ها با هزینهٔ آنهاست و هر ساکن می‌تواند یک بار رأی بدهد.
budgets-none = هنوز هیچ بودجه‌ای در این فرایند باز نشده است.
budget-new-title = باز کردن یک بودجه
budget-card-line = { $total } · { $style } · شمارش با { $rule }
budget-ballots = { $count ->
    [0] هنوز برگهٔ رأیی نیست
    [one] { $n } برگهٔ رأی
   *[other] { $n } برگهٔ رأی
}
budget-see-results = دیدن نتیجه‌ها
budget-status-open = رأی‌گیری باز است
budget-status-closed = رأی‌گیری بسته شده، هنوز شمرده نشده
budget-status-counted = شمرده شده
budget-changeable = تا پایان رأی‌گیری می‌توانید برگهٔ رأی خود را تغییر دهید.
budget-officials-heading = برای کارشناسان رسمی
budget-locked = رأی‌ها داده شده‌اند: پروژه‌ها، شیوهٔ رأی‌دادن و قاعدهٔ شمارش دیگر تغییر نمی‌کنند.
budget-count-explained = بستن، رأی‌گیری را برای همیشه متوقف می‌کند، هر برگهٔ رأی را از رأی‌دهنده‌اش جدا می‌کند و رأی‌ها را می‌شمارد. برگه‌های رأی بی‌نام منتشر می‌شوند تا هر کسی بتواند دوباره آنها را بشمارد.
budget-count-submit = بستن رأی‌گیری و شمارش
budget-projects-heading = { $count ->
    [0] هنوز پروژه‌ای در برگهٔ رأی نیست
    [one] { $n } پروژه در برگهٔ رأی
   *[other] { $n } پروژه در برگهٔ رأی
}
budget-off-ballot-heading = خارج از برگهٔ رأی
budget-create-submit = باز کردن بودجه
field-budget-description = این پول برای چیست
field-budget-total = پولی که خرج می‌شود
hint-budget-total = یک عدد صحیح، مانند 250000.
field-budget-currency = واحد پول
hint-budget-currency = سه حرف، مانند EUR.
field-budget-style = مردم چگونه رأی می‌دهند
field-budget-min-choices = کمترین تعداد پروژه‌ای که هر برگهٔ رأی باید انتخاب کند
hint-budget-min-choices = اختیاری. ۰ یا خالی یعنی بدون حداقل.
field-budget-max-choices = بیشترین تعداد پروژه‌ای که هر برگهٔ رأی می‌تواند انتخاب کند (برای رتبه‌بندی: چند رتبه)
hint-budget-max-choices = اختیاری، به جز برای رتبه‌بندی. خالی یعنی بدون محدودیت.
field-budget-min-share = درصدی از پول که برگهٔ رأی «انتخاب در حد بودجه» باید به کار ببرد
hint-budget-min-share = اختیاری، فقط برای برگه‌های رأی «انتخاب در حد بودجه»، مانند 80.
field-budget-points = امتیازهایی که هر رأی‌دهنده پخش می‌کند
hint-budget-points = برای برگه‌های رأی امتیازی لازم است، مانند 10.
field-budget-rule = برگه‌های رأی چگونه شمرده می‌شوند
hint-budget-rule = روش سهم‌های برابر به هر گروه از رأی‌دهندگان سهم منصفانه‌ای از پول می‌دهد؛ شمارش بر اساس بیشترین رأی به بزرگ‌ترین گروه اجازه می‌دهد دربارهٔ همه چیز تصمیم بگیرد.
field-budget-changeable = رأی‌دهندگان تا پایان رأی‌گیری می‌توانند برگهٔ رأی خود را تغییر دهند
ballot-style-approval = هر تعداد پروژه که از آنها حمایت می‌کنید انتخاب کنید
ballot-style-knapsack = پروژه‌هایی را انتخاب کنید که در بودجه جا شوند
ballot-style-cumulative = امتیازها را میان پروژه‌ها پخش کنید
ballot-style-ranked = پروژه‌های دلخواه خود را رتبه‌بندی کنید
counting-rule-mes_cost_add1_eqs = روش سهم‌های برابر (پیشنهادی)
counting-rule-mes_cost_add1_greedy = روش سهم‌های برابر، سپس بیشترین رأی برای باقی‌مانده
counting-rule-greedy_cost = بیشترین رأی اول
counting-rule-greedy_card = بیشترین رأی به ازای هر واحد هزینه اول
counting-rule-phragmen = روش فراگمن
counting-rule-maxwelfare_cost = مجموعه‌ای از پروژه‌ها که بیشترین پول تأییدشده را دارد
counting-rule-greedy_points = بیشترین امتیاز اول
counting-rule-mes_points = روش سهم‌های برابر بر پایهٔ امتیاز
error-whole-number-range = یک عدد صحیح از { $min_shown } تا { $max_shown } وارد کنید.
error-budget-total-required = پولی را که خرج می‌شود وارد کنید.
error-currency = واحد پول را با سه حرف وارد کنید، مانند EUR.
error-rule-needs-approvals = این قاعده تأییدها را می‌شمارد: برای برگه‌های رأی امتیازی و رتبه‌ای، قاعده‌ای بر پایهٔ امتیاز انتخاب کنید.
error-rule-needs-points = این قاعده امتیازها را می‌شمارد: آن را فقط برای برگه‌های رأی امتیازی یا رتبه‌ای انتخاب کنید.
error-max-below-min = بیشترین تعداد پروژه نمی‌تواند از کمترین تعداد کمتر باشد.
error-points-required = بنویسید هر رأی‌دهنده چند امتیاز پخش می‌کند.
error-ranks-required = بنویسید رتبه‌بندی چند رتبه دارد.
error-budget-locked = رأی‌ها داده شده‌اند، پس پروژه‌های این بودجه دیگر تغییر نمی‌کنند.
project-new-title = افزودن پروژه
field-project-description = این پروژه چه کاری انجام می‌دهد
field-project-cost = هزینه
hint-project-cost = یک عدد صحیح به واحد پول بودجه.
error-cost-required = هزینه را وارد کنید.
field-project-proposal = از کجا آمده است
hint-project-proposal = یکی از پیشنهادهای این فرایند، یا کارشناسان رسمی.
option-from-officials = کارشناسان رسمی
field-project-image = تصویر (یک پیوند)
hint-project-image = اختیاری. نشانی https یک تصویر؛ صفحه فقط به آن پیوند می‌دهد و هرگز آن را بارگذاری نمی‌کند.
error-image-address = نشانی‌ای وارد کنید که با https:// شروع شود، بدون فاصله.
project-create-submit = افزودن پروژه
project-done-added = پروژه افزوده شد. امکان‌پذیری آن را بررسی کنید تا در برگهٔ رأی قرار گیرد.
project-from-proposal = دیدن پیشنهادی که این پروژه از آن آمده است
project-see-image = دیدن تصویر
feasibility-pending = امکان‌پذیری هنوز بررسی نشده
feasibility-feasible = امکان‌پذیر
feasibility-infeasible = امکان‌پذیر نیست
project-review-legend = بررسی «{ $title }»
field-feasibility-reason = دلیل عمومی (اگر امکان‌پذیر نیست، لازم است)
error-feasibility-reason-required = دلیل عمومی امکان‌پذیر نبودن پروژه را بنویسید.
project-review-submit = ذخیرهٔ بررسی
project-done-reviewed = بررسی ذخیره شد.
ballot-heading = برگهٔ رأی شما
ballot-instructions-approval = پروژه‌هایی را که از آنها حمایت می‌کنید انتخاب کنید.
ballot-instructions-knapsack = پروژه‌هایی را انتخاب کنید که جمع هزینه‌هایشان در بودجه جا شود.
ballot-instructions-cumulative = به پروژه‌هایی که از آنها حمایت می‌کنید امتیاز بدهید.
ballot-instructions-ranked = به پروژه‌های دلخواه خود رتبه بدهید؛ رتبهٔ اول برای پروژه‌ای است که بیش از همه می‌خواهید.
ballot-points-to-spread = { $count ->
    [one] شما { $n } امتیاز برای پخش کردن دارید.
   *[other] شما { $n } امتیاز برای پخش کردن دارید.
}
ballot-min-share = { $count ->
    [one] انتخاب شما باید دست‌کم { $n } درصد از پول را به کار ببرد.
   *[other] انتخاب شما باید دست‌کم { $n } درصد از پول را به کار ببرد.
}
ballot-min-choices = { $count ->
    [one] دست‌کم { $n } پروژه انتخاب کنید.
   *[other] دست‌کم { $n } پروژه انتخاب کنید.
}
ballot-max-choices = { $count ->
    [one] حداکثر { $n } پروژه انتخاب کنید.
   *[other] حداکثر { $n } پروژه انتخاب کنید.
}
ballot-not-ranked = بدون رتبه
ballot-place = رتبهٔ { $n }
ballot-chosen = { $count ->
    [0] هیچ پروژه‌ای انتخاب نشده
    [one] { $n } پروژه انتخاب شده
   *[other] { $n } پروژه انتخاب شده
}
ballot-cost-left = هزینهٔ آنها { $cost } است و { $left } باقی می‌ماند
ballot-points-used = { $used_shown } امتیاز از { $points_shown } امتیاز داده شده
ballot-valid = برگهٔ رأی شما درست است.
ballot-nothing-chosen = پروژه‌ها را انتخاب کنید، سپس جمع را بررسی کنید یا رأی خود را ثبت کنید.
ballot-check-submit = بررسی جمع
ballot-cast-submit = ثبت رأی من
ballot-change-submit = تغییر رأی من
ballot-voted-changeable = شما رأی داده‌اید. برگهٔ رأی شما در پایین آمده است؛ تا پایان رأی‌گیری می‌توانید آن را تغییر دهید و آخرین برگه شمرده می‌شود.
ballot-voted-final = شما رأی داده‌اید. رأی شما نهایی است.
ballot-no-projects = هنوز هیچ پروژه‌ای در برگهٔ رأی نیست.
ballot-sign-in = برای رأی دادن وارد شوید
ballot-not-open = اکنون رأی‌گیری باز نیست: رأی‌گیری وقتی انجام می‌شود که فرایند در مرحلهٔ اولویت‌بندی باشد.
ballot-closed = رأی‌گیری بسته شده است.
ballot-done-recorded = رأی شما ثبت شد.
ballot-done-replaced = برگهٔ رأی شما تغییر کرد؛ فقط برگهٔ تازه شمرده می‌شود.
ballot-problem-empty = دست‌کم یک پروژه انتخاب کنید.
ballot-problem-too-few = { $min ->
    [one] دست‌کم { $min_shown } پروژه انتخاب کنید.
   *[other] دست‌کم { $min_shown } پروژه انتخاب کنید.
}
ballot-problem-too-many = { $max ->
    [one] حداکثر { $max_shown } پروژه انتخاب کنید.
   *[other] حداکثر { $max_shown } پروژه انتخاب کنید.
}
ballot-problem-over-budget = هزینهٔ انتخاب شما { $over_shown } بیشتر از بودجه است.
ballot-problem-under-share = انتخاب شما باید دست‌کم { $share_shown } درصد از پول را به کار ببرد.
ballot-problem-too-many-points = حداکثر می‌توانید { $points_shown } امتیاز بدهید.
ballot-problem-points-whole = امتیازها باید عدد صحیح، ۰ یا بیشتر، باشند.
ballot-problem-place-twice = دو پروژه رتبهٔ { $place_shown } دارند: هر رتبه را فقط یک بار بدهید.
ballot-problem-place-range = رتبه‌ها از ۱ تا { $places_shown } هستند.
ballot-problem-unknown-project = یکی از پروژه‌های انتخاب‌شده در برگهٔ رأی نیست.
error-ballot-invalid = هنوز نمی‌توانید این رأی را ثبت کنید: در پایین ببینید چه چیزی باید تغییر کند.
not-now-voting-closed = اکنون رأی‌گیری برای این بودجه باز نیست.
not-now-already-voted = شما قبلاً در این بودجه رأی داده‌اید و برگه‌های رأی آن قابل تغییر نیستند.
results-title = نتیجه‌های «{ $budget }»
results-spent = پول خرج‌شده
results-left = پول باقی‌مانده
results-ballots-heading = برگه‌های رأی
results-ballots = { $count ->
    [0] بدون برگهٔ رأی
    [one] { $n } برگهٔ رأی
   *[other] { $n } برگهٔ رأی
}
results-channel = { $channel }: { $n }
channel-online = برخط
channel-code = با کد رأی
channel-paper = کاغذی، واردشده توسط تسهیلگر
results-counted = تاریخ شمارش
results-rule-explained-equal-shares = شمارش با روش سهم‌های برابر: هر رأی‌دهنده سهم برابری از پول می‌گیرد و آن را فقط برای پروژه‌هایی که خودش انتخاب کرده خرج می‌کند. پروژه‌ای برنده می‌شود که حامیانش بتوانند با هم هزینهٔ آن را بپردازند؛ پروژه‌ای که برای هر یک از آنها کمترین هزینه را دارد، اول می‌آید.
results-rule-explained-greedy = شمارش بر اساس بیشترین رأی: پروژه‌ها به ترتیب رأی، و هر پروژه اگر هنوز در پول باقی‌مانده جا شود انتخاب می‌شود.
results-rule-explained-phragmen = شمارش با روش فراگمن: هزینهٔ هر پروژه تا جایی که ممکن است به‌طور برابر میان حامیانش پخش می‌شود و شمارش در نخستین پروژه‌ای که جا نشود متوقف می‌شود.
results-rule-explained-max-welfare = شمارش به صورت مجموعه‌ای از پروژه‌ها که در بودجه جا می‌شود و بیشترین پول تأییدشده را دارد.
results-chart-heading = رأی‌های هر پروژه
results-chart-caption = پروژه‌های برنده پررنگ و بقیه کم‌رنگ کشیده شده‌اند؛ عددها در جدول پایین هم آمده‌اند.
results-bar-label = { $title }: { $votes }
results-table-heading = همهٔ پروژه‌ها و اینکه چرا برنده شدند یا باختند
results-project = پروژه
results-cost = هزینه
results-votes = رأی‌ها
results-outcome = نتیجه
results-why = چرا
results-won = برنده شد
results-lost = برنده نشد
fate-ranked-won = رتبهٔ { $rank }: وقتی نوبتش رسید { $left } باقی مانده بود، که برای پرداخت هزینه‌اش کافی بود.
fate-ranked-lost = رتبهٔ { $rank }: وقتی نوبتش رسید فقط { $left } باقی مانده بود، که از هزینه‌اش کمتر بود.
fate-shared = در گام { $step } انتخاب شد: { $payers } حامی هزینهٔ آن را پرداختند، هر کدام { $share } ({ $all } نفر از آنها همهٔ آنچه برایشان مانده بود را پرداختند).
fate-supporters-short = حامیانش روی هم فقط { $held } داشتند، که از هزینه‌اش کمتر بود.
fate-completed = پس از سهم‌های برابر، بر اساس بیشترین رأی انتخاب شد: رتبهٔ { $rank }، با { $left } باقی‌مانده.
fate-not-completed = انتخاب نشد: رتبهٔ { $rank } بر اساس رأی، وقتی فقط { $left } باقی مانده بود.
fate-loaded = در گام { $step } انتخاب شد.
fate-stopped-here = در پول باقی‌مانده جا نشد و شمارش همین‌جا متوقف شد.
fate-not-reached = شمارش پیش از رسیدن نوبتش متوقف شد.
fate-optimal-won = بخشی از مجموعه‌ای است که بیشترین پول تأییدشده را دارد.
fate-optimal-lost = بخشی از مجموعه‌ای که بیشترین پول تأییدشده را دارد نیست.
fate-free = رایگان است و حامی دارد، پس انتخاب شد.
fate-unsupported = هیچ کس به آن رأی نداد.
results-recount-heading = خودتان دوباره بشمارید
results-recount-explained = برگه‌های رأی، بدون هیچ نام یا زمانی، در قالب Pabulib منتشر می‌شوند. هر کسی می‌تواند آنها را با Piazza یا ابزارهای دیگر دوباره بشمارد و باید به همین برندگان برسد.
results-download = دریافت برگه‌های رأی (Pabulib)
results-sha256 = اثر انگشت دیجیتال SHA-256 این پرونده:

## کدهای رأی و برگه‌های رأی کاغذی

budget-codes-status = { $printed_shown } کد رأی چاپ شده، { $used_shown } کد استفاده شده.
field-code-count = چند کد رأی چاپ شود
hint-code-count = کدها فقط یک بار برای چاپ نشان داده می‌شوند: Piazza فقط یک اثر انگشت دیجیتال از هر کد نگه می‌دارد. از ۱ تا ۱٬۰۰۰.
budget-codes-submit = چاپ کدهای رأی
codes-title = کدهای رأی برای «{ $budget }»
codes-print-now = همین حالا این صفحه را چاپ کنید: این کدها دوباره نشان داده نمی‌شوند. هر کد اجازهٔ یک رأی را می‌دهد.
codes-how = برای رأی دادن، این نشانی را باز کنید، کد را بنویسید و پروژه‌های خود را انتخاب کنید. هر کد فقط یک بار کار می‌کند.
ballot-code-heading = رأی دادن با کد
ballot-paper-heading = وارد کردن برگهٔ رأی کاغذی
field-voting-code = کد رأی
hint-voting-code = دوازده حرف و رقمی که روی برگهٔ شما چاپ شده است، مانند ABCD-EFGH-JKLM.
field-paper-reference = شماره‌ای که روی برگهٔ رأی کاغذی نوشته شده است
hint-paper-reference = یک برگهٔ کاغذی را نمی‌توان دو بار با یک شماره وارد کرد.
ballot-code-submit = ثبت رأی با این کد
ballot-paper-submit = وارد کردن این برگهٔ رأی کاغذی
ballot-vote-with-code = رأی دادن با کد چاپی
ballot-enter-paper = وارد کردن برگه‌های رأی کاغذی
ballot-back-to-budget = بازگشت به بودجه
ballot-recorded-heading = این دقیقاً همان چیزی است که ثبت شد:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = رأی ثبت شد. این کد دیگر قابل استفاده نیست.
paper-done-entered = برگهٔ رأی کاغذی وارد شد.
error-code-required = کد رأی را بنویسید.
error-code-unknown = این کد برای این بودجه وجود ندارد. حرف‌ها و رقم‌ها را بررسی کنید.
error-paper-reference = شماره‌ای را که روی برگهٔ کاغذی نوشته شده بنویسید، حداکثر ۴۰ نویسه.
not-now-code-used = این کد قبلاً استفاده شده است: هر کد اجازهٔ یک رأی را می‌دهد.
not-now-paper-entered = یک برگهٔ رأی کاغذی با این شماره قبلاً وارد شده است.

## چه کسی می‌تواند رأی بدهد، فهرست ساکنان و انتخابات واردشده

not-now-needs-voter-details = این بودجه پیش از رأی دادن، تاریخ تولد یا ناحیهٔ شما را می‌خواهد.
not-now-needs-census = این بودجه از شما می‌خواهد پیش از رأی دادن، خود را با فهرست ساکنان تأیید کنید.
not-now-too-young = سن شما از حداقل سن این بودجه کمتر است.
not-now-outside-districts = این بودجه برای ساکنان ناحیه‌های دیگر است.
not-now-group-full = شما قبلاً در بیشترین تعداد بودجه‌های این گروه که یک نفر اجازه دارد، رأی داده‌اید.
budget-who-may-vote = چه کسی می‌تواند رأی بدهد
field-budget-min-age = حداقل سن (اختیاری)
hint-budget-min-age = به سال. اگر افراد در هر سنی می‌توانند رأی بدهند، خالی بگذارید.
field-budget-census-only = رأی‌دهندگان باید خود را با فهرست ساکنان تأیید کنند
hint-budget-census-only = در این صورت ساکنانی که وارد شده‌اند یک بار با شمارهٔ شناسایی و تاریخ تولدشان تأیید می‌شوند؛ کدها و برگه‌های رأی کاغذی به‌صورت حضوری بررسی می‌شوند.
field-budget-districts = ساکنان کدام ناحیه‌ها می‌توانند رأی بدهند؟
hint-budget-districts = اگر همهٔ ساکنان می‌توانند رأی بدهند، هیچ گزینه‌ای را علامت نزنید.
field-budget-group = گروه بودجه‌ها (اختیاری)
hint-budget-group = بودجه‌هایی از این فرایند که نام گروه یکسانی دارند، یک محدودیت مشترک دارند: برای نمونه «ناحیه‌ها»، تا هر نفر در یک بودجهٔ ناحیه‌ای به انتخاب خودش رأی بدهد.
field-budget-group-limit = تعداد بودجه‌هایی از این گروه که هر نفر می‌تواند در آنها رأی بدهد
hint-budget-group-limit = یک عدد صحیح؛ اگر خالی بماند، ۱.
error-group-name = نام گروهی با حداکثر ۸۰ نویسه بنویسید.
error-group-name-required = نام گروهی را که این محدودیت برای آن است بنویسید.
budget-edit-title = تغییر «{ $title }»
budget-edit-submit = ذخیرهٔ بودجه
budget-edit-link = تغییر بودجه
budget-edit-locked = رأی‌ها داده شده‌اند: اکنون فقط عنوان و توضیحات را می‌توان تغییر داد، تا هیچ قاعده‌ای زیر پای رأی‌دهندگان عوض نشود.
budget-done-changed = بودجه ذخیره شد.
field-project-district = ناحیه (اختیاری)
option-whole-community = کل جامعهٔ محلی
eligibility-min-age = ساکنان { $age } ساله یا بیشتر.
eligibility-districts = ساکنان: { $districts }.
eligibility-census = ساکنانی که خود را با فهرست ساکنان تأیید کرده‌اند.
eligibility-group = این بودجه یکی از بودجه‌های گروه «{ $group }» است: هر نفر می‌تواند در { $limit } بودجه از این گروه رأی بدهد.
ballot-give-details = اطلاعات خود را بدهید
results-districts-heading = نتیجه‌ها به تفکیک ناحیه
results-district = ناحیه
results-district-projects = پروژه‌های تأمین‌شده
results-district-spent = پول خرج‌شده
results-whole-community = کل جامعهٔ محلی
results-district-funded = { $won } از { $of }
channel-imported = واردشده
budget-import-title = وارد کردن یک انتخابات گذشته
budget-import-intro = یک بودجه‌ریزی مشارکتی را که جای دیگری برگزار شده دوباره اجرا کنید: یک پروندهٔ Pabulib (قالب باز انتخابات بودجه‌ریزی مشارکتی) به بودجه‌ای در این فرایند، با پروژه‌ها و برگه‌های رأی‌اش، تبدیل می‌شود و آمادهٔ شمارش در اینجاست.
field-pabulib-file = پروندهٔ Pabulib
hint-pabulib-file = پرونده‌ای با پسوند .pb و بخش‌های META، PROJECTS و VOTES. مبلغ‌ها باید واحدهای کامل پول باشند.
budget-import-submit = وارد کردن انتخابات
budget-done-imported = انتخابات وارد شد. آن را بشمارید تا نتیجه‌هایش را ببینید.
error-pabulib-line = پرونده در خط { $line } خوانده نمی‌شود. آن خط را با قالب Pabulib مقایسه کنید.
error-pabulib-file = این پرونده یک پروندهٔ Pabulib با پروژه‌ها و یک بودجه نیست.
error-pabulib-decimals = این پرونده مبلغ‌هایی با اعشار دارد؛ بودجه‌ها در اینجا واحدهای کامل پول خود را نگه می‌دارند.
error-pabulib-too-many = این پرونده بیش از { $most } برگهٔ رأی دارد.
census-title = فهرست ساکنان
census-intro = فهرست کسانی را که می‌توانند رأی بدهند به صورت CSV بارگذاری کنید: در هر خط یک نفر، با شمارهٔ شناسایی، تاریخ تولد (YYYY-MM-DD) و اگر بخواهید نام ناحیهٔ او. Piazza فقط یک اثر انگشت دیجیتال کلیددار از هر شمارهٔ شناسایی و تاریخ تولد نگه می‌دارد، هرگز خود شماره‌ها را. فهرست تازه جای فهرست قبلی را می‌گیرد؛ کسانی که تأیید شده‌اند تأییدشده باقی می‌مانند.
census-status = این فهرست { $entries } ردیف دارد؛ { $claimed } ردیف برای تأیید استفاده شده است.
census-none = هنوز هیچ فهرست ساکنانی بارگذاری نشده است.
field-census-file = فهرست ساکنان (CSV)
hint-census-file = برای نمونه: AB1234567,1990-04-21,Centro
census-submit = بارگذاری فهرست
census-done-loaded = فهرست ساکنان با { $entries } ردیف بارگذاری شد.
error-census-line = خط { $line } به یک شمارهٔ شناسایی و یک تاریخ تولد به شکل YYYY-MM-DD نیاز دارد.
error-census-district = در خط { $line } نام ناحیه‌ای آمده است که این جامعهٔ محلی ندارد.
error-census-too-long = فهرست خیلی بلند است.
error-census-empty = این پرونده هیچ کسی را در بر ندارد. پروندهٔ CSV فهرست ساکنان را انتخاب کنید.
voter-details-title = اطلاعات شما برای رأی دادن
voter-details-intro = برخی بودجه‌ها برای ساکنان ناحیه‌های خاص یا سن خاصی هستند. آنچه اینجا می‌دهید فقط برای بررسی اینکه می‌توانید رأی بدهید به کار می‌رود؛ هرگز به کسی نشان داده نمی‌شود.
voter-details-verified = فهرست ساکنان اطلاعات شما را تأیید کرده است.
voter-details-declared = شما این اطلاعات را اعلام کرده‌اید.
field-birth-date = تاریخ تولد
hint-birth-date = به شکل YYYY-MM-DD، برای نمونه 1990-04-21.
field-voter-district = ناحیهٔ شما
voter-census-heading = تأیید با فهرست ساکنان
voter-census-intro = شمارهٔ شناسایی و تاریخ تولد خود را همان‌طور که در شهرداری ثبت شده است بنویسید. هر ردیف فهرست فقط می‌تواند یک حساب را تأیید کند.
field-identity = شمارهٔ شناسایی
hint-identity = فاصله، خط تیره و حروف بزرگ اهمیتی ندارند.
voter-census-submit = تأیید
voter-declare-heading = اعلام اطلاعات شما
voter-declare-intro = برای بودجه‌هایی که فهرست ساکنان را نمی‌خواهند، اعلام تاریخ تولد و ناحیه کافی است.
voter-declare-submit = ذخیرهٔ اطلاعات من
error-identity-required = شمارهٔ شناسایی خود را بنویسید.
error-birth-date = یک تاریخ تولد واقعی به شکل YYYY-MM-DD بنویسید.
error-census-none = این جامعهٔ محلی فهرست ساکنانی برای تأیید ندارد.
error-census-unknown = هیچ ردیفی در فهرست ساکنان این شمارهٔ شناسایی و تاریخ تولد را ندارد. هر دو را بررسی کنید، یا از شهرداری بپرسید.
error-census-used = این ردیف فهرست ساکنان قبلاً حساب دیگری را تأیید کرده است. اگر آن شما نبودید، از شهرداری بپرسید.
error-details-verified = فهرست ساکنان اطلاعات شما را تأیید کرده است؛ این اطلاعات را اینجا نمی‌توان تغییر داد.
community-census-link = فهرست ساکنان

## پاک کردن حساب کاربری

account-erase-link = حذف حساب من
erase-title = حذف حساب من
erase-intro = حذف حساب شما برگشت‌پذیر نیست. این اتفاق‌ها می‌افتد:
erase-goes = نام، نام کاربری، نشانی ایمیل، نشست‌ها، نقش‌ها، دنبال‌کردن‌ها، حمایت‌ها و اطلاعات رأی‌دادن شما بی‌درنگ حذف می‌شوند.
erase-stays = پیشنهادها و نظرهای شما خواندنی باقی می‌مانند، اما با نام «یکی از مشارکت‌کنندگان پیشین» نشان داده می‌شوند.
erase-ballots = برگه‌های رأی شما در بودجه‌ریزی‌های مشارکتی شمرده‌شده باقی می‌مانند و دیگر هیچ کس نمی‌تواند بفهمد که مال شما بوده‌اند.
erase-meetings = جاهای شما در جلسه‌هایی که هنوز برگزار نشده‌اند به نفرات بعدی فهرست انتظار می‌رسد.
erase-final = اگر نسخه‌ای از داده‌های خود را می‌خواهید، اول آن را دریافت کنید.
hint-erase-password = رمز عبور خود را بنویسید تا تأیید شود که خود شما هستید.
erase-submit = حذف همیشگی حساب من
erase-done-title = حساب شما حذف شد
erase-done = حساب شما و هر چیزی که شما را شناسایی می‌کرد حذف شد. از مشارکت شما سپاسگزاریم.
erase-done-home = بازگشت به صفحهٔ اول
account-data-link = دیدن و دریافت داده‌های شما
data-title = داده‌های شما
data-intro = این همهٔ چیزهایی است که Piazza دربارهٔ شما نگه می‌دارد. پروندهٔ دریافتی همهٔ آن را در بر دارد: یک پروندهٔ JSON و برای هر نوع سابقه یک پروندهٔ CSV، در یک پروندهٔ zip.
data-download = دریافت داده‌های من (zip)
data-joined = تاریخ پیوستن
data-everything = چه چیزی نگه داشته می‌شود و چه مقدار
data-what = چه چیزی
data-how-many = چه تعداد
data-records = { $count ->
    [one] { $n } سابقه
   *[other] { $n } سابقه
}
data-not-kept = نگه داشته نمی‌شود: رمز عبور شما (فقط یک اثر انگشت دیجیتال که نمی‌توان آن را دوباره به رمز عبور برگرداند) و اینکه پس از پایان رأی‌گیری کدام برگهٔ رأی مال شما بوده است.
data-profile = نمایهٔ شما
data-sign-ins = نشست‌های ورود
data-password-resets = درخواست‌های بازنشانی رمز عبور
data-roles = نقش‌ها در جامعه‌های محلی
data-organisations = سازمان‌هایی که عضو آنها هستید
data-proposals = پیشنهادهایی که نوشته‌اید
data-proposal-versions = نسخه‌های پیشنهادهایی که نوشته‌اید
data-co-authorships = پیشنهادهایی که برای هم‌نویسندگی آنها دعوت شده‌اید
data-amendments = اصلاحیه‌هایی که پیشنهاد داده‌اید
data-comments = نظرهایی که نوشته‌اید
data-proposal-supports = پیشنهادهایی که از آنها حمایت می‌کنید
data-comment-supports = نظرهایی که از آنها حمایت می‌کنید
data-meeting-registrations = جلسه‌هایی که در آنها ثبت‌نام کرده‌اید
data-follows = چیزهایی که دنبال می‌کنید
data-notifications = اعلان‌های شما
data-reports = نوشته‌هایی که گزارش داده‌اید
data-blocks = مسدودسازی‌ها توسط ناظران محتوا
data-budget-votes = بودجه‌هایی که در آنها رأی داده‌اید
data-voting-details = اطلاعات شما برای رأی دادن
data-email = نشانی ایمیل

## رضایت

account-consents-link = رضایت‌های شما
consents-title = رضایت‌های شما
consents-intro = Piazza پیش از آنکه از داده‌های شما برای هر کاری فراتر از آنچه خودتان انجام می‌دهید استفاده کند، از شما می‌پرسد. هر پاسخ همراه با تاریخ و نسخهٔ اطلاعیه‌ای که خواندید نگه داشته می‌شود. پس گرفتن رضایت، مانند دادن آن، با یک کلیک انجام می‌شود.
consent-purpose-taking-part = مشارکت
consent-purpose-contact = تماس با شما
consent-purpose-demographics = آمار دربارهٔ اینکه چه کسانی مشارکت می‌کنند
consent-purpose-research = پژوهش دربارهٔ نوشته‌ها و مشارکت‌ها
consent-notice-taking-part = Piazza آنچه را می‌نویسید، از آن حمایت می‌کنید و به آن رأی می‌دهید، همراه با نام نمایشی شما نگه می‌دارد تا جامعهٔ محلی شما بتواند آن را ببیند و به آن پاسخ دهد. هر زمان بخواهید می‌توانید حساب خود را حذف کنید.
consent-notice-contact = Piazza ممکن است دربارهٔ چیزهایی که دنبال می‌کنید و دربارهٔ فرایندهای جامعهٔ محلی شما برایتان ایمیل بفرستد. خودتان در حساب کاربری‌تان تعیین می‌کنید که هر چند وقت یک بار.
consent-notice-demographics = اگر به پرسش‌های اختیاری دربارهٔ خودتان (گروه سنی، جنسیت، محله و مانند آن) پاسخ دهید، Piazza پاسخ‌ها را جدا از نام شما نگه می‌دارد و فقط برای شمردن آنها، در گروه‌هایی دست‌کم پنج‌نفره، به کار می‌برد تا معلوم شود چه کسانی مشارکت می‌کنند و چه کسانی غایب‌اند.
consent-notice-research = پژوهشگران ممکن است نوشته‌ها و مشارکت‌های شما را، بدون نام شما، بررسی کنند تا بفهمند مشارکت چگونه کار می‌کند. هیچ چیزی که بتواند شما را شناسایی کند منتشر نمی‌شود.
consent-state-not-given = شما این رضایت را نداده‌اید.
consent-state-granted = شما این رضایت را در تاریخ { $date } دادید.
consent-state-withdrawn = شما این رضایت را در تاریخ { $date } پس گرفتید.
consent-state-asked-again = اطلاعیه از زمانی که رضایت دادید تغییر کرده است: لطفاً آن را دوباره بخوانید و پاسخ دهید. تا آن زمان، رضایت شما به حساب نمی‌آید.
consent-grant = موافقم
consent-withdraw = پس گرفتن رضایت من
consent-done-saved = پاسخ شما ثبت شد.
consents-ledger-heading = همهٔ پاسخ‌هایی که داده‌اید
consents-ledger-empty = هنوز به چیزی پاسخ نداده‌اید.
consents-when = زمان
consents-purpose = دربارهٔ
consents-answer = پاسخ
consents-how = چگونه
consents-version = نسخهٔ اطلاعیه
consents-basis = مبنای قانونی
consent-granted = موافقت کرد
consent-withdrawn = پس گرفت
consent-channel-online = برخط
consent-channel-paper = روی کاغذ
consent-channel-phone = تلفنی
consent-channel-by = { $channel }، ثبت‌شده توسط { $name }
legal-basis-consent = رضایت (GDPR، ماده 6.1.a)
legal-basis-explicit-consent = رضایت صریح (GDPR، ماده 9.2.a)
data-consents = رضایت‌های شما

## سابقهٔ پردازش داده‌ها

community-privacy-link = داده‌های شما چگونه به کار می‌روند
processing-title = { $community } داده‌های شخصی را چگونه به کار می‌برد
processing-intro = این سابقهٔ پردازش از روی آنچه Piazza واقعاً نگه می‌دارد و از روی دوره‌های نگهداری این نمونهٔ Piazza ساخته می‌شود، پس همیشه به‌روز است.
processing-caption = چه چیزی، چرا و تا چه مدت نگه داشته می‌شود
processing-what = چه چیزی
processing-why = چرا
processing-basis = مبنای قانونی
processing-kept = مدت نگهداری
processing-who = چه کسی می‌تواند آن را ببیند
processing-kept-days = { $count ->
    [one] { $n } روز
   *[other] { $n } روز
}
processing-account = حساب شما: نام کاربری، نام نمایشی، نشانی ایمیل، زبان و یک اثر انگشت دیجیتال از رمز عبور شما
processing-account-why = تا بتوانید وارد شوید و با نامی که خودتان انتخاب می‌کنید مشارکت کنید
processing-contributions = پیشنهادها، نظرها، اصلاحیه‌ها و صورت‌جلسه‌ها
processing-contributions-why = مشارکت عمومی: تا همه بتوانند آنها را بخوانند، دربارهٔ آنها گفت‌وگو کنند و به آنها پاسخ دهند
processing-votes = حمایت‌ها و برگه‌های رأی بودجه
processing-votes-why = برای شمردن آنها
processing-meetings = ثبت‌نام در جلسه‌ها و آنچه گفتید برای شرکت نیاز دارید
processing-meetings-why = برای برگزاری جلسه‌هایی که همه بتوانند در آنها شرکت کنند
processing-notifications = اعلان‌های شما
processing-notifications-why = برای اینکه باخبر شوید چه بر سر چیزهایی که دنبال می‌کنید آمده است
processing-mail = ایمیل‌هایی که برای شما فرستاده می‌شود
processing-mail-why = برای رساندن اعلان‌ها، خلاصه‌ها و بازنشانی رمز عبور، و برای تلاش دوباره وقتی رساندن ناموفق است
processing-security = نشست‌ها و تلاش‌های ناموفق برای ورود
processing-security-why = برای محافظت از حساب‌ها در برابر کسانی که رمز عبور را حدس می‌زنند
processing-eligibility = فهرست ساکنان و اطلاعات شما برای رأی دادن (تاریخ تولد، ناحیه)
processing-eligibility-why = برای بررسی اینکه چه کسی می‌تواند در یک بودجه‌ریزی مشارکتی رأی بدهد
processing-consents = رضایت‌های شما و سابقهٔ آنها
processing-consents-why = برای اثبات اینکه با چه چیزی و در چه زمانی موافقت کردید
processing-moderation = گزارش‌ها و تصمیم‌های نظارت بر محتوا
processing-moderation-why = برای اینکه گفت‌وگوها محترمانه بمانند، به‌صورت آشکار
processing-kept-until-erased = تا وقتی که حساب خود را حذف کنید
processing-kept-contributions = تا وقتی فرایند عمومی است؛ اگر حساب خود را حذف کنید، باقی می‌مانند، بدون نام شما
processing-kept-votes = برای همیشه شمرده‌شده؛ اینکه چه کسی رأی داده با حذف حساب شما فراموش می‌شود و اینکه کدام برگهٔ رأی مال شما بوده با پایان رأی‌گیری فراموش می‌شود
processing-kept-meeting-needs = نیازهای شما: { $days } پس از جلسه؛ خود ثبت‌نام: تا وقتی که حساب خود را حذف کنید
processing-kept-security = نشست‌ها تا وقتی منقضی شوند؛ ورودهای ناموفق به مدت یک روز
processing-kept-eligibility = فهرست ساکنان تا وقتی جایگزین شود، فقط به صورت اثر انگشت‌های دیجیتال کلیددار؛ اطلاعات شما تا وقتی که حساب خود را حذف کنید
processing-kept-moderation = تا وقتی محتوای مربوط به آن وجود دارد؛ دفتر عمومی نظارت تصمیم‌ها را نگه می‌دارد، اما هرگز نگه نمی‌دارد که چه کسی گزارش داده است
processing-who-you-and-operators = شما، و کسانی که این نمونهٔ Piazza را اداره می‌کنند
processing-who-everyone = همه
processing-who-totals = هیچ کس به‌صورت فردی: فقط جمع‌ها منتشر می‌شوند
processing-who-organisers = برگزارکنندگان جلسه در { $community }
processing-who-you = فقط شما
processing-who-operators = کسانی که این نمونهٔ Piazza را اداره می‌کنند، برای رفع مشکلات ارسال
processing-who-nobody = هیچ کس: به‌صورت خودکار بررسی می‌شود
processing-who-moderators = ناظران محتوای { $community }
legal-basis-public-task = انجام وظیفه‌ای در راستای منافع عمومی (GDPR، ماده 6.1.e)
legal-basis-legitimate-interest = منافع مشروع در زمینهٔ امنیت (GDPR، ماده 6.1.f)
legal-basis-legal-obligation = یک تکلیف قانونی (GDPR، مادهٔ 6.1.c و 7.1)
processing-rights = هر زمان بخواهید می‌توانید داده‌های خود را ببینید و دریافت کنید، رضایت بدهید یا آن را پس بگیرید، و حساب خود را حذف کنید.

## بیانیهٔ دسترس‌پذیری و موانع

footer-accessibility = بیانیهٔ دسترس‌پذیری و گزارش یک مانع
community-barriers-link = موانع دسترس‌پذیری گزارش‌شده
accessibility-title = بیانیهٔ دسترس‌پذیری
accessibility-commitment = Piazza طوری ساخته شده است که همه بتوانند مشارکت کنند: با یک گوشی ارزان و اینترنت کند، بدون JavaScript، با صفحه‌کلید یا صفحه‌خوان، و به زبانی که از راست به چپ نوشته می‌شود. این بیانیه از دستورالعمل دسترس‌پذیری وب اتحادیهٔ اروپا (2016/2102) پیروی می‌کند.
accessibility-status-heading = میزان دسترس‌پذیری
accessibility-status = هدف Piazza برآوردن رهنمودهای دسترس‌پذیری محتوای وب (WCAG) 2.2 در سطح AA است. صفحه‌هایی که در پایین فهرست شده‌اند به‌صورت خودکار بررسی می‌شوند؛ برخی موانع را فقط انسان‌ها می‌توانند پیدا کنند، پس لطفاً هر مانعی را که با آن روبه‌رو شدید به ما بگویید.
accessibility-how-heading = چگونه بررسی می‌شود
accessibility-how-axe = هر صفحه با axe-core در یک مرورگر واقعی در برابر WCAG 2.2 AA بررسی می‌شود، هم بدون ورود و هم با ورود با هر نقش، در یک زبان چپ به راست و یک زبان راست به چپ.
accessibility-how-no-script = همهٔ صفحه‌ها، از جمله برگه‌های رأی و فرم‌ها، با JavaScript خاموش هم کار می‌کنند.
accessibility-how-keyboard = ثبت‌نام و ورود فقط با صفحه‌کلید آزموده می‌شوند؛ جای فوکوس همیشه دیده می‌شود.
accessibility-how-languages = صفحه‌ها به‌طور کامل ترجمه شده‌اند؛ متنی که مردم می‌نویسند زبان و جهت خود را حفظ می‌کند.
accessibility-limits-heading = محدودیت‌های شناخته‌شده
accessibility-limit-maps = مکان‌ها به صورت نشانی و مختصات داده می‌شوند؛ هیچ نقشه‌ای کشیده نمی‌شود.
accessibility-limit-content = آنچه مردم می‌نویسند (پیشنهادها، نظرها، تصویرهایی که با پیوند آمده‌اند) مال خودشان است: ممکن است توضیح تصویر یا زبان ساده نداشته باشد. خلاصه‌های آسان‌خوان هر جا که نویسندگان آنها را نوشته باشند وجود دارند.
accessibility-enforcement-heading = اگر راضی نیستید
accessibility-enforcement = اگر پاسخ به گزارشی شما را راضی نکند، می‌توانید به نهاد ناظر بر اجرای دستورالعمل دسترس‌پذیری وب در کشور خود مراجعه کنید (در ایتالیا، AgID).
barrier-heading = گزارش یک مانع
barrier-intro = به ما بگویید چه چیزی جلوی شما را گرفت یا کار را سخت کرد. گزارش شما به مدیران جامعهٔ محلی‌ای که انتخاب می‌کنید، یا به مدیران این نمونهٔ Piazza، می‌رسد.
field-barrier-page = صفحه (اختیاری)
hint-barrier-page = نشانی آن، یا نامی که داشت.
field-barrier-description = چه مشکلی پیش آمد؟
hint-barrier-description = چه کاری می‌خواستید انجام دهید و چه اتفاقی افتاد. اگر بخواهید، دستگاه یا فناوری کمکی خود را هم بگویید.
field-barrier-community = به کدام جامعهٔ محلی مربوط است؟
option-barrier-instance = هیچ‌کدام به‌طور خاص
field-barrier-contact = چگونه می‌توانیم به شما پاسخ دهیم؟ (اختیاری)
hint-barrier-contact = یک نشانی ایمیل یا شمارهٔ تلفن. برای گزارش بی‌نام، آن را خالی بگذارید.
barrier-submit = فرستادن گزارش
barrier-done-reported = سپاسگزاریم: گزارش شما برای مدیران فرستاده شد.
error-barrier-page = نشانی یا نام صفحه را در حداکثر ۵۰۰ نویسه بنویسید.
error-barrier-description-required = توضیح دهید چه مشکلی پیش آمد.
error-barrier-contact = یک نشانی یا شماره در حداکثر ۲۰۰ نویسه بنویسید.
barrier-reports-title = موانع دسترس‌پذیری گزارش‌شده
barrier-reports-none = هیچ کس در این جامعهٔ محلی مانعی گزارش نکرده است.
barrier-reports-contact = پاسخ به:

## تنظیمات نمایش

footer-display = تنظیمات نمایش
display-heading = تنظیمات نمایش
display-intro = انتخاب کنید صفحه‌ها چگونه نشان داده شوند. اگر وارد شده باشید، انتخاب شما همراه حساب کاربری‌تان به خاطر سپرده می‌شود؛ وگرنه این مرورگر آن را به خاطر می‌سپارد.
display-legend = نمایش صفحه‌ها با
display-preference-large-text = متن بزرگ‌تر
display-preference-high-contrast = کنتراست بیشتر
display-preference-reduced-motion = بدون حرکت
display-submit = ذخیرهٔ تنظیمات نمایش

## بازنمایی: آنچه مردم دربارهٔ خودشان می‌گویند، و چه کسانی مشارکت می‌کنند.
age-band-under-16 = زیر ۱۶ سال
age-band-16-24 = ۱۶ تا ۲۴ سال
age-band-25-44 = ۲۵ تا ۴۴ سال
age-band-45-64 = ۴۵ تا ۶۴ سال
age-band-65-plus = ۶۵ سال و بالاتر
gender-woman = زن
gender-man = مرد
gender-another = جنسیت دیگر
about-you-title = دربارهٔ شما
about-you-link = از خودتان برای ما بگویید
about-you-intro = این پرسش‌ها به جامعهٔ محلی شما کمک می‌کنند ببیند چه کسانی مشارکت می‌کنند و چه کسانی غایب‌اند، تا بتواند به سراغ آنها برود و از آنها بپرسد. پاسخ دادن به همهٔ پرسش‌ها اختیاری است.
about-you-age-band = سن شما
about-you-gender = جنسیت شما
about-you-neighbourhood = محل زندگی شما
about-you-prefer-not-to-say = ترجیح می‌دهم نگویم
about-you-no-answer = بدون پاسخ
about-you-submit = ذخیرهٔ پاسخ‌های من
about-you-done-saved = پاسخ‌های شما ذخیره شد.
about-you-withdraw = رضایت خود را پس بگیرید: در این صورت پاسخ‌های شما بی‌درنگ حذف می‌شوند.
about-you-needs-consent = شما برای این پرسش‌ها رضایت نداده‌اید، پس هیچ‌کدام از آنها پرسیده نمی‌شود.
about-you-give-consent = دادن یا پس گرفتن رضایت
error-demographics-consent = این پاسخ‌ها را فقط با رضایت به پرسش‌های دربارهٔ خود فرد می‌توان نگه داشت.
representation-link = چه کسانی مشارکت می‌کنند
representation-process-link = چه کسانی در این فرایند مشارکت می‌کنند
representation-title = چه کسانی در { $community } مشارکت می‌کنند
representation-title-process = چه کسانی در { $process } مشارکت می‌کنند
representation-intro = کسانی که مشارکت کرده‌اند، گروه به گروه، در مقایسه با کسانی که اینجا زندگی می‌کنند. فقط کسانی که رضایت داده‌اند به پرسش‌ها پاسخ می‌دهند؛ گروه‌های کمتر از پنج نفر هرگز نشان داده نمی‌شوند.
representation-participants = کسانی که مشارکت کرده‌اند: { $people }.
representation-too-few = تاکنون کمتر از پنج نفر مشارکت کرده‌اند: هنوز چیزی نمی‌توان نشان داد.
representation-no-reference = جامعهٔ محلی هنوز جمعیت خود را وارد نکرده است، پس نرخ مشارکت را نمی‌توان حساب کرد.
representation-caption = مشارکت به تفکیک گروه: { $question }
representation-group = گروه
representation-people = کسانی که مشارکت کرده‌اند
representation-reference-share = سهم از جمعیت
representation-rate = در هر ۱۰٬۰۰۰ ساکن
representation-relative = در مقایسه با گروهی که بیشترین مشارکت را دارد
representation-hidden = کمتر از ۵
representation-not-answered = پاسخ نداده
representation-under-represented = کم‌بازنمایی‌شده
representation-percent = { $n }٪
representation-score = امتیاز بازنمایی: { $score } (نرخ پایین‌ترین گروه تقسیم بر نرخ بالاترین گروه؛ ۱۰۰٪ یعنی همهٔ گروه‌ها به یک اندازه مشارکت می‌کنند).
representation-score-partial = گروه‌هایی که برای نمایش خیلی کوچک‌اند کنار گذاشته شده‌اند.
representation-furthest-behind = گروه «{ $group }» کمترین مشارکت را دارد: { $rate } در هر ۱۰٬۰۰۰ ساکن، در برابر { $best } برای گروهی که بیشترین مشارکت را دارد.
representation-outreach-age-band = توصیه: به جاهایی بروید که افراد گروه سنی { $group } همین حالا آنجا هستند (مدرسه‌ها، باشگاه‌ها، مراکز مراقبت روزانه، بازارها) و افزون بر وب‌سایت، مشارکت روی کاغذ و با تلفن را هم پیشنهاد کنید.
representation-outreach-gender = توصیه: از افراد گروه «{ $group }» بپرسید چه چیزی آنها را دور نگه می‌دارد؛ جلسه‌ها را در زمان‌های دیگری و همراه با نگهداری از کودکان برگزار کنید و دیدگاه‌هایشان را روی کاغذ یا با تلفن ثبت کنید.
representation-outreach-neighbourhood = توصیه: در { $group } یک غرفهٔ خیابانی یا یک کارگاه برپا کنید و آنچه مردم آنجا می‌گویند را با فرم تسهیلگر ثبت کنید.
representation-outreach-community = توصیه: با سازمان‌هایی که افراد گروه «{ $group }» به آنها اعتماد دارند همکاری کنید، و بگذارید تسهیلگران دیدگاه‌های آنها را همان جایی که دور هم جمع می‌شوند گردآوری کنند.
representation-method = شیوهٔ شمارش: هر فرد با دادن پیشنهاد، نظر دادن، حمایت کردن، ثبت‌نام در یک جلسه یا رأی دادن مشارکت می‌کند. وقتی یک گروه پنهان می‌شود، یک خانهٔ دیگر جدول هم پنهان می‌شود تا نتوان عدد پنهان را از روی جمع کل به دست آورد.
representation-csv = دریافت به صورت CSV
representation-setup-link = جمعیت و پرسش‌ها
representation-setup-title = جمعیت و پرسش‌ها
representation-setup-done = ذخیره شد.
reference-heading = جمعیت
reference-intro = بنویسید چند نفر از ساکنان به هر گروه تعلق دارند، بر اساس سرشماری یا ثبت احوال. اگر عدد گروهی را نمی‌دانید، آن را خالی بگذارید.
reference-submit = ذخیرهٔ جمعیت
error-reference-people = تعداد افراد را به صورت یک عدد صحیح بنویسید، یا آن را خالی بگذارید.
question-heading = پرسشی از خودتان
question-intro = دربارهٔ ویژگی‌ای بپرسید که جامعهٔ محلی شما می‌خواهد بهتر به دارندگان آن برسد، مانند پیشینهٔ مهاجرت یا معلولیت. مردم همیشه می‌توانند ترجیح دهند که نگویند.
field-question-label = پرسش
hint-question-label = برای نمونه: آیا در کشور دیگری به دنیا آمده‌اید؟
field-question-options = پاسخ‌ها، هر کدام در یک خط
hint-question-options = بین ۲ تا ۱۲ پاسخ.
question-submit = افزودن پرسش
error-question-options = بین ۲ تا ۱۲ پاسخ متفاوت بنویسید، هر کدام در یک خط و هر کدام کمتر از ۱۰۰ نویسه.
channels-heading = مشارکت‌ها از چه راه‌هایی رسیدند
channels-caption = مشارکت‌ها به تفکیک شیوه
channels-channel = شیوه
channels-proposals = پیشنهادها
channels-comments = نظرها
channels-supports = حمایت‌ها
channels-total = جمع
contribution-channel-online = برخط
contribution-channel-paper = روی کاغذ
contribution-channel-phone = تلفنی
contribution-channel-workshop = در کارگاه
contribution-channel-street-stand = در غرفهٔ خیابانی

## حالت تسهیلگر: مشارکت‌هایی که از طرف کس دیگری ثبت می‌شوند.
assisted-link = ثبت از طرف کس دیگری
assisted-title = ثبت یک مشارکت از طرف کس دیگری
assisted-intro = آنچه را کسی در یک کارگاه، در یک غرفهٔ خیابانی، روی کاغذ یا با تلفن گفته است بنویسید. او رسیدی با یک کد می‌گیرد تا بعداً، اگر بخواهد، آن را در حساب کاربری خودش پیدا کند.
assisted-person-heading = آن فرد
assisted-adding-for = افزودن به رسید { $name }.
field-assisted-name = نام یا حروف اول نام
hint-assisted-name = همان‌طور که آن فرد می‌خواهد کنار گفته‌هایش دیده شود. حروف اول نام کافی است.
field-assisted-channel = چگونه گردآوری شد
field-assisted-event = کجا و کی
hint-assisted-event = برای نمونه: غرفهٔ خیابانی، بازار شنبه، Piazza Grande
field-assisted-consents = آنچه آن فرد با آن موافقت کرد
hint-assisted-consents = فقط چیزهایی را علامت بزنید که آن فرد در فرم کاغذی علامت زده، یا پس از شنیدن اطلاعیه، پشت تلفن به آنها «بله» گفته است. برای نگه داشتن گفته‌های او، موافقت با «مشارکت» لازم است.
error-assisted-taking-part = پیش از آنکه بتوان گفته‌های این فرد را نگه داشت، او باید با مشارکت موافقت کند.
error-event-required = بنویسید کجا و کی گردآوری شد.
error-event-length = کمتر از ۱۵۰ نویسه بنویسید.
assisted-about-heading = پرسش‌هایی دربارهٔ آن فرد (اختیاری)
assisted-contribution-heading = آنچه آن فرد گفت
field-assisted-kind = نوع مشارکت
assisted-kind-proposal = یک پیشنهاد تازه
assisted-kind-comment = نظری دربارهٔ یک پیشنهاد
assisted-kind-support = حمایت از یک پیشنهاد
field-assisted-proposal = کدام پیشنهاد
hint-assisted-proposal = برای نظر یا حمایت.
assisted-proposal-option = شمارهٔ { $number }:
field-assisted-stance = برای نظر: موضع آن فرد
hint-assisted-title = برای پیشنهاد تازه.
field-assisted-body = با کلمات خود آن فرد
hint-assisted-body = برای پیشنهاد تازه یا نظر.
assisted-submit = ثبت
receipt-title = رسید
receipt-recorded = ثبت شد. این رسید را، چاپ‌شده یا دست‌نویس، به آن فرد بدهید.
receipt-for = رسید برای { $name }
receipt-process = فرایند
receipt-date = تاریخ
receipt-about = موضوع
receipt-code-label = کد شما:
receipt-how-to-claim = برای پیدا کردن گفته‌هایتان در حساب کاربری خودتان: وارد Piazza شوید (یا حساب کاربری بسازید)، «دریافت آنچه برای شما ثبت شده است» را باز کنید و این کد را بنویسید.
receipt-code-once = این کد فقط همین حالا نشان داده می‌شود. آن را در جای امنی نگه دارید: هر کس آن را داشته باشد می‌تواند این مشارکت‌ها را از آنِ خود کند.
receipt-same-code = این مشارکت به رسید قبلی آن فرد افزوده شد: با همان کد می‌توان آن را دریافت کرد.
receipt-another-same = ثبت چیز دیگری برای همین فرد
receipt-another-person = ثبت برای فرد دیگری
paper-form-link = فرم کاغذی قابل چاپ
paper-form-title = فرم کاغذی: { $process }
paper-form-intro = این فرم را پر کنید و به یکی از تسهیلگران { $community } بدهید. او آن را دقیقاً همان‌طور که نوشته‌اید وارد می‌کند و به شما رسید می‌دهد.
paper-form-print = این صفحه را با فرمان چاپ مرورگر خود چاپ کنید.
paper-form-you = دربارهٔ شما
paper-form-consents = آنچه را با آن موافقید علامت بزنید. برای نگه داشتن آنچه می‌نویسید، موافقت با «مشارکت» لازم است.
paper-form-say = آنچه می‌خواهید بگویید
paper-form-support-numbers = شمارهٔ پیشنهادهایی که از آنها حمایت می‌کنید
paper-form-comment-number = شمارهٔ پیشنهادی که دربارهٔ آن نظر می‌دهید
paper-form-proposals = پیشنهادهای موجود تاکنون
paper-form-receipt = رسیدی با یک کد دریافت خواهید کرد: با آن می‌توانید بعداً گفته‌هایتان را در حساب کاربری خودتان پیدا کنید.
claim-title = دریافت آنچه برای شما ثبت شده است
claim-link = دریافت آنچه برای شما ثبت شده است
claim-intro = اگر یک تسهیلگر پیشنهادها، نظرها یا حمایت‌های شما را ثبت کرده و به شما رسید داده است، کد آن را اینجا بنویسید: همهٔ آنها، همراه با رضایت‌هایتان، از آنِ شما می‌شود.
field-claim-code = کد روی رسید شما
hint-claim-code = دوازده حرف و رقم، برای نمونه ABCD-EFGH-JKLM.
claim-submit = دریافت
error-claim-code-required = کد روی رسید خود را بنویسید.
error-claim-code-unknown = هیچ رسیدی این کد را ندارد، یا قبلاً دریافت شده است. حرف‌ها و رقم‌ها را بررسی کنید.

## بازنمایی و حالت تسهیلگر در داده‌های شما و در سابقهٔ پردازش داده‌ها.
data-about-you = پاسخ‌های شما دربارهٔ خودتان
processing-demographics = پاسخ‌های شما دربارهٔ خودتان (گروه سنی، جنسیت، محله و پرسش‌های خودِ جامعهٔ محلی)
processing-demographics-why = برای شمردن اینکه چه کسانی مشارکت می‌کنند و چه کسانی غایب‌اند، تا جامعهٔ محلی بتواند به سراغ آنها برود
processing-kept-demographics = تا وقتی که رضایت خود را پس بگیرید یا حساب خود را حذف کنید؛ هر کدام از این دو آنها را بی‌درنگ حذف می‌کند
processing-assisted = مشارکت‌ها و رضایت‌هایی که یک تسهیلگر برای کسی ثبت کرده که روی کاغذ، تلفنی، در کارگاه یا در غرفهٔ خیابانی مشارکت کرده است
processing-assisted-why = تا کسانی که حساب ندارند بتوانند مشارکت کنند و بعداً گفته‌هایشان را پیدا کنند
processing-kept-assisted = تا وقتی که با کد رسید دریافت شوند، و پس از آن به‌عنوان مشارکت‌های خود شما؛ خود کد فقط به صورت اثر انگشت دیجیتال نگه داشته می‌شود
processing-who-facilitators = تسهیلگران { $community }، و برای آنچه عمومی است، همه
representation-share-of-all = سهم از همهٔ مشارکت‌کنندگان

## شیوه‌ها در صفحهٔ فرایند، رضایت‌ها هنگام ثبت‌نام، آسان‌خوان به انتخاب خواننده.
channels-count = { $channel }: { $count }
register-consents = آنچه با آن موافقید (هر زمان می‌توانید آن را در حساب کاربری‌تان تغییر دهید)
display-preference-easy-read = نسخه‌های آسان‌خوان در اولویت، هر جا که وجود دارند
easy-read-full-text = متن کامل
easy-read-choose = همیشه اول نسخه‌های آسان‌خوان نشان داده شود
easy-read-write = نوشتن نسخهٔ آسان‌خوان
easy-read-save = ذخیرهٔ نسخهٔ آسان‌خوان
notice-easy-read = نسخهٔ آسان‌خوان ذخیره شد.
consents-asked-again-account = اطلاعیه‌ای که با آن موافقت کرده بودید تغییر کرده است: آن را دوباره بخوانید و پاسخ خود را بدهید.

## حالت تسهیلگر: وقتی چیزی نمی‌توان ثبت کرد، و پس از دریافت.
assisted-nothing-now = اکنون در این فرایند چیزی نمی‌توان ثبت کرد: مرحلهٔ کنونی آن نه پیشنهاد می‌پذیرد، نه نظر و نه حمایت.
claim-done-all = همهٔ آنچه برای شما ثبت شده بود اکنون در حساب کاربری شماست: پیشنهادها، نظرها، حمایت‌ها و رضایت‌هایتان.

## پیگیری تعهدها: آنچه تصمیم گرفته شد، تا اجرا دنبال می‌شود.
result-status-planned = برنامه‌ریزی‌شده
result-status-in-progress = در حال اجرا
result-status-done = انجام‌شده
result-status-cancelled = لغوشده
process-see-results = { $count ->
    [0] شما گفتید، ما انجام دادیم
    [one] شما گفتید، ما انجام دادیم: { $n } نتیجه
   *[other] شما گفتید، ما انجام دادیم: { $n } نتیجه
}
accountability-title = شما گفتید، ما انجام دادیم: { $process }
results-intro = آنچه نهاد عمومی و دولتی پس از این فرایند متعهد شد انجام دهد، و اینکه هر کار تا کجا پیش رفته است. هر نتیجه به پیشنهادها و پروژه‌هایی پیوند دارد که از آنها آمده است.
results-none = هنوز هیچ نتیجه‌ای ثبت نشده است.
result-new-title = ثبت یک نتیجه
result-new-submit = ثبت نتیجه
result-progress = پیشرفت
result-progress-derived = میانگین بخش‌های آن
result-parts = بخش‌های آن
result-comes-from = برآمده از
result-timeline = چه اتفاقی افتاد
result-no-updates = هنوز هیچ به‌روزرسانی‌ای نیست.
result-update-heading = افزودن به‌روزرسانی
result-update-submit = افزودن به‌روزرسانی
result-done-updated = به‌روزرسانی افزوده شد.
result-fate-heading = چه بر سر آن آمد
field-result-description = چه چیزی انجام خواهد شد
field-result-parent = بخشی از
hint-result-parent = یک نتیجه می‌تواند بخشی از نتیجه‌ای بزرگ‌تر باشد که در این صورت پیشرفتش میانگین بخش‌های آن است.
field-result-status = وضعیت
field-result-progress = پیشرفت، به درصد
hint-result-progress = یک عدد صحیح از ۰ تا ۱۰۰. نتیجهٔ انجام‌شده ۱۰۰ حساب می‌شود.
field-result-starts = تاریخ شروع
field-result-ends = تاریخ پایان
hint-date = برای نمونه 2027-03-31.
field-result-planned = پول پیش‌بینی‌شده
field-result-spent = پول خرج‌شده
hint-result-money = یک مبلغ صحیح، بدون واحد پول.
field-result-proposals = پیشنهادهایی که از آنها آمده است
field-result-projects = پروژه‌های بودجه که از آنها آمده است
field-result-update = چه اتفاقی افتاد
field-cancel-reason = چرا لغو شد
hint-cancel-reason = وقتی وضعیت «لغوشده» است لازم است: مردم آن را کنار نتیجه می‌خوانند.
error-result-number = یک عدد صحیح در بازهٔ گفته‌شده بنویسید، یا آن را خالی بگذارید.
error-cancel-reason = بگویید چرا لغو شد.
error-update-required = بنویسید چه اتفاقی افتاد.

## داده‌های باز: دریافت پرونده‌ها و API خواندن.
footer-open-data = داده‌های باز
open-data-link = داده‌های باز: دریافت داده‌های این جامعهٔ محلی
open-data-title = داده‌های باز
open-data-title-community = داده‌های باز { $community }
open-data-intro = هر چیزی که اینجا عمومی است را می‌توان دریافت کرد و دوباره به کار برد: به صورت CSV برای صفحه‌گسترده‌ها، به صورت JSON، و به صورت GeoJSON برای نقشه‌ها، آنجا که چیزها مکانی دارند. هر پرونده همیشه تازه‌ترین داده‌ها را در بر دارد.
open-data-licence = مجوز: { $licence }. هنگام استفادهٔ دوباره از داده‌ها، بگویید از کجا آمده‌اند.
open-data-caption = پرونده‌ها، برای هر نوع چیز یکی
open-data-what = چه چیزی
open-data-files = پرونده‌ها
open-data-datapackage = شرح هر پرونده و هر فیلد (datapackage.json)
open-data-api = API خواندن، توصیف‌شده با OpenAPI
open-data-privacy = هیچ دادهٔ شخصی منتشر نمی‌شود: نه نشانی ایمیل، نه پاسخ به پرسش‌های دربارهٔ خود فرد جز شمارش‌های پنج یا بیشتر، نه چیزی که ناظران محتوا پنهان کرده‌اند، و کسانی که حساب خود را حذف کرده‌اند به صورت هیچ‌کس نشان داده می‌شوند.

## داده‌های باز: نام مجموعه‌داده‌ها و کاتالوگ DCAT

open-data-resource-communities = جامعه‌های محلی
open-data-about-communities = شهرها، شهرک‌ها، روستاها، محله‌ها و منطقه‌هایی که فرایندهای مشارکتی برگزار می‌کنند.
open-data-resource-organisations = سازمان‌ها
open-data-about-organisations = نهادهای عمومی، دانشگاه‌ها، کسب‌وکارها و جامعهٔ مدنی که مشارکت دارند.
open-data-resource-processes = فرایندها
open-data-about-processes = فرایندهای مشارکتی: پرسشی که در چند مرحله با ساکنان در میان گذاشته می‌شود.
open-data-resource-proposals = پیشنهادها
open-data-about-proposals = پیشنهادهایی که ساکنان در فرایندها داده‌اند، همراه با وضعیت آنها و پاسخ رسمی.
open-data-resource-comments = نظرها
open-data-about-comments = نظرها دربارهٔ فرایندها و پیشنهادها، همراه با موضع آنها.
open-data-resource-meetings = جلسه‌ها
open-data-about-meetings = جلسه‌های حضوری، برخط یا ترکیبی، همراه با صورت‌جلسهٔ آنها پس از برگزاری.
open-data-resource-budgets = بودجه‌ریزی‌های مشارکتی
open-data-about-budgets = بودجه‌ریزی‌های مشارکتی: پولی که ساکنان با رأی دربارهٔ آن تصمیم می‌گیرند.
open-data-resource-projects = پروژه‌های بودجه‌ریزی مشارکتی
open-data-about-projects = پروژه‌های بودجه‌ریزی‌های مشارکتی، همراه با بررسی آنها و رأی‌هایی که پس از شمارش به دست آورده‌اند.
open-data-resource-results = نتیجه‌ها
open-data-about-results = آنچه نهاد عمومی و دولتی متعهد شد انجام دهد، و اینکه تا کجا پیش رفته است.
open-data-resource-moderation-log = دفتر نظارت
open-data-about-moderation-log = هر تصمیم نظارتی، همان‌گونه که دفتر عمومی نظارت نشان می‌دهد، بی‌آنکه معلوم شود چه کسی گزارش داده است.
open-data-catalog = کاتالوگ این مجموعه‌داده‌ها، با DCAT-AP 3:
catalog-title = داده‌های باز Piazza
catalog-description = همهٔ چیزهای عمومی در جامعه‌های محلی این نمونهٔ Piazza، از آنچه ساکنان پیشنهاد کردند و دربارهٔ آن گفت‌وگو کردند تا آنچه تصمیم گرفته شد و انجام شد، به صورت پرونده‌هایی برای دریافت و از راه یک API خواندن.
catalog-publisher = Piazza در { $host }
catalog-everywhere = همهٔ جامعه‌های محلی
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = جدولی برای صفحه‌گسترده‌ها، با یک ردیف برای هر مورد. خانه‌هایی که صفحه‌گسترده ممکن است آنها را فرمول بخواند محافظت شده‌اند.
catalog-distribution-json = فهرستی از شیءها، یکی برای هر مورد، با همان فیلدهای جدول.
catalog-distribution-geojson = مواردی که مکانی دارند، به صورت نقطه‌هایی برای نقشه.
catalog-api-title = API خواندن Piazza
catalog-api-description = همهٔ چیزهای عمومی هر جامعهٔ محلی، صفحه به صفحه، با امکان پالایش بر پایهٔ جامعهٔ محلی و تاریخ. توصیف‌شده با OpenAPI 3.1.
catalog-keyword-participation = مشارکت
catalog-keyword-open-government = دولت باز

## بازخورد دربارهٔ خدمات: گزارش مشکل‌ها، درخواست‌ها، امتیازها و شاخص‌ها

request-status-open = گزارش‌شده
request-status-acknowledged = دیده‌شده از سوی کارشناسان رسمی
request-status-in-progress = در دست رسیدگی
request-status-closed = بسته‌شده
attribute-type-text = متن بلندتر
attribute-type-string = متن کوتاه
attribute-type-number = عدد
attribute-type-datetime = تاریخ
attribute-type-singlevaluelist = یک گزینه از یک فهرست
attribute-type-multivaluelist = چند گزینه از یک فهرست
report-channel-web = در همین وب‌سایت
report-channel-open311 = از راه یک برنامهٔ دیگر (Open311)
notification-request-updated = گزارش شما «{ $title }» اکنون: { $detail }
data-service-requests = مشکل‌هایی که گزارش داده‌اید
data-ratings = امتیازهای شما
problem-report-link = گزارش یک مشکل
problem-report-title = گزارش یک مشکل در { $community }
problem-report-intro = چیزی خراب، کثیف یا سد راه است؟ به کسانی که به آن رسیدگی می‌کنند بگویید. می‌توانید پیگیری کنید که چه بر سر گزارشتان می‌آید، و پس از رسیدگی به نتیجه امتیاز بدهید.
problem-report-sign-in-first = برای گزارش یک مشکل در اینجا وارد شوید.
problem-report-no-services = هنوز هیچ نوع مشکلی را نمی‌توان اینجا گزارش داد.
problem-report-choose = مشکل از چه نوعی است؟
problem-report-form-title = گزارش: { $service }
problem-report-public-notice = گزارش شما و مکان آن عمومی است تا دیگران ببینند که مشکل شناخته شده است. نام شما و راه تماس با شما هرگز نشان داده نمی‌شود.
problem-report-submit = فرستادن گزارش
field-request-description = مشکل چیست؟
hint-request-description = بگویید چه می‌بینید و دقیقاً کجا. حداکثر ۴٬۰۰۰ نویسه.
field-request-address = کجاست؟
hint-request-location = یک نشانی یا توصیفی از مکان. یک نشانی، یک نقطه روی نقشه یا هر دو را بدهید.
field-request-email = ایمیل شما (اختیاری)
hint-request-email = فقط برای اینکه یک بار به شما بگوییم چه کاری انجام شد؛ با بسته شدن گزارشتان فراموش می‌شود و هرگز نشان داده نمی‌شود.
field-optional-mark = (اختیاری)
hint-attribute-number = یک عدد، مانند 3 یا 2.5.
error-request-location = بگویید مشکل کجاست: یک نشانی یا یک نقطه روی نقشه بدهید.
error-request-description-length = توضیحات باید حداکثر ۴٬۰۰۰ نویسه باشد.
error-attribute-required = به این پرسش پاسخ دهید.
error-attribute-number = یک عدد وارد کنید، مانند 3 یا 2.5.
error-attribute-datetime = تاریخی مانند 2026-03-31 وارد کنید.
requests-link = مشکل‌های گزارش‌شده
requests-title = مشکل‌های گزارش‌شده در { $community }
requests-intro = همهٔ مشکل‌هایی که اینجا گزارش شده‌اند، از تازه‌ترین، همراه با کاری که کارشناسان رسمی دربارهٔ آنها کرده‌اند. اینکه چه کسی گزارش داده هرگز نشان داده نمی‌شود.
requests-none = هیچ مشکل گزارش‌شده‌ای با این انتخاب جور درنمی‌آید.
option-all = همه
field-request-status = وضعیت
field-request-service = نوع مشکل
request-title = مشکل گزارش‌شده: { $service }
request-done-reported = سپاسگزاریم: گزارش شما فرستاده شد. می‌توانید آن را در همین صفحه پیگیری کنید.
request-done-updated = وضعیت به‌روز شد و به کسی که گزارش داده بود خبر داده شد.
request-reported-on = تاریخ گزارش
field-request-expected = زمان پیش‌بینی‌شده برای رسیدگی
request-expected-by = رسیدگی تا { $date } پیش‌بینی شده است
request-no-updates = کارشناسان رسمی هنوز چیزی دربارهٔ آن ننوشته‌اند.
request-update-heading = به‌روزرسانی وضعیت
field-request-note = یادداشت عمومی
hint-request-note = کاری که انجام شده یا انجام خواهد شد. کسی که گزارش داده این یادداشت را دریافت می‌کند.
error-request-note-required = برای کسی که گزارش داده یک یادداشت بنویسید.
field-request-expected-optional = زمان پیش‌بینی‌شده برای رسیدگی (اختیاری)
request-update-submit = به‌روزرسانی و خبر دادن به گزارش‌دهنده
request-mail-subject = گزارش شما دربارهٔ { $service }: { $status }
request-mail-body = وضعیت گزارش شما اکنون: { $status }.

    { $note }

    آن را اینجا ببینید: { $link }
rating-heading = چطور پیش رفت؟
rating-summary = میانگین امتیاز: { $average } از ۵. تعداد امتیازها: { $count }.
rating-none = هنوز کسی امتیازی نداده است.
rating-comments-heading = آنچه ساکنان نوشته‌اند
rating-question = چقدر از کاری که انجام شد راضی هستید؟
rating-change = تغییر امتیاز شما
rating-score-1 = ۱: بسیار ناراضی
rating-score-2 = ۲: ناراضی
rating-score-3 = ۳: نه راضی، نه ناراضی
rating-score-4 = ۴: راضی
rating-score-5 = ۵: بسیار راضی
field-rating-comment = نظر (اختیاری)
hint-rating-comment = کارشناسان رسمیِ پاسخگو آن را می‌خوانند؛ به دیگران نشان داده نمی‌شود. حداکثر ۱٬۰۰۰ نویسه.
rating-submit = فرستادن امتیاز
rating-sign-in = برای امتیاز دادن وارد شوید
rating-done = از امتیازتان سپاسگزاریم.
error-rating-score = امتیازی از ۱ تا ۵ انتخاب کنید.
error-rating-not-yet = پس از بسته شدن یا انجام شدن می‌توان به آن امتیاز داد.
indicators-link = مشکل‌ها چقدر خوب رسیدگی می‌شوند؟
indicators-title = شاخص‌های خدمات { $community }
indicators-intro = مشکل‌های گزارش‌شده با چه سرعتی رسیدگی می‌شوند و ساکنان چقدر راضی‌اند، به تفکیک نوع مشکل، به تفکیک محله و ماه به ماه. عددها هر بار از نو از روی همهٔ گزارش‌ها و امتیازها شمرده می‌شوند، پس پیشینه حفظ می‌شود.
indicators-contents = در این صفحه
indicators-by-service = به تفکیک نوع مشکل
indicators-by-neighbourhood = به تفکیک محله
indicators-by-month = ماه به ماه
indicators-chart-rating = میله‌ها میانگین امتیاز را از ۱ تا ۵ نشان می‌دهند. جدول پایین همهٔ عددها را می‌دهد.
indicators-chart-days = میله‌ها میانهٔ تعداد روزهایی را نشان می‌دهند که بستن مشکل‌های بسته‌شده در آن ماه طول کشید. جدول پایین همهٔ عددها را می‌دهد.
indicators-table-caption = عددها: { $what }
indicators-name = مورد
indicators-requests = گزارش‌شده
indicators-closed = بسته‌شده
indicators-median-days = میانهٔ روزها تا بسته شدن
indicators-average-rating = میانگین امتیاز
indicators-ratings = امتیازها
indicators-no-neighbourhood = بدون محله
indicators-month = { $month } { $year }
indicators-results = امتیاز به آنچه انجام شد
indicators-method = میانه مقدار وسط است: نیمی از مشکل‌ها زمان کمتری گرفتند و نیمی زمان بیشتری. هر ماه مشکل‌هایی را می‌شمارد که در آن ماه گزارش، بسته و امتیازدهی شده‌اند.
services-admin-link = انواع مشکل
services-admin-title = انواع مشکلی که ساکنان می‌توانند در { $community } گزارش دهند
services-admin-intro = هر نوع مشکل می‌تواند پرسش‌های خودش را داشته باشد. برنامه‌های دیگر آنها را از راه API مبتنی بر Open311 می‌بینند.
services-anonymous-heading = گزارش بدون حساب
services-anonymous-on = کسانی که حساب ندارند می‌توانند اینجا مشکل گزارش دهند، هم در این وب‌سایت و هم از راه برنامه‌های دیگر.
services-anonymous-off = فقط کسانی که وارد شده‌اند می‌توانند اینجا مشکل گزارش دهند؛ برنامه‌های دیگر نمی‌توانند گزارش ثبت کنند.
services-anonymous-allow = اجازهٔ گزارش بدون حساب
services-anonymous-stop = الزام به ورود
services-list-heading = انواع مشکل
services-questions = پرسش‌ها
services-offered = ارائه‌شده
services-offered-yes = ارائه‌شده
services-offered-no = کنار گذاشته‌شده
services-retire = کنار گذاشتن
services-offer-again = ارائهٔ دوباره
services-new-heading = افزودن یک نوع مشکل
field-service-name = نام
field-service-code = کد
hint-service-code = حروف کوچک لاتین، رقم و خط تیره، مانند potholes. پس از نشانی جامعهٔ محلی، به‌عنوان کد خدمت Open311 منتشر می‌شود.
field-service-description = توضیحات
field-service-group = گروه (اختیاری)
hint-service-group = انواع مشکلی که در یک گروه‌اند با هم نشان داده می‌شوند، مانند «راه‌ها».
field-service-keywords = کلیدواژه‌ها (اختیاری)
hint-service-keywords = واژه‌هایی که مردم ممکن است جست‌وجو کنند، جداشده با ویرگول.
services-create-submit = افزودن
error-service-code = از حروف کوچک لاتین، رقم و خط تیره استفاده کنید، حداکثر ۴۰ نویسه.
error-service-code-taken = این کد پیش‌تر استفاده شده است.
services-no-questions = جز توضیحات و مکان، پرسشی ندارد.
services-required = الزامی
services-new-question = افزودن یک پرسش
field-attribute-question = پرسش
field-attribute-code = کد
hint-attribute-code = حروف کوچک لاتین، رقم و زیرخط، مانند size. برنامه‌های دیگر پاسخ‌ها را با این نام می‌فرستند.
field-attribute-type = نوع پاسخ
field-attribute-values = گزینه‌ها (برای فهرست)
hint-attribute-values = در هر خط یک گزینه، دست‌کم دو گزینه.
field-attribute-required = پاسخ الزامی است
services-add-question = افزودن پرسش
error-attribute-code = از حروف کوچک لاتین، رقم و زیرخط استفاده کنید، حداکثر ۴۰ نویسه.
error-attribute-code-taken = این کد پرسش پیش‌تر برای این نوع مشکل استفاده شده است.
error-attribute-values = دست‌کم دو گزینهٔ متفاوت بدهید، در هر خط یکی.

## داده‌های باز: گزارش‌های مشکل و امتیازها

open-data-resource-service-requests = مشکل‌های گزارش‌شده
open-data-about-service-requests = مشکل‌هایی که ساکنان به واحدهای خدماتی یک جامعهٔ محلی گزارش داده‌اند، و اینکه سرانجامشان چه شد؛ بی‌آنکه معلوم شود چه کسی گزارش داده است.
open-data-resource-ratings = امتیازها
open-data-about-ratings = امتیازهایی از ۱ تا ۵ که ساکنان به گزارش‌های بسته‌شده و نتیجه‌های انجام‌شده داده‌اند؛ بی‌آنکه معلوم شود چه کسی امتیاز داده یا چه نوشته است.
catalog-open311-title = API مطابق با Open311 GeoReport v2 در Piazza
catalog-open311-description = گزارش یک مشکل به واحدهای خدماتی یک جامعهٔ محلی و پیگیری سرانجام آن، از هر برنامه‌ای که از Open311 GeoReport v2 پشتیبانی می‌کند.

indicators-download = دریافت همهٔ ارقام به‌صورت CSV

## تبادل تجربه‌ها: شرح تجربه‌ها

footer-cases = تجربه‌هایی برای آموختن
cases-title = تجربه‌هایی برای آموختن
cases-intro = تجربه‌هایی که جامعه‌های محلی اجرا کرده‌اند، طوری شرح داده‌شده که دیگران بتوانند آنها را بسنجند و خودشان هم اجرا کنند: چه کاری انجام شد، برای چه کسانی، با چه هزینه‌ای و چه نتیجه‌ای داشت.
case-new-in = شرح یک تجربه از { $community }
cases-filter-heading = یافتن یک تجربه
cases-words = کلمه‌ها
cases-population = جمعیت
cases-cost = هزینه (راه‌اندازی و اجرا)
cases-with-evidence = فقط تجربه‌هایی که نتیجه‌هایشان سنجیده شده است
cases-found = { $count ->
    [0] هیچ تجربه‌ای پیدا نشد
    [one] { $n } تجربه
   *[other] { $n } تجربه
}
cases-none = هیچ تجربه‌ای جور درنمی‌آید. فیلترهای کمتری را امتحان کنید.
case-where = کجا
case-source-process = اجراشده در Piazza
case-source-process-link = دیدن فرایند
case-who = چه کسانی
case-how = چگونه
case-what = چه چیزی
case-outcomes = نتیجه‌ها
case-no-outcomes = هیچ نتیجه‌ای سنجیده نشد.
case-outcomes-caption = نتیجه‌های سنجیده‌شده
case-learned = آنچه آموخته شد
case-steps = گام‌های تکرار آن
case-contact-and-licence = راه تماس و مجوز
case-written = تاریخ شرح
case-new-intro = تجربه را طوری شرح دهید که جامعهٔ محلی دیگری بتواند تصمیم بگیرد که به کارش می‌آید یا نه، و آن را اجرا کند: چه کسانی شرکت کردند، چگونه، چه هزینه‌ای داشت و به چه دستاوردی رسید. همهٔ فیلدها جز عنوان، خلاصه، حوزهٔ سیاست‌گذاری و راه تماس را می‌توان خالی گذاشت.
case-prefilled-from = از روی فرایند «{ $process }» پر شده است: پیش از ذخیره، همهٔ فیلدها را بررسی کنید.
case-from-process = شرح این فرایند به‌عنوان یک تجربه
case-partner-row = شریک { $n }
case-outcome-row = نتیجهٔ { $n }
case-create-submit = انتشار تجربه
case-prefill-phase = { $phase }: از { $from } تا { $to }
case-prefill-channels = مشارکت‌ها به تفکیک شیوه: { $channels }.
case-prefill-measured = پیشرفتی که کارشناسان رسمی در پیگیری نتیجه‌ها ثبت کرده‌اند.
field-case-summary = خلاصه به زبان ساده
hint-case-summary = دو یا سه جمله که همه بفهمند. حداکثر ۲٬۰۰۰ نویسه.
field-case-problem = مشکلی که به آن پاسخ داد
field-case-policy-area = حوزهٔ سیاست‌گذاری
field-case-target-group = کسانی که می‌خواست به آنها برسد
field-case-inclusion = کسانی که رسیدن به آنها از همه دشوارتر است چگونه مشارکت داده شدند
hint-case-inclusion = شیوه‌ها، مکان‌ها، زبان‌ها، کمکی که داده شد.
field-case-participants = تعداد شرکت‌کنندگان
field-case-lead = سازمان اصلی
field-case-partner = سازمان
field-case-partner-role = نقش آن
field-case-method = روش
hint-case-method = گام‌ها یا مرحله‌ها، هر کدام در یک خط.
field-case-technology = فناوری به‌کاررفته
field-case-setup-cost = هزینهٔ راه‌اندازی
field-case-running-cost = هزینهٔ اجرا
hint-case-money = به واحدهای کامل پول، مانند 12000.
field-case-currency = واحد پول
hint-case-currency = سه حرف، مانند EUR.
field-case-staff = کارکنان درگیر
field-case-volunteers = داوطلبان درگیر
field-case-funding = منابع مالی
hint-case-outcomes = هر نتیجه همراه با شاخص آن: چه چیزی سنجیده شد، با چه واحدی، از کجا شروع شد، هدف چه بود و به چه رسید.
field-outcome-name = شاخص
field-outcome-unit = واحد
field-outcome-baseline = مقدار پایه
field-outcome-target = هدف
field-outcome-achieved = به‌دست‌آمده
field-outcome-period = دوره
field-outcome-measured = چگونه سنجیده شد
field-case-conditions = شرط‌های موفقیت
field-case-legal = الزام‌های قانونی
field-case-risks = خطرها و شکست‌ها
field-case-lessons = درس‌های آموخته
hint-case-steps = هر گام در یک خط، به ترتیب.
field-case-contact = راه تماس (یک سمت، نه یک شخص)
hint-case-contact = مانند: دفتر مشارکت، شهرداری Lorenza.
field-case-licence = مجوز این شرح
hint-case-licence = یک شناسهٔ SPDX، مانند CC-BY-4.0.
error-case-number = یک عدد صحیح صفر یا بیشتر وارد کنید، مانند 120.
error-case-summary-required = یک خلاصه بنویسید.
target-group-everyone = همه
target-group-children = کودکان
target-group-young-people = جوانان
target-group-older-people = سالمندان
target-group-people-with-disabilities = افراد دارای معلولیت
target-group-migrants = مهاجران و پناهندگان
target-group-low-income = افراد کم‌درآمد
target-group-women = زنان
target-group-rural-residents = ساکنان روستاها
population-band-under-1000 = کمتر از ۱٬۰۰۰ نفر جمعیت
population-band-1000-10000 = ۱٬۰۰۰ تا ۱۰٬۰۰۰ نفر جمعیت
population-band-10000-100000 = ۱۰٬۰۰۰ تا ۱۰۰٬۰۰۰ نفر جمعیت
population-band-over-100000 = بیش از ۱۰۰٬۰۰۰ نفر جمعیت
cost-band-under-10000 = کمتر از ۱۰٬۰۰۰
cost-band-10000-100000 = ۱۰٬۰۰۰ تا ۱۰۰٬۰۰۰
cost-band-over-100000 = بیش از ۱۰۰٬۰۰۰
open-data-resource-cases = تجربه‌ها
open-data-about-cases = تجربه‌هایی که جامعه‌های محلی اجرا کرده‌اند، با مکان، گروه‌های هدف، هزینه و درس‌های آموخته.

## تبادل تجربه‌ها: تکرار تجربه‌ها

case-replicate-link = تکرار در جامعهٔ محلی من
case-replicate-title = تکرار «{ $case }»
case-replicate-intro = فرایندی تازه با همین ساختار در جامعهٔ محلی شما آغاز می‌شود: مرحله‌ها با مدت هر کدام و آنچه هر کدام امکان می‌دهد، تعداد حمایت لازم برای بررسی و قواعد بودجه‌ها. هیچ مشارکتی کپی نمی‌شود. فرایند در روزی که انتخاب می‌کنید باز می‌شود، پس فرصت دارید اول آن را با شرایط خود سازگار کنید.
field-replicate-starts = تاریخ باز شدن
hint-replicate-starts = روز اول مرحلهٔ اول، امروز یا بعد از آن.
case-replicate-submit = ساختن فرایند
error-replicate-past = امروز یا روزی بعد از امروز را انتخاب کنید.
case-replica-of = این تجربه تکرار تجربهٔ دیگری است:
case-replicas = جاهایی که تکرار شده است
case-no-replicas = هنوز جایی تکرار نشده است.
case-replica-of-replica = تکراری از تکرار بالا:
case-replica-case = شرح خود آن
case-comparison-caption = نتیجه‌ها در کنار هم، بر پایهٔ شاخص‌های تجربهٔ اصلی
process-replicates = این فرایند بر پایهٔ این تجربه آغاز شد:

field-case-language = زبان این شرح

community-cases = تجربه‌های شرح‌داده‌شده در اینجا
community-no-cases = هنوز هیچ تجربه‌ای در اینجا شرح داده نشده است.

## پیوندهای میان جامعه‌های محلی: خواهرخواندگی، اجرای مشترک، خوشه‌های منطقه‌ای، یادگیری از همتایان

twinning-title = خواهرخواندگی‌های { $community }
twinning-intro = خواهرخواندگی شراکتی است که دو جامعهٔ محلی، معمولاً یک جامعهٔ بزرگ و یک جامعهٔ کوچک یا روستایی، با هدفی که هر دو بر سر آن توافق دارند اعلام می‌کنند. هر کدام فرایندهای باز و تجربه‌های دیگری را در صفحهٔ خود نشان می‌دهد، و کارشناسان رسمی یکی می‌توانند از تسهیلگران دیگری دعوت کنند تا در اجرای یک فرایند همکاری کنند.
twinning-link = خواهرخواندگی‌ها
twinning-active-heading = خواهرخوانده با
twinning-none = این جامعهٔ محلی هنوز با هیچ جامعهٔ دیگری خواهرخوانده نیست.
twinning-since = خواهرخوانده از { $date }
twinning-end-submit = پایان دادن به خواهرخواندگی
twinning-received-heading = پیشنهادهایی که باید به آنها پاسخ دهید
twinning-proposed-on = پیشنهادشده در تاریخ { $date }
twinning-accept-submit = پذیرفتن
twinning-decline-submit = نپذیرفتن
twinning-sent-heading = پیشنهادهای در انتظار پاسخ
twinning-withdraw-submit = پس گرفتن
twinning-propose-heading = پیشنهاد خواهرخواندگی
twinning-no-candidates = همهٔ جامعه‌های محلی دیگر یا از قبل با این جامعه خواهرخوانده‌اند یا پیشنهادی در انتظار پاسخ با آن دارند.
field-twin-partner = جامعهٔ محلی برای خواهرخواندگی
option-choose = انتخاب کنید…
field-twin-purpose = هدف خواهرخواندگی
hint-twin-purpose = اینکه دو جامعهٔ محلی می‌خواهند چه کاری را با هم انجام دهند و چه چیزی از یکدیگر بیاموزند، در چند جمله. در صفحهٔ هر دو جامعه نشان داده می‌شود.
twinning-propose-submit = فرستادن پیشنهاد خواهرخواندگی
twinning-done-proposed = پیشنهاد فرستاده شد. کارشناسان رسمی جامعهٔ محلی دیگر به آن پاسخ خواهند داد.
twinning-done-accepted = خواهرخواندگی برقرار شد.
twinning-done-ended = انجام شد: خواهرخواندگی یا پیشنهاد پایان یافت.
error-twin-itself = یک جامعهٔ محلی نمی‌تواند با خودش خواهرخوانده شود.
error-twinning-purpose-required = بگویید این خواهرخواندگی برای چیست.
error-twinning-exists = این دو جامعهٔ محلی از قبل خواهرخوانده‌اند، یا پیشنهادی میان آنها در انتظار پاسخ است.
community-twins = جامعه‌های محلی خواهرخوانده
twin-open-processes = فرایندهای باز آن:
twin-no-open-processes = در حال حاضر هیچ فرایند بازی ندارد.
twin-cases = تجربه‌هایی که شرح داده است:
community-nearby-processes = فرایندهای باز در نزدیکی
community-nearby-intro = فرایندهای منطقه و جامعه‌های محلی دیگرِ آن. یکی را دنبال کنید تا وقتی اتفاقی در آن می‌افتد باخبر شوید، حتی اگر جای دیگری زندگی می‌کنید.
region-open-processes = فرایندهای باز در منطقه
region-participation = مشارکت در منطقه
region-participation-processes = فرایندها
region-participation-proposals = پیشنهادها
region-participation-comments = نظرها
region-participation-supports = حمایت‌ها
region-participation-people = افراد مشارکت‌کننده
region-participation-total = کل منطقه
region-participation-note = مشارکت‌های پنهان‌شده و حذف‌شده شمرده نمی‌شوند. کسی که در چند جامعهٔ محلی مشارکت کرده است، در جمع کل منطقه یک بار شمرده می‌شود.

co-run-title = اجرای مشترک
co-run-intro = تسهیلگران یک جامعهٔ محلی خواهرخوانده می‌توانند در اجرای این فرایند کمک کنند: پس از پذیرفتن دعوت، آنچه را مردمی که در غرفه‌ها و کارگاه‌ها می‌بینند می‌گویند ثبت می‌کنند، جلسه برنامه‌ریزی می‌کنند و برگه‌های رأی کاغذی را وارد می‌کنند، همان‌طور که تسهیلگران خودِ جامعه این کارها را انجام می‌دهند.
co-run-none = هنوز کسی از یک جامعهٔ خواهرخوانده در اجرای این فرایند همکاری نمی‌کند.
co-run-table-caption = تسهیلگرانی که برای اجرای مشترک فرایند دعوت شده‌اند
co-run-person = تسهیلگر
co-run-status = وضعیت
co-run-actions = کارها
co-run-since = همکار در اجرا از { $date }
co-run-invited-on = دعوت‌شده در تاریخ { $date }، هنوز بی‌پاسخ
co-run-accept-submit = پذیرفتن
co-run-decline-submit = نپذیرفتن
co-run-leave-submit = کنار رفتن از اجرای مشترک
co-run-withdraw-submit = پس گرفتن
co-run-invite-heading = دعوت از یک تسهیلگر جامعهٔ خواهرخوانده
co-run-no-twins = هنوز هیچ جامعهٔ خواهرخوانده‌ای تسهیلگری ندارد که بتوان دعوتش کرد.
field-co-runner = تسهیلگر
hint-co-runner = تسهیلگران جامعه‌های محلی‌ای که با این جامعه خواهرخوانده‌اند.
co-run-invite-submit = فرستادن دعوت
co-run-done-invited = دعوت فرستاده شد.
co-run-done-accepted = اکنون شما در اجرای این فرایند همکاری می‌کنید.
co-run-done-removed = انجام شد: این تسهیلگر دیگر در اجرای این فرایند همکاری نمی‌کند.
co-run-with = با همکاری تسهیلگرانی از جامعه‌های خواهرخوانده اجرا می‌شود:
error-co-runner-invited = این تسهیلگر قبلاً برای اجرای مشترک این فرایند دعوت شده است.

peer-title = یادگیری از همتایان
peer-intro = پرسش‌هایی که کارشناسان رسمی، مدیران و تسهیلگران از جامعه‌های محلی منطقهٔ خود، یا از جامعه‌ای که تجربه‌ای را اجرا کرده است، می‌پرسند، همراه با پاسخ‌هایی که گرفته‌اند. فقط کسانی که از طرف جامعه‌های درگیر مشارکت می‌کنند آنها را می‌خوانند.
peer-ask-link = پرسیدن یک پرسش
peer-none = هنوز هیچ پرسشی به جامعه‌های محلی شما مربوط نیست.
peer-answers-count = { $count ->
    [one] { $n } پاسخ
   *[other] { $n } پاسخ
}
peer-helped = یک پاسخ کمک کرد
peer-asked-cluster = { $community } از جامعه‌های محلی { $region } پرسید
peer-asked-case = { $community } از { $other } دربارهٔ «{ $case }» پرسید
peer-new-title = از همتایان خود بپرسید
peer-new-intro = آنچه را پیش از امتحان کردن کاری باید بدانید بپرسید: چگونه به مردم رسیدند، چه هزینه‌ای داشت، چه چیزی درست پیش نرفت. کارشناسان رسمی و تسهیلگران جامعه‌های محلی‌ای که از آنها می‌پرسید پرسش شما را می‌خوانند و می‌توانند به آن پاسخ دهند.
field-peer-community = پرسش از طرف
field-peer-about = از چه کسی بپرسید
peer-about-cluster = جامعه‌های محلی منطقهٔ ما
peer-about-case = { $community }، دربارهٔ «{ $case }»
field-peer-title = پرسش شما، در یک خط
field-peer-body = جزئیات
hint-peer-body = آنچه در ذهن دارید و آنچه می‌خواهید بدانید. میان بندها یک خط خالی بگذارید.
peer-ask-submit = پرسیدن
peer-case-link = تجربه‌ای که پرسش دربارهٔ آن است
peer-no-answers = هنوز پاسخی داده نشده است.
peer-helped-this = این پاسخ کمک کرد.
peer-mark-helpful = این پاسخ کمک کرد
peer-answer-heading = پاسخ
field-peer-answer = پاسخ شما
peer-answer-submit = فرستادن پاسخ
error-peer-no-region = این جامعهٔ محلی به هیچ منطقه‌ای تعلق ندارد؛ به جای آن از جامعه‌ای بپرسید که تجربه‌ای را اجرا کرده است.
error-peer-own-case = این تجربه از آنِ جامعهٔ محلی خود شماست؛ از جامعهٔ دیگری یا از منطقهٔ خود بپرسید.
case-ask-link = از { $community } دربارهٔ آن بپرسید

notification-twinning-proposed = { $name } از طرف { $title } خواهرخواندگی با جامعهٔ محلی شما را پیشنهاد داد.
notification-twinning-accepted = { $title } خواهرخواندگی با جامعهٔ محلی شما را پذیرفت.
notification-co-run-invitation = { $name } از شما دعوت کرد که در اجرای «{ $title }» همکاری کنید.
notification-peer-question = { $name } پرسشی برای جامعهٔ محلی شما مطرح کرد: «{ $title }»
notification-peer-answer = { $name } به «{ $title }» پاسخ داد

data-co-running = فرایندهایی که برای اجرای مشترک آنها دعوت شده‌اید
data-peer-questions = پرسش‌هایی که از همتایان خود پرسیده‌اید
data-peer-answers = پاسخ‌هایی که به همتایان خود داده‌اید

## تبادل تجربه‌ها: اصلاح، ترجمه و خروجی گرفتن از شرح تجربه‌ها

case-edit-link = اصلاح این شرح
case-edit-title = اصلاح «{ $case }»
case-edit-back = تجربه
case-edit-submit = ذخیرهٔ اصلاحات
case-done-updated = شرح اصلاح شد.
case-translate-link = ترجمه
case-translate-title = ترجمهٔ «{ $case }»
case-translate-intro = متن این تجربه را به زبانی دیگر بنویسید تا جامعه‌های محلی‌ای که آن را می‌خوانند بتوانند از آن بیاموزند. متن اصلی، به زبان { $language }، بالای هر فیلد نشان داده می‌شود؛ ارقام، نتیجه‌ها و شریک‌ها همان‌طور که هستند می‌مانند.
field-case-translate-into = ترجمه به
case-translation-exists = قبلاً ترجمه شده، قابل اصلاح
case-translate-choose = انتخاب
case-translate-into = به زبان { $language }
case-translate-original = متن اصلی
case-translate-submit = ذخیرهٔ ترجمه
case-done-translated = ترجمه ذخیره شد.
case-translated-from = ترجمه به زبان { $language } از متن اصلی به زبان { $original }.
case-versions = خواندن به زبان
error-case-translation-same = زبانی غیر از زبانی که تجربه به آن نوشته شده است انتخاب کنید.
case-participedia-download = دریافت این تجربه در قالب Participedia برای شرح تجربه‌ها (JSON)
cases-participedia-download = دریافت همهٔ تجربه‌ها در قالب Participedia برای شرح تجربه‌ها (JSON)

open-data-resource-twinnings = خواهرخواندگی‌ها
open-data-about-twinnings = شراکت‌هایی که دو جامعهٔ محلی اعلام کرده‌اند، همراه با هدفشان: آن‌هایی که جامعهٔ شریک پذیرفته است، و زمان پایانشان.

meetings-formats-heading = قالب‌های جلسه در این تجربه
meetings-formats-intro = فرایندی که این فرایند از آن آغاز شد این جلسه‌ها را برگزار کرد. جلسه‌ای مشابه برنامه‌ریزی کنید: فرم با قالب، مدت، ظرفیت و دسترس‌پذیری آن آغاز می‌شود و روز و مکان را شما انتخاب می‌کنید.
meetings-plan-like = برنامه‌ریزی جلسه‌ای مشابه
meeting-duration-minutes = { $count ->
    [one] { $n } دقیقه
   *[other] { $n } دقیقه
}
co-run-all-invited = همهٔ تسهیلگران جوامع خواهرخوانده پیش‌تر دعوت شده‌اند.

case-prefill-groups = { $question } (مشارکت به تفکیک گروه): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = به پرسش‌های جامعهٔ محلی شما دربارهٔ شرکت‌کنندگان، پرسش‌هایی که جامعهٔ این تجربه می‌پرسد افزوده می‌شود، اگر جامعهٔ شما هنوز آن‌ها را نمی‌پرسد، تا بتوان این دو را مقایسه کرد؛ و جلسه‌هایی که برگزار کرده به‌عنوان الگو برای برنامه‌ریزی جلسه‌های شما پیشنهاد می‌شود.

case-translation-outdated = پیش از آخرین اصلاح این تجربه نوشته شده است: متن اصلی ممکن است چیزهای بیشتری بگوید.
error-case-translation-taken = شخص دیگری این تجربه را به این زبان ترجمه کرده است؛ تنها همان شخص و جامعهٔ محلی این تجربه می‌توانند ترجمه را تغییر دهند.
notification-twinning-ended = { $title } خواهرخواندگی با جامعهٔ محلی شما را پایان داد، یا پیشنهاد را پس گرفت یا رد کرد.
