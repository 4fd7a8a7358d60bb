# Piazza — Українська (Ukrainian). Every user-visible string lives here and in its translations.
# Placeables: $n is a number already written for the locale; $count chooses the plural form.

site-name = Piazza
skip-to-content = Перейти до основного змісту
nav-label = Головне меню
nav-communities = Громади
nav-organisations = Організації
nav-admin = Адміністрування
nav-account = Ваш обліковий запис
nav-sign-in = Увійти
nav-sign-out = Вийти
nav-register = Створити обліковий запис
language-label = Мова
language-submit = Змінити
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: публічні послуги, створені разом із людьми, які тут живуть. Відкритий код, без стеження.
# Between the items of a list written inline.
list-separator = { ", " }
back-to-front-page = Перейти на головну сторінку

date-long = { $day } { $month } { $year } р.
date-time-utc = { $date }, { $time } UTC
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

front-title = Громади
front-heading = Вирішуймо разом, що потрібно вашому населеному пункту
front-intro = Piazza — це місце, де міста, селища й села разом зі своїми мешканцями вирішують, якими мають бути публічні послуги. Оберіть свою громаду, щоб побачити, що зараз вирішують і як долучитися.
front-join = Створіть обліковий запис, щоб долучитися
front-other-communities = Інші громади
front-no-communities = Поки що немає жодної громади.
region-no-communities = До цього регіону поки що не належить жодна громада.
region-communities = Громади цього регіону
population-count = { $count ->
    [one] { $n } мешканець
    [few] { $n } мешканці
    [many] { $n } мешканців
   *[other] { $n } мешканця
}

community-kind-municipality = Муніципалітет
community-kind-neighbourhood = Мікрорайон
community-kind-rural-community = Сільська громада
community-kind-region = Регіон
settlement-type-urban = Міський
settlement-type-peri-urban = Приміський
settlement-type-rural = Сільський
role-administrator = Адміністратор громади
role-official = Посадова особа
role-facilitator = Фасилітатор
role-moderator = Модератор
helix-role-public-authority = Орган влади
helix-role-academia = Наука й дослідження
helix-role-business = Бізнес
helix-role-civil-society = Громадянське суспільство

community-facts = Про цю громаду
community-residents = Мешканці на Piazza
community-people = Хто опікується цією громадою
community-no-roles = Тут поки що ніхто не має ролі.
community-organisations = Організації, що діють тут
community-no-organisations = Тут поки що не діє жодна організація.
community-settings-link = Налаштування
community-roles-link = Ролі
community-settings-title = Налаштування громади { $community }
community-new-title = Нова громада
community-create-submit = Створити громаду
community-text-legend = Опис ({ $language })
text-in-language = Мова цього тексту: { $language }.

roles-title = Ролі в громаді { $community }
roles-grant-heading = Надати комусь роль
roles-grant-submit = Надати роль
roles-current-heading = Чинні ролі
roles-history-heading = Історія ролей
roles-revoke-submit = Забрати
roles-revoke-whom = роль користувача { $name }
role-still-held = Досі чинна
column-person = Особа
column-since = З
column-granted = Надано
column-revoked = Забрано
column-action = Дії
by-person = від { $name }

organisations-title = Організації
organisations-intro = Органи влади, університети, бізнес і громадські організації: чотири партнери, які разом із мешканцями створюють публічні послуги.
organisations-none-in-role = Поки що немає.
organisation-new-link = Зареєструвати організацію
organisation-new-title = Зареєструвати організацію
organisation-create-submit = Зареєструвати організацію
members-heading = { $count ->
    [one] { $n } учасник
    [few] { $n } учасники
    [many] { $n } учасників
   *[other] { $n } учасника
}
member-manager = керівник
member-add-heading = Додати учасника
member-add-submit = Додати учасника
member-remove-submit = Вилучити
member-remove-whom = { $name } з організації

register-title = Створити обліковий запис
register-intro = Потрібні лише ім’я користувача та пароль. Справжнє ім’я ніколи не вимагається.
register-submit = Створити обліковий запис
register-have-account = Уже маєте обліковий запис?
sign-in-title = Вхід
sign-in-submit = Увійти
sign-in-forgot = Забули пароль?
sign-in-no-account = Ви тут уперше?
account-title = Ваш обліковий запис
account-username = Ваше ім’я користувача: { $username }.
account-profile-heading = Ваш профіль
account-change-password-link = Змінити пароль
account-roles-heading = Ваші ролі
account-no-roles = Ви не маєте ролі в жодній громаді.
account-organisations-heading = Ваші організації
account-no-organisations = Ви не є учасником жодної організації.
password-title = Зміна пароля
password-submit = Змінити пароль
password-other-sessions = Після зміни пароля ви вийдете з облікового запису на всіх інших пристроях.
reset-request-title = Відновлення пароля
reset-request-intro = Введіть ім’я користувача або адресу електронної пошти. Якщо в обліковому записі є адреса електронної пошти, на неї надійде посилання для вибору нового пароля.
reset-request-submit = Надіслати посилання
reset-request-no-email = Якщо адреси електронної пошти немає, попросіть допомоги у фасилітатора або адміністратора вашої громади.
reset-requested-notice = Якщо в цьому обліковому записі є адреса електронної пошти, посилання для відновлення пароля вже надсилається. Посилання діє одну годину.
reset-title = Оберіть новий пароль
reset-submit = Зберегти новий пароль
reset-link-invalid = Термін дії цього посилання минув, або його вже використано.
reset-request-again = Попросити нове посилання
reset-mail-subject = Відновлення пароля до Piazza
reset-mail-greeting = Вітаємо, { $name }!
reset-mail-body = Хтось попросив відновити пароль до вашого облікового запису на Piazza. Щоб вибрати новий пароль, відкрийте це посилання протягом однієї години:
reset-mail-ignore = Якщо ви про це не просили, просто не зважайте на цей лист: ваш пароль залишиться без змін.
welcome-notice = Ласкаво просимо до Piazza, { $name }!
saved-notice = Ваші зміни збережено.

admin-title = Адміністрування
admin-accounts = Облікові записи
admin-pending-mail = Листи, що чекають на надсилання

field-username = Ім’я користувача
field-username-or-email = Ім’я користувача або адреса електронної пошти
field-display-name = Ім’я для показу
field-display-name-optional = Ім’я для показу (необов’язково)
field-email-optional = Адреса електронної пошти (необов’язково)
field-password = Пароль
field-new-password = Новий пароль
field-current-password = Поточний пароль
field-password-confirmation = Введіть пароль ще раз
field-home-community-optional = Ваша громада (необов’язково)
field-name = Назва
field-slug = Коротка назва для адреси
field-kind = Тип
field-settlement-type = Тип населеного пункту
field-population = Населення
field-population-optional = Населення (необов’язково)
field-region = Регіон
field-region-optional = Регіон (необов’язково)
field-default-language = Основна мова
field-offered-languages = Доступні мови
field-languages = Мови
field-tagline = Гасло
field-description = Опис
field-description-optional = Опис (необов’язково)
field-role = Роль
field-helix-role = Тип організації
field-community = Громада
field-community-optional = Громада (необов’язково)
field-website = Вебсайт
field-website-optional = Вебсайт (необов’язково)
option-none = Немає
save-submit = Зберегти
hint-username = Від 3 до 32 символів: малі латинські літери, цифри, крапки, дефіси або підкреслення. Його бачать інші.
hint-display-name = Ім’я, яке показується поруч із тим, що ви пишете. Це не обов’язково ваше справжнє ім’я.
hint-email = Лише для відновлення пароля. Ніколи нікому не показується.
hint-password = Щонайменше 10 символів. Кілька слів, які ви легко запам’ятаєте, — добрий пароль.
hint-home-community = Де ви живете або берете участь.
hint-slug = Малі латинські літери, цифри й дефіси, наприклад san-vito. Ця назва з’являється в адресі сторінки.
hint-population = Ціле число, наприклад 8940.
hint-grant-username = Ім’я користувача цієї особи, як його показано на сторінці її облікового запису.
hint-member-username = Ім’я користувача особи, яку треба додати.
hint-helix-role = Орган влади, наука, бізнес чи громадянське суспільство.

error-summary-title = Виникла проблема
error-prefix = Помилка:
error-title-prefix = Помилка:
error-control-characters = Вилучіть невидимі керівні символи.
error-username-required = Введіть ім’я користувача.
error-username-length = Ім’я користувача має містити від 3 до 32 символів.
error-username-characters = Використовуйте лише малі латинські літери, цифри, крапки, дефіси й підкреслення; на початку має бути літера або цифра.
error-username-taken = Це ім’я користувача вже зайняте. Оберіть інше.
error-display-name-required = Введіть ім’я для показу.
error-display-name-length = Ім’я для показу може містити щонайбільше 60 символів.
error-email-invalid = Введіть адресу електронної пошти на зразок name@example.org або залиште поле порожнім.
error-password-required = Введіть пароль.
error-password-too-short = Пароль має містити щонайменше 10 символів.
error-password-too-long = Пароль може містити щонайбільше 256 символів.
error-password-mismatch = Два паролі не збігаються.
error-current-password-wrong = Це не ваш поточний пароль.
error-sign-in-failed = Неправильне ім’я користувача або пароль.
error-sign-in-throttled = { $minutes ->
    [one] Забагато невдалих спроб. Спробуйте знову через { $minutes_shown } хвилину.
    [few] Забагато невдалих спроб. Спробуйте знову через { $minutes_shown } хвилини.
    [many] Забагато невдалих спроб. Спробуйте знову через { $minutes_shown } хвилин.
   *[other] Забагато невдалих спроб. Спробуйте знову через { $minutes_shown } хвилини.
}
error-reset-target-required = Введіть ім’я користувача або адресу електронної пошти.
error-community-unknown = Оберіть громаду зі списку.
error-account-unknown = Користувача з таким ім’ям немає.
error-role-already-held = Ця особа вже має тут цю роль.
error-already-member = Ця особа вже є учасником.
error-last-manager = В організації має бути щонайменше один керівник.
error-choose-one = Оберіть один із варіантів.
error-name-required = Введіть назву.
error-name-length = Назва задовга: напишіть коротшу.
error-slug-required = Введіть коротку назву для адреси.
error-slug-invalid = Використайте від 2 до 48 малих латинських літер, цифр і поодиноких дефісів; дефіс не може стояти на початку чи в кінці.
error-slug-taken = Ця коротка назва вже зайнята. Оберіть іншу.
error-population-invalid = Введіть населення цілим числом або залиште поле порожнім.
error-parent-self = Громада не може бути власним регіоном.
error-parent-not-region = Оберіть регіон.
error-description-length = Опис може містити щонайбільше 2000 символів.
error-website-invalid = Введіть адресу, що починається з https:// або http://, або залиште поле порожнім.
error-not-found-title = Сторінку не знайдено
error-not-found-body = За цією адресою немає сторінки. Перевірте адресу або почніть знову з головної сторінки.
error-forbidden-title = Ви не можете цього зробити
error-forbidden-body = Ця сторінка чи дія — для людей з іншою роллю. Якщо ви вважаєте, що повинні мати доступ, зверніться до адміністратора вашої громади.
error-too-large-title = Забагато тексту
error-too-large-body = Надіслане вами більше, ніж приймає будь-яка форма тут. Поверніться, скоротіть текст і надішліть знову.
error-bad-request-title = Не вдалося прочитати форму
error-bad-request-body = Отримані дані не є формою, яку розуміє ця сторінка. Поверніться й надішліть знову.
error-internal-title = Щось пішло не так
error-internal-body = Piazza не вдалося виконати ваш запит. Нічого з уведеного вами не збережено. Будь ласка, спробуйте ще раз за хвилину.

## Participatory processes and proposals

community-processes-link = Процеси участі
processes-title = Процеси участі в громаді { $community }
processes-none = Тут ще не відкрито жодного процесу участі.
process-new-title = Відкрити процес участі
process-create-submit = Відкрити процес
process-phases-heading = Етапи
phase-number = Етап { $n }
process-now-heading = Що можна зробити зараз
process-nothing-now = Зараз у цьому процесі нічого робити не потрібно.
process-see-proposals = { $count ->
    [0] Пропозицій поки що немає
    [one] Переглянути { $n } пропозицію
    [few] Переглянути { $n } пропозиції
    [many] Переглянути { $n } пропозицій
   *[other] Переглянути { $n } пропозиції
}
process-timeline-heading = Графік
process-about-heading = Про цей процес
process-decisions-heading = Що вже вирішено
process-no-decisions = Жодного рішення ще не ухвалено.
easy-read-heading = Простими словами
back-to-process = Назад до процесу
stage-running = Поточний етап: { $phase }.
stage-not-started = Процес відкриється { $date }.
stage-waiting = Наступний етап відкриється { $date }.
stage-closed = Цей процес завершено.
phase-current = зараз
phase-dates = З { $start }
phase-until = до { $end }
phase-allows-nothing = Лише для інформації.
phase-kind-inform = Інформування
phase-kind-ideate = Ідеї
phase-kind-co-design = Спільне проєктування
phase-kind-prioritise = Визначення пріоритетів
phase-kind-implement = Втілення
phase-kind-evaluate = Оцінювання
activity-proposals = Подавати пропозиції
activity-supports = Підтримувати пропозиції
activity-comments = Коментувати
activity-amendments = Пропонувати поправки
activity-meetings = Відвідувати зустрічі

proposals-title = Пропозиції: { $process }
proposals-found = { $count ->
    [one] { $n } пропозиція
    [few] { $n } пропозиції
    [many] { $n } пропозицій
   *[other] { $n } пропозиції
}
proposals-none = Жодна пропозиція не відповідає.
proposal-new-title = Подати пропозицію
proposal-create-submit = Опублікувати пропозицію
proposal-authors = Автор
proposal-published = Опубліковано
former-participant = колишній учасник
proposal-state-published = Опубліковано
proposal-state-withdrawn = Відкликано авторами
proposal-state-evaluating = На розгляді
proposal-state-accepted = Прийнято
proposal-state-rejected = Відхилено
proposal-state-implemented = Втілено
supports-count = { $count ->
    [one] { $n } підтримка
    [few] { $n } підтримки
    [many] { $n } підтримок
   *[other] { $n } підтримки
}
threshold-explained = { $count ->
    [one] Коли пропозиція набирає { $n } підтримку, її передають посадовцям на розгляд.
    [few] Коли пропозиція набирає { $n } підтримки, її передають посадовцям на розгляд.
    [many] Коли пропозиція набирає { $n } підтримок, її передають посадовцям на розгляд.
   *[other] Коли пропозиція набирає { $n } підтримки, її передають посадовцям на розгляд.
}
proposal-state-merged = Об’єднано з іншою пропозицією
proposal-merged-into = об’єднано з
field-merge-into = Об’єднати з (лише для об’єднання)
hint-merge-into = Пропозиція цього процесу, до якої приєднують цю. Поясніть причину у відповіді.
error-merge-target = Оберіть пропозицію, з якою об’єднати цю.
support-submit = Підтримати цю пропозицію
unsupport-submit = Відкликати мою підтримку
you-support = Ви підтримуєте цю пропозицію.
sign-in-to-support = Увійдіть, щоб підтримати цю пропозицію
sign-in-to-propose = Увійдіть, щоб подати пропозицію
supports-closed = Зараз підтримки не збирають.
withdraw-submit = Відкликати пропозицію
official-answer-heading = Офіційна відповідь
decide-heading = Ухвалити рішення щодо цієї пропозиції
decide-submit = Опублікувати рішення
history-heading = Що сталося з цією пропозицією
reason-threshold = вона набрала потрібну кількість підтримок
notice-supported = Вашу підтримку враховано.
notice-threshold = Вашу підтримку враховано, і тепер пропозицію передають посадовцям на розгляд.
notice-unsupported = Вашу підтримку відкликано.
notice-answered = Рішення опубліковано.
notice-withdrawn = Пропозицію відкликано.
not-now-proposals = Подавати пропозиції можна лише на етапі, коли їх приймають. Перегляньте графік процесу.
not-now-supports = Надавати чи відкликати підтримку можна лише на етапі, коли підтримки збирають.
not-now-activity = Поточний етап процесу цього не дозволяє.
not-now-proposal-closed = Цю пропозицію закрито: її більше не можна підтримати чи відкликати.
not-now-overtaken = Поки ви читали цю пропозицію, хтось її змінив. Ось вона в теперішньому вигляді: перевірте її і спробуйте ще раз.

field-title = Назва
field-summary = Короткий опис простою мовою
field-easy-read-optional = Опис у легкому для читання форматі (необов’язково)
field-support-threshold = Скільки підтримок потрібно для розгляду
field-phase-kind = Тип етапу
field-starts-on = Перший день
field-ends-on = Останній день
field-phase-allows = На цьому етапі люди можуть
field-proposal-body = Ваша пропозиція
field-category = Категорія
field-category-optional = Категорія (необов’язково)
field-address = Адреса
field-address-optional = Адреса (необов’язково)
field-state = Стан
field-answered = Офіційна відповідь
field-sort = Порядок
field-new-state = Новий стан
field-answer = Публічна відповідь
option-any = Будь-який
option-answered = Є відповідь
option-not-answered = Ще без відповіді
option-no-phase = Без етапу
sort-shuffled = Випадковий, щоб жодна пропозиція не мала переваги
sort-newest = Спершу новіші
sort-supported = Спершу найпідтримуваніші
filter-submit = Показати
pagination-label = Сторінки
pagination-previous = Попередня сторінка
pagination-next = Наступна сторінка
pagination-position = Сторінка { $position }
hint-summary = Кількома простими реченнями скажіть, що буде вирішуватися і як люди можуть долучитися.
hint-easy-read = Короткі речення й звичайні слова — для людей, яким важко читати.
hint-markdown = Можна використовувати Markdown: **жирний шрифт**, *курсив*, списки й посилання.
hint-support-threshold = Ціле число, наприклад 50.
hint-phases = Заповніть по одному рядку для кожного етапу, по порядку. Непотрібні рядки залиште порожніми.
hint-proposal-title = Від 5 до 150 символів: скажіть, що ви пропонуєте.
hint-address = Де це відбуватиметься, якщо йдеться про певне місце.
hint-answer = Показується всім разом із рішенням. Обов’язкова, якщо пропозицію відхилено.
error-summary-required = Напишіть короткий опис.
error-summary-length = Короткий опис задовгий: він має бути коротшим за 600 символів.
error-easy-read-length = Опис у легкому для читання форматі задовгий: він має бути коротшим за 1500 символів.
error-description-required = Напишіть опис.
error-long-description-length = Опис задовгий: він має бути коротшим за 20 000 символів.
error-threshold-invalid = Введіть кількість підтримок цілим числом, щонайменше 1.
error-date-invalid = Введіть дату у форматі 2026-03-31.
error-phase-ends-before-start = Останній день стоїть раніше за перший.
error-phase-overlaps = Цей етап починається раніше, ніж закінчився попередній.
error-phases-required = Додайте до процесу хоча б один етап.
error-title-too-short = Назва має містити щонайменше 5 символів.
error-title-required = Введіть назву.
error-title-length = Назва задовга: щонайбільше 150 символів.
error-body-required = Напишіть свою пропозицію.
error-body-length = Пропозиція задовга: вона має бути коротшою за 10 000 символів.
error-text-too-long = Це задовго.
error-answer-required = Поясніть причини цього рішення.
error-answer-length = Відповідь задовга: вона має бути коротшою за 5000 символів.

## Comments

comments-heading = { $count ->
    [0] Коментарі
    [one] { $n } коментар
    [few] { $n } коментарі
    [many] { $n } коментарів
   *[other] { $n } коментаря
}
comments-order = Порядок:
comments-oldest = спершу старіші
comments-newest = спершу новіші
comments-supported = спершу найпідтримуваніші
comments-closed = Зараз коментарі не приймають.
comment-new-heading = Додати коментар
comment-submit = Опублікувати коментар
comment-reply-title = Відповісти на коментар
comment-reply-submit = Опублікувати відповідь
comment-reply-link = Відповісти
comment-edit-title = Редагувати коментар
comment-edit-link = Редагувати
comment-delete-submit = Видалити
comment-support-submit = Підтримати
comment-number = коментар { $n }
comment-edited = змінено
comment-deleted = Цей коментар видалив його автор.
comment-in-reply-to = У відповідь користувачу { $name }
comment-back = Назад до обговорення
sign-in-to-comment = Увійдіть, щоб коментувати
field-stance = Ваша позиція
field-comment = Ваш коментар
stance-in-favour = За
stance-against = Проти
stance-neutral = Нейтрально
error-comment-required = Напишіть коментар.
error-comment-length = Коментар задовгий: щонайбільше 3000 символів.
error-reply-too-deep = Відповіді можуть мати щонайбільше три рівні: відповідайте на попередній коментар у цій гілці.

## Versions of a proposal

not-now-editing = Щойно пропозиція отримала підтримку чи коментар, її текст більше не можна змінювати напряму.
proposal-edit-title = Редагувати пропозицію
proposal-edit-intro = Ви можете змінювати текст, доки пропозиція не отримала першої підтримки чи першого коментаря. Кожну версію бачать усі.
proposal-edit-submit = Зберегти нову версію
versions-title = Історія тексту: { $proposal }
versions-intro = Усі версії пропозиції, спершу новіші, із тим, що змінилося порівняно з попередньою.
version-number = Версія { $n }
versions-link = { $count ->
    [one] Історія тексту ({ $n } версія)
    [few] Історія тексту ({ $n } версії)
    [many] Історія тексту ({ $n } версій)
   *[other] Історія тексту ({ $n } версії)
}
diff-added = додано
diff-removed = вилучено

## Amendments

amendments-heading = { $count ->
    [0] Поправки
    [one] { $n } поправка
    [few] { $n } поправки
    [many] { $n } поправок
   *[other] { $n } поправки
}
amendment-new-title = Запропонувати поправку
amendment-new-intro = Змініть текст так, як, на вашу думку, він має звучати, і поясніть чому. Автори пропозиції приймуть або відхилять вашу поправку, і кожен зможе прочитати їхню відповідь.
amendment-submit = Запропонувати поправку
amendment-by = Поправка від { $name }
amendment-pending = Чекає на відповідь авторів
amendment-accepted = Прийнято авторами
amendment-rejected = Відхилено авторами
amendment-answer = Відповідь авторів
amendment-accept-submit = Прийняти цю поправку
amendment-reject-submit = Відхилити цю поправку
field-amendment-reason = Причина
field-rejection-reason = Чому ви її відхиляєте (обов’язково для відхилення)
hint-amendment-reason = Кількома словами: що покращує ваша зміна.
version-from-amendment = з поправки від { $name }
error-reason-required = Вкажіть причину.
error-reason-length = Причина задовга: щонайбільше 1000 символів.
error-amendment-unchanged = Поправка поки що нічого не змінює.

## Co-authors

coauthors-heading = Співавтори
coauthor-invited = запрошено, чекаємо на відповідь
coauthor-invite-submit = Запросити
field-invitee-kind = Запросити
field-invitee = Ім’я користувача або коротка назва організації
hint-invitee = Особа приймає запрошення сама; за організацію приймає один із її керівників.
option-person = особу
option-organisation = організацію
invitation-heading = Вас запрошують стати співавтором цієї пропозиції
invitation-explained = Як співавтор ви будете серед її авторів, зможете змінювати її текст, поки це дозволено, і відповідати на поправки до неї.
invitation-accept-submit = Прийняти
invitation-decline-submit = Відмовитися
invitation-for-organisation = від імені { $organisation }
account-invitations-heading = Запрошення до співавторства
notice-invited = Запрошення надіслано.
error-invitee-required = Введіть ім’я користувача або коротку назву організації.
error-organisation-unknown = Організації з такою короткою назвою немає.
error-already-author = Ця особа вже є автором пропозиції.
error-already-invited = Їх уже запрошено.

## Moderation
content-kind-proposal = Пропозиція
content-kind-comment = Коментар
content-kind-amendment = Поправка
proposal-number = пропозиція { $n }
amendment-number = поправка { $n }
report-reason-spam = Спам або реклама
report-reason-offensive = Образи, ненависть чи погрози
report-reason-off-topic = Не за темою
report-reason-personal-data = Розголошує чиїсь персональні дані
report-reason-other = Інше
moderation-state-reported = Є скарги, досі видно
moderation-state-pending = Приховано після скарг, чекає на перевірку
moderation-state-hidden = Приховано модератором
moderation-state-restored = Відновлено
moderation-action-hidden-by-reports = Приховано після кількох скарг, доки модератор не перегляне
moderation-action-hide = Приховано модератором
moderation-action-restore = Відновлено модератором
moderation-action-uphold = Залишено прихованим після перевірки
moderation-action-block = Особу заблоковано в цій громаді
moderation-action-unblock = Блокування знято
not-now-blocked = Модератор заблокував вам участь у цій громаді. Причину вказано в журналі модерації громади.
report-link = Поскаржитися
report-proposal-link = Поскаржитися на цю пропозицію
report-title = Скарга: { $kind }
report-back = Назад до допису
report-intro = Розкажіть модераторам, що не так. Вони це перевірять; автор ніколи не дізнається, хто поскаржився.
field-report-reason = Чому ви скаржитеся?
field-report-details = Докладніше
hint-report-details = Необов’язково, якщо тільки ви не обрали «Інше». Щонайбільше 1000 символів.
report-submit = Надіслати скаргу
report-recorded = Дякуємо. Вашу скаргу передано модераторам.
report-already = Ви вже скаржилися на це; ваша попередня скарга й далі враховується.
report-hidden = Дякуємо. Після кількох скарг цей допис приховано, доки його не перегляне модератор.
error-report-own = Не можна скаржитися на власний допис.
error-report-details-required = Кількома словами скажіть, що не так.
moderation-hide-now-heading = Приховати зараз (для модераторів)
field-public-reason = Публічна причина
hint-public-reason = Усі прочитають це замість прихованого тексту і в журналі модерації.
moderation-hide-submit = Приховати
moderation-restore-submit = Відновити
moderation-uphold-submit = Залишити прихованим
hidden-by-moderator = Приховано модераторами: { $reason }
hidden-pending-review = Приховано після кількох скарг, доки модератор не перегляне.
hidden-proposal-title = Прихована пропозиція
appeal-link = Оскаржити це рішення
appeal-title = Оскарження рішення модераторів
appeal-intro = Якщо ви вважаєте, що модератори помилилися, поясніть їм чому. Оскаржити можна один раз; модератор перегляне ще раз і або відновить ваш допис, або залишить його прихованим.
field-appeal = Чому його слід відновити?
hint-appeal = Щонайбільше 2000 символів.
appeal-submit = Надіслати оскарження
appeal-yours-heading = Ваше оскарження
appeal-waiting = Модератор розгляне ваше оскарження.
appeal-answered = Модератор розглянув ваше оскарження. Рішення та його причину показано вище.
appeal-not-possible = Цей допис не приховано, або його вже оскаржено.
error-appeal-required = Скажіть, чому його слід відновити.
error-appeal-once = Рішення можна оскаржити лише один раз.
moderation-title = Модерація в громаді { $community }
moderation-queue-link = Черга модерації
moderation-log-link = Журнал модерації
moderation-queue-heading = { $count ->
    [0] Нічого не чекає
    [one] { $n } допис чекає
    [few] { $n } дописи чекають
    [many] { $n } дописів чекають
   *[other] { $n } допису чекають
}
moderation-queue-empty = Немає нічого, що чекає на перевірку.
moderation-report-count = { $count ->
    [0] скарг немає
    [one] { $n } скарга
    [few] { $n } скарги
    [many] { $n } скарг
   *[other] { $n } скарги
}
moderation-appeal-label = Автор оскаржує:
moderation-blocks-heading = Заблоковані особи
moderation-blocks-empty = У цій громаді ніхто не заблокований.
moderation-block-heading = Заблокувати особу
hint-block-reason = Заблокована особа й далі може все читати, але більше не може тут пропонувати, коментувати, вносити поправки, підтримувати чи скаржитися. Причина публічна.
moderation-block-submit = Заблокувати
moderation-unblock-submit = Зняти блокування
error-block-self = Не можна заблокувати себе.
error-already-blocked = Цю особу вже заблоковано.
moderation-settings-heading = Налаштування
field-report-threshold = Скільки скарг приховує допис
hint-report-threshold = Допис із такою кількістю скарг приховується, доки його не перегляне модератор.
error-report-threshold = Введіть ціле число від { $min_shown } до { $max_shown }.
moderation-done-hidden = Приховано. Причину вказано в публічному журналі.
moderation-done-restored = Відновлено. Допис знову видно.
moderation-done-upheld = Залишено прихованим. Автор отримав відповідь.
moderation-done-blocked = Особу заблоковано в цій громаді.
moderation-done-unblocked = Блокування знято.
moderation-done-threshold = Кількість скарг збережено.
moderation-log-title = Журнал модерації громади { $community }
moderation-log-intro = Кожен прихований чи відновлений допис і кожна заблокована тут особа — з причиною, яку вказали модератори. Хто на що скаржився, ніколи не показується.
moderation-log-empty = Ще нічого не модеровано.
moderation-no-reason = Причину не вказано
column-when = Коли
column-concerning = Щодо
column-reason = Причина

## Notifications
nav-notifications = Сповіщення
nav-notifications-unread = { $count ->
    [one] Сповіщення ({ $n } нове)
    [few] Сповіщення ({ $n } нові)
    [many] Сповіщення ({ $n } нових)
   *[other] Сповіщення ({ $n } нового)
}
notifications-title = Ваші сповіщення
notifications-empty = Поки що нічого. Стежте за процесом чи пропозицією, щоб дізнаватися, що з ними відбувається; за власними пропозиціями та обговореннями, у яких ви берете участь, ви стежите автоматично.
notifications-new = Нові:
notifications-mark-read = Позначити всі як прочитані
notifications-done-read = Усі ваші сповіщення позначено як прочитані.
notifications-email-heading = Сповіщення електронною поштою
notifications-no-email = У вашому обліковому записі немає адреси електронної пошти, тому Piazza не може вам писати. Ви можете додати її на сторінці облікового запису.
field-email-frequency = Як часто Piazza має вам писати?
email-frequency-immediate = Одразу, окремий лист на кожне сповіщення
email-frequency-daily = Раз на день, добірка всього нового
email-frequency-never = Ніколи; я читаю їх тут
notification-new-proposal = Нова пропозиція від { $name }: «{ $title }»
notification-comment = Новий коментар від { $name } до «{ $title }»
notification-reply = { $name } відповідає на ваш коментар до «{ $title }»
notification-amendment = { $name } пропонує поправку до «{ $title }»
notification-amendment-answered = Ваша поправка до «{ $title }»: { $detail }
notification-state-changed = «{ $title }» тепер: { $detail }
notification-invitation = { $name } запрошує вас стати співавтором «{ $title }»
notification-threshold = «{ $title }» набрала потрібні підтримки, і її передають посадовцям на розгляд.
notification-awaits-evaluation = «{ $title }» досягла порогу й чекає на ваш розгляд і публічну відповідь.
notification-hidden = Ваш допис до «{ $title }» приховано. { $detail }
notification-mail-footer = Ви отримуєте цей лист, бо стежите за цим або брали участь. Оберіть, як часто Piazza вам пише, або відмовтеся від цих листів тут: { $link }
digest-mail-subject = { $count ->
    [one] Ваші новини з Piazza: { $n } сповіщення
    [few] Ваші новини з Piazza: { $n } сповіщення
    [many] Ваші новини з Piazza: { $n } сповіщень
   *[other] Ваші новини з Piazza: { $n } сповіщення
}
follow-submit = Стежити
unfollow-submit = Не стежити
following-now = Ви стежите за цим і отримуєте повідомлення про те, що відбувається.

## Search
search-title = Пошук у громаді { $community }
search-results-title = Результати пошуку за запитом «{ $query }»
search-label = Слова для пошуку
search-kind-label = Показати
search-kind-all = Усе
search-kind-process = Процеси
search-kind-proposal = Пропозиції
search-kind-comment = Коментарі
search-kind-meeting = Зустрічі
search-submit = Шукати
search-count = { $count ->
    [0] Нічого не знайдено
    [one] { $n } результат
    [few] { $n } результати
    [many] { $n } результатів
   *[other] { $n } результату
}
search-nothing = Немає нічого, що містить усі ці слова. Спробуйте менше чи коротші слова або інше написання.

## Meetings
meeting-format-in-person = Наживо
meeting-format-online = Онлайн
meeting-format-hybrid = Наживо й онлайн
meeting-access-step-free = Доступ без сходинок
meeting-access-hearing-loop = Індукційна петля для слухових апаратів
meeting-access-sign-language = Переклад жестовою мовою
meeting-access-interpretation = Усний переклад
meeting-access-childcare = Догляд за дітьми
meeting-access-quiet-room = Тиха кімната
not-now-meeting-over = Ця зустріч уже відбулася: реєстрацію закрито.
not-now-meetings = Реєстрація на зустрічі відкрита лише на етапі, коли проводять зустрічі. Перегляньте графік процесу.
error-web-address = Введіть адресу, що починається з https:// або http://.
error-address-required = Вкажіть, де відбудеться зустріч.
error-time-invalid = Введіть час у годинах і хвилинах, наприклад 18:30.
error-meeting-ends-before-start = Зустріч має закінчуватися після початку.
error-capacity-invalid = Введіть кількість місць цілим числом від 1 до 100000 або залиште поле порожнім, якщо обмеження немає.
error-minutes-too-early = Протокол можна писати лише після початку зустрічі.
error-minutes-required = Напишіть протокол.
error-minutes-length = Протокол задовгий: щонайбільше 20 000 символів.
process-see-meetings = { $count ->
    [0] Зустрічей поки що немає
    [one] Переглянути { $n } зустріч
    [few] Переглянути { $n } зустрічі
    [many] Переглянути { $n } зустрічей
   *[other] Переглянути { $n } зустрічі
}
meetings-title = Зустрічі процесу { $process }
meeting-new-title = Запланувати зустріч
meetings-upcoming = Незабаром
meetings-none-upcoming = Поки що не заплановано жодної зустрічі.
meetings-past = Минулі зустрічі
meetings-none-past = Ще не відбулося жодної зустрічі.
field-meeting-description = Для чого ця зустріч
field-meeting-format = Де вона відбувається
field-meeting-address = Адреса
hint-meeting-address = Потрібна для зустрічі наживо. Якщо приміщення важко знайти, поясніть, як до нього дістатися.
field-meeting-link = Посилання для участі онлайн
hint-meeting-link = Потрібне для онлайн-зустрічі. Його бачать лише ті, хто зареєструвався.
field-meeting-date = Дата
hint-meeting-date = У форматі рік-місяць-день, наприклад 2026-12-03.
field-meeting-starts = Початок о
field-meeting-ends = Закінчення о
hint-meeting-time = Години й хвилини за UTC, наприклад 18:30.
field-meeting-capacity = Місця
hint-meeting-capacity = Залиште порожнім, якщо обмеження немає. Коли місця закінчаться, люди потраплять до списку очікування.
field-meeting-access = Доступність
field-meeting-access-notes = Докладніше про доступність
hint-meeting-access-notes = Необов’язково: наприклад, на які мови перекладають або де тиха кімната.
meeting-create-submit = Запланувати зустріч
field-meeting-when = Коли
meeting-link-for-registered = Показується тим, хто зареєструвався.
meeting-places = { $count ->
    [one] { $n } місце
    [few] { $n } місця
    [many] { $n } місць
   *[other] { $n } місця
}
meeting-places-left = { $count ->
    [0] місць не залишилося
    [one] залишилося { $n }
    [few] залишилося { $n }
    [many] залишилося { $n }
   *[other] залишилося { $n }
}
meeting-waiting-count = { $count ->
    [one] { $n } особа чекає
    [few] { $n } особи чекають
    [many] { $n } осіб чекають
   *[other] { $n } особи чекають
}
meeting-no-limit = Без обмеження
meeting-access-none = Поки що нічого не оголошено. Запитайте організаторів про те, що вам потрібно.
meeting-registration-heading = Участь
meeting-over = Ця зустріч уже відбулася.
meeting-you-are-registered = Ви зареєстровані.
meeting-cancel-submit = Скасувати мою реєстрацію
meeting-you-are-waiting = { $count ->
    [one] Ваш номер у списку очікування: { $n }.
    [few] Ваш номер у списку очікування: { $n }.
    [many] Ваш номер у списку очікування: { $n }.
   *[other] Ваш номер у списку очікування: { $n }.
}
meeting-leave-waiting-submit = Вийти зі списку очікування
field-meeting-needs = Що вам потрібно для участі (необов’язково)
hint-meeting-needs = Це бачать лише організатори: наприклад, місце для візка чи переклад певною мовою.
meeting-register-submit = Зареєструватися
meeting-wait-submit = Стати в список очікування
sign-in-to-register = Увійдіть, щоб зареєструватися на цю зустріч
meeting-minutes-heading = Протокол
meeting-no-minutes = Протокол з’явиться тут після зустрічі.
meeting-outcomes-heading = Пропозиції, що з’явилися на цій зустрічі
meeting-minutes-form-heading = Написати протокол
field-minutes = Протокол
field-meeting-outcomes = Пропозиції, що з’явилися на зустрічі
meeting-minutes-submit = Зберегти протокол
meeting-registrants-heading = { $count ->
    [0] Поки що ніхто не зареєструвався
    [one] { $n } особа зареєструвалася або чекає
    [few] { $n } особи зареєструвалися або чекають
    [many] { $n } осіб зареєструвалися або чекають
   *[other] { $n } особи зареєструвалися або чекають
}
column-place = Місце
column-needs = Потреби
meeting-status-registered = Зареєстровано
meeting-status-waiting = Список очікування
meeting-done-registered = Ви зареєстровані. До зустрічі!
meeting-done-waiting = Усі місця зайняті: ви в списку очікування, і вам повідомлять, якщо місце звільниться.
meeting-done-cancelled = Вашу реєстрацію скасовано.
meeting-done-minutes = Протокол збережено.
notification-new-meeting = { $name } планує зустріч: «{ $title }»
notification-meeting-place = Звільнилося місце: тепер ви зареєстровані на «{ $title }».

## Categories and places
category-mobility = Мобільність і транспорт
category-green-spaces = Парки й зелені зони
category-public-space = Вулиці й громадський простір
category-education = Школи й освіта
category-culture = Культура
category-sport = Спорт
category-health = Здоров’я
category-social-care = Соціальна допомога та інклюзія
category-housing = Житло
category-energy = Енергетика
category-environment = Довкілля й клімат
category-economy = Робота й місцева економіка
category-safety = Безпека
category-digital = Цифрові послуги
category-other = Інше
sort-commented = Спершу найбільш коментовані
comments-count = { $count ->
    [0] коментарів немає
    [one] { $n } коментар
    [few] { $n } коментарі
    [many] { $n } коментарів
   *[other] { $n } коментаря
}
field-neighbourhood = Мікрорайон
field-neighbourhood-optional = Мікрорайон (необов’язково)
field-map-point = Точка на мапі
hint-map-point = Необов’язково. Якщо знаєте, вкажіть широту й довготу місця, наприклад 43.8431 і 10.5061. Адреси вище достатньо.
field-latitude = Широта
field-longitude = Довгота
error-latitude = Введіть широту від -90 до 90, наприклад 43.8431, або залиште обидва поля порожніми.
error-longitude = Введіть довготу від -180 до 180, наприклад 10.5061, або залиште обидва поля порожніми.
community-neighbourhoods-link = Мікрорайони
neighbourhoods-title = Мікрорайони громади { $community }
neighbourhoods-intro = Процеси можуть стосуватися лише деяких мікрорайонів, а в пропозиціях можна вказати, якого мікрорайону вони стосуються, щоб мешканці знаходили те, що поруч із ними.
neighbourhoods-none = Мікрорайонів поки що немає.
field-neighbourhood-name = Назва мікрорайону
neighbourhood-add-submit = Додати мікрорайон
error-neighbourhood-exists = У цій громаді вже є мікрорайон із такою назвою.
field-process-scope = Яких мікрорайонів це стосується?
hint-process-scope = Не позначайте жодного, якщо процес стосується всієї громади.
process-scope = Стосується:
search-count-many = Результатів: понад { $n }

## Participatory budgets

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] Бюджети
    [one] { $n } бюджет
    [few] { $n } бюджети
    [many] { $n } бюджетів
   *[other] { $n } бюджету
}
budgets-title = Бюджети процесу «{ $process }»
budgets-intro = Мешканці вирішують, на що витратити частину публічного бюджету: у кожному бюджеті є перелік проєктів із їхньою вартістю, і кожен мешканець може проголосувати один раз.
budgets-none = У цьому процесі ще не відкрито жодного бюджету.
budget-new-title = Відкрити бюджет
budget-card-line = { $total } · { $style } · підрахунок: { $rule }
budget-ballots = { $count ->
    [0] Бюлетенів поки що немає
    [one] { $n } бюлетень
    [few] { $n } бюлетені
    [many] { $n } бюлетенів
   *[other] { $n } бюлетеня
}
budget-see-results = Переглянути результати
budget-status-open = Голосування триває
budget-status-closed = Голосування закрито, ще не підраховано
budget-status-counted = Підраховано
budget-changeable = Ви можете змінити свій бюлетень до закриття голосування.
budget-officials-heading = Для посадовців
budget-locked = Бюлетені вже подано: проєкти, спосіб голосування й правило підрахунку більше не можна змінити.
budget-count-explained = Закриття остаточно припиняє голосування, відокремлює кожен бюлетень від того, хто голосував, і підраховує голоси. Знеособлені бюлетені публікуються, щоб будь-хто міг їх перерахувати.
budget-count-submit = Закрити голосування й підрахувати
budget-projects-heading = { $count ->
    [0] У бюлетені поки що немає проєктів
    [one] { $n } проєкт у бюлетені
    [few] { $n } проєкти в бюлетені
    [many] { $n } проєктів у бюлетені
   *[other] { $n } проєкту в бюлетені
}
budget-off-ballot-heading = Не внесено до бюлетеня
budget-create-submit = Відкрити бюджет
field-budget-description = На що ці кошти
field-budget-total = Сума для розподілу
hint-budget-total = Ціле число, наприклад 250000.
field-budget-currency = Валюта
hint-budget-currency = Три літери, наприклад EUR.
field-budget-style = Як люди голосують
field-budget-min-choices = Найменша кількість проєктів, яку треба обрати в бюлетені
hint-budget-min-choices = Необов’язково. 0 або порожнє поле означає, що мінімуму немає.
field-budget-max-choices = Найбільша кількість проєктів, яку можна обрати в бюлетені (для рейтингу: скільки місць)
hint-budget-max-choices = Необов’язково, крім рейтингу. Порожнє поле означає, що обмеження немає.
field-budget-min-share = Частка коштів, яку має використати бюлетень «у межах бюджету», у відсотках
hint-budget-min-share = Необов’язково, лише для бюлетенів «у межах бюджету», наприклад 80.
field-budget-points = Скільки балів розподіляє кожен виборець
hint-budget-points = Обов’язково для бюлетенів із розподілом балів, наприклад 10.
field-budget-rule = Як підраховують бюлетені
hint-budget-rule = Метод рівних часток дає кожній групі виборців справедливу частку коштів; підрахунок за найбільшою кількістю голосів дозволяє найбільшій групі вирішувати все.
field-budget-changeable = Виборці можуть змінювати свій бюлетень до закриття голосування
ballot-style-approval = Оберіть будь-які проєкти, які ви підтримуєте
ballot-style-knapsack = Оберіть проєкти, що вміщаються в бюджет
ballot-style-cumulative = Розподіліть бали між проєктами
ballot-style-ranked = Розташуйте улюблені проєкти за місцями
counting-rule-mes_cost_add1_eqs = метод рівних часток (рекомендовано)
counting-rule-mes_cost_add1_greedy = метод рівних часток, а для решти — за найбільшою кількістю голосів
counting-rule-greedy_cost = спершу найбільша кількість голосів
counting-rule-greedy_card = спершу найбільша кількість голосів на одиницю вартості
counting-rule-phragmen = метод Фрагмена
counting-rule-maxwelfare_cost = набір проєктів із найбільшою схваленою сумою
counting-rule-greedy_points = спершу найбільша кількість балів
counting-rule-mes_points = метод рівних часток за балами
error-whole-number-range = Введіть ціле число від { $min_shown } до { $max_shown }.
error-budget-total-required = Введіть суму для розподілу.
error-currency = Введіть валюту трьома літерами, наприклад EUR.
error-rule-needs-approvals = Це правило рахує схвалення: для бюлетенів із розподілом балів чи рейтингом оберіть правило за балами.
error-rule-needs-points = Це правило рахує бали: обирайте його лише для бюлетенів із розподілом балів чи рейтингом.
error-max-below-min = Найбільша кількість проєктів не може бути меншою за найменшу.
error-points-required = Введіть, скільки балів розподіляє кожен виборець.
error-ranks-required = Введіть, скільки місць має рейтинг.
error-budget-locked = Бюлетені вже подано, тому проєкти бюджету більше не можна змінити.
project-new-title = Додати проєкт
field-project-description = Що робить проєкт
field-project-cost = Вартість
hint-project-cost = Ціле число у валюті бюджету.
error-cost-required = Введіть вартість.
field-project-proposal = Звідки він походить
hint-project-proposal = Пропозиція цього процесу або посадовці.
option-from-officials = Посадовці
field-project-image = Зображення (посилання)
hint-project-image = Необов’язково. Адреса https зображення; сторінка дає на нього посилання й ніколи його не завантажує.
error-image-address = Введіть адресу, що починається з https://, без пробілів.
project-create-submit = Додати проєкт
project-done-added = Проєкт додано. Перевірте, чи його можливо здійснити, щоб внести його до бюлетеня.
project-from-proposal = Переглянути пропозицію, з якої він походить
project-see-image = Переглянути зображення
feasibility-pending = Здійсненність ще не перевірено
feasibility-feasible = Можна здійснити
feasibility-infeasible = Не можна здійснити
project-review-legend = Перевірка «{ $title }»
field-feasibility-reason = Публічна причина (обов’язково, якщо здійснити не можна)
error-feasibility-reason-required = Вкажіть публічну причину, чому проєкт не можна здійснити.
project-review-submit = Зберегти перевірку
project-done-reviewed = Перевірку збережено.
ballot-heading = Ваш бюлетень
ballot-instructions-approval = Оберіть проєкти, які ви підтримуєте.
ballot-instructions-knapsack = Оберіть проєкти, загальна вартість яких уміщається в бюджет.
ballot-instructions-cumulative = Дайте бали проєктам, які ви підтримуєте.
ballot-instructions-ranked = Розставте улюблені проєкти за місцями: на першому — той, якого ви хочете найбільше.
ballot-points-to-spread = { $count ->
    [one] У вас є { $n } бал для розподілу.
    [few] У вас є { $n } бали для розподілу.
    [many] У вас є { $n } балів для розподілу.
   *[other] У вас є { $n } бала для розподілу.
}
ballot-min-share = { $count ->
    [one] Ваш вибір має використати щонайменше { $n } відсоток коштів.
    [few] Ваш вибір має використати щонайменше { $n } відсотки коштів.
    [many] Ваш вибір має використати щонайменше { $n } відсотків коштів.
   *[other] Ваш вибір має використати щонайменше { $n } відсотка коштів.
}
ballot-min-choices = { $count ->
    [one] Оберіть щонайменше { $n } проєкт.
    [few] Оберіть щонайменше { $n } проєкти.
    [many] Оберіть щонайменше { $n } проєктів.
   *[other] Оберіть щонайменше { $n } проєкту.
}
ballot-max-choices = { $count ->
    [one] Оберіть щонайбільше { $n } проєкт.
    [few] Оберіть щонайбільше { $n } проєкти.
    [many] Оберіть щонайбільше { $n } проєктів.
   *[other] Оберіть щонайбільше { $n } проєкту.
}
ballot-not-ranked = Без місця
ballot-place = Місце { $n }
ballot-chosen = { $count ->
    [0] Жодного проєкту не обрано
    [one] Обрано { $n } проєкт
    [few] Обрано { $n } проєкти
    [many] Обрано { $n } проєктів
   *[other] Обрано { $n } проєкту
}
ballot-cost-left = вони коштують { $cost }, залишається { $left }
ballot-points-used = Надано балів: { $used_shown } з { $points_shown }
ballot-valid = Ваш бюлетень дійсний.
ballot-nothing-chosen = Оберіть проєкти, а тоді перевірте суму або подайте бюлетень.
ballot-check-submit = Перевірити суму
ballot-cast-submit = Подати мій бюлетень
ballot-change-submit = Змінити мій бюлетень
ballot-voted-changeable = Ви проголосували. Ваш бюлетень показано нижче; ви можете змінити його до закриття голосування, і враховується останній.
ballot-voted-final = Ви проголосували. Ваш бюлетень остаточний.
ballot-no-projects = У бюлетені поки що немає жодного проєкту.
ballot-sign-in = Увійдіть, щоб проголосувати
ballot-not-open = Зараз голосування не відкрите: воно триває, коли процес на етапі визначення пріоритетів.
ballot-closed = Голосування закрито.
ballot-done-recorded = Ваш бюлетень зараховано.
ballot-done-replaced = Ваш бюлетень змінено; враховується лише новий.
ballot-problem-empty = Оберіть хоча б один проєкт.
ballot-problem-too-few = { $min ->
    [one] Оберіть щонайменше { $min_shown } проєкт.
    [few] Оберіть щонайменше { $min_shown } проєкти.
    [many] Оберіть щонайменше { $min_shown } проєктів.
   *[other] Оберіть щонайменше { $min_shown } проєкту.
}
ballot-problem-too-many = { $max ->
    [one] Оберіть щонайбільше { $max_shown } проєкт.
    [few] Оберіть щонайбільше { $max_shown } проєкти.
    [many] Оберіть щонайбільше { $max_shown } проєктів.
   *[other] Оберіть щонайбільше { $max_shown } проєкту.
}
ballot-problem-over-budget = Ваш вибір перевищує бюджет на { $over_shown }.
ballot-problem-under-share = Ваш вибір має використати щонайменше { $share_shown } % коштів.
ballot-problem-too-many-points = Найбільше балів, які можна дати: { $points_shown }.
ballot-problem-points-whole = Бали мають бути цілими числами, 0 або більше.
ballot-problem-place-twice = Два проєкти мають місце { $place_shown }: кожне місце можна дати лише один раз.
ballot-problem-place-range = Місця бувають від 1 до { $places_shown }.
ballot-problem-unknown-project = Обраного проєкту немає в бюлетені.
error-ballot-invalid = Ваш бюлетень поки що не можна подати: нижче показано, що треба змінити.
not-now-voting-closed = Зараз голосування за цей бюджет не відкрите.
not-now-already-voted = Ви вже проголосували в цьому бюджеті, і його бюлетені не можна змінювати.
results-title = Результати «{ $budget }»
results-spent = Витрачено коштів
results-left = Залишилося коштів
results-ballots-heading = Бюлетені
results-ballots = { $count ->
    [0] Бюлетенів немає
    [one] { $n } бюлетень
    [few] { $n } бюлетені
    [many] { $n } бюлетенів
   *[other] { $n } бюлетеня
}
results-channel = { $channel }: { $n }
channel-online = Онлайн
channel-code = З кодом для голосування
channel-paper = На папері, внесено фасилітатором
results-counted = Підраховано
results-rule-explained-equal-shares = Підраховано методом рівних часток: кожен виборець отримує рівну частку коштів і витрачає її лише на проєкти, які обрав. Проєкт перемагає, коли його прихильники разом можуть за нього заплатити; першим іде той проєкт, що коштує кожному з них найменше.
results-rule-explained-greedy = Підраховано за найбільшою кількістю голосів: проєкти йдуть за кількістю голосів, і кожен обирають, якщо він ще вміщається в залишок коштів.
results-rule-explained-phragmen = Підраховано методом Фрагмена: вартість кожного проєкту розподіляється між його прихильниками якомога рівномірніше, а підрахунок зупиняється на першому проєкті, який не вміщається.
results-rule-explained-max-welfare = Підраховано як набір проєктів, що вміщається в бюджет і має найбільшу схвалену суму.
results-chart-heading = Голоси за кожен проєкт
results-chart-caption = Проєкти-переможці показано темним кольором, інші — світлим; ці ж числа є в таблиці нижче.
results-bar-label = { $title }: { $votes }
results-table-heading = Усі проєкти й чому вони перемогли чи програли
results-project = Проєкт
results-cost = Вартість
results-votes = Голоси
results-outcome = Результат
results-why = Чому
results-won = Переміг
results-lost = Програв
fate-ranked-won = Місце { $rank }: коли настала його черга, залишалося { $left } — достатньо, щоб за нього заплатити.
fate-ranked-lost = Місце { $rank }: коли настала його черга, залишалося лише { $left } — менше, ніж він коштує.
fate-shared = Обрано на кроці { $step }: за нього заплатили прихильники ({ $payers }), кожен по { $share } (з них { $all } віддали все, що в них залишалося).
fate-supporters-short = У його прихильників разом залишалося лише { $held } — менше, ніж він коштує.
fate-completed = Обрано після рівних часток, за найбільшою кількістю голосів: місце { $rank }, залишалося { $left }.
fate-not-completed = Не обрано: місце { $rank } за голосами, коли залишалося лише { $left }.
fate-loaded = Обрано на кроці { $step }.
fate-stopped-here = Він не вмістився в залишок коштів, і підрахунок тут зупинився.
fate-not-reached = Підрахунок зупинився до його черги.
fate-optimal-won = Входить до набору з найбільшою схваленою сумою.
fate-optimal-lost = Не входить до набору з найбільшою схваленою сумою.
fate-free = Безкоштовний і має підтримку, тому обраний.
fate-unsupported = Ніхто за нього не проголосував.
results-recount-heading = Перерахуйте самі
results-recount-explained = Бюлетені без імен і часу опубліковано у форматі Pabulib. Будь-хто може перерахувати їх за допомогою Piazza чи інших інструментів і має отримати тих самих переможців.
results-download = Завантажити бюлетені (Pabulib)
results-sha256 = Відбиток SHA-256 файлу:

## Voting codes and paper ballots

budget-codes-status = Надруковано кодів для голосування: { $printed_shown }, використано: { $used_shown }.
field-code-count = Скільки кодів для голосування надрукувати
hint-code-count = Коди показуються один раз, щоб їх надрукувати: Piazza зберігає лише відбиток кожного. Від 1 до 1000.
budget-codes-submit = Надрукувати коди для голосування
codes-title = Коди для голосування за «{ $budget }»
codes-print-now = Надрукуйте цю сторінку зараз: ці коди більше не буде показано. Кожен код дає право на один бюлетень.
codes-how = Щоб проголосувати, відкрийте цю адресу, введіть код і оберіть проєкти. Код діє один раз.
ballot-code-heading = Голосувати з кодом
ballot-paper-heading = Внести паперовий бюлетень
field-voting-code = Код для голосування
hint-voting-code = Дванадцять літер і цифр, надрукованих на вашому талоні, наприклад ABCD-EFGH-JKLM.
field-paper-reference = Номер, написаний на паперовому бюлетені
hint-paper-reference = Той самий паперовий бюлетень не можна внести двічі під тим самим номером.
ballot-code-submit = Подати бюлетень із цим кодом
ballot-paper-submit = Внести цей паперовий бюлетень
ballot-vote-with-code = Голосувати з надрукованим кодом
ballot-enter-paper = Внести паперові бюлетені
ballot-back-to-budget = Назад до бюджету
ballot-recorded-heading = Ось що саме зараховано:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = Бюлетень зараховано. Код більше не можна використати.
paper-done-entered = Паперовий бюлетень внесено.
error-code-required = Введіть код для голосування.
error-code-unknown = Такого коду для цього бюджету немає. Перевірте літери й цифри.
error-paper-reference = Введіть номер, написаний на папері, до 40 символів.
not-now-code-used = Цей код уже використано: кожен код дає право на один бюлетень.
not-now-paper-entered = Паперовий бюлетень із цим номером уже внесено.

## Who may vote, census lists and imported elections

not-now-needs-voter-details = Перед голосуванням у цьому бюджеті потрібно вказати дату народження або ваш район.
not-now-needs-census = Перед голосуванням у цьому бюджеті потрібно підтвердити свої дані за реєстром мешканців.
not-now-too-young = Ви молодші за мінімальний вік для цього бюджету.
not-now-outside-districts = Цей бюджет — для мешканців інших районів.
not-now-group-full = Ви вже проголосували в стількох бюджетах цієї групи, скільки дозволено одній особі.
budget-who-may-vote = Хто може голосувати
field-budget-min-age = Мінімальний вік (необов’язково)
hint-budget-min-age = У роках. Залиште порожнім, якщо голосувати можуть люди будь-якого віку.
field-budget-census-only = Виборці мають підтвердити свої дані за реєстром мешканців
hint-budget-census-only = Тоді мешканці, які увійшли в систему, один раз підтверджують дані своїм ідентифікаційним номером і датою народження; коди й паперові бюлетені перевіряють особисто.
field-budget-districts = Мешканці яких районів можуть голосувати?
hint-budget-districts = Не позначайте жодного, якщо голосувати може кожен мешканець.
field-budget-group = Група бюджетів (необов’язково)
hint-budget-group = Бюджети цього процесу з однаковою назвою групи мають спільне обмеження: наприклад, «райони», щоб кожна особа голосувала в одному районному бюджеті на свій вибір.
field-budget-group-limit = У скількох бюджетах групи може голосувати одна особа
hint-budget-group-limit = Ціле число; якщо залишити порожнім — 1.
error-group-name = Напишіть назву групи довжиною до 80 символів.
error-group-name-required = Назвіть групу, для якої діє обмеження.
budget-edit-title = Змінити «{ $title }»
budget-edit-submit = Зберегти бюджет
budget-edit-link = Змінити бюджет
budget-edit-locked = Бюлетені вже подано: тепер можна змінити лише назву й опис, щоб жодне правило не змінилося для виборців посеред голосування.
budget-done-changed = Бюджет збережено.
field-project-district = Район (необов’язково)
option-whole-community = Уся громада
eligibility-min-age = Мешканці віком від { $age } р.
eligibility-districts = Мешканці таких районів: { $districts }.
eligibility-census = Мешканці, які підтвердили свої дані за реєстром мешканців.
eligibility-group = Цей бюджет входить до групи «{ $group }»: кожна особа може голосувати в { $limit } з її бюджетів.
ballot-give-details = Вкажіть свої дані
results-districts-heading = Результати за районами
results-district = Район
results-district-projects = Профінансовані проєкти
results-district-spent = Витрачено коштів
results-whole-community = Уся громада
results-district-funded = { $won } з { $of }
channel-imported = імпортовано
budget-import-title = Імпортувати минуле голосування
budget-import-intro = Відтворіть бюджет участі, проведений деінде: файл Pabulib (відкритий формат голосувань бюджетів участі) стає бюджетом цього процесу з його проєктами й бюлетенями, готовим до підрахунку тут.
field-pabulib-file = Файл Pabulib
hint-pabulib-file = Файл .pb із розділами META, PROJECTS і VOTES. Суми мають бути цілими одиницями валюти.
budget-import-submit = Імпортувати голосування
budget-done-imported = Голосування імпортовано. Підрахуйте його, щоб побачити результати.
error-pabulib-line = Не вдається прочитати файл у рядку { $line }. Перевірте цей рядок за форматом Pabulib.
error-pabulib-file = Це не файл Pabulib із проєктами й бюджетом.
error-pabulib-decimals = У файлі є суми з десятковими знаками; бюджети тут містять лише цілі одиниці своєї валюти.
error-pabulib-too-many = Кількість бюлетенів у файлі перевищує { $most }.
census-title = Реєстр мешканців
census-intro = Завантажте список людей, які можуть голосувати, у форматі CSV: одна особа в рядку з ідентифікаційним номером, датою народження (РРРР-ММ-ДД) і, за бажанням, назвою її району. Piazza зберігає лише відбиток із ключем кожного ідентифікаційного номера й дати народження, а не самі номери. Новий список замінює старий; ті, хто вже підтвердив свої дані, залишаються підтвердженими.
census-status = Записів у списку: { $entries }; використано для підтвердження: { $claimed }.
census-none = Реєстр мешканців ще не завантажено.
field-census-file = Реєстр мешканців (CSV)
hint-census-file = Наприклад: AB1234567,1990-04-21,Centro
census-submit = Завантажити список
census-done-loaded = Реєстр мешканців завантажено, записів: { $entries }.
error-census-line = У рядку { $line } потрібні ідентифікаційний номер і дата народження у форматі РРРР-ММ-ДД.
error-census-district = У рядку { $line } вказано район, якого в цій громаді немає.
error-census-too-long = Список задовгий.
error-census-empty = У файлі немає жодної особи. Оберіть CSV-файл реєстру мешканців.
voter-details-title = Ваші дані для голосування
voter-details-intro = Деякі бюджети призначені для мешканців певних районів або певного віку. Те, що ви тут вказуєте, використовується лише для перевірки, чи можете ви голосувати; це ніколи нікому не показується.
voter-details-verified = Реєстр мешканців підтвердив ваші дані.
voter-details-declared = Ви вказали ці дані самі.
field-birth-date = Дата народження
hint-birth-date = У форматі РРРР-ММ-ДД, наприклад 1990-04-21.
field-voter-district = Ваш район
voter-census-heading = Підтвердження за реєстром мешканців
voter-census-intro = Введіть свій ідентифікаційний номер і дату народження так, як їх записано в муніципалітеті. Кожен запис списку може підтвердити лише один обліковий запис.
field-identity = Ідентифікаційний номер
hint-identity = Пробіли, дефіси й великі літери не мають значення.
voter-census-submit = Підтвердити
voter-declare-heading = Вкажіть свої дані
voter-declare-intro = Для бюджетів, які не вимагають реєстру мешканців, достатньо вказати дату народження й район.
voter-declare-submit = Зберегти мої дані
error-identity-required = Введіть свій ідентифікаційний номер.
error-birth-date = Напишіть справжню дату народження у форматі РРРР-ММ-ДД.
error-census-none = У цій громаді немає реєстру мешканців для підтвердження.
error-census-unknown = У реєстрі мешканців немає запису з таким ідентифікаційним номером і датою народження. Перевірте обидва або зверніться до муніципалітету.
error-census-used = Цей запис реєстру мешканців уже підтвердив інший обліковий запис. Якщо це були не ви, зверніться до муніципалітету.
error-details-verified = Реєстр мешканців підтвердив ваші дані; змінити їх тут не можна.
community-census-link = Реєстр мешканців

## Erasing one's account

account-erase-link = Видалити мій обліковий запис
erase-title = Видалити мій обліковий запис
erase-intro = Видалення облікового запису не можна скасувати. Ось що відбувається:
erase-goes = Ваше ім’я, ім’я користувача, адреса електронної пошти, сеанси, ролі, підписки, підтримки й дані для голосування видаляються одразу.
erase-stays = Ваші пропозиції та коментарі й далі можна буде прочитати, але автором буде показано «колишній учасник».
erase-ballots = Ваші бюлетені в бюджетах участі залишаються врахованими, і ніхто більше не зможе дізнатися, що вони були ваші.
erase-meetings = Ваші місця на майбутніх зустрічах переходять до наступних людей у списку очікування.
erase-final = Якщо ви хочете мати копію своїх даних, спершу завантажте її.
hint-erase-password = Введіть пароль, щоб підтвердити, що це ви.
erase-submit = Остаточно видалити мій обліковий запис
erase-done-title = Ваш обліковий запис видалено
erase-done = Ваш обліковий запис і все, що вас ідентифікувало, видалено. Дякуємо за участь.
erase-done-home = Назад на головну сторінку
account-data-link = Переглянути й завантажити ваші дані
data-title = Ваші дані
data-intro = Це все, що Piazza зберігає про вас. У завантаженні є все це: один файл JSON і по одному файлу CSV для кожного типу записів, в архіві zip.
data-download = Завантажити мої дані (zip)
data-joined = Дата реєстрації
data-everything = Що зберігається і скільки
data-what = Що
data-how-many = Скільки
data-records = { $count ->
    [one] { $n } запис
    [few] { $n } записи
    [many] { $n } записів
   *[other] { $n } запису
}
data-not-kept = Не зберігається: ваш пароль (лише відбиток, з якого його неможливо відновити) і те, який бюлетень був вашим, після закриття голосування.
data-profile = Ваш профіль
data-sign-ins = Сеанси входу
data-password-resets = Запити на відновлення пароля
data-roles = Ролі в громадах
data-organisations = Організації, до яких ви належите
data-proposals = Пропозиції, які ви написали
data-proposal-versions = Версії пропозицій, які ви написали
data-co-authorships = Пропозиції, до співавторства в яких вас запросили
data-amendments = Поправки, які ви запропонували
data-comments = Коментарі, які ви написали
data-proposal-supports = Пропозиції, які ви підтримуєте
data-comment-supports = Коментарі, які ви підтримуєте
data-meeting-registrations = Зустрічі, на які ви зареєструвалися
data-follows = За чим ви стежите
data-notifications = Сповіщення для вас
data-reports = Дописи, на які ви поскаржилися
data-blocks = Блокування модераторами
data-budget-votes = Бюджети, у яких ви голосували
data-voting-details = Ваші дані для голосування
data-email = Адреса електронної пошти

## Consent

account-consents-link = Ваші згоди
consents-title = Ваші згоди
consents-intro = Piazza питає вас, перш ніж використати ваші дані для чогось більшого, ніж те, що ви робите самі. Кожну відповідь зберігають разом із датою й версією повідомлення, яке ви прочитали. Відкликати згоду можна одним натисканням — так само, як і надати.
consent-purpose-taking-part = Участь
consent-purpose-contact = Зв’язок із вами
consent-purpose-demographics = Статистика про те, хто бере участь
consent-purpose-research = Дослідження дописів
consent-notice-taking-part = Piazza зберігає те, що ви пишете, підтримуєте й за що голосуєте, разом із вашим іменем для показу, щоб ваша громада могла це бачити й на це відповідати. Ви можете будь-коли видалити свій обліковий запис.
consent-notice-contact = Piazza може писати вам електронною поштою про те, за чим ви стежите, і про процеси вашої громади. Як часто — вирішуєте ви у своєму обліковому записі.
consent-notice-demographics = Якщо ви відповідаєте на необов’язкові запитання про себе (вікова група, стать, мікрорайон тощо), Piazza зберігає відповіді окремо від вашого імені й використовує їх лише для того, щоб підрахувати, у групах щонайменше з п’яти осіб, хто бере участь, а кого бракує.
consent-notice-research = Дослідники можуть вивчати ваші дописи без вашого імені, щоб зрозуміти, як працює участь. Не публікується нічого, що могло б вас ідентифікувати.
consent-state-not-given = Ви не надали цієї згоди.
consent-state-granted = Ви надали цю згоду { $date }.
consent-state-withdrawn = Ви відкликали цю згоду { $date }.
consent-state-asked-again = Відколи ви надали згоду, повідомлення змінилося: будь ласка, прочитайте його ще раз і дайте відповідь. Доти згода не враховується.
consent-grant = Погоджуюся
consent-withdraw = Відкликати мою згоду
consent-done-saved = Вашу відповідь записано.
consents-ledger-heading = Усі ваші відповіді
consents-ledger-empty = Ви ще нічого не відповіли.
consents-when = Коли
consents-purpose = Щодо
consents-answer = Відповідь
consents-how = Як
consents-version = Версія повідомлення
consents-basis = Правова підстава
consent-granted = згоду надано
consent-withdrawn = згоду відкликано
consent-channel-online = онлайн
consent-channel-paper = на папері
consent-channel-phone = телефоном
consent-channel-by = { $channel }, внесено користувачем { $name }
legal-basis-consent = згода (GDPR, ст. 6.1.a)
legal-basis-explicit-consent = явна згода (GDPR, ст. 9.2.a)
data-consents = Ваші згоди

## Record of processing

community-privacy-link = Як використовуються ваші дані
processing-title = Як громада { $community } використовує персональні дані
processing-intro = Цей реєстр обробки створюється на основі того, що Piazza насправді зберігає, і строків зберігання цього екземпляра, тому він завжди актуальний.
processing-caption = Що зберігається, навіщо і як довго
processing-what = Що
processing-why = Навіщо
processing-basis = Правова підстава
processing-kept = Строк зберігання
processing-who = Хто може це бачити
processing-kept-days = { $count ->
    [one] { $n } день
    [few] { $n } дні
    [many] { $n } днів
   *[other] { $n } дня
}
processing-account = Ваш обліковий запис: ім’я користувача, ім’я для показу, адреса електронної пошти, мова та відбиток вашого пароля
processing-account-why = Щоб ви могли входити й брати участь під обраним вами іменем
processing-contributions = Пропозиції, коментарі, поправки й протоколи зустрічей
processing-contributions-why = Публічна участь: щоб кожен міг їх читати, обговорювати й на них відповідати
processing-votes = Підтримки й бюлетені бюджетів
processing-votes-why = Щоб їх підрахувати
processing-meetings = Реєстрації на зустрічі й те, що, за вашими словами, вам потрібно для участі
processing-meetings-why = Щоб організовувати зустрічі, у яких кожен може взяти участь
processing-notifications = Ваші сповіщення
processing-notifications-why = Щоб повідомляти вам, що сталося з тим, за чим ви стежите
processing-mail = Листи, надіслані вам
processing-mail-why = Щоб доставляти сповіщення, добірки й листи для відновлення пароля та повторювати спробу, якщо доставка не вдалася
processing-security = Сеанси й невдалі спроби входу
processing-security-why = Щоб захистити облікові записи від людей, які намагаються вгадати паролі
processing-eligibility = Реєстр мешканців і ваші дані для голосування (дата народження, район)
processing-eligibility-why = Щоб перевірити, хто може голосувати в бюджеті участі
processing-consents = Ваші згоди та їхня історія
processing-consents-why = Щоб довести, на що і коли ви погодилися
processing-moderation = Скарги й рішення модераторів
processing-moderation-why = Щоб обговорення залишалися шанобливими, відкрито
processing-kept-until-erased = Доки ви не видалите свій обліковий запис
processing-kept-contributions = Доки процес публічний; якщо ви видалите свій обліковий запис, вони залишаються, але без вашого імені
processing-kept-votes = Враховуються назавжди; хто голосував — забувається, коли ви видаляєте свій обліковий запис, а який бюлетень був вашим — забувається після закриття голосування
processing-kept-meeting-needs = Ваші потреби: { $days } після зустрічі; сама реєстрація: доки ви не видалите свій обліковий запис
processing-kept-security = Сеанси — доки не закінчиться їхня дія; невдалі спроби входу — один день
processing-kept-eligibility = Реєстр мешканців — доки його не замінять, лише у вигляді відбитків із ключем; ваші дані — доки ви не видалите свій обліковий запис
processing-kept-moderation = Стільки, скільки зберігається вміст, якого це стосується; публічний журнал зберігає рішення, але ніколи — хто поскаржився
processing-who-you-and-operators = Ви та люди, які керують цим екземпляром
processing-who-everyone = Усі
processing-who-totals = Ніхто окремо: публікуються лише загальні підсумки
processing-who-organisers = Організатори зустрічі в громаді { $community }
processing-who-you = Лише ви
processing-who-operators = Люди, які керують цим екземпляром, — щоб усувати проблеми з доставкою
processing-who-nobody = Ніхто: перевірка відбувається автоматично
processing-who-moderators = Модератори громади { $community }
legal-basis-public-task = виконання завдання в суспільних інтересах (GDPR, ст. 6.1.e)
legal-basis-legitimate-interest = законний інтерес у сфері безпеки (GDPR, ст. 6.1.f)
legal-basis-legal-obligation = юридичний обов’язок (GDPR, ст. 6.1.c і 7.1)
processing-rights = Ви можете будь-коли переглянути й завантажити свої дані, надати й відкликати згоду та видалити свій обліковий запис.

## Accessibility statement and barriers

footer-accessibility = Заява про доступність і повідомлення про бар’єр
community-barriers-link = Повідомлені бар’єри доступності
accessibility-title = Заява про доступність
accessibility-commitment = Piazza зроблено так, щоб кожен міг брати участь: з дешевого телефона й за повільного інтернету, без JavaScript, з клавіатурою чи програмою зчитування з екрана, а також мовою з письмом справа наліво. Ця заява відповідає Директиві ЄС про доступність вебсайтів (2016/2102).
accessibility-status-heading = Наскільки це доступно
accessibility-status = Piazza прагне відповідати Настановам щодо доступності вебвмісту (WCAG) 2.2 на рівні AA. Сторінки, перелічені нижче, перевіряються автоматично; деякі бар’єри можуть виявити лише люди, тож, будь ласка, повідомляйте нам про ті, з якими ви стикаєтеся.
accessibility-how-heading = Як це перевіряється
accessibility-how-axe = Кожну сторінку перевіряють інструментом axe-core у справжньому браузері на відповідність WCAG 2.2 AA — без входу й після входу з кожною роллю, мовою з письмом зліва направо і мовою з письмом справа наліво.
accessibility-how-no-script = Кожна сторінка працює з вимкненим JavaScript, зокрема бюлетені й форми.
accessibility-how-keyboard = Реєстрацію та вхід перевіряють лише з клавіатурою; фокус завжди видно.
accessibility-how-languages = Сторінки перекладено повністю; текст, який пишуть люди, зберігає свою мову й напрямок письма.
accessibility-limits-heading = Відомі обмеження
accessibility-limit-maps = Місця вказано адресами й координатами; мапа не малюється.
accessibility-limit-content = Те, що пишуть люди (пропозиції, коментарі, зображення за посиланням), належить їм: там може не бути описів зображень чи простої мови. Описи в легкому для читання форматі є там, де їх написали автори.
accessibility-enforcement-heading = Якщо ви незадоволені
accessibility-enforcement = Якщо відповідь на ваше повідомлення вас не задовольняє, ви можете звернутися до органу вашої країни, який наглядає за виконанням Директиви про доступність вебсайтів (в Італії — AgID).
barrier-heading = Повідомити про бар’єр
barrier-intro = Розкажіть нам, що вам завадило чи ускладнило справу. Ваше повідомлення надійде адміністраторам громади, яку ви оберете, або цього екземпляра.
field-barrier-page = Сторінка (необов’язково)
hint-barrier-page = Її адреса або як вона називалася.
field-barrier-description = Що пішло не так?
hint-barrier-description = Що ви намагалися зробити і що сталося. За бажанням вкажіть свій пристрій чи допоміжну технологію.
field-barrier-community = Якої громади це стосується?
option-barrier-instance = Жодної конкретної
field-barrier-contact = Як нам вам відповісти? (необов’язково)
hint-barrier-contact = Адреса електронної пошти або номер телефону. Залиште порожнім, щоб повідомити анонімно.
barrier-submit = Надіслати повідомлення
barrier-done-reported = Дякуємо: ваше повідомлення надіслано адміністраторам.
error-barrier-page = Напишіть адресу чи назву сторінки, до 500 символів.
error-barrier-description-required = Опишіть, що пішло не так.
error-barrier-contact = Напишіть адресу чи номер, до 200 символів.
barrier-reports-title = Повідомлені бар’єри доступності
barrier-reports-none = У цій громаді ніхто не повідомляв про бар’єри.
barrier-reports-contact = Відповісти:

## Display preferences

footer-display = Налаштування відображення
display-heading = Налаштування відображення
display-intro = Оберіть, як показувати сторінки. Якщо ви ввійшли, ваш вибір запам’ятовується у вашому обліковому записі; інакше його запам’ятовує цей браузер.
display-legend = Показувати сторінки з
display-preference-large-text = більшим текстом
display-preference-high-contrast = вищою контрастністю
display-preference-reduced-motion = без руху
display-submit = Зберегти налаштування відображення

## Представленість: що люди розповідають про себе і хто бере участь.
age-band-under-16 = До 16 років
age-band-16-24 = 16–24 роки
age-band-25-44 = 25–44 роки
age-band-45-64 = 45–64 роки
age-band-65-plus = 65 років і старше
gender-woman = Жінка
gender-man = Чоловік
gender-another = Інша стать
about-you-title = Про вас
about-you-link = Розкажіть про себе
about-you-intro = Ці запитання допомагають вашій громаді побачити, хто бере участь, а кого бракує, щоб вона могла звернутися до цих людей і запитати їх. Усі запитання необов’язкові.
about-you-age-band = Ваш вік
about-you-gender = Ваша стать
about-you-neighbourhood = Де ви живете
about-you-prefer-not-to-say = Не бажаю відповідати
about-you-no-answer = Без відповіді
about-you-submit = Зберегти мої відповіді
about-you-done-saved = Ваші відповіді збережено.
about-you-withdraw = Відкличте свою згоду: тоді ваші відповіді буде одразу видалено.
about-you-needs-consent = Ви не надали згоди на ці запитання, тому жодне з них вам не ставиться.
about-you-give-consent = Надати або відкликати згоду
error-demographics-consent = Ці відповіді можна зберігати лише за згоди на запитання про себе.
representation-link = Хто бере участь
representation-process-link = Хто бере участь у цьому процесі
representation-title = Хто бере участь у громаді { $community }
representation-title-process = Хто бере участь у процесі «{ $process }»
representation-intro = Люди, які взяли участь, група за групою, порівняно з людьми, які тут живуть. На запитання відповідають лише ті, хто надав згоду; групи з менш ніж п’яти осіб ніколи не показуються.
representation-participants = Людей, які взяли участь: { $people }.
representation-too-few = Поки що участь взяли менше ніж п’ять осіб: показати ще нічого не можна.
representation-no-reference = Громада ще не внесла дані про своє населення, тому рівень участі неможливо обчислити.
representation-caption = Участь за групами: { $question }
representation-group = Група
representation-people = Людей, які взяли участь
representation-reference-share = Частка в населенні
representation-rate = На 10 000 мешканців
representation-relative = Порівняно з групою, яка бере участь найбільше
representation-hidden = менше ніж 5
representation-not-answered = Не відповіли
representation-under-represented = недостатньо представлена
representation-percent = { $n } %
representation-score = Показник представленості: { $score } (найнижчий рівень участі серед груп, поділений на найвищий; 100 % означає, що всі групи беруть участь однаково).
representation-score-partial = Групи, надто малі для показу, не враховано.
representation-furthest-behind = Найменше бере участь група «{ $group }»: { $rate } на 10 000 мешканців проти { $best } у групи, яка бере участь найбільше.
representation-outreach-age-band = Порада: ідіть туди, де вже бувають люди вікової групи «{ $group }» (школи, клуби, денні центри, ринки), і пропонуйте, крім вебсайту, ще й папір і телефон.
representation-outreach-gender = Порада: запитайте людей із групи «{ $group }», що їм заважає брати участь; проводьте зустрічі в інший час, з доглядом за дітьми, і записуйте їхні думки на папері чи телефоном.
representation-outreach-neighbourhood = Порада: організуйте вуличний стенд або воркшоп у мікрорайоні { $group } і записуйте те, що там кажуть люди, за допомогою форми фасилітатора.
representation-outreach-community = Порада: співпрацюйте з організаціями, яким довіряють люди з групи «{ $group }», і нехай фасилітатори збирають їхні думки там, де ці люди зустрічаються.
representation-method = Як рахують: людина бере участь, коли подає пропозицію, коментує, підтримує, реєструється на зустріч або голосує. Коли одну групу приховано, приховується й друга комірка, щоб приховане значення не можна було обчислити із загальної суми.
representation-csv = Завантажити у форматі CSV
representation-setup-link = Населення і запитання
representation-setup-title = Населення і запитання
representation-setup-done = Збережено.
reference-heading = Населення
reference-intro = Вкажіть, скільки мешканців належить до кожної групи, за даними перепису населення або реєстру територіальної громади. Якщо не знаєте, залиште групу порожньою.
reference-submit = Зберегти дані про населення
error-reference-people = Напишіть кількість людей цілим числом або залиште поле порожнім.
question-heading = Власне запитання
question-intro = Запитайте про ознаку, за якою ваша громада хоче краще охопити людей, наприклад міграційне походження чи інвалідність. Люди завжди можуть не відповідати.
field-question-label = Запитання
hint-question-label = Наприклад: Ви народилися в іншій країні?
field-question-options = Відповіді, по одній у рядку
hint-question-options = Від 2 до 12 відповідей.
question-submit = Додати запитання
error-question-options = Напишіть від 2 до 12 різних відповідей, по одній у рядку, кожна коротша за 100 символів.
channels-heading = Як надходили внески
channels-caption = Внески за каналами
channels-channel = Канал
channels-proposals = Пропозиції
channels-comments = Коментарі
channels-supports = Підтримки
channels-total = Усього
contribution-channel-online = Онлайн
contribution-channel-paper = На папері
contribution-channel-phone = Телефоном
contribution-channel-workshop = На воркшопі
contribution-channel-street-stand = Біля вуличного стенда

## Режим фасилітатора: внески, записані від імені інших людей.
assisted-link = Записати від імені іншої людини
assisted-title = Записати внесок від імені іншої людини
assisted-intro = Запишіть, що людина сказала на воркшопі, біля вуличного стенда, на папері чи телефоном. Вона отримає квитанцію з кодом, щоб згодом, якщо захоче, знайти це у власному обліковому записі.
assisted-person-heading = Людина
assisted-adding-for = Додається до квитанції на ім’я { $name }.
field-assisted-name = Ім’я або ініціали
hint-assisted-name = Так, як людина хоче бути підписана поруч зі своїми словами. Ініціалів достатньо.
field-assisted-channel = Як зібрано
field-assisted-event = Де і коли
hint-assisted-event = Наприклад: вуличний стенд, суботній ринок, Piazza Grande
field-assisted-consents = На що людина погодилася
hint-assisted-consents = Позначайте лише те, що людина позначила в паперовій формі або на що сказала «так» телефоном, вислухавши повідомлення. Щоб зберегти сказане нею, потрібна згода на участь.
error-assisted-taking-part = Людина має погодитися на участь, перш ніж її слова можна буде зберегти.
error-event-required = Напишіть, де і коли це зібрано.
error-event-length = Має бути коротше за 150 символів.
assisted-about-heading = Запитання про людину (необов’язково)
assisted-contribution-heading = Що сказала людина
field-assisted-kind = Вид внеску
assisted-kind-proposal = Нова пропозиція
assisted-kind-comment = Коментар до пропозиції
assisted-kind-support = Підтримка пропозиції
field-assisted-proposal = Яка пропозиція
hint-assisted-proposal = Для коментаря або підтримки.
assisted-proposal-option = № { $number }:
field-assisted-stance = Для коментаря: позиція людини
hint-assisted-title = Для нової пропозиції.
field-assisted-body = Словами самої людини
hint-assisted-body = Для нової пропозиції або коментаря.
assisted-submit = Записати
receipt-title = Квитанція
receipt-recorded = Записано. Дайте цю квитанцію людині — надруковану або переписану від руки.
receipt-for = Квитанція на ім’я { $name }
receipt-process = Процес
receipt-date = Дата
receipt-about = Щодо
receipt-code-label = Ваш код:
receipt-how-to-claim = Щоб знайти сказане вами у власному обліковому записі: увійдіть у Piazza (або створіть обліковий запис), відкрийте «Отримати те, що записали для вас» і введіть цей код.
receipt-code-once = Цей код показано лише зараз. Зберігайте його надійно: будь-хто, у кого він є, може отримати ці внески у свій обліковий запис.
receipt-same-code = Цей внесок додано до попередньої квитанції людини: його можна отримати тим самим кодом.
receipt-another-same = Записати ще щось для тієї самої людини
receipt-another-person = Записати для іншої людини
paper-form-link = Паперова форма для друку
paper-form-title = Паперова форма: { $process }
paper-form-intro = Заповніть цю форму й передайте її фасилітаторові громади { $community }. Фасилітатор внесе все точно так, як ви написали, і дасть вам квитанцію.
paper-form-print = Надрукуйте цю сторінку командою друку у вашому браузері.
paper-form-you = Про вас
paper-form-consents = Позначте, на що ви погоджуєтеся. Щоб написане вами зберегли, потрібна згода на участь.
paper-form-say = Що ви хочете сказати
paper-form-support-numbers = Номери пропозицій, які ви підтримуєте
paper-form-comment-number = Номер пропозиції, яку ви коментуєте
paper-form-proposals = Пропозиції на цей момент
paper-form-receipt = Ви отримаєте квитанцію з кодом: з ним ви згодом зможете знайти сказане вами у власному обліковому записі.
claim-title = Отримати те, що записали для вас
claim-link = Отримати те, що записали для вас
claim-intro = Якщо фасилітатор записав ваші пропозиції, коментарі чи підтримки й дав вам квитанцію, введіть тут її код: усе це стане вашим разом із вашими згодами.
field-claim-code = Код на вашій квитанції
hint-claim-code = Дванадцять літер і цифр, наприклад ABCD-EFGH-JKLM.
claim-submit = Отримати
error-claim-code-required = Введіть код із вашої квитанції.
error-claim-code-unknown = Квитанції з таким кодом немає, або її вже використано. Перевірте літери й цифри.

## Представленість і режим фасилітатора у ваших даних і в реєстрі обробки.
data-about-you = Ваші відповіді про себе
processing-demographics = Ваші відповіді про себе (вікова група, стать, мікрорайон і власні запитання громади)
processing-demographics-why = Щоб підрахувати, хто бере участь, а кого бракує, і громада могла звернутися до цих людей
processing-kept-demographics = Доки ви не відкличете згоду або не видалите свій обліковий запис; і те, і те одразу їх видаляє
processing-assisted = Внески й згоди, які фасилітатор записав для людини, що взяла участь на папері, телефоном, на воркшопі чи біля вуличного стенда
processing-assisted-why = Щоб люди без облікового запису могли брати участь і згодом знайти те, що вони сказали
processing-kept-assisted = Доки їх не отримають за кодом із квитанції, а потім — як ваші власні внески; сам код зберігається лише у вигляді відбитка
processing-who-facilitators = Фасилітатори громади { $community }, а те, що публічне, — усі
representation-share-of-all = Частка серед усіх, хто взяв участь

## Канали на сторінці процесу, згоди під час реєстрації, легке читання на вибір читача.
channels-count = { $channel }: { $count }
register-consents = На що ви погоджуєтеся (це можна будь-коли змінити у вашому обліковому записі)
display-preference-easy-read = версіями в легкому для читання форматі в першу чергу, де вони є
easy-read-full-text = Повний текст
easy-read-choose = Завжди показувати спершу версії в легкому для читання форматі
easy-read-write = Написати версію в легкому для читання форматі
easy-read-save = Зберегти версію в легкому для читання форматі
notice-easy-read = Версію в легкому для читання форматі збережено.
consents-asked-again-account = Повідомлення, з яким ви погодилися, змінилося: прочитайте його ще раз і дайте свою відповідь.

## Режим фасилітатора: коли нічого не можна записати, і після отримання.
assisted-nothing-now = Зараз у цьому процесі нічого не можна записати: на його поточному етапі не приймають ні пропозицій, ні коментарів, ні підтримок.
claim-done-all = Усе, що записали для вас, тепер у вашому обліковому записі: ваші пропозиції, коментарі, підтримки та згоди.

## Відстеження виконання: що вирішили, і як це втілюють аж до результату.
result-status-planned = Заплановано
result-status-in-progress = Виконується
result-status-done = Виконано
result-status-cancelled = Скасовано
process-see-results = { $count ->
    [0] Ви сказали — ми зробили
    [one] Ви сказали — ми зробили: { $n } результат
    [few] Ви сказали — ми зробили: { $n } результати
    [many] Ви сказали — ми зробили: { $n } результатів
   *[other] Ви сказали — ми зробили: { $n } результату
}
accountability-title = Ви сказали — ми зробили: { $process }
results-intro = Що орган влади зобов’язався виконати після цього процесу і наскільки просунулася кожна справа. Кожен результат пов’язаний із пропозиціями та проєктами, з яких він походить.
results-none = Ще не записано жодного результату.
result-new-title = Записати результат
result-new-submit = Записати результат
result-progress = Хід виконання
result-progress-derived = середнє значення його частин
result-parts = Його частини
result-comes-from = Походить із
result-timeline = Що сталося
result-no-updates = Оновлень поки що немає.
result-update-heading = Додати оновлення
result-update-submit = Додати оновлення
result-done-updated = Оновлення додано.
result-fate-heading = Що з ним сталося
field-result-description = Що буде зроблено
field-result-parent = Є частиною
hint-result-parent = Результат може бути частиною більшого результату, хід виконання якого тоді дорівнює середньому значенню його частин.
field-result-status = Статус
field-result-progress = Хід виконання, у відсотках
hint-result-progress = Ціле число від 0 до 100. Виконаний результат рахується як 100.
field-result-starts = Дата початку
field-result-ends = Дата завершення
hint-date = Наприклад: 2027-03-31.
field-result-planned = Заплановано коштів
field-result-spent = Витрачено коштів
hint-result-money = Ціла сума, без валюти.
field-result-proposals = Пропозиції, з яких він походить
field-result-projects = Бюджетні проєкти, з яких він походить
field-result-update = Що сталося
field-cancel-reason = Чому його скасували
hint-cancel-reason = Потрібно, якщо статус «Скасовано»: люди читають це поруч із результатом.
error-result-number = Напишіть ціле число в зазначених межах або залиште поле порожнім.
error-cancel-reason = Скажіть, чому його скасували.
error-update-required = Напишіть, що сталося.

## Відкриті дані: завантаження та API для читання.
footer-open-data = Відкриті дані
open-data-link = Відкриті дані: завантажити дані цієї громади
open-data-title = Відкриті дані
open-data-title-community = Відкриті дані громади { $community }
open-data-intro = Усе, що тут є публічним, можна завантажити й використати повторно: у форматі CSV для електронних таблиць, у форматі JSON, а також у форматі GeoJSON для мап, якщо об’єкти мають місце розташування. Кожен файл завжди містить найновіші дані.
open-data-licence = Ліцензія: { $licence }. Коли використовуєте дані повторно, зазначайте, звідки вони.
open-data-caption = Файли, по одному для кожного типу даних
open-data-what = Що
open-data-files = Файли
open-data-datapackage = Опис кожного файлу та кожного поля (datapackage.json)
open-data-api = API для читання з описом в OpenAPI
open-data-privacy = Жодні персональні дані не публікуються: ні адреси електронної пошти, ні відповіді на запитання про себе, крім підсумкових чисел від п’яти й більше, ні те, що приховала модерація, а люди, які видалили свій обліковий запис, показуються як ніхто.

## Відкриті дані: назви наборів даних і каталог DCAT

open-data-resource-communities = Громади
open-data-about-communities = Міста, селища, села, мікрорайони та регіони, які проводять процеси участі.
open-data-resource-organisations = Організації
open-data-about-organisations = Органи влади, університети, бізнес і громадянське суспільство, що беруть участь.
open-data-resource-processes = Процеси
open-data-about-processes = Процеси участі: питання, поставлене мешканцям, яке розглядають поетапно.
open-data-resource-proposals = Пропозиції
open-data-about-proposals = Пропозиції, які мешканці подали в процесах, з їхнім станом і офіційною відповіддю.
open-data-resource-comments = Коментарі
open-data-about-comments = Коментарі до процесів і пропозицій, з позицією їхніх авторів.
open-data-resource-meetings = Зустрічі
open-data-about-meetings = Зустрічі наживо, онлайн або в змішаному форматі, з протоколом після їх проведення.
open-data-resource-budgets = Бюджети участі
open-data-about-budgets = Бюджети участі: кошти, про які мешканці вирішують голосуванням.
open-data-resource-projects = Проєкти бюджетів участі
open-data-about-projects = Проєкти бюджетів участі з результатами перевірки, а після підрахунку — з отриманими голосами.
open-data-resource-results = Результати
open-data-about-results = Що орган влади зобов’язався виконати і наскільки просунулася робота.
open-data-resource-moderation-log = Журнал модерації
open-data-about-moderation-log = Кожне рішення модерації в тому вигляді, як його показує публічний журнал, без даних про те, хто поскаржився.
open-data-catalog = Каталог цих наборів даних у форматі DCAT-AP 3:
catalog-title = Відкриті дані Piazza
catalog-description = Усе публічне в громадах цього екземпляра Piazza — від того, що мешканці запропонували й обговорили, до того, що вирішили й виконали, — у файлах для завантаження та через API для читання.
catalog-publisher = Piazza на { $host }
catalog-everywhere = усі громади
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = Таблиця для програм електронних таблиць, по одному рядку на кожен запис. Клітинки, які електронна таблиця прочитала б як формулу, захищено.
catalog-distribution-json = Список об’єктів, по одному на кожен запис, з тими самими полями, що й у таблиці.
catalog-distribution-geojson = Записи, що мають місце розташування, у вигляді точок на мапі.
catalog-api-title = API Piazza для читання
catalog-api-description = Усе публічне з кожної громади, сторінка за сторінкою, з фільтрами за громадою та датою. Описано в OpenAPI 3.1.
catalog-keyword-participation = громадська участь
catalog-keyword-open-government = відкритий уряд

## Звернення до служб: повідомлення про проблеми, запити, оцінки й показники

request-status-open = Повідомлено
request-status-acknowledged = Переглянуто посадовцями
request-status-in-progress = Опрацьовується
request-status-closed = Закрито
attribute-type-text = Довший текст
attribute-type-string = Короткий текст
attribute-type-number = Число
attribute-type-datetime = Дата
attribute-type-singlevaluelist = Один варіант зі списку
attribute-type-multivaluelist = Кілька варіантів зі списку
report-channel-web = на цьому вебсайті
report-channel-open311 = через інший застосунок (Open311)
notification-request-updated = Статус вашого повідомлення «{ $title }» тепер: { $detail }
data-service-requests = Проблеми, про які ви повідомили
data-ratings = Ваші оцінки
problem-report-link = Повідомити про проблему
problem-report-title = Повідомити про проблему в громаді { $community }
problem-report-intro = Щось зламане, брудне чи заважає? Скажіть тим, хто за це відповідає. Ви зможете стежити, що відбувається з вашим повідомленням, і оцінити результат, коли проблему розв’яжуть.
problem-report-sign-in-first = Увійдіть, щоб повідомити тут про проблему.
problem-report-no-services = Тут поки що не можна повідомити про жоден вид проблем.
problem-report-choose = Що це за проблема?
problem-report-form-title = Повідомлення: { $service }
problem-report-public-notice = Ваше повідомлення й місце є публічними, щоб інші бачили, що про проблему вже відомо. Ваше ім’я та контакти ніколи не показуються.
problem-report-submit = Надіслати повідомлення
field-request-description = У чому проблема?
hint-request-description = Опишіть, що ви бачите і де саме. Щонайбільше 4000 символів.
field-request-address = Де це?
hint-request-location = Адреса або опис місця. Вкажіть адресу, точку на мапі або і те, і інше.
field-request-email = Ваша електронна пошта (необов’язково)
hint-request-email = Лише щоб один раз повідомити вам, що зроблено; її забувають, щойно ваше повідомлення закривають, і ніколи не показують.
field-optional-mark = (необов’язково)
hint-attribute-number = Число, наприклад 3 або 2,5.
error-request-location = Вкажіть, де проблема: адресу або точку на мапі.
error-request-description-length = Опис може містити щонайбільше 4000 символів.
error-attribute-required = Дайте відповідь на це запитання.
error-attribute-number = Введіть число, наприклад 3 або 2,5.
error-attribute-datetime = Введіть дату у форматі 2026-03-31.
requests-link = Проблеми, про які повідомили
requests-title = Проблеми, про які повідомили в громаді { $community }
requests-intro = Усі проблеми, про які тут повідомили, від найновіших, і що з ними зробили посадовці. Хто повідомив, ніколи не показується.
requests-none = Немає повідомлень про проблеми, які відповідають вибору.
option-all = Усі
field-request-status = Статус
field-request-service = Вид проблеми
request-title = Повідомлення про проблему: { $service }
request-done-reported = Дякуємо: ваше повідомлення надіслано. Ви можете стежити за ним на цій сторінці.
request-done-updated = Статус оновлено, і автора повідомлення про це поінформовано.
request-reported-on = Повідомлено
field-request-expected = Очікуваний термін розв’язання
request-expected-by = очікується до { $date }
request-no-updates = Посадовці ще нічого про це не написали.
request-update-heading = Оновити статус
field-request-note = Публічна примітка
hint-request-note = Що зроблено або буде зроблено. Людина, яка повідомила про проблему, отримає цю примітку.
error-request-note-required = Напишіть примітку для людини, яка повідомила про проблему.
field-request-expected-optional = Очікуваний термін розв’язання (необов’язково)
request-update-submit = Оновити й повідомити автора
request-mail-subject = Ваше повідомлення «{ $service }»: { $status }
request-mail-body = Статус вашого повідомлення тепер: { $status }.

    { $note }

    Переглянути його можна тут: { $link }
rating-heading = Як усе пройшло?
rating-summary = Середня оцінка: { $average } з 5. Кількість оцінок: { $count }.
rating-none = Ще ніхто не оцінив.
rating-comments-heading = Що написали мешканці
rating-question = Наскільки ви задоволені тим, що зроблено?
rating-change = Змінити оцінку
rating-score-1 = 1: дуже незадоволені
rating-score-2 = 2: незадоволені
rating-score-3 = 3: ні задоволені, ні незадоволені
rating-score-4 = 4: задоволені
rating-score-5 = 5: дуже задоволені
field-rating-comment = Коментар (необов’язково)
hint-rating-comment = Його читають посадовці, відповідальні за це; іншим він не показується. Щонайбільше 1000 символів.
rating-submit = Надіслати оцінку
rating-sign-in = Увійдіть, щоб оцінити
rating-done = Дякуємо за вашу оцінку.
error-rating-score = Оберіть оцінку від 1 до 5.
error-rating-not-yet = Оцінити можна буде після закриття або виконання.
indicators-link = Наскільки добре розв’язують проблеми?
indicators-title = Показники служб громади { $community }
indicators-intro = Як швидко розв’язують проблеми, про які повідомили, і наскільки задоволені мешканці — за видами проблем, за мікрорайонами й помісячно. Цифри щоразу підраховуються заново з усіх повідомлень і оцінок, тож історія зберігається.
indicators-contents = На цій сторінці
indicators-by-service = За видами проблем
indicators-by-neighbourhood = За мікрорайонами
indicators-by-month = Помісячно
indicators-chart-rating = Стовпчики показують середню оцінку від 1 до 5. У таблиці нижче наведено всі цифри.
indicators-chart-days = Стовпчики показують медіанну кількість днів, за які закрили проблеми, закриті в тому місяці. У таблиці нижче наведено всі цифри.
indicators-table-caption = Цифри: { $what }
indicators-name = Назва
indicators-requests = Повідомлено
indicators-closed = Закрито
indicators-median-days = Медіана днів до закриття
indicators-average-rating = Середня оцінка
indicators-ratings = Оцінки
indicators-no-neighbourhood = Мікрорайон не вказано
indicators-month = { $month } { $year }
indicators-results = Оцінки виконаного
indicators-method = Медіана — це серединне значення: половина проблем забрала менше часу, половина — більше. До кожного місяця зараховано проблеми, про які повідомили, які закрили й оцінили саме в ньому.
services-admin-link = Види проблем
services-admin-title = Види проблем, про які мешканці можуть повідомляти в громаді { $community }
services-admin-intro = Для кожного виду проблем можна поставити власні запитання. Інші застосунки бачать їх через API Open311.
services-anonymous-heading = Повідомлення без облікового запису
services-anonymous-on = Люди без облікового запису можуть повідомляти тут про проблеми — на цьому вебсайті й через інші застосунки.
services-anonymous-off = Повідомляти тут про проблеми можуть лише ті, хто увійшов; інші застосунки не можуть надсилати повідомлення.
services-anonymous-allow = Дозволити повідомлення без облікового запису
services-anonymous-stop = Вимагати входу
services-list-heading = Види проблем
services-questions = Запитання
services-offered = Пропонується
services-offered-yes = Пропонується
services-offered-no = Вилучено
services-retire = Вилучити
services-offer-again = Знову пропонувати
services-new-heading = Додати вид проблем
field-service-name = Назва
field-service-code = Код
hint-service-code = Малі латинські літери, цифри й дефіси, наприклад potholes. Його публікують після адреси громади як код послуги Open311.
field-service-description = Опис
field-service-group = Група (необов’язково)
hint-service-group = Види проблем з однієї групи показуються разом, наприклад «Дороги».
field-service-keywords = Ключові слова (необов’язково)
hint-service-keywords = Слова, які люди можуть шукати, через кому.
services-create-submit = Додати
error-service-code = Використовуйте малі латинські літери, цифри й дефіси, щонайбільше 40.
error-service-code-taken = Цей код уже використовується.
services-no-questions = Крім опису й місця, запитань немає.
services-required = обов’язкове
services-new-question = Додати запитання
field-attribute-question = Запитання
field-attribute-code = Код
hint-attribute-code = Малі латинські літери, цифри й підкреслення, наприклад size. Інші застосунки надсилають відповіді під цією назвою.
field-attribute-type = Тип відповіді
field-attribute-values = Варіанти (для списку)
hint-attribute-values = Один варіант на рядок, щонайменше два.
field-attribute-required = Відповідь обов’язкова
services-add-question = Додати запитання
error-attribute-code = Використовуйте малі латинські літери, цифри й підкреслення, щонайбільше 40.
error-attribute-code-taken = Цей код запитання вже використовується для цього виду проблем.
error-attribute-values = Вкажіть щонайменше два різні варіанти, по одному на рядок.

## Відкриті дані: повідомлення про проблеми та оцінки

open-data-resource-service-requests = Повідомлені проблеми
open-data-about-service-requests = Проблеми, про які мешканці повідомили службам громади, і що з ними сталося; без даних про те, хто повідомив.
open-data-resource-ratings = Оцінки
open-data-about-ratings = Оцінки мешканців від 1 до 5 для закритих повідомлень і виконаних результатів; без даних про те, хто оцінював і що написав.
catalog-open311-title = API Piazza Open311 GeoReport v2
catalog-open311-description = Повідомлення про проблему службам громади та відстеження того, що з нею відбувається, з будь-якого застосунку, що підтримує Open311 GeoReport v2.

indicators-download = Завантажити всі показники у форматі CSV

## Обмін практиками: описи практик

footer-cases = Практики, з яких можна повчитися
cases-title = Практики, з яких можна повчитися
cases-intro = Практики, які втілили громади, описані так, щоб інші могли їх оцінити й теж запровадити: що зробили, для кого, якою ціною і що з цього вийшло.
case-new-in = Описати практику громади { $community }
cases-filter-heading = Знайти практику
cases-words = Слова
cases-population = Населення
cases-cost = Вартість (запуск і поточні витрати)
cases-with-evidence = Лише практики з виміряними результатами
cases-found = { $count ->
    [0] Жодної практики не знайдено
    [one] { $n } практика
    [few] { $n } практики
    [many] { $n } практик
   *[other] { $n } практики
}
cases-none = Жодна практика не відповідає. Спробуйте менше фільтрів.
case-where = Де
case-source-process = Проведено на Piazza
case-source-process-link = Переглянути процес
case-who = Хто
case-how = Як
case-what = Що
case-outcomes = Результати
case-no-outcomes = Жодного результату не виміряно.
case-outcomes-caption = Виміряні результати
case-learned = Чого навчилися
case-steps = Кроки, щоб її повторити
case-contact-and-licence = Контакт і ліцензія
case-written = Дата опису
case-new-intro = Опишіть практику так, щоб інша громада могла вирішити, чи вона їй підходить, і запровадити її: хто брав участь, як, скільки це коштувало і чого вдалося досягти. Усі поля, крім назви, короткого опису, сфери політики та контакту, можна залишити порожніми.
case-prefilled-from = Заповнено на основі процесу «{ $process }»: перевірте кожне поле, перш ніж зберегти.
case-from-process = Описати цей процес як практику
case-partner-row = Партнер { $n }
case-outcome-row = Результат { $n }
case-create-submit = Опублікувати практику
case-prefill-phase = { $phase }: з { $from } до { $to }
case-prefill-channels = Внески за каналами: { $channels }.
case-prefill-measured = Хід виконання, зафіксований посадовцями у відстеженні результатів.
field-case-summary = Короткий опис простою мовою
hint-case-summary = Два-три речення, зрозумілі кожному. Щонайбільше 2000 символів.
field-case-problem = Проблема, яку вона розв’язувала
field-case-policy-area = Сфера політики
field-case-target-group = Люди, яких вона мала охопити
field-case-inclusion = Як залучили тих, кого найважче охопити
hint-case-inclusion = Канали, місця, мови, надана допомога.
field-case-participants = Кількість учасників
field-case-lead = Провідна організація
field-case-partner = Організація
field-case-partner-role = Її роль
field-case-method = Метод
hint-case-method = Кроки або етапи, по одному в рядку.
field-case-technology = Використані технології
field-case-setup-cost = Витрати на запуск
field-case-running-cost = Поточні витрати
hint-case-money = У цілих одиницях валюти, наприклад 12000.
field-case-currency = Валюта
hint-case-currency = Три літери, наприклад EUR.
field-case-staff = Залучений персонал
field-case-volunteers = Залучені волонтери
field-case-funding = Джерела фінансування
hint-case-outcomes = Кожен результат зі своїм показником: що вимірювали, в яких одиницях, з чого починали, яка була ціль і чого досягли.
field-outcome-name = Показник
field-outcome-unit = Одиниця
field-outcome-baseline = Базове значення
field-outcome-target = Цільове значення
field-outcome-achieved = Досягнуто
field-outcome-period = Період
field-outcome-measured = Як вимірювали
field-case-conditions = Умови успіху
field-case-legal = Правові вимоги
field-case-risks = Ризики та невдачі
field-case-lessons = Здобуті уроки
hint-case-steps = По одному кроку в рядку, по порядку.
field-case-contact = Контакт (посада, а не особа)
hint-case-contact = Наприклад: Відділ громадської участі, муніципалітет Lorenza.
field-case-licence = Ліцензія цього опису
hint-case-licence = Ідентифікатор SPDX, наприклад CC-BY-4.0.
error-case-number = Введіть ціле число, нуль або більше, наприклад 120.
error-case-summary-required = Напишіть короткий опис.
target-group-everyone = Усі
target-group-children = Діти
target-group-young-people = Молодь
target-group-older-people = Літні люди
target-group-people-with-disabilities = Люди з інвалідністю
target-group-migrants = Мігранти та біженці
target-group-low-income = Люди з низькими доходами
target-group-women = Жінки
target-group-rural-residents = Мешканці сільської місцевості
population-band-under-1000 = Менше ніж 1000 мешканців
population-band-1000-10000 = Від 1000 до 10 000 мешканців
population-band-10000-100000 = Від 10 000 до 100 000 мешканців
population-band-over-100000 = Понад 100 000 мешканців
cost-band-under-10000 = Менше ніж 10 000
cost-band-10000-100000 = Від 10 000 до 100 000
cost-band-over-100000 = Понад 100 000
open-data-resource-cases = Практики
open-data-about-cases = Практики, які втілили громади: де, для кого, якою ціною і чого навчилися.

## Обмін практиками: повторення практик

case-replicate-link = Повторити в моїй громаді
case-replicate-title = Повторити «{ $case }»
case-replicate-intro = У вашій громаді розпочнеться новий процес із такою самою структурою: етапи з їхньою тривалістю і тим, що дозволено на кожному, поріг підтримок і правила бюджетів. Жоден допис не копіюється. Процес відкриється в день, який ви оберете, тож буде час спершу його адаптувати.
field-replicate-starts = Дата відкриття
hint-replicate-starts = Перший день першого етапу: сьогодні або пізніше.
case-replicate-submit = Створити процес
error-replicate-past = Оберіть сьогоднішній або пізніший день.
case-replica-of = Цю практику повторено за зразком
case-replicas = Де її повторили
case-no-replicas = Ще ніде не повторено.
case-replica-of-replica = Повторення повторення, наведеного вище:
case-replica-case = власний опис
case-comparison-caption = Порівняння результатів за показниками оригінальної практики
process-replicates = Цей процес розпочато за зразком практики

field-case-language = Мова цього опису

community-cases = Практики, описані тут
community-no-cases = Тут ще не описано жодної практики.

## Зв’язки між громадами: побратимство, спільне ведення процесів, регіональні об’єднання, взаємне навчання

twinning-title = Побратимство громади { $community }
twinning-intro = Побратимство — це партнерство, яке оголошують дві громади, зазвичай велика й мала або сільська, із метою, про яку обидві домовилися. Кожна показує на своїй сторінці відкриті процеси та практики іншої, а посадовці однієї можуть запросити фасилітаторів іншої спільно вести процес.
twinning-link = Побратимство
twinning-active-heading = Побратими
twinning-none = Ця громада ще не має побратимів.
twinning-since = Побратими з { $date }
twinning-end-submit = Припинити побратимство
twinning-received-heading = Пропозиції, на які треба відповісти
twinning-proposed-on = Запропоновано { $date }
twinning-accept-submit = Прийняти
twinning-decline-submit = Відхилити
twinning-sent-heading = Пропозиції, що чекають на відповідь
twinning-withdraw-submit = Відкликати
twinning-propose-heading = Запропонувати побратимство
twinning-no-candidates = Усі інші громади вже є побратимами цієї громади або мають із нею пропозицію, що чекає на відповідь.
field-twin-partner = Громада, з якою укласти побратимство
option-choose = Оберіть…
field-twin-purpose = Мета побратимства
hint-twin-purpose = Що дві громади хочуть робити разом і чого навчитися одна в одної, кількома реченнями. Це показується на сторінках обох громад.
twinning-propose-submit = Запропонувати побратимство
twinning-done-proposed = Пропозицію надіслано. Посадовці іншої громади на неї відповідять.
twinning-done-accepted = Побратимство набуло чинності.
twinning-done-ended = Готово: побратимство або пропозицію припинено.
error-twin-itself = Громада не може побрататися сама із собою.
error-twinning-purpose-required = Скажіть, для чого це побратимство.
error-twinning-exists = Ці дві громади вже є побратимами, або між ними є пропозиція, що чекає на відповідь.
community-twins = Громади-побратими
twin-open-processes = Її відкриті процеси:
twin-no-open-processes = Зараз у неї немає відкритих процесів.
twin-cases = Практики, які вона описала:
community-nearby-processes = Відкриті процеси поблизу
community-nearby-intro = Процеси регіону та інших громад у ньому. Стежте за процесом, щоб дізнаватися, коли в ньому щось відбувається, навіть якщо ви живете деінде.
region-open-processes = Відкриті процеси в регіоні
region-participation = Участь у регіоні
region-participation-processes = Процеси
region-participation-proposals = Пропозиції
region-participation-comments = Коментарі
region-participation-supports = Підтримки
region-participation-people = Люди, які беруть участь
region-participation-total = Увесь регіон
region-participation-note = Приховані й видалені внески не враховуються. Людину, яка брала участь у кількох громадах, у загальному підсумку регіону враховано один раз.

co-run-title = Спільне ведення
co-run-intro = Фасилітатори громади-побратима можуть допомагати вести цей процес: прийнявши запрошення, вони записують, що кажуть люди, яких зустріли біля стендів і на воркшопах, планують зустрічі та вносять паперові бюлетені — так само, як фасилітатори самої громади.
co-run-none = Ніхто з громад-побратимів ще не веде цей процес спільно.
co-run-table-caption = Фасилітатори, запрошені спільно вести процес
co-run-person = Фасилітатор
co-run-status = Статус
co-run-actions = Дії
co-run-since = Спільно веде з { $date }
co-run-invited-on = Запрошено { $date }, відповіді ще немає
co-run-accept-submit = Прийняти
co-run-decline-submit = Відмовитися
co-run-leave-submit = Припинити спільне ведення
co-run-withdraw-submit = Відкликати
co-run-invite-heading = Запросити фасилітатора громади-побратима
co-run-no-twins = Жодна громада-побратим ще не має фасилітаторів, яких можна запросити.
field-co-runner = Фасилітатор
hint-co-runner = Фасилітатори громад, які є побратимами цієї громади.
co-run-invite-submit = Надіслати запрошення
co-run-done-invited = Запрошення надіслано.
co-run-done-accepted = Тепер ви спільно ведете цей процес.
co-run-done-removed = Готово: фасилітатор більше не веде цей процес спільно.
co-run-with = Процес спільно ведуть фасилітатори громад-побратимів:
error-co-runner-invited = Цього фасилітатора вже запрошено спільно вести цей процес.

peer-title = Взаємне навчання
peer-intro = Запитання, які посадовці, адміністратори й фасилітатори ставлять громадам свого регіону або громаді, що втілила практику, разом з отриманими відповідями. Читають їх лише ті, хто бере участь від імені залучених громад.
peer-ask-link = Поставити запитання
peer-none = Поки що немає запитань, які стосуються ваших громад.
peer-answers-count = { $count ->
    [one] { $n } відповідь
    [few] { $n } відповіді
    [many] { $n } відповідей
   *[other] { $n } відповіді
}
peer-helped = відповідь допомогла
peer-asked-cluster = { $community } запитує громади регіону { $region }
peer-asked-case = { $community } запитує громаду { $other } про «{ $case }»
peer-new-title = Запитайте колег
peer-new-intro = Запитайте про те, що вам треба знати, перш ніж щось пробувати: як вони охопили людей, скільки це коштувало, що пішло не так. Посадовці й фасилітатори громад, яким ви ставите запитання, прочитають його й зможуть відповісти.
field-peer-community = Від імені громади
field-peer-about = Кого запитати
peer-about-cluster = Громади нашого регіону
peer-about-case = { $community }, про «{ $case }»
field-peer-title = Ваше запитання одним рядком
field-peer-body = Подробиці
hint-peer-body = Що ви маєте на думці й що хотіли б дізнатися. Між абзацами залишайте порожні рядки.
peer-ask-submit = Запитати
peer-case-link = Практика, про яку запитують
peer-no-answers = Відповідей ще немає.
peer-helped-this = Ця відповідь допомогла.
peer-mark-helpful = Ця відповідь допомогла
peer-answer-heading = Відповідь
field-peer-answer = Ваша відповідь
peer-answer-submit = Надіслати відповідь
error-peer-no-region = Ця громада не належить до жодного регіону; запитайте натомість громаду, яка стоїть за практикою.
error-peer-own-case = Це практика вашої власної громади; запитайте іншу громаду або свій регіон.
case-ask-link = Запитати про неї громаду { $community }

notification-twinning-proposed = { $name } від імені громади { $title } пропонує вашій громаді побратимство.
notification-twinning-accepted = Громада { $title } погодилася на побратимство з вашою громадою.
notification-co-run-invitation = { $name } запрошує вас спільно вести «{ $title }».
notification-peer-question = { $name } ставить вашій громаді запитання: «{ $title }»
notification-peer-answer = { $name } відповідає на «{ $title }»

data-co-running = Процеси, які вас запросили спільно вести
data-peer-questions = Запитання, які ви поставили колегам
data-peer-answers = Відповіді, які ви дали колегам

## Обмін практиками: виправлення, переклад і експорт описів практик

case-edit-link = Виправити цей опис
case-edit-title = Виправити «{ $case }»
case-edit-back = Практика
case-edit-submit = Зберегти виправлення
case-done-updated = Опис виправлено.
case-translate-link = Перекласти
case-translate-title = Перекласти «{ $case }»
case-translate-intro = Напишіть текст цієї практики іншою мовою, щоб громади, які його читатимуть, могли з неї повчитися. Оригінал (мова: { $language }) показано над кожним полем; цифри, результати й партнери залишаються без змін.
field-case-translate-into = Перекласти мовою
case-translation-exists = уже перекладено, можна виправити
case-translate-choose = Обрати
case-translate-into = Переклад: { $language }
case-translate-original = Оригінал
case-translate-submit = Зберегти переклад
case-done-translated = Переклад збережено.
case-translated-from = Переклад ({ $language }) з оригіналу ({ $original }).
case-versions = Читати мовою
error-case-translation-same = Оберіть мову, відмінну від тієї, якою написано практику.
case-participedia-download = Завантажити цю практику у форматі Participedia для опису практик (JSON)
cases-participedia-download = Завантажити всі практики у форматі Participedia для опису практик (JSON)

open-data-resource-twinnings = Побратимство
open-data-about-twinnings = Партнерства, які оголосили дві громади, з їхньою метою: ті, що громада-партнер прийняла, і коли вони завершилися.

meetings-formats-heading = Формати зустрічей із практики
meetings-formats-intro = Процес, з якого почався цей, проводив такі зустрічі. Заплануйте подібну: форма бере її формат, тривалість, кількість місць і доступність, а день і місце ви обираєте самі.
meetings-plan-like = Запланувати подібну
meeting-duration-minutes = { $count ->
    [one] { $n } хвилина
    [few] { $n } хвилини
    [many] { $n } хвилин
   *[other] { $n } хвилини
}
co-run-all-invited = Усіх фасилітаторів громад-побратимів уже запрошено.

case-prefill-groups = { $question } (участь за групами): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = До запитань вашої громади про те, хто бере участь, додаються ті, які ставить громада цієї практики, якщо ваша їх ще не ставить, щоб обидві можна було порівняти; а зустрічі, які вона провела, пропонуються як зразки для планування ваших.

case-translation-outdated = Його написано до останнього виправлення практики: в оригіналі може бути більше.
error-case-translation-taken = Цю практику цією мовою переклав хтось інший; змінити переклад можуть лише він і громада практики.
notification-twinning-ended = { $title } завершує побратимство з вашою громадою або відкликає чи відхиляє пропозицію.
