# Piazza — română. Fiecare text vizibil pentru utilizator se află aici și în traducerile sale.
# Substituenți: $n este un număr deja scris pentru limbă; $count alege forma de plural.

site-name = Piazza
skip-to-content = Sari la conținutul principal
nav-label = Meniul principal
nav-communities = Comunități
nav-organisations = Organizații
nav-admin = Administrare
nav-account = Contul tău
nav-sign-in = Conectare
nav-sign-out = Deconectare
nav-register = Creează un cont
language-label = Limba
language-submit = Schimbă
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: servicii publice create împreună cu oamenii care locuiesc aici. Cod deschis, fără urmărire.
# Între elementele unei liste scrise pe un singur rând.
list-separator = { ", " }
back-to-front-page = Mergi la prima pagină

date-long = { $day } { $month } { $year }
date-time-utc = { $date }, ora { $time } UTC
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

front-title = Comunități
front-heading = Hotărăște împreună cu ceilalți de ce are nevoie locul tău
front-intro = Piazza este locul unde orașele, comunele și satele își construiesc serviciile publice împreună cu oamenii care locuiesc în ele. Alege comunitatea ta ca să vezi ce se hotărăște și cum poți participa.
front-join = Creează un cont ca să participi
front-other-communities = Alte comunități
front-no-communities = Încă nu există nicio comunitate.
region-no-communities = Încă nu există nicio comunitate în această regiune.
region-communities = Comunități din această regiune
population-count = { $count ->
    [one] { $n } locuitor
    [few] { $n } locuitori
   *[other] { $n } de locuitori
}

community-kind-municipality = Localitate
community-kind-neighbourhood = Cartier
community-kind-rural-community = Comunitate rurală
community-kind-region = Regiune
settlement-type-urban = Urban
settlement-type-peri-urban = Periurban
settlement-type-rural = Rural
role-administrator = Administrator al comunității
role-official = Funcționar public
role-facilitator = Facilitator
role-moderator = Moderator
helix-role-public-authority = Autoritate publică
helix-role-academia = Mediul academic și cercetare
helix-role-business = Mediul de afaceri
helix-role-civil-society = Societatea civilă

community-facts = Despre această comunitate
community-residents = Locuitori pe Piazza
community-people = Cine se ocupă de această comunitate
community-no-roles = Încă nimeni nu are un rol aici.
community-organisations = Organizații din această comunitate
community-no-organisations = Încă nu există nicio organizație aici.
community-settings-link = Setări
community-roles-link = Roluri
community-settings-title = Setările pentru { $community }
community-new-title = Comunitate nouă
community-create-submit = Creează comunitatea
community-text-legend = Prezentare ({ $language })
text-in-language = Limba acestui text: { $language }.

roles-title = Roluri în { $community }
roles-grant-heading = Dă cuiva un rol
roles-grant-submit = Dă rolul
roles-current-heading = Roluri actuale
roles-history-heading = Istoricul rolurilor
roles-revoke-submit = Elimină
roles-revoke-whom = rolul lui { $name }
role-still-held = Încă activ
column-person = Persoana
column-since = Din
column-granted = Acordat
column-revoked = Retras
column-action = Acțiuni
by-person = de către { $name }

organisations-title = Organizații
organisations-intro = Instituții publice, universități, firme și grupuri ale societății civile: cei patru parteneri care creează serviciile publice împreună cu locuitorii.
organisations-none-in-role = Încă niciuna.
organisation-new-link = Înregistrează o organizație
organisation-new-title = Înregistrează o organizație
organisation-create-submit = Înregistrează organizația
members-heading = { $count ->
    [one] { $n } membru
    [few] { $n } membri
   *[other] { $n } de membri
}
member-manager = responsabil
member-add-heading = Adaugă un membru
member-add-submit = Adaugă membrul
member-remove-submit = Elimină
member-remove-whom = pe { $name } din organizație

register-title = Creează un cont
register-intro = Ai nevoie doar de un nume de utilizator și de o parolă. Numele tău real nu este cerut niciodată.
register-submit = Creează contul
register-have-account = Ai deja un cont?
sign-in-title = Conectare
sign-in-submit = Conectează-te
sign-in-forgot = Ți-ai uitat parola?
sign-in-no-account = Prima dată aici?
account-title = Contul tău
account-username = Numele tău de utilizator este { $username }.
account-profile-heading = Profilul tău
account-change-password-link = Schimbă-ți parola
account-roles-heading = Rolurile tale
account-no-roles = Nu ai niciun rol în nicio comunitate.
account-organisations-heading = Organizațiile tale
account-no-organisations = Nu ești membru al niciunei organizații.
password-title = Schimbă-ți parola
password-submit = Schimbă parola
password-other-sessions = Schimbarea parolei te deconectează de peste tot în altă parte.
reset-request-title = Resetează-ți parola
reset-request-intro = Introdu numele de utilizator sau adresa de email. Dacă acel cont are o adresă de email, vom trimite acolo un link ca să alegi o parolă nouă.
reset-request-submit = Trimite linkul
reset-request-no-email = Dacă nu ai o adresă de email, cere ajutor unui facilitator sau administratorului comunității tale.
reset-requested-notice = Dacă acel cont are o adresă de email, un link pentru resetarea parolei este pe drum. Linkul funcționează timp de o oră.
reset-title = Alege o parolă nouă
reset-submit = Salvează parola nouă
reset-link-invalid = Acest link a expirat sau a fost deja folosit.
reset-request-again = Cere un link nou
reset-mail-subject = Resetează-ți parola pentru Piazza
reset-mail-greeting = Bună ziua, { $name },
reset-mail-body = Cineva a cerut resetarea parolei contului tău Piazza. Ca să alegi o parolă nouă, deschide acest link în cel mult o oră:
reset-mail-ignore = Dacă nu ai cerut acest lucru, poți ignora mesajul: parola ta rămâne aceeași.
welcome-notice = Bine ai venit pe Piazza, { $name }!
saved-notice = Modificările tale au fost salvate.

admin-title = Administrare
admin-accounts = Conturi
admin-pending-mail = Mesaje care așteaptă să fie trimise

field-username = Nume de utilizator
field-username-or-email = Nume de utilizator sau adresă de email
field-display-name = Nume afișat
field-display-name-optional = Nume afișat (opțional)
field-email-optional = Adresă de email (opțional)
field-password = Parolă
field-new-password = Parola nouă
field-current-password = Parola actuală
field-password-confirmation = Scrie din nou parola
field-home-community-optional = Comunitatea ta (opțional)
field-name = Nume
field-slug = Nume scurt pentru adresă
field-kind = Tip
field-settlement-type = Tipul localității
field-population = Populație
field-population-optional = Populație (opțional)
field-region = Regiune
field-region-optional = Regiune (opțional)
field-default-language = Limba principală
field-offered-languages = Limbi oferite
field-languages = Limbi
field-tagline = Slogan
field-description = Descriere
field-description-optional = Descriere (opțional)
field-role = Rol
field-helix-role = Tipul organizației
field-community = Comunitate
field-community-optional = Comunitate (opțional)
field-website = Site web
field-website-optional = Site web (opțional)
option-none = Niciunul
save-submit = Salvează
hint-username = Între 3 și 32 de caractere: litere mici, cifre, puncte, cratime sau liniuțe de subliniere. Ceilalți îl pot vedea.
hint-display-name = Numele afișat lângă ce scrii. Nu trebuie să fie numele tău real.
hint-email = Doar pentru resetarea parolei. Nu este arătat nimănui, niciodată.
hint-password = Cel puțin 10 caractere. Câteva cuvinte pe care ți le poți aminti fac o parolă bună.
hint-home-community = Unde locuiești sau unde participi.
hint-slug = Litere mici, cifre și cratime, de exemplu san-vito. Apare în adresa paginii.
hint-population = Un număr întreg, de exemplu 8940.
hint-grant-username = Numele de utilizator al persoanei, așa cum apare pe pagina contului său.
hint-member-username = Numele de utilizator al persoanei pe care o adaugi.
hint-helix-role = Autoritate publică, mediul academic, mediul de afaceri sau societatea civilă.

error-summary-title = Există o problemă
error-prefix = Eroare:
error-title-prefix = Eroare:
error-control-characters = Șterge caracterele de control invizibile.
error-username-required = Introdu un nume de utilizator.
error-username-length = Numele de utilizator trebuie să aibă între 3 și 32 de caractere.
error-username-characters = Folosește doar litere mici, cifre, puncte, cratime și liniuțe de subliniere, iar primul caracter să fie o literă sau o cifră.
error-username-taken = Acest nume de utilizator este deja folosit. Alege altul.
error-display-name-required = Introdu un nume afișat.
error-display-name-length = Numele afișat trebuie să aibă cel mult 60 de caractere.
error-email-invalid = Introdu o adresă de email de forma nume@example.org sau lasă câmpul gol.
error-password-required = Introdu o parolă.
error-password-too-short = Parola trebuie să aibă cel puțin 10 caractere.
error-password-too-long = Parola trebuie să aibă cel mult 256 de caractere.
error-password-mismatch = Cele două parole sunt diferite.
error-current-password-wrong = Aceasta nu este parola ta actuală.
error-sign-in-failed = Numele de utilizator sau parola sunt greșite.
error-sign-in-throttled = { $minutes ->
    [one] Prea multe încercări nereușite. Încearcă din nou peste { $minutes_shown } minut.
    [few] Prea multe încercări nereușite. Încearcă din nou peste { $minutes_shown } minute.
   *[other] Prea multe încercări nereușite. Încearcă din nou peste { $minutes_shown } de minute.
}
error-reset-target-required = Introdu numele de utilizator sau adresa de email.
error-community-unknown = Alege o comunitate din listă.
error-account-unknown = Nimeni nu are acest nume de utilizator.
error-role-already-held = Această persoană are deja acest rol aici.
error-already-member = Această persoană este deja membră.
error-last-manager = O organizație are nevoie de cel puțin un responsabil.
error-choose-one = Alege una dintre variante.
error-name-required = Introdu un nume.
error-name-length = Numele este prea lung: scrie unul mai scurt.
error-slug-required = Introdu un nume scurt pentru adresă.
error-slug-invalid = Folosește între 2 și 48 de litere mici, cifre și cratime simple, dar nu la început sau la sfârșit.
error-slug-taken = Acest nume scurt este deja folosit. Alege altul.
error-population-invalid = Introdu populația ca număr întreg sau lasă câmpul gol.
error-parent-self = O comunitate nu poate fi propria ei regiune.
error-parent-not-region = Alege o regiune.
error-description-length = Descrierea trebuie să aibă cel mult 2.000 de caractere.
error-website-invalid = Introdu o adresă care începe cu https:// sau http:// ori lasă câmpul gol.
error-not-found-title = Pagina nu a fost găsită
error-not-found-body = Nu există nicio pagină la această adresă. Verifică adresa sau pornește din nou de la prima pagină.
error-forbidden-title = Nu ai voie să faci asta
error-forbidden-body = Această pagină sau acțiune este pentru persoane cu alt rol. Dacă crezi că ar trebui să ai acces, întreabă administratorul comunității tale.
error-too-large-title = Prea mult text
error-too-large-body = Ce ai trimis este mai mare decât acceptă orice formular de aici. Întoarce-te, scurtează textul și trimite-l din nou.
error-bad-request-title = Formularul nu a putut fi citit
error-bad-request-body = Ce a sosit nu este un formular pe care această pagină îl înțelege. Întoarce-te și trimite-l din nou.
error-internal-title = Ceva nu a mers bine
error-internal-body = Piazza nu a putut finaliza cererea ta. Nimic din ce ai scris nu a fost salvat. Te rugăm să încerci din nou peste câteva momente.

## Procese participative și propuneri

community-processes-link = Procese participative
processes-title = Procese participative în { $community }
processes-none = Încă nu a fost deschis niciun proces participativ aici.
process-new-title = Deschide un proces participativ
process-create-submit = Deschide procesul
process-phases-heading = Etape
phase-number = Etapa { $n }
process-now-heading = Cum poți participa acum
process-nothing-now = În acest moment nu este nimic de făcut în acest proces.
process-see-proposals = { $count ->
    [0] Încă nu există propuneri
    [one] Vezi { $n } propunere
    [few] Vezi cele { $n } propuneri
   *[other] Vezi cele { $n } de propuneri
}
process-timeline-heading = Calendar
process-about-heading = Despre acest proces
process-decisions-heading = Ce s-a hotărât până acum
process-no-decisions = Încă nu s-a luat nicio decizie.
easy-read-heading = Pe înțelesul tuturor
back-to-process = Înapoi la proces
stage-running = Etapa actuală: { $phase }.
stage-not-started = Procesul începe pe { $date }.
stage-waiting = Următoarea etapă începe pe { $date }.
stage-closed = Acest proces este încheiat.
phase-current = acum
phase-dates = De la { $start }
phase-until = până la { $end }
phase-allows-nothing = Doar informare.
phase-kind-inform = Informare
phase-kind-ideate = Idei
phase-kind-co-design = Proiectare împreună
phase-kind-prioritise = Stabilirea priorităților
phase-kind-implement = Punere în practică
phase-kind-evaluate = Evaluare
activity-proposals = Fă propuneri
activity-supports = Susține propuneri
activity-comments = Comentează
activity-amendments = Propune amendamente
activity-meetings = Participă la întâlniri

proposals-title = Propuneri: { $process }
proposals-found = { $count ->
    [one] { $n } propunere
    [few] { $n } propuneri
   *[other] { $n } de propuneri
}
proposals-none = Nicio propunere nu se potrivește.
proposal-new-title = Fă o propunere
proposal-create-submit = Publică propunerea
proposal-authors = Autor
proposal-published = Publicată
former-participant = un fost participant
proposal-state-published = Publicată
proposal-state-withdrawn = Retrasă de autori
proposal-state-evaluating = În evaluare
proposal-state-accepted = Acceptată
proposal-state-rejected = Respinsă
proposal-state-implemented = Realizată
supports-count = { $count ->
    [one] { $n } susținere
    [few] { $n } susțineri
   *[other] { $n } de susțineri
}
threshold-explained = { $count ->
    [one] Cu { $n } susținere, o propunere ajunge la funcționari pentru evaluare.
    [few] Cu { $n } susțineri, o propunere ajunge la funcționari pentru evaluare.
   *[other] Cu { $n } de susțineri, o propunere ajunge la funcționari pentru evaluare.
}
proposal-state-merged = Unită cu altă propunere
proposal-merged-into = unită cu
field-merge-into = Unește cu (doar pentru unire)
hint-merge-into = Propunerea din acest proces care o preia pe aceasta. Spune de ce în răspuns.
error-merge-target = Alege propunerea cu care se unește aceasta.
support-submit = Susține această propunere
unsupport-submit = Îmi retrag susținerea
you-support = Susții această propunere.
sign-in-to-support = Conectează-te ca să susții această propunere
sign-in-to-propose = Conectează-te ca să faci o propunere
supports-closed = Acum nu se strâng susțineri.
withdraw-submit = Retrage propunerea
official-answer-heading = Răspunsul oficial
decide-heading = Decide asupra acestei propuneri
decide-submit = Publică decizia
history-heading = Ce s-a întâmplat cu această propunere
reason-threshold = a strâns numărul necesar de susțineri
notice-supported = Susținerea ta a fost numărată.
notice-threshold = Susținerea ta a fost numărată, iar propunerea ajunge acum la funcționari pentru evaluare.
notice-unsupported = Susținerea ta a fost retrasă.
notice-answered = Decizia a fost publicată.
notice-withdrawn = Propunerea a fost retrasă.
not-now-proposals = Propunerile se pot face doar într-o etapă care le acceptă. Verifică calendarul procesului.
not-now-supports = Susținerile se pot da sau retrage doar într-o etapă în care se strâng susțineri.
not-now-activity = Etapa actuală a procesului nu permite acest lucru.
not-now-proposal-closed = Această propunere este închisă: nu mai poate fi susținută sau retrasă.
not-now-overtaken = Cineva a modificat această propunere în timp ce o citeai. Iat-o așa cum este acum: verific-o și încearcă din nou.

field-title = Titlu
field-summary = Rezumat în cuvinte simple
field-easy-read-optional = Rezumat ușor de citit (opțional)
field-support-threshold = Susțineri necesare pentru evaluare
field-phase-kind = Tipul etapei
field-starts-on = Prima zi
field-ends-on = Ultima zi
field-phase-allows = În această etapă, oamenii pot
field-proposal-body = Propunerea ta
field-category = Categorie
field-category-optional = Categorie (opțional)
field-address = Adresă
field-address-optional = Adresă (opțional)
field-state = Stare
field-answered = Răspuns oficial
field-sort = Ordine
field-new-state = Starea nouă
field-answer = Răspuns public
option-any = Oricare
option-answered = Cu răspuns
option-not-answered = Încă fără răspuns
option-no-phase = Nicio etapă
sort-shuffled = Amestecate, ca să nu fie favorizată nicio propunere
sort-newest = Cele mai noi întâi
sort-supported = Cele mai susținute întâi
filter-submit = Arată
pagination-label = Pagini
pagination-previous = Pagina anterioară
pagination-next = Pagina următoare
pagination-position = Pagina { $position }
hint-summary = Spune în câteva propoziții simple ce se va hotărî și cum pot participa oamenii.
hint-easy-read = Propoziții scurte și cuvinte obișnuite, pentru cei cărora le este greu să citească.
hint-markdown = Poți folosi Markdown: **aldine**, *cursive*, liste și linkuri.
hint-support-threshold = Un număr întreg, de exemplu 50.
hint-phases = Completează câte un rând pentru fiecare etapă, în ordine. Lasă goale rândurile de care nu ai nevoie.
hint-proposal-title = Între 5 și 150 de caractere: spune ce propui.
hint-address = Unde s-ar face, dacă e vorba de un loc anume.
hint-answer = Apare public împreună cu decizia. Obligatoriu când propunerea este respinsă.
error-summary-required = Scrie un rezumat scurt.
error-summary-length = Rezumatul este prea lung: păstrează-l sub 600 de caractere.
error-easy-read-length = Rezumatul ușor de citit este prea lung: păstrează-l sub 1.500 de caractere.
error-description-required = Scrie o descriere.
error-long-description-length = Descrierea este prea lungă: păstreaz-o sub 20.000 de caractere.
error-threshold-invalid = Introdu un număr întreg de susțineri, cel puțin 1.
error-date-invalid = Introdu o dată de forma 2026-03-31.
error-phase-ends-before-start = Ultima zi este înaintea primei zile.
error-phase-overlaps = Această etapă începe înainte să se fi terminat cea anterioară.
error-phases-required = Dă procesului cel puțin o etapă.
error-title-too-short = Titlul trebuie să aibă cel puțin 5 caractere.
error-title-required = Introdu un titlu.
error-title-length = Titlul este prea lung: păstrează-l la cel mult 150 de caractere.
error-body-required = Scrie propunerea ta.
error-body-length = Propunerea este prea lungă: păstreaz-o sub 10.000 de caractere.
error-text-too-long = Textul este prea lung.
error-answer-required = Explică motivele acestei decizii.
error-answer-length = Răspunsul este prea lung: păstrează-l sub 5.000 de caractere.

## Comentarii

comments-heading = { $count ->
    [0] Comentarii
    [one] { $n } comentariu
    [few] { $n } comentarii
   *[other] { $n } de comentarii
}
comments-order = Ordine:
comments-oldest = cele mai vechi întâi
comments-newest = cele mai noi întâi
comments-supported = cele mai susținute întâi
comments-closed = Acum nu se strâng comentarii.
comment-new-heading = Adaugă un comentariu
comment-submit = Publică comentariul
comment-reply-title = Răspunde la un comentariu
comment-reply-submit = Publică răspunsul
comment-reply-link = Răspunde
comment-edit-title = Modifică-ți comentariul
comment-edit-link = Modifică
comment-delete-submit = Șterge
comment-support-submit = Susține
comment-number = comentariul { $n }
comment-edited = modificat
comment-deleted = Acest comentariu a fost șters de autorul său.
comment-in-reply-to = Ca răspuns pentru { $name }
comment-back = Înapoi la discuție
sign-in-to-comment = Conectează-te ca să comentezi
field-stance = Poziția ta
field-comment = Comentariul tău
stance-in-favour = Pentru
stance-against = Împotrivă
stance-neutral = Neutru
error-comment-required = Scrie comentariul tău.
error-comment-length = Comentariul este prea lung: păstrează-l la cel mult 3.000 de caractere.
error-reply-too-deep = Răspunsurile pot merge cel mult trei niveluri în jos: răspunde la un comentariu anterior din această discuție.

## Versiunile unei propuneri

not-now-editing = Odată ce o propunere are o susținere sau un comentariu, textul ei nu mai poate fi modificat direct.
proposal-edit-title = Modifică propunerea
proposal-edit-intro = Poți schimba textul până când propunerea primește prima susținere sau primul comentariu. Fiecare versiune rămâne vizibilă pentru toată lumea.
proposal-edit-submit = Salvează versiunea nouă
versions-title = Istoricul textului: { $proposal }
versions-intro = Toate versiunile propunerii, de la cea mai nouă, cu ce s-a schimbat față de cea dinainte.
version-number = Versiunea { $n }
versions-link = { $count ->
    [one] Istoricul textului (o versiune)
    [few] Istoricul textului ({ $n } versiuni)
   *[other] Istoricul textului ({ $n } de versiuni)
}
diff-added = adăugat
diff-removed = eliminat

## Amendamente

amendments-heading = { $count ->
    [0] Amendamente
    [one] { $n } amendament
    [few] { $n } amendamente
   *[other] { $n } de amendamente
}
amendment-new-title = Propune un amendament
amendment-new-intro = Schimbă textul așa cum crezi că ar trebui să arate și spune de ce. Autorii propunerii acceptă sau resping amendamentul tău, iar oricine le poate citi răspunsul.
amendment-submit = Propune amendamentul
amendment-by = Amendament de la { $name }
amendment-pending = Așteaptă răspunsul autorilor
amendment-accepted = Acceptat de autori
amendment-rejected = Respins de autori
amendment-answer = Răspunsul autorilor
amendment-accept-submit = Acceptă acest amendament
amendment-reject-submit = Respinge acest amendament
field-amendment-reason = Motiv
field-rejection-reason = De ce îl respingi (obligatoriu pentru respingere)
hint-amendment-reason = Ce îmbunătățește schimbarea ta, în câteva cuvinte.
version-from-amendment = dintr-un amendament de la { $name }
error-reason-required = Spune un motiv.
error-reason-length = Motivul este prea lung: păstrează-l la cel mult 1.000 de caractere.
error-amendment-unchanged = Amendamentul încă nu schimbă nimic.

## Coautori

coauthors-heading = Coautori
coauthor-invited = invitat, se așteaptă un răspuns
coauthor-invite-submit = Invită
field-invitee-kind = Invită
field-invitee = Numele de utilizator sau numele scurt al organizației
hint-invitee = O persoană acceptă pentru sine; pentru o organizație, acceptă unul dintre responsabilii ei.
option-person = o persoană
option-organisation = o organizație
invitation-heading = Ai o invitație să fii coautor al acestei propuneri
invitation-explained = Ca coautor, apari printre autorii ei, îi poți schimba textul cât timp acest lucru este permis și răspunzi la amendamentele ei.
invitation-accept-submit = Acceptă
invitation-decline-submit = Refuză
invitation-for-organisation = pentru { $organisation }
account-invitations-heading = Invitații de a fi coautor
notice-invited = Invitația a fost trimisă.
error-invitee-required = Introdu un nume de utilizator sau numele scurt al unei organizații.
error-organisation-unknown = Nicio organizație nu are acest nume scurt.
error-already-author = Această persoană este deja autor al propunerii.
error-already-invited = Invitația a fost deja trimisă.

## Moderare
content-kind-proposal = Propunere
content-kind-comment = Comentariu
content-kind-amendment = Amendament
proposal-number = propunerea { $n }
amendment-number = amendamentul { $n }
report-reason-spam = Spam sau reclamă
report-reason-offensive = Jignitor, plin de ură sau amenințător
report-reason-off-topic = În afara subiectului
report-reason-personal-data = Dezvăluie datele personale ale cuiva
report-reason-other = Altceva
moderation-state-reported = Raportat, încă vizibil
moderation-state-pending = Ascuns după raportări, așteaptă verificarea
moderation-state-hidden = Ascuns de un moderator
moderation-state-restored = Restabilit
moderation-action-hidden-by-reports = Ascuns după mai multe raportări, până când îl verifică un moderator
moderation-action-hide = Ascuns de un moderator
moderation-action-restore = Restabilit de un moderator
moderation-action-uphold = Păstrat ascuns după verificare
moderation-action-block = Persoană blocată în această comunitate
moderation-action-unblock = Blocare ridicată
not-now-blocked = Un moderator te-a blocat, așa că nu mai poți participa în această comunitate. Motivul se află în jurnalul de moderare al comunității.
report-link = Raportează
report-proposal-link = Raportează această propunere
report-title = Raportare: { $kind }
report-back = Înapoi la contribuție
report-intro = Spune-le moderatorilor ce nu este în regulă. Ei vor verifica; persoana care a scris nu află niciodată cine a raportat.
field-report-reason = De ce raportezi?
field-report-details = Mai multe detalii
hint-report-details = Opțional, dacă nu ai ales „Altceva”. Cel mult 1.000 de caractere.
report-submit = Trimite raportarea
report-recorded = Mulțumim. Raportarea ta a ajuns la moderatori.
report-already = Ai raportat deja acest lucru; raportarea ta de dinainte încă se ia în calcul.
report-hidden = Mulțumim. După mai multe raportări, acum este ascuns până când îl verifică un moderator.
error-report-own = Nu îți poți raporta propria contribuție.
error-report-details-required = Spune în câteva cuvinte ce nu este în regulă.
moderation-hide-now-heading = Ascunde acum (moderatori)
field-public-reason = Motiv public
hint-public-reason = Toată lumea va citi acest motiv în locul textului ascuns și în jurnalul de moderare.
moderation-hide-submit = Ascunde
moderation-restore-submit = Restabilește
moderation-uphold-submit = Păstrează ascuns
hidden-by-moderator = Ascuns de moderatori: { $reason }
hidden-pending-review = Ascuns după mai multe raportări, până când îl verifică un moderator.
hidden-proposal-title = Propunere ascunsă
appeal-link = Contestă această decizie
appeal-title = Contestă o decizie de moderare
appeal-intro = Dacă crezi că moderatorii au greșit, spune-le de ce. Poți contesta o singură dată; un moderator va verifica din nou și fie îți restabilește contribuția, fie o păstrează ascunsă.
field-appeal = De ce ar trebui restabilită?
hint-appeal = Cel mult 2.000 de caractere.
appeal-submit = Trimite contestația
appeal-yours-heading = Contestația ta
appeal-waiting = Un moderator îți va verifica contestația.
appeal-answered = Un moderator ți-a verificat contestația. Decizia și motivul ei sunt afișate mai sus.
appeal-not-possible = Această contribuție nu este ascunsă sau a fost deja contestată.
error-appeal-required = Spune de ce ar trebui restabilită.
error-appeal-once = O decizie poate fi contestată o singură dată.
moderation-title = Moderare în { $community }
moderation-queue-link = De verificat
moderation-log-link = Jurnalul de moderare
moderation-queue-heading = { $count ->
    [0] Nimic în așteptare
    [one] { $n } contribuție în așteptare
    [few] { $n } contribuții în așteptare
   *[other] { $n } de contribuții în așteptare
}
moderation-queue-empty = Nimic nu așteaptă să fie verificat.
moderation-report-count = { $count ->
    [0] nicio raportare
    [one] { $n } raportare
    [few] { $n } raportări
   *[other] { $n } de raportări
}
moderation-appeal-label = Autorul contestă:
moderation-blocks-heading = Persoane blocate
moderation-blocks-empty = Nimeni nu este blocat în această comunitate.
moderation-block-heading = Blochează o persoană
hint-block-reason = O persoană blocată poate citi în continuare totul, dar nu mai poate propune, comenta, propune amendamente, susține sau raporta aici. Motivul este public.
moderation-block-submit = Blochează
moderation-unblock-submit = Ridică blocarea
error-block-self = Nu îți poți bloca propriul cont.
error-already-blocked = Această persoană este deja blocată.
moderation-settings-heading = Setări
field-report-threshold = Raportări care ascund o contribuție
hint-report-threshold = O contribuție care primește atâtea raportări este ascunsă până când o verifică un moderator.
error-report-threshold = Introdu un număr întreg de la { $min_shown } la { $max_shown }.
moderation-done-hidden = Ascuns. Motivul se află în jurnalul public.
moderation-done-restored = Restabilit. Este din nou vizibil.
moderation-done-upheld = Păstrat ascuns. Autorul a primit răspuns.
moderation-done-blocked = Persoana este blocată în această comunitate.
moderation-done-unblocked = Blocarea a fost ridicată.
moderation-done-threshold = Numărul de raportări a fost salvat.
moderation-log-title = Jurnalul de moderare pentru { $community }
moderation-log-intro = Fiecare contribuție ascunsă sau restabilită și fiecare persoană blocată aici, cu motivul dat de moderatori. Nu se arată niciodată cine a raportat ce.
moderation-log-empty = Încă nu s-a moderat nimic.
moderation-no-reason = Niciun motiv dat
column-when = Când
column-concerning = Privește
column-reason = Motiv

## Notificări
nav-notifications = Notificări
nav-notifications-unread = { $count ->
    [one] Notificări (noi: { $n })
   *[other] Notificări (noi: { $n })
}
notifications-title = Notificările tale
notifications-empty = Încă nimic. Urmărește un proces sau o propunere ca să afli ce se întâmplă cu ele; propriile propuneri și discuțiile la care participi le urmărești automat.
notifications-new = Noi:
notifications-mark-read = Marchează toate ca citite
notifications-done-read = Toate notificările tale sunt marcate ca citite.
notifications-email-heading = Notificări prin email
notifications-no-email = Contul tău nu are o adresă de email, așa că Piazza nu îți poate scrie. Poți adăuga una pe pagina contului tău.
field-email-frequency = Cât de des să îți scrie Piazza?
email-frequency-immediate = Imediat, câte un email pentru fiecare notificare
email-frequency-daily = O dată pe zi, un rezumat cu toate noutățile
email-frequency-never = Niciodată; le citesc aici
notification-new-proposal = { $name } a făcut o propunere nouă: „{ $title }”
notification-comment = { $name } a comentat la „{ $title }”
notification-reply = { $name } a răspuns la comentariul tău despre „{ $title }”
notification-amendment = { $name } a propus un amendament la „{ $title }”
notification-amendment-answered = Amendamentul tău la „{ $title }”: { $detail }
notification-state-changed = „{ $title }” este acum: { $detail }
notification-invitation = { $name } te-a invitat să fii coautor la „{ $title }”
notification-threshold = „{ $title }” a strâns susținerile necesare și ajunge la funcționari pentru evaluare.
notification-awaits-evaluation = „{ $title }” a atins pragul și așteaptă evaluarea ta și un răspuns public.
notification-hidden = Contribuția ta la „{ $title }” a fost ascunsă. { $detail }
notification-mail-footer = Primești acest mesaj pentru că urmărești acest subiect sau ai participat. Alege cât de des îți scrie Piazza sau oprește aceste emailuri la { $link }
digest-mail-subject = { $count ->
    [one] Noutățile tale de pe Piazza: { $n } notificare
    [few] Noutățile tale de pe Piazza: { $n } notificări
   *[other] Noutățile tale de pe Piazza: { $n } de notificări
}
follow-submit = Urmărește
unfollow-submit = Nu mai urmări
following-now = Urmărești acest lucru și afli ce se întâmplă cu el.

## Căutare
search-title = Caută în { $community }
search-results-title = Rezultatele căutării pentru „{ $query }”
search-label = Cuvinte de căutat
search-kind-label = Arată
search-kind-all = Tot
search-kind-process = Procese
search-kind-proposal = Propuneri
search-kind-comment = Comentarii
search-kind-meeting = Întâlniri
search-submit = Caută
search-count = { $count ->
    [0] Niciun rezultat
    [one] { $n } rezultat
    [few] { $n } rezultate
   *[other] { $n } de rezultate
}
search-nothing = Nimic nu se potrivește cu toate aceste cuvinte. Încearcă mai puține cuvinte, cuvinte mai scurte sau altă scriere.

## Întâlniri
meeting-format-in-person = Față în față
meeting-format-online = Online
meeting-format-hybrid = Față în față și online
meeting-access-step-free = Acces fără trepte
meeting-access-hearing-loop = Buclă de inducție magnetică
meeting-access-sign-language = Interpretare în limbajul semnelor
meeting-access-interpretation = Interpretare în alte limbi vorbite
meeting-access-childcare = Supraveghere pentru copii
meeting-access-quiet-room = Cameră de liniște
not-now-meeting-over = Această întâlnire s-a încheiat: înscrierile s-au închis.
not-now-meetings = Înscrierile la întâlniri se deschid doar într-o etapă în care au loc întâlniri. Verifică calendarul procesului.
error-web-address = Introdu o adresă care începe cu https:// sau http://.
error-address-required = Spune unde are loc întâlnirea.
error-time-invalid = Introdu ora în ore și minute, de exemplu 18:30.
error-meeting-ends-before-start = Întâlnirea trebuie să se termine după ce începe.
error-capacity-invalid = Introdu un număr întreg de locuri, de la 1 la 100000, sau lasă câmpul gol dacă nu există limită.
error-minutes-too-early = Procesul-verbal poate fi scris după ce a început întâlnirea.
error-minutes-required = Scrie procesul-verbal.
error-minutes-length = Procesul-verbal este prea lung: păstrează-l la cel mult 20.000 de caractere.
process-see-meetings = { $count ->
    [0] Încă nu există întâlniri
    [one] Vezi { $n } întâlnire
    [few] Vezi cele { $n } întâlniri
   *[other] Vezi cele { $n } de întâlniri
}
meetings-title = Întâlnirile din { $process }
meeting-new-title = Planifică o întâlnire
meetings-upcoming = Urmează
meetings-none-upcoming = Încă nu este planificată nicio întâlnire.
meetings-past = Întâlniri trecute
meetings-none-past = Încă nu a avut loc nicio întâlnire.
field-meeting-description = Pentru ce este întâlnirea
field-meeting-format = Unde are loc
field-meeting-address = Adresă
hint-meeting-address = Necesară pentru o întâlnire față în față. Spune cum se ajunge la sală, dacă este greu de găsit.
field-meeting-link = Link pentru participarea online
hint-meeting-link = Necesar pentru o întâlnire online. Îl văd doar persoanele înscrise.
field-meeting-date = Data
hint-meeting-date = Ca an-lună-zi, de exemplu 2026-12-03.
field-meeting-starts = Începe la
field-meeting-ends = Se termină la
hint-meeting-time = În ore și minute, după ora UTC, de exemplu 18:30.
field-meeting-capacity = Locuri
hint-meeting-capacity = Lasă gol dacă nu există limită. Când locurile se ocupă, oamenii intră pe o listă de așteptare.
field-meeting-access = Accesibilitate
field-meeting-access-notes = Mai multe despre accesibilitate
hint-meeting-access-notes = Opțional: de exemplu, ce limbi se interpretează sau unde este camera de liniște.
meeting-create-submit = Planifică întâlnirea
field-meeting-when = Când
meeting-link-for-registered = Se arată persoanelor înscrise.
meeting-places = { $count ->
    [one] { $n } loc
    [few] { $n } locuri
   *[other] { $n } de locuri
}
meeting-places-left = { $count ->
    [0] niciun loc liber
    [one] { $n } loc liber
    [few] { $n } locuri libere
   *[other] { $n } de locuri libere
}
meeting-waiting-count = { $count ->
    [one] { $n } persoană în așteptare
    [few] { $n } persoane în așteptare
   *[other] { $n } de persoane în așteptare
}
meeting-no-limit = Fără limită
meeting-access-none = Încă nu s-a anunțat nimic. Cere-le organizatorilor ce îți trebuie.
meeting-registration-heading = Participare
meeting-over = Această întâlnire s-a încheiat.
meeting-you-are-registered = Te-ai înscris.
meeting-cancel-submit = Anulează-mi înscrierea
meeting-you-are-waiting = { $count ->
    [one] Ești pe primul loc pe lista de așteptare.
    [few] Ești pe locul { $n } pe lista de așteptare.
   *[other] Ești pe locul { $n } pe lista de așteptare.
}
meeting-leave-waiting-submit = Ieși de pe lista de așteptare
field-meeting-needs = Orice îți trebuie ca să poți participa (opțional)
hint-meeting-needs = Doar organizatorii văd acest lucru: de exemplu, un loc pentru scaun cu rotile sau interpretare într-o anumită limbă.
meeting-register-submit = Înscrie-te
meeting-wait-submit = Intră pe lista de așteptare
sign-in-to-register = Conectează-te ca să te înscrii la această întâlnire
meeting-minutes-heading = Proces-verbal
meeting-no-minutes = Procesul-verbal va apărea aici după întâlnire.
meeting-outcomes-heading = Propuneri care au rezultat din această întâlnire
meeting-minutes-form-heading = Scrie procesul-verbal
field-minutes = Proces-verbal
field-meeting-outcomes = Propuneri care au rezultat din întâlnire
meeting-minutes-submit = Salvează procesul-verbal
meeting-registrants-heading = { $count ->
    [0] Încă nu s-a înscris nimeni
    [one] { $n } persoană înscrisă sau în așteptare
    [few] { $n } persoane înscrise sau în așteptare
   *[other] { $n } de persoane înscrise sau în așteptare
}
column-place = Loc
column-needs = Nevoi
meeting-status-registered = Înscris
meeting-status-waiting = Listă de așteptare
meeting-done-registered = Te-ai înscris. Ne vedem acolo!
meeting-done-waiting = Întâlnirea este plină: ești pe lista de așteptare și vei afla dacă se eliberează un loc.
meeting-done-cancelled = Înscrierea ta a fost anulată.
meeting-done-minutes = Procesul-verbal a fost salvat.
notification-new-meeting = { $name } a planificat o întâlnire: „{ $title }”
notification-meeting-place = S-a eliberat un loc: acum ești pe lista participanților la „{ $title }”.

## Categorii și locuri
category-mobility = Mobilitate și transport
category-green-spaces = Parcuri și spații verzi
category-public-space = Străzi și spațiu public
category-education = Școli și educație
category-culture = Cultură
category-sport = Sport
category-health = Sănătate
category-social-care = Asistență socială și incluziune
category-housing = Locuințe
category-energy = Energie
category-environment = Mediu și climă
category-economy = Muncă și economie locală
category-safety = Siguranță
category-digital = Servicii digitale
category-other = Altele
sort-commented = Cele mai comentate
comments-count = { $count ->
    [0] niciun comentariu
    [one] { $n } comentariu
    [few] { $n } comentarii
   *[other] { $n } de comentarii
}
field-neighbourhood = Cartier
field-neighbourhood-optional = Cartier (opțional)
field-map-point = Punct pe hartă
hint-map-point = Opțional. Dacă le știi, scrie latitudinea și longitudinea locului, de exemplu 43.8431 și 10.5061. Adresa de mai sus este suficientă.
field-latitude = Latitudine
field-longitude = Longitudine
error-latitude = Introdu o latitudine între -90 și 90, de exemplu 43.8431, sau lasă ambele câmpuri goale.
error-longitude = Introdu o longitudine între -180 și 180, de exemplu 10.5061, sau lasă ambele câmpuri goale.
community-neighbourhoods-link = Cartiere
neighbourhoods-title = Cartierele din { $community }
neighbourhoods-intro = Procesele pot privi doar anumite cartiere, iar propunerile pot spune ce cartier privesc, ca locuitorii să găsească ce este aproape de ei.
neighbourhoods-none = Încă nu există cartiere.
field-neighbourhood-name = Numele cartierului
neighbourhood-add-submit = Adaugă cartierul
error-neighbourhood-exists = Această comunitate are deja un cartier cu acest nume.
field-process-scope = Ce cartiere privește?
hint-process-scope = Nu bifa nimic dacă procesul privește toată comunitatea.
process-scope = Privește:
search-count-many = Rezultate: peste { $n }

## Bugete participative

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] Bugete
    [one] { $n } buget
    [few] { $n } bugete
   *[other] { $n } de bugete
}
budgets-title = Bugetele procesului „{ $process }”
budgets-intro = Locuitorii hotărăsc cum se cheltuiește o parte din bugetul public: fiecare buget cuprinde proiecte cu costul lor, iar fiecare locuitor poate vota o singură dată.
budgets-none = Încă nu a fost deschis niciun buget în acest proces.
budget-new-title = Deschide un buget
budget-card-line = { $total } · { $style } · mod de numărare: { $rule }
budget-ballots = { $count ->
    [0] Încă niciun buletin de vot
    [one] { $n } buletin de vot
    [few] { $n } buletine de vot
   *[other] { $n } de buletine de vot
}
budget-see-results = Vezi rezultatele
budget-status-open = Votul este deschis
budget-status-closed = Vot încheiat, încă nenumărat
budget-status-counted = Numărat
budget-changeable = Îți poți schimba votul până se închide votarea.
budget-officials-heading = Pentru funcționari
budget-locked = S-a votat deja: proiectele, felul de vot și regula nu mai pot fi schimbate.
budget-count-explained = Închiderea oprește votarea definitiv, separă fiecare buletin de vot de persoana care l-a dat și numără voturile. Buletinele anonimizate sunt publicate, ca oricine să le poată renumăra.
budget-count-submit = Închide votarea și numără
budget-projects-heading = { $count ->
    [0] Încă niciun proiect pe buletinul de vot
    [one] { $n } proiect pe buletinul de vot
    [few] { $n } proiecte pe buletinul de vot
   *[other] { $n } de proiecte pe buletinul de vot
}
budget-off-ballot-heading = Nu sunt pe buletinul de vot
budget-create-submit = Deschide bugetul
field-budget-description = Pentru ce sunt banii
field-budget-total = Bani de cheltuit
hint-budget-total = Un număr întreg, de exemplu 250000.
field-budget-currency = Moneda
hint-budget-currency = Trei litere, de exemplu RON.
field-budget-style = Cum votează oamenii
field-budget-min-choices = Numărul minim de proiecte pe care trebuie să le aleagă un buletin
hint-budget-min-choices = Opțional. 0 sau gol înseamnă fără minim.
field-budget-max-choices = Numărul maxim de proiecte pe care le poate alege un buletin (pentru clasament: câte locuri)
hint-budget-max-choices = Opțional, în afară de clasament. Gol înseamnă fără limită.
field-budget-min-share = Partea din bani pe care trebuie să o folosească un buletin „în limita bugetului”, în procente
hint-budget-min-share = Opțional, doar pentru buletinele „în limita bugetului”, de exemplu 80.
field-budget-points = Puncte pe care le împarte fiecare votant
hint-budget-points = Obligatoriu pentru buletinele cu puncte, de exemplu 10.
field-budget-rule = Cum se numără buletinele
hint-budget-rule = Metoda părților egale dă fiecărui grup de votanți o parte dreaptă din bani; numărarea după cele mai multe voturi lasă cel mai mare grup să hotărască totul.
field-budget-changeable = Votanții își pot schimba votul până se închide votarea
ballot-style-approval = Alege oricâte proiecte susții
ballot-style-knapsack = Alege proiecte care încap în buget
ballot-style-cumulative = Împarte puncte între proiecte
ballot-style-ranked = Ordonează proiectele preferate
counting-rule-mes_cost_add1_eqs = metoda părților egale (recomandată)
counting-rule-mes_cost_add1_greedy = metoda părților egale, apoi cele mai multe voturi pentru ce rămâne
counting-rule-greedy_cost = cele mai multe voturi întâi
counting-rule-greedy_card = cele mai multe voturi pe unitate de cost întâi
counting-rule-phragmen = metoda lui Phragmén
counting-rule-maxwelfare_cost = setul de proiecte cu cei mai mulți bani aprobați
counting-rule-greedy_points = cele mai multe puncte întâi
counting-rule-mes_points = metoda părților egale, după puncte
error-whole-number-range = Introdu un număr întreg de la { $min_shown } la { $max_shown }.
error-budget-total-required = Introdu suma de cheltuit.
error-currency = Introdu moneda din trei litere, de exemplu RON.
error-rule-needs-approvals = Această regulă numără aprobări: pentru buletinele cu puncte și cu clasament alege o regulă după puncte.
error-rule-needs-points = Această regulă numără puncte: alege-o doar pentru buletinele cu puncte sau cu clasament.
error-max-below-min = Numărul maxim de proiecte nu poate fi mai mic decât numărul minim.
error-points-required = Introdu câte puncte împarte fiecare votant.
error-ranks-required = Introdu câte locuri are clasamentul.
error-budget-locked = S-a votat deja, așa că proiectele bugetului nu mai pot fi schimbate.
project-new-title = Adaugă un proiect
field-project-description = Ce face proiectul
field-project-cost = Cost
hint-project-cost = Un număr întreg, în moneda bugetului.
error-cost-required = Introdu costul.
field-project-proposal = De unde vine
hint-project-proposal = O propunere din acest proces sau funcționarii.
option-from-officials = Funcționarii
field-project-image = Imagine (un link)
hint-project-image = Opțional. Adresa https a unei imagini; pagina doar trimite la ea printr-un link și nu o încarcă niciodată.
error-image-address = Introdu o adresă care începe cu https://, fără spații.
project-create-submit = Adaugă proiectul
project-done-added = Proiectul a fost adăugat. Verifică dacă se poate realiza, ca să fie pus pe buletinul de vot.
project-from-proposal = Vezi propunerea din care a pornit
project-see-image = Vezi o imagine
feasibility-pending = Încă nu s-a verificat dacă se poate realiza
feasibility-feasible = Realizabil
feasibility-infeasible = Nerealizabil
project-review-legend = Verifică „{ $title }”
field-feasibility-reason = Motiv public (obligatoriu dacă nu este realizabil)
error-feasibility-reason-required = Spune motivul public pentru care proiectul nu este realizabil.
project-review-submit = Salvează verificarea
project-done-reviewed = Verificarea a fost salvată.
ballot-heading = Buletinul tău de vot
ballot-instructions-approval = Alege proiectele pe care le susții.
ballot-instructions-knapsack = Alege proiecte ale căror costuri, adunate, încap în buget.
ballot-instructions-cumulative = Dă puncte proiectelor pe care le susții.
ballot-instructions-ranked = Dă un loc proiectelor preferate: pe primul loc, cel pe care îl vrei cel mai mult.
ballot-points-to-spread = { $count ->
    [one] Ai { $n } punct de împărțit.
    [few] Ai { $n } puncte de împărțit.
   *[other] Ai { $n } de puncte de împărțit.
}
ballot-min-share = { $count ->
    [one] Alegerea ta trebuie să folosească cel puțin { $n } la sută din bani.
   *[other] Alegerea ta trebuie să folosească cel puțin { $n } la sută din bani.
}
ballot-min-choices = { $count ->
    [one] Alege cel puțin { $n } proiect.
    [few] Alege cel puțin { $n } proiecte.
   *[other] Alege cel puțin { $n } de proiecte.
}
ballot-max-choices = { $count ->
    [one] Alege cel mult { $n } proiect.
    [few] Alege cel mult { $n } proiecte.
   *[other] Alege cel mult { $n } de proiecte.
}
ballot-not-ranked = Fără loc
ballot-place = Locul { $n }
ballot-chosen = { $count ->
    [0] Niciun proiect ales
    [one] { $n } proiect ales
    [few] { $n } proiecte alese
   *[other] { $n } de proiecte alese
}
ballot-cost-left = costă { $cost }, deci mai rămân { $left }
ballot-points-used = Puncte date: { $used_shown } din { $points_shown }
ballot-valid = Buletinul tău de vot este valid.
ballot-nothing-chosen = Alege proiecte, apoi verifică totalul sau trimite votul.
ballot-check-submit = Verifică totalul
ballot-cast-submit = Trimite votul meu
ballot-change-submit = Schimbă-mi votul
ballot-voted-changeable = Ai votat. Buletinul tău este afișat mai jos; îl poți schimba până se închide votarea, iar ultimul contează.
ballot-voted-final = Ai votat. Votul tău este definitiv.
ballot-no-projects = Încă nu există niciun proiect pe buletinul de vot.
ballot-sign-in = Conectează-te ca să votezi
ballot-not-open = Votarea nu este deschisă acum: are loc cât timp procesul este în etapa de stabilire a priorităților.
ballot-closed = Votarea s-a încheiat.
ballot-done-recorded = Votul tău a fost înregistrat.
ballot-done-replaced = Votul tău a fost schimbat; contează doar cel nou.
ballot-problem-empty = Alege cel puțin un proiect.
ballot-problem-too-few = { $min ->
    [one] Alege cel puțin { $min_shown } proiect.
    [few] Alege cel puțin { $min_shown } proiecte.
   *[other] Alege cel puțin { $min_shown } de proiecte.
}
ballot-problem-too-many = { $max ->
    [one] Alege cel mult { $max_shown } proiect.
    [few] Alege cel mult { $max_shown } proiecte.
   *[other] Alege cel mult { $max_shown } de proiecte.
}
ballot-problem-over-budget = Alegerea ta costă cu { $over_shown } mai mult decât bugetul.
ballot-problem-under-share = Alegerea ta trebuie să folosească cel puțin { $share_shown } la sută din bani.
ballot-problem-too-many-points = Poți da cel mult atâtea puncte: { $points_shown }.
ballot-problem-points-whole = Punctele trebuie să fie numere întregi, 0 sau mai mult.
ballot-problem-place-twice = Două proiecte au locul { $place_shown }: dă fiecare loc o singură dată.
ballot-problem-place-range = Locurile merg de la 1 la { $places_shown }.
ballot-problem-unknown-project = Un proiect ales nu este pe buletinul de vot.
error-ballot-invalid = Buletinul tău de vot nu poate fi trimis încă: vezi mai jos ce trebuie schimbat.
not-now-voting-closed = Votarea nu este deschisă acum pentru acest buget.
not-now-already-voted = Ai votat deja în acest buget, iar voturile din el nu pot fi schimbate.
results-title = Rezultatele pentru „{ $budget }”
results-spent = Bani cheltuiți
results-left = Bani rămași
results-ballots-heading = Buletine de vot
results-ballots = { $count ->
    [0] Niciun buletin de vot
    [one] { $n } buletin de vot
    [few] { $n } buletine de vot
   *[other] { $n } de buletine de vot
}
results-channel = { $channel }: { $n }
channel-online = Online
channel-code = Cu un cod de vot
channel-paper = Pe hârtie, introdus de un facilitator
results-counted = Numărat pe
results-rule-explained-equal-shares = Numărat după metoda părților egale: fiecare votant primește o parte egală din bani și o cheltuiește doar pe proiectele pe care le-a ales. Un proiect câștigă când susținătorii lui îl pot plăti împreună; primul vine proiectul care îl costă cel mai puțin pe fiecare dintre ei.
results-rule-explained-greedy = Numărat după cele mai multe voturi: proiectele sunt luate în ordinea voturilor și fiecare este ales dacă mai încape în banii rămași.
results-rule-explained-phragmen = Numărat după metoda lui Phragmén: costul fiecărui proiect este împărțit cât mai egal între susținătorii lui, iar numărarea se oprește la primul proiect care nu încape.
results-rule-explained-max-welfare = Numărat ca setul de proiecte care încape în buget și are cei mai mulți bani aprobați.
results-chart-heading = Voturi pe proiect
results-chart-caption = Proiectele câștigătoare sunt desenate cu culoare închisă, celelalte cu culoare deschisă; numerele sunt și în tabelul de mai jos.
results-bar-label = { $title }: { $votes }
results-table-heading = Fiecare proiect și de ce a câștigat sau a pierdut
results-project = Proiect
results-cost = Cost
results-votes = Voturi
results-outcome = Rezultat
results-why = De ce
results-won = A câștigat
results-lost = A pierdut
fate-ranked-won = Locul { $rank }: când i-a venit rândul mai rămăseseră { $left }, destul ca să fie plătit.
fate-ranked-lost = Locul { $rank }: când i-a venit rândul mai rămăseseră doar { $left }, mai puțin decât costul lui.
fate-shared = Ales la pasul { $step }: l-au plătit { $payers } dintre susținători, câte { $share } fiecare ({ $all } dintre ei au plătit tot ce le mai rămăsese).
fate-supporters-short = Susținătorii lui mai aveau împreună doar { $held }, mai puțin decât costul lui.
fate-completed = Ales după metoda părților egale, după numărul de voturi: locul { $rank }, când mai rămăseseră { $left }.
fate-not-completed = Nu a fost ales: locul { $rank } după voturi, când mai rămăseseră doar { $left }.
fate-loaded = Ales la pasul { $step }.
fate-stopped-here = Nu a încăput în banii rămași, iar numărarea s-a oprit aici.
fate-not-reached = Numărarea s-a oprit înainte să-i vină rândul.
fate-optimal-won = Face parte din setul cu cei mai mulți bani aprobați.
fate-optimal-lost = Nu face parte din setul cu cei mai mulți bani aprobați.
fate-free = Gratuit și susținut, deci ales.
fate-unsupported = Nimeni nu a votat pentru el.
results-recount-heading = Renumără chiar tu
results-recount-explained = Buletinele de vot, fără niciun nume sau oră, sunt publicate în formatul Pabulib. Oricine le poate număra din nou cu Piazza sau cu alte instrumente și trebuie să găsească aceiași câștigători.
results-download = Descarcă buletinele de vot (Pabulib)
results-sha256 = Amprenta SHA-256 a fișierului:

## Coduri de vot și buletine pe hârtie

budget-codes-status = Coduri de vot tipărite: { $printed_shown }; folosite: { $used_shown }.
field-code-count = Câte coduri de vot să fie tipărite
hint-code-count = Codurile sunt arătate o singură dată, pentru tipărire: Piazza păstrează doar o amprentă a fiecăruia. De la 1 la 1.000.
budget-codes-submit = Tipărește coduri de vot
codes-title = Coduri de vot pentru „{ $budget }”
codes-print-now = Tipărește această pagină acum: codurile nu vor mai fi arătate. Fiecare cod permite un singur vot.
codes-how = Ca să votezi, deschide această adresă, scrie codul și alege proiectele. Codul funcționează o singură dată.
ballot-code-heading = Votează cu un cod
ballot-paper-heading = Introdu un buletin de vot pe hârtie
field-voting-code = Cod de vot
hint-voting-code = Cele douăsprezece litere și cifre tipărite pe bilețelul tău, de exemplu ABCD-EFGH-JKLM.
field-paper-reference = Numărul scris pe buletinul de vot pe hârtie
hint-paper-reference = Aceeași hârtie nu poate fi introdusă de două ori cu același număr.
ballot-code-submit = Trimite votul cu acest cod
ballot-paper-submit = Introdu acest buletin pe hârtie
ballot-vote-with-code = Votează cu un cod tipărit
ballot-enter-paper = Introdu buletine de vot pe hârtie
ballot-back-to-budget = Înapoi la buget
ballot-recorded-heading = Iată exact ce a fost înregistrat:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = Votul a fost înregistrat. Codul nu mai poate fi folosit.
paper-done-entered = Buletinul de vot pe hârtie a fost introdus.
error-code-required = Scrie codul de vot.
error-code-unknown = Acest cod nu există pentru acest buget. Verifică literele și cifrele.
error-paper-reference = Scrie numărul de pe hârtie, de cel mult 40 de caractere.
not-now-code-used = Acest cod a fost deja folosit: fiecare cod permite un singur vot.
not-now-paper-entered = Un buletin de vot pe hârtie cu acest număr a fost deja introdus.

## Cine poate vota, liste de evidență a populației și votări importate

not-now-needs-voter-details = Pentru acest buget trebuie să îți dai data nașterii sau zona înainte să votezi.
not-now-needs-census = Pentru acest buget trebuie să faci verificarea în lista de evidență a populației înainte să votezi.
not-now-too-young = Nu ai vârsta minimă pentru acest buget.
not-now-outside-districts = Acest buget este pentru locuitorii altor zone.
not-now-group-full = Ai votat deja în atâtea bugete din acest grup câte îi sunt permise unei persoane.
budget-who-may-vote = Cine poate vota
field-budget-min-age = Vârsta minimă (opțional)
hint-budget-min-age = În ani. Lasă gol dacă pot vota oameni de orice vârstă.
field-budget-census-only = Votanții trebuie să se verifice în lista de evidență a populației
hint-budget-census-only = Locuitorii conectați se verifică o singură dată cu numărul de identificare și data nașterii; codurile și buletinele pe hârtie se verifică la fața locului.
field-budget-districts = Locuitorii căror zone pot vota?
hint-budget-districts = Nu bifa nimic dacă poate vota orice locuitor.
field-budget-group = Grup de bugete (opțional)
hint-budget-group = Bugetele acestui proces care au același nume de grup au o limită comună: de exemplu „zone”, ca fiecare persoană să voteze în bugetul unei singure zone, la alegere.
field-budget-group-limit = În câte bugete din grup poate vota o persoană
hint-budget-group-limit = Un număr întreg; 1 dacă lași gol.
error-group-name = Scrie un nume de grup de cel mult 80 de caractere.
error-group-name-required = Spune numele grupului pentru care este limita.
budget-edit-title = Modifică „{ $title }”
budget-edit-submit = Salvează bugetul
budget-edit-link = Modifică bugetul
budget-edit-locked = S-a votat deja: acum se pot schimba doar titlul și descrierea, ca nicio regulă să nu se schimbe pe parcursul votului.
budget-done-changed = Bugetul a fost salvat.
field-project-district = Zona (opțional)
option-whole-community = Toată comunitatea
eligibility-min-age = Locuitori cu vârsta de cel puțin { $age } ani.
eligibility-districts = Locuitori din: { $districts }.
eligibility-census = Locuitori care s-au verificat în lista de evidență a populației.
eligibility-group = Acest buget face parte din grupul „{ $group }”: fiecare persoană poate vota în { $limit } dintre bugetele lui.
ballot-give-details = Completează-ți datele
results-districts-heading = Rezultate pe zone
results-district = Zona
results-district-projects = Proiecte finanțate
results-district-spent = Bani cheltuiți
results-whole-community = Toată comunitatea
results-district-funded = { $won } din { $of }
channel-imported = importat
budget-import-title = Importă o votare din trecut
budget-import-intro = Reia un buget participativ organizat în altă parte: un fișier Pabulib (formatul deschis pentru votările de buget participativ) devine un buget al acestui proces, cu proiectele și buletinele lui de vot, gata de numărat aici.
field-pabulib-file = Fișier Pabulib
hint-pabulib-file = Un fișier .pb cu secțiunile META, PROJECTS și VOTES. Sumele trebuie să fie unități întregi ale monedei.
budget-import-submit = Importă votarea
budget-done-imported = Votarea a fost importată. Numără voturile ca să vezi rezultatele.
error-pabulib-line = Fișierul nu poate fi citit la rândul { $line }. Verifică acel rând după formatul Pabulib.
error-pabulib-file = Fișierul nu este un fișier Pabulib cu proiecte și un buget.
error-pabulib-decimals = Fișierul are sume cu zecimale; bugetele de aici folosesc unități întregi ale monedei.
error-pabulib-too-many = Fișierul are prea multe buletine de vot: cel mult { $most }.
census-title = Lista de evidență a populației
census-intro = Încarcă lista persoanelor care pot vota, în format CSV: câte o persoană pe rând, cu un număr de identificare, o dată de naștere (AAAA-LL-ZZ) și, dacă vrei, numele zonei sale. Piazza păstrează doar o amprentă cu cheie a fiecărui număr de identificare și a fiecărei date de naștere, niciodată numerele înseși. O listă nouă o înlocuiește pe cea veche; persoanele care s-au verificat rămân verificate.
census-status = Înregistrări în listă: { $entries }; folosite pentru verificare: { $claimed }.
census-none = Încă nu a fost încărcată nicio listă de evidență a populației.
field-census-file = Lista de evidență a populației (CSV)
hint-census-file = De exemplu: AB1234567,1990-04-21,Centru
census-submit = Încarcă lista
census-done-loaded = Lista de evidență a populației a fost încărcată. Înregistrări: { $entries }.
error-census-line = Pe rândul { $line } trebuie să fie un număr de identificare și o dată de naștere scrisă AAAA-LL-ZZ.
error-census-district = Rândul { $line } numește o zonă pe care această comunitate nu o are.
error-census-too-long = Lista este prea lungă.
error-census-empty = Fișierul nu conține nicio persoană. Alege fișierul CSV al listei de evidență a populației.
voter-details-title = Datele tale pentru vot
voter-details-intro = Unele bugete sunt pentru locuitorii anumitor zone sau de o anumită vârstă. Ce dai aici este folosit doar ca să se verifice dacă poți vota; nu este arătat niciodată nimănui.
voter-details-verified = Lista de evidență a populației ți-a confirmat datele.
voter-details-declared = Ai declarat aceste date.
field-birth-date = Data nașterii
hint-birth-date = Scrisă AAAA-LL-ZZ, de exemplu 1990-04-21.
field-voter-district = Zona ta
voter-census-heading = Verificare în lista de evidență a populației
voter-census-intro = Scrie numărul de identificare și data nașterii așa cum le are primăria. Fiecare înregistrare din listă poate verifica un singur cont.
field-identity = Număr de identificare
hint-identity = Spațiile, cratimele și majusculele nu contează.
voter-census-submit = Verifică
voter-declare-heading = Declară-ți datele
voter-declare-intro = Pentru bugetele care nu cer lista de evidență a populației, este suficient să îți declari data nașterii și zona.
voter-declare-submit = Salvează-mi datele
error-identity-required = Scrie numărul tău de identificare.
error-birth-date = Scrie o dată de naștere reală, de forma AAAA-LL-ZZ.
error-census-none = Această comunitate nu are o listă de evidență a populației pentru verificare.
error-census-unknown = Nicio înregistrare din lista de evidență a populației nu are acest număr de identificare și această dată de naștere. Verifică-le pe amândouă sau întreabă la primărie.
error-census-used = Această înregistrare din lista de evidență a populației a verificat deja alt cont. Dacă nu ai fost tu, întreabă la primărie.
error-details-verified = Lista de evidență a populației ți-a confirmat datele; nu pot fi schimbate aici.
community-census-link = Lista de evidență a populației

## Ștergerea contului

account-erase-link = Șterge-mi contul
erase-title = Șterge-mi contul
erase-intro = Ștergerea contului nu poate fi anulată. Iată ce se întâmplă:
erase-goes = Numele, numele de utilizator, adresa de email, sesiunile, rolurile, urmăririle, susținerile și datele tale pentru vot sunt șterse imediat.
erase-stays = Propunerile și comentariile tale rămân vizibile, dar apar ca scrise de „un fost participant”.
erase-ballots = Voturile tale din bugetele participative rămân numărate, iar nimeni nu mai poate ști că au fost ale tale.
erase-meetings = Locurile tale la întâlnirile care urmează trec la următoarele persoane de pe lista de așteptare.
erase-final = Dacă vrei o copie a datelor tale, descarc-o mai întâi.
hint-erase-password = Scrie parola ca să confirmi că ești tu.
erase-submit = Șterge-mi contul definitiv
erase-done-title = Contul tău a fost șters
erase-done = Contul tău și tot ce te identifica au fost șterse. Îți mulțumim că ai participat.
erase-done-home = Înapoi la prima pagină
account-data-link = Vezi și descarcă datele tale
data-title = Datele tale
data-intro = Acestea sunt toate datele pe care Piazza le are despre tine. Descărcarea le cuprinde pe toate: un fișier JSON și câte un fișier CSV pentru fiecare tip de înregistrare, într-o arhivă zip.
data-download = Descarcă-mi datele (zip)
data-joined = Data înscrierii
data-everything = Ce se păstrează și cât
data-what = Ce
data-how-many = Câte
data-records = { $count ->
    [one] { $n } înregistrare
    [few] { $n } înregistrări
   *[other] { $n } de înregistrări
}
data-not-kept = Nu se păstrează: parola ta (doar o amprentă din care parola nu poate fi refăcută) și care buletin de vot a fost al tău, după ce votarea s-a încheiat.
data-profile = Profilul tău
data-sign-ins = Sesiuni de conectare
data-password-resets = Cereri de resetare a parolei
data-roles = Roluri în comunități
data-organisations = Organizațiile din care faci parte
data-proposals = Propunerile scrise de tine
data-proposal-versions = Versiunile propunerilor scrise de tine
data-co-authorships = Invitații de a fi coautor al unor propuneri
data-amendments = Amendamentele propuse de tine
data-comments = Comentariile scrise de tine
data-proposal-supports = Propunerile pe care le susții
data-comment-supports = Comentariile pe care le susții
data-meeting-registrations = Întâlnirile la care te-ai înscris
data-follows = Ce urmărești
data-notifications = Notificările tale
data-reports = Contribuțiile raportate de tine
data-blocks = Blocări date de moderatori
data-budget-votes = Bugetele în care ai votat
data-voting-details = Datele tale pentru vot
data-email = Adresa de email

## Consimțământ

account-consents-link = Consimțămintele tale
consents-title = Consimțămintele tale
consents-intro = Piazza te întreabă înainte să îți folosească datele pentru orice altceva în afară de ceea ce faci chiar tu. Fiecare răspuns este păstrat cu data și versiunea notei de informare pe care ai citit-o. Retragerea se face cu un singur clic, la fel ca acordarea.
consent-purpose-taking-part = Participare
consent-purpose-contact = Contactare
consent-purpose-demographics = Statistici despre cine participă
consent-purpose-research = Cercetare asupra contribuțiilor
consent-notice-taking-part = Piazza păstrează ce scrii, susții și votezi, împreună cu numele tău afișat, ca comunitatea ta să le poată vedea și să le poată răspunde. Îți poți șterge contul oricând.
consent-notice-contact = Piazza îți poate scrie prin email despre ce urmărești și despre procesele comunității tale. Tu hotărăști cât de des, din contul tău.
consent-notice-demographics = Dacă răspunzi la întrebări opționale despre tine (grupa de vârstă, genul, cartierul și altele asemenea), Piazza păstrează răspunsurile separat de numele tău și le folosește doar pentru a număra, în grupuri de cel puțin cinci persoane, cine participă și cine lipsește.
consent-notice-research = Cercetătorii pot studia contribuțiile tale, fără numele tău, ca să afle cum funcționează participarea. Nu se publică nimic care te-ar putea identifica.
consent-state-not-given = Nu ți-ai dat acest consimțământ.
consent-state-granted = Ți-ai dat acest consimțământ pe { $date }.
consent-state-withdrawn = Ți-ai retras acest consimțământ pe { $date }.
consent-state-asked-again = Nota de informare s-a schimbat de când ți-ai dat consimțământul: te rugăm să o citești din nou și să răspunzi. Până atunci, consimțământul nu se ia în calcul.
consent-grant = Sunt de acord
consent-withdraw = Îmi retrag consimțământul
consent-done-saved = Răspunsul tău a fost înregistrat.
consents-ledger-heading = Tot ce ai răspuns
consents-ledger-empty = Încă nu ai răspuns la nimic.
consents-when = Când
consents-purpose = Despre
consents-answer = Răspuns
consents-how = Cum
consents-version = Versiunea notei de informare
consents-basis = Temei legal
consent-granted = acord dat
consent-withdrawn = acord retras
consent-channel-online = online
consent-channel-paper = pe hârtie
consent-channel-phone = prin telefon
consent-channel-by = { $channel }, înregistrat de { $name }
legal-basis-consent = consimțământ (GDPR art. 6.1.a)
legal-basis-explicit-consent = consimțământ explicit (GDPR art. 9.2.a)
data-consents = Consimțămintele tale

## Evidența prelucrărilor

community-privacy-link = Cum sunt folosite datele tale
processing-title = Cum folosește { $community } datele personale
processing-intro = Această evidență a prelucrărilor este generată din ceea ce Piazza păstrează cu adevărat și din perioadele de păstrare ale acestei instanțe, așa că este mereu la zi.
processing-caption = Ce se păstrează, de ce și cât timp
processing-what = Ce
processing-why = De ce
processing-basis = Temei legal
processing-kept = Cât timp se păstrează
processing-who = Cine le poate vedea
processing-kept-days = { $count ->
    [one] { $n } zi
    [few] { $n } zile
   *[other] { $n } de zile
}
processing-account = Contul tău: numele de utilizator, numele afișat, adresa de email, limba și o amprentă a parolei tale
processing-account-why = Ca să te poți conecta și să participi sub un nume ales de tine
processing-contributions = Propuneri, comentarii, amendamente și procese-verbale ale întâlnirilor
processing-contributions-why = Participare publică: ca oricine să le poată citi, discuta și să le poată răspunde
processing-votes = Susțineri și buletine de vot pentru bugete
processing-votes-why = Ca să fie numărate
processing-meetings = Înscrieri la întâlniri și ce ai spus că îți trebuie ca să participi
processing-meetings-why = Pentru organizarea unor întâlniri la care poate participa oricine
processing-notifications = Notificările tale
processing-notifications-why = Ca să afli ce s-a întâmplat cu ce urmărești
processing-mail = Mesaje trimise către tine
processing-mail-why = Pentru livrarea notificărilor, a rezumatelor și a resetărilor de parolă și pentru o nouă încercare când livrarea eșuează
processing-security = Sesiuni și încercări de conectare eșuate
processing-security-why = Ca să protejeze conturile de cei care încearcă să ghicească parole
processing-eligibility = Lista de evidență a populației și datele tale pentru vot (data nașterii, zona)
processing-eligibility-why = Ca să se verifice cine poate vota într-un buget participativ
processing-consents = Consimțămintele tale și istoricul lor
processing-consents-why = Ca să se poată dovedi cu ce ai fost de acord și când
processing-moderation = Raportări și decizii de moderare
processing-moderation-why = Ca discuțiile să rămână respectuoase, în mod transparent
processing-kept-until-erased = Până îți ștergi contul
processing-kept-contributions = Cât timp procesul este public; dacă îți ștergi contul, ele rămân, fără numele tău
processing-kept-votes = Numărate definitiv; informația despre cine a votat se șterge când îți ștergi contul, iar legătura dintre tine și buletinul tău de vot se șterge când se închide votarea
processing-kept-meeting-needs = Nevoile tale: { $days } după întâlnire; înscrierea în sine: până îți ștergi contul
processing-kept-security = Sesiunile, până expiră; încercările de conectare eșuate, o zi
processing-kept-eligibility = Lista de evidență a populației, până este înlocuită, păstrată doar ca amprente cu cheie; datele tale, până îți ștergi contul
processing-kept-moderation = Cât timp există conținutul la care se referă; jurnalul public păstrează deciziile, niciodată cine a raportat
processing-who-you-and-operators = Tu și persoanele care administrează această instanță
processing-who-everyone = Toată lumea
processing-who-totals = Nimeni, individual: se publică doar totaluri
processing-who-organisers = Organizatorii întâlnirii din { $community }
processing-who-you = Doar tu
processing-who-operators = Persoanele care administrează această instanță, ca să rezolve problemele de livrare
processing-who-nobody = Nimeni: verificarea se face automat
processing-who-moderators = Moderatorii din { $community }
legal-basis-public-task = o sarcină de interes public (GDPR art. 6.1.e)
legal-basis-legitimate-interest = interes legitim pentru securitate (GDPR art. 6.1.f)
legal-basis-legal-obligation = o obligație legală (GDPR art. 6.1.c și 7.1)
processing-rights = Îți poți vedea și descărca datele, îți poți da și retrage consimțământul și îți poți șterge contul oricând.

## Declarația de accesibilitate și bariere

footer-accessibility = Declarația de accesibilitate și raportarea unei bariere
community-barriers-link = Bariere de accesibilitate raportate
accessibility-title = Declarația de accesibilitate
accessibility-commitment = Piazza este făcută astfel încât oricine să poată participa: de pe un telefon ieftin și cu o conexiune lentă, fără JavaScript, cu tastatura sau cu un cititor de ecran și într-o limbă care se scrie de la dreapta la stânga. Această declarație urmează Directiva UE privind accesibilitatea site-urilor web (2016/2102).
accessibility-status-heading = Cât de accesibilă este
accessibility-status = Piazza își propune să respecte Ghidurile de accesibilitate pentru conținutul web (WCAG) 2.2, la nivelul AA. Paginile enumerate mai jos sunt verificate automat; unele bariere pot fi găsite doar de oameni, așa că te rugăm să ne spui despre orice barieră întâlnești.
accessibility-how-heading = Cum este verificată
accessibility-how-axe = Fiecare pagină este verificată cu axe-core într-un browser real, după WCAG 2.2 AA, fără conectare și cu conectare pentru fiecare rol, într-o limbă scrisă de la stânga la dreapta și într-una scrisă de la dreapta la stânga.
accessibility-how-no-script = Fiecare pagină funcționează cu JavaScript dezactivat, inclusiv buletinele de vot și formularele.
accessibility-how-keyboard = Înregistrarea și conectarea sunt testate doar cu tastatura; focalizarea este mereu vizibilă.
accessibility-how-languages = Paginile sunt traduse în întregime; textul scris de oameni își păstrează propria limbă și direcție.
accessibility-limits-heading = Limite cunoscute
accessibility-limit-maps = Locurile sunt date ca adrese și coordonate; nu se desenează nicio hartă.
accessibility-limit-content = Ce scriu oamenii (propuneri, comentarii, imagini prin link) le aparține: poate să nu aibă descrieri pentru imagini sau un limbaj simplu. Rezumatele ușor de citit există acolo unde autorii le-au scris.
accessibility-enforcement-heading = Dacă răspunsul nu te mulțumește
accessibility-enforcement = Dacă răspunsul la o raportare nu te mulțumește, te poți adresa organismului de control din țara ta pentru Directiva privind accesibilitatea site-urilor web (în Italia, AgID).
barrier-heading = Raportează o barieră
barrier-intro = Spune-ne ce te-a oprit sau ce ți-a îngreunat lucrurile. Raportarea ta ajunge la administratorii comunității pe care o alegi sau la cei ai acestei instanțe.
field-barrier-page = Pagina (opțional)
hint-barrier-page = Adresa ei sau cum se numea.
field-barrier-description = Ce nu a mers?
hint-barrier-description = Ce ai încercat să faci și ce s-a întâmplat. Dacă vrei, menționează dispozitivul sau tehnologia de asistare pe care o folosești.
field-barrier-community = Ce comunitate privește?
option-barrier-instance = Niciuna anume
field-barrier-contact = Cum îți putem răspunde? (opțional)
hint-barrier-contact = O adresă de email sau un număr de telefon. Lasă gol ca să raportezi anonim.
barrier-submit = Trimite raportarea
barrier-done-reported = Mulțumim: raportarea ta a fost trimisă administratorilor.
error-barrier-page = Scrie adresa sau numele paginii, în cel mult 500 de caractere.
error-barrier-description-required = Descrie ce nu a mers.
error-barrier-contact = Scrie o adresă sau un număr, în cel mult 200 de caractere.
barrier-reports-title = Bariere de accesibilitate raportate
barrier-reports-none = Nimeni nu a raportat o barieră în această comunitate.
barrier-reports-contact = Răspuns către:

## Preferințe de afișare

footer-display = Preferințe de afișare
display-heading = Preferințe de afișare
display-intro = Alege cum sunt afișate paginile. Dacă te-ai conectat, alegerea ta este reținută în contul tău; altfel, o reține acest browser.
display-legend = Afișează paginile cu
display-preference-large-text = text mai mare
display-preference-high-contrast = contrast mai puternic
display-preference-reduced-motion = fără mișcare
display-submit = Salvează preferințele de afișare

## Reprezentativitate: ce spun oamenii despre ei înșiși și cine participă.
age-band-under-16 = Sub 16 ani
age-band-16-24 = 16–24 de ani
age-band-25-44 = 25–44 de ani
age-band-45-64 = 45–64 de ani
age-band-65-plus = 65 de ani și peste
gender-woman = Femeie
gender-man = Bărbat
gender-another = Alt gen
about-you-title = Despre tine
about-you-link = Spune-ne despre tine
about-you-intro = Aceste întrebări ajută comunitatea ta să vadă cine participă și cine lipsește, ca să poată merge să-i întrebe și pe aceștia. Toate întrebările sunt opționale.
about-you-age-band = Vârsta ta
about-you-gender = Genul tău
about-you-neighbourhood = Unde locuiești
about-you-prefer-not-to-say = Prefer să nu spun
about-you-no-answer = Fără răspuns
about-you-submit = Salvează-mi răspunsurile
about-you-done-saved = Răspunsurile tale au fost salvate.
about-you-withdraw = Retrage-ți consimțământul: răspunsurile tale vor fi șterse imediat.
about-you-needs-consent = Nu ți-ai dat consimțământul pentru aceste întrebări, așa că nu ți se pune niciuna.
about-you-give-consent = Dă-ți sau retrage-ți consimțământul
error-demographics-consent = Aceste răspunsuri pot fi păstrate doar cu consimțământul pentru întrebările despre propria persoană.
representation-link = Cine participă
representation-process-link = Cine participă la acest proces
representation-title = Cine participă în { $community }
representation-title-process = Cine participă la { $process }
representation-intro = Persoanele care au participat, grup cu grup, comparate cu oamenii care locuiesc aici. La întrebări răspund doar persoanele care și-au dat consimțământul; grupurile cu mai puțin de cinci persoane nu sunt arătate niciodată.
representation-participants = Persoane care au participat: { $people }.
representation-too-few = Până acum au participat mai puțin de cinci persoane: încă nu se poate arăta nimic.
representation-no-reference = Comunitatea nu și-a introdus încă populația, așa că ratele de participare nu pot fi calculate.
representation-caption = Participarea pe grupuri: { $question }
representation-group = Grup
representation-people = Persoane care au participat
representation-reference-share = Procent din populație
representation-rate = La 10.000 de locuitori
representation-relative = Față de grupul care participă cel mai mult
representation-hidden = mai puțin de 5
representation-not-answered = Nu au răspuns
representation-under-represented = subreprezentat
representation-percent = { $n } %
representation-score = Scor de reprezentativitate: { $score } (rata grupului care participă cel mai puțin împărțită la rata grupului care participă cel mai mult; 100 % înseamnă că toate grupurile participă în aceeași măsură).
representation-score-partial = Grupurile prea mici pentru a fi arătate nu sunt luate în calcul.
representation-furthest-behind = Grupul care participă cel mai puțin este „{ $group }”: { $rate } la 10.000 de locuitori, față de { $best } la grupul care participă cel mai mult.
representation-outreach-age-band = Sugestie: mergi acolo unde se află deja persoanele din grupa de vârstă „{ $group }” (școli, cluburi, centre de zi, piețe) și oferă, pe lângă site, și hârtia și telefonul.
representation-outreach-gender = Sugestie: întreabă persoanele din grupul „{ $group }” ce le ține departe; organizează întâlniri la alte ore, cu supraveghere pentru copii, și înregistrează-le părerile pe hârtie sau prin telefon.
representation-outreach-neighbourhood = Sugestie: organizează un stand în stradă sau un atelier în { $group } și înregistrează ce spun oamenii acolo cu formularul pentru facilitatori.
representation-outreach-community = Sugestie: colaborează cu organizațiile în care au încredere persoanele din grupul „{ $group }” și lasă facilitatorii să le adune părerile acolo unde se întâlnesc.
representation-method = Cum se numără: o persoană participă dacă face propuneri, comentează, susține, se înscrie la o întâlnire sau votează. Când un grup este ascuns, se ascunde și o a doua celulă, ca cea ascunsă să nu poată fi dedusă din total.
representation-csv = Descarcă în format CSV
representation-setup-link = Populație și întrebări
representation-setup-title = Populație și întrebări
representation-setup-done = Salvat.
reference-heading = Populația
reference-intro = Introdu câți locuitori aparțin fiecărui grup, după recensământ sau după evidența populației. Lasă un grup gol dacă nu știi.
reference-submit = Salvează populația
error-reference-people = Scrie un număr întreg de persoane sau lasă câmpul gol.
question-heading = O întrebare proprie
question-intro = Întreabă despre ceva în privința căruia comunitatea ta vrea să ajungă mai bine la oameni, de exemplu originea din altă țară sau o dizabilitate. Oamenii pot alege oricând să nu răspundă.
field-question-label = Întrebarea
hint-question-label = De exemplu: Te-ai născut în altă țară?
field-question-options = Răspunsurile, câte unul pe rând
hint-question-options = Între 2 și 12 răspunsuri.
question-submit = Adaugă întrebarea
error-question-options = Scrie între 2 și 12 răspunsuri diferite, câte unul pe rând, fiecare sub 100 de caractere.
channels-heading = Cum au sosit contribuțiile
channels-caption = Contribuții pe canale
channels-channel = Canal
channels-proposals = Propuneri
channels-comments = Comentarii
channels-supports = Susțineri
channels-total = Total
contribution-channel-online = Online
contribution-channel-paper = Pe hârtie
contribution-channel-phone = Prin telefon
contribution-channel-workshop = La un atelier
contribution-channel-street-stand = La un stand în stradă

## Modul facilitator: contribuții înregistrate în numele cuiva.
assisted-link = Înregistrează în numele cuiva
assisted-title = Înregistrează o contribuție în numele cuiva
assisted-intro = Notează ce a spus o persoană la un atelier, la un stand în stradă, pe hârtie sau prin telefon. Persoana primește o recipisă cu un cod, ca să găsească mai târziu contribuția în propriul cont, dacă vrea să aibă unul.
assisted-person-heading = Persoana
assisted-adding-for = Se adaugă la recipisa pentru { $name }.
field-assisted-name = Nume sau inițiale
hint-assisted-name = Așa cum vrea persoana să apară lângă ce a spus. Inițialele sunt suficiente.
field-assisted-channel = Cum a fost strânsă
field-assisted-event = Unde și când
hint-assisted-event = De exemplu: stand în stradă, piața de sâmbătă, Piazza Grande
field-assisted-consents = Cu ce a fost de acord persoana
hint-assisted-consents = Bifează doar ce a bifat persoana pe formularul pe hârtie sau ce a acceptat la telefon după ce a ascultat nota de informare. Pentru a păstra ce a spus este nevoie de acordul pentru participare.
error-assisted-taking-part = Persoana trebuie să fie de acord cu participarea înainte ca ce a spus să poată fi păstrat.
error-event-required = Scrie unde și când a fost strânsă.
error-event-length = Păstrează textul sub 150 de caractere.
assisted-about-heading = Întrebări despre persoană (opțional)
assisted-contribution-heading = Ce a spus persoana
field-assisted-kind = Tipul contribuției
assisted-kind-proposal = O propunere nouă
assisted-kind-comment = Un comentariu la o propunere
assisted-kind-support = Susținerea unei propuneri
field-assisted-proposal = Care propunere
hint-assisted-proposal = Pentru un comentariu sau o susținere.
assisted-proposal-option = Nr. { $number }:
field-assisted-stance = Pentru un comentariu: poziția persoanei
hint-assisted-title = Pentru o propunere nouă.
field-assisted-body = Cu cuvintele persoanei
hint-assisted-body = Pentru o propunere nouă sau un comentariu.
assisted-submit = Înregistrează
receipt-title = Recipisă
receipt-recorded = S-a înregistrat. Dă-i persoanei această recipisă, tipărită sau copiată de mână.
receipt-for = Recipisă pentru { $name }
receipt-process = Proces
receipt-date = Data
receipt-about = Despre
receipt-code-label = Codul tău:
receipt-how-to-claim = Ca să găsești ce ai spus în propriul cont: conectează-te la Piazza (sau creează un cont), deschide „Preia ce s-a înregistrat în numele tău” și scrie acest cod.
receipt-code-once = Acest cod este arătat doar acum. Păstrează-l în siguranță: oricine îl are poate prelua aceste contribuții.
receipt-same-code = Această contribuție a fost adăugată la recipisa anterioară a persoanei: se preia cu același cod.
receipt-another-same = Înregistrează altceva pentru aceeași persoană
receipt-another-person = Înregistrează pentru altcineva
paper-form-link = Formular pe hârtie, de tipărit
paper-form-title = Formular pe hârtie: { $process }
paper-form-intro = Completează acest formular și dă-l unui facilitator din { $community }. Îl va introduce exact așa cum l-ai scris și îți va da o recipisă.
paper-form-print = Tipărește această pagină cu comanda de tipărire a browserului tău.
paper-form-you = Despre tine
paper-form-consents = Bifează ce accepți. Pentru ca ce scrii să fie păstrat este nevoie de acordul pentru participare.
paper-form-say = Ce vrei să spui
paper-form-support-numbers = Numerele propunerilor pe care le susții
paper-form-comment-number = Numărul propunerii pe care o comentezi
paper-form-proposals = Propunerile de până acum
paper-form-receipt = Vei primi o recipisă cu un cod: cu el vei putea găsi mai târziu ce ai spus în propriul cont.
claim-title = Preia ce s-a înregistrat în numele tău
claim-link = Preia ce s-a înregistrat în numele tău
claim-intro = Dacă un facilitator ți-a înregistrat propunerile, comentariile sau susținerile și ți-a dat o recipisă, scrie aici codul de pe ea: totul devine al tău, cu consimțămintele tale.
field-claim-code = Codul de pe recipisa ta
hint-claim-code = Douăsprezece litere și cifre, de exemplu ABCD-EFGH-JKLM.
claim-submit = Preia
error-claim-code-required = Scrie codul de pe recipisa ta.
error-claim-code-unknown = Nicio recipisă nu are acest cod sau codul a fost deja folosit. Verifică literele și cifrele.

## Reprezentativitate și modul facilitator în datele proprii și în evidența prelucrărilor.
data-about-you = Răspunsurile tale despre tine
processing-demographics = Răspunsurile tale despre tine (grupa de vârstă, genul, cartierul și întrebările proprii ale comunității)
processing-demographics-why = Ca să se numere cine participă și cine lipsește, pentru ca comunitatea să poată ajunge la cei care lipsesc
processing-kept-demographics = Până îți retragi consimțământul sau îți ștergi contul; oricare dintre ele le șterge imediat
processing-assisted = Contribuții și consimțăminte înregistrate de un facilitator pentru o persoană care a participat pe hârtie, prin telefon, la un atelier sau la un stand în stradă
processing-assisted-why = Ca persoanele fără cont să poată participa și să găsească mai târziu ce au spus
processing-kept-assisted = Până sunt preluate cu codul de pe recipisă, apoi ca propriile tale contribuții; codul în sine este păstrat doar ca amprentă
processing-who-facilitators = Facilitatorii din { $community } și, pentru ce este public, toată lumea
representation-share-of-all = Procent din toți participanții

## Canale pe pagina procesului, consimțăminte la înregistrare, varianta ușor de citit la alegerea cititorului.
channels-count = { $channel }: { $count }
register-consents = Cu ce ești de acord (poți schimba asta oricând în contul tău)
display-preference-easy-read = versiunile ușor de citit mai întâi, acolo unde există
easy-read-full-text = Textul complet
easy-read-choose = Afișează întotdeauna mai întâi versiunile ușor de citit
easy-read-write = Scrie versiunea ușor de citit
easy-read-save = Salvează versiunea ușor de citit
notice-easy-read = Versiunea ușor de citit a fost salvată.
consents-asked-again-account = O notă de informare cu care ai fost de acord s-a schimbat: citește-o din nou și dă-ți răspunsul.

## Modul facilitator: când nu se poate înregistra nimic și după preluare.
assisted-nothing-now = Acum nu se poate înregistra nimic în acest proces: etapa lui actuală nu acceptă nici propuneri, nici comentarii, nici susțineri.
claim-done-all = Tot ce s-a înregistrat în numele tău este acum în contul tău: propunerile, comentariile, susținerile și consimțămintele tale.

## Urmărirea angajamentelor: ce s-a hotărât, urmărit până la realizare.
result-status-planned = Planificat
result-status-in-progress = În desfășurare
result-status-done = Realizat
result-status-cancelled = Anulat
process-see-results = { $count ->
    [0] Ați spus, am făcut
    [one] Ați spus, am făcut: { $n } rezultat
    [few] Ați spus, am făcut: { $n } rezultate
   *[other] Ați spus, am făcut: { $n } de rezultate
}
accountability-title = Ați spus, am făcut: { $process }
results-intro = Ce s-a angajat autoritatea publică să realizeze după acest proces și cât de departe a ajuns fiecare lucru. Fiecare rezultat trimite la propunerile și proiectele din care provine.
results-none = Încă nu a fost înregistrat niciun rezultat.
result-new-title = Înregistrează un rezultat
result-new-submit = Înregistrează rezultatul
result-progress = Progres
result-progress-derived = media părților sale
result-parts = Părțile sale
result-comes-from = Provine din
result-timeline = Ce s-a întâmplat
result-no-updates = Încă nicio actualizare.
result-update-heading = Adaugă o actualizare
result-update-submit = Adaugă actualizarea
result-done-updated = Actualizarea a fost adăugată.
result-fate-heading = Ce s-a ales de el
field-result-description = Ce va fi realizat
field-result-parent = Face parte din
hint-result-parent = Un rezultat poate face parte dintr-unul mai mare, al cărui progres este atunci media părților sale.
field-result-status = Stare
field-result-progress = Progres, în procente
hint-result-progress = Un număr întreg de la 0 la 100. Un rezultat realizat contează ca 100.
field-result-starts = Începe pe
field-result-ends = Se încheie pe
hint-date = De exemplu 2027-03-31.
field-result-planned = Bani planificați
field-result-spent = Bani cheltuiți
hint-result-money = O sumă întreagă, fără monedă.
field-result-proposals = Propunerile din care provine
field-result-projects = Proiectele din buget din care provine
field-result-update = Ce s-a întâmplat
field-cancel-reason = De ce a fost anulat
hint-cancel-reason = Necesar când starea este „Anulat”: oamenii citesc motivul lângă rezultat.
error-result-number = Scrie un număr întreg din intervalul dat sau lasă câmpul gol.
error-cancel-reason = Spune de ce a fost anulat.
error-update-required = Scrie ce s-a întâmplat.

## Date deschise: descărcări și API-ul de citire.
footer-open-data = Date deschise
open-data-link = Date deschise: descarcă datele acestei comunități
open-data-title = Date deschise
open-data-title-community = Date deschise pentru { $community }
open-data-intro = Tot ce este public aici poate fi descărcat și refolosit: în format CSV pentru foi de calcul, în JSON și în GeoJSON pentru hărți, acolo unde lucrurile au un loc. Fiecare fișier conține mereu cele mai noi date.
open-data-licence = Licență: { $licence }. Când refolosești datele, menționează de unde provin.
open-data-caption = Fișierele, câte unul pentru fiecare tip de conținut
open-data-what = Ce
open-data-files = Fișiere
open-data-datapackage = Descrierea fiecărui fișier și a fiecărui câmp (datapackage.json)
open-data-api = API-ul de citire, descris în OpenAPI
open-data-privacy = Nu se publică nicio dată personală: nicio adresă de email, niciun răspuns la întrebările despre propria persoană, în afară de totaluri de cinci sau mai multe, nimic din ce a fost ascuns prin moderare, iar persoanele care și-au șters contul apar ca nimeni.

## Date deschise: numele seturilor de date și catalogul DCAT

open-data-resource-communities = Comunități
open-data-about-communities = Orașe, comune, sate, cartiere și regiuni care organizează procese participative.
open-data-resource-organisations = Organizații
open-data-about-organisations = Instituții publice, universități, firme și societatea civilă care participă.
open-data-resource-processes = Procese
open-data-about-processes = Procese participative: o întrebare adresată locuitorilor, în etape.
open-data-resource-proposals = Propuneri
open-data-about-proposals = Propunerile făcute de locuitori în procese, cu starea lor și răspunsul oficial.
open-data-resource-comments = Comentarii
open-data-about-comments = Comentarii la procese și la propuneri, cu poziția exprimată.
open-data-resource-meetings = Întâlniri
open-data-about-meetings = Întâlniri față în față, online sau hibride, cu procesul-verbal, după ce au avut loc.
open-data-resource-budgets = Bugete participative
open-data-about-budgets = Bugete participative: bani despre care locuitorii hotărăsc prin vot.
open-data-resource-projects = Proiecte din bugetele participative
open-data-about-projects = Proiecte din bugetele participative, cu verificarea lor și, după numărare, voturile primite.
open-data-resource-results = Rezultate
open-data-about-results = Ce s-a angajat autoritatea publică să realizeze și cât de departe a ajuns.
open-data-resource-moderation-log = Jurnalul de moderare
open-data-about-moderation-log = Fiecare decizie de moderare, așa cum o arată jurnalul public, fără să se arate cine a raportat.
open-data-catalog = Catalogul acestor seturi de date, în DCAT-AP 3:
catalog-title = Date deschise Piazza
catalog-description = Tot ce este public în comunitățile acestei instanțe Piazza, de la ce au propus și au discutat locuitorii până la ce s-a hotărât și s-a realizat, ca fișiere de descărcat și printr-un API de citire.
catalog-publisher = Piazza pe { $host }
catalog-everywhere = toate comunitățile
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = Un tabel pentru foi de calcul, câte un rând pentru fiecare element. Celulele pe care o foaie de calcul le-ar citi ca formulă sunt protejate.
catalog-distribution-json = O listă de obiecte, câte unul pentru fiecare element, cu aceleași câmpuri ca tabelul.
catalog-distribution-geojson = Elementele care au un loc, ca puncte pe o hartă.
catalog-api-title = API-ul de citire Piazza
catalog-api-description = Tot ce este public în fiecare comunitate, pagină cu pagină, cu filtrare după comunitate și după dată. Descris în OpenAPI 3.1.
catalog-keyword-participation = participare
catalog-keyword-open-government = guvernare deschisă

## Sesizări către servicii: probleme semnalate, cereri, evaluări și indicatori

request-status-open = Semnalată
request-status-acknowledged = Văzută de funcționari
request-status-in-progress = În lucru
request-status-closed = Închisă
attribute-type-text = Text mai lung
attribute-type-string = Text scurt
attribute-type-number = Număr
attribute-type-datetime = Dată
attribute-type-singlevaluelist = O singură variantă dintr-o listă
attribute-type-multivaluelist = Mai multe variante dintr-o listă
report-channel-web = pe acest site
report-channel-open311 = printr-o altă aplicație (Open311)
notification-request-updated = Sesizarea ta „{ $title }” este acum: { $detail }
data-service-requests = Problemele semnalate de tine
data-ratings = Evaluările tale
problem-report-link = Semnalează o problemă
problem-report-title = Semnalează o problemă în { $community }
problem-report-intro = Ceva stricat, murdar sau care încurcă? Spune-le celor care se ocupă de asta. Poți urmări ce se întâmplă cu sesizarea ta și poți evalua rezultatul după ce problema este rezolvată.
problem-report-sign-in-first = Conectează-te ca să semnalezi o problemă aici.
problem-report-no-services = Aici nu se poate semnala încă niciun tip de problemă.
problem-report-choose = Ce fel de problemă este?
problem-report-form-title = Sesizare: { $service }
problem-report-public-notice = Sesizarea ta și locul sunt publice, ca să vadă și alții că problema este cunoscută. Numele tău și datele tale de contact nu sunt arătate niciodată.
problem-report-submit = Trimite sesizarea
field-request-description = Care este problema?
hint-request-description = Spune ce vezi și unde anume. Cel mult 4.000 de caractere.
field-request-address = Unde este?
hint-request-location = O adresă sau o descriere a locului. Dă o adresă, un punct pe hartă sau amândouă.
field-request-email = Emailul tău (opțional)
hint-request-email = Doar ca să afli o dată ce s-a făcut; este uitat când sesizarea ta este închisă și nu este arătat niciodată.
field-optional-mark = (opțional)
hint-attribute-number = Un număr, de exemplu 3 sau 2,5.
error-request-location = Spune unde este problema: dă o adresă sau un punct pe hartă.
error-request-description-length = Descrierea trebuie să aibă cel mult 4.000 de caractere.
error-attribute-required = Răspunde la această întrebare.
error-attribute-number = Introdu un număr, de exemplu 3 sau 2,5.
error-attribute-datetime = Introdu o dată ca 2026-03-31.
requests-link = Probleme semnalate
requests-title = Probleme semnalate în { $community }
requests-intro = Toate problemele semnalate aici, cele mai noi primele, cu ce au făcut funcționarii în privința lor. Cine le-a semnalat nu este arătat niciodată.
requests-none = Nu a fost semnalată nicio problemă care să corespundă.
option-all = Toate
field-request-status = Stare
field-request-service = Tipul problemei
request-title = Problemă semnalată: { $service }
request-done-reported = Mulțumim: sesizarea ta a fost trimisă. O poți urmări pe această pagină.
request-done-updated = Starea a fost actualizată, iar persoana care a făcut sesizarea a fost anunțată.
request-reported-on = Semnalată
field-request-expected = Termen estimat de rezolvare
request-expected-by = rezolvare estimată până la { $date }
request-no-updates = Funcționarii nu au scris încă nimic despre ea.
request-update-heading = Actualizează starea
field-request-note = Notă publică
hint-request-note = Ce s-a făcut sau se va face. Persoana care a făcut sesizarea primește această notă.
error-request-note-required = Scrie o notă pentru persoana care a făcut sesizarea.
field-request-expected-optional = Termen estimat de rezolvare (opțional)
request-update-submit = Actualizează și anunță autorul sesizării
request-mail-subject = Sesizarea ta despre { $service }: { $status }
request-mail-body = Sesizarea ta este acum: { $status }.

    { $note }

    O poți vedea aici: { $link }
rating-heading = Cum a mers?
rating-summary = Evaluare medie: { $average } din 5. Evaluări: { $count }.
rating-none = Încă nu există nicio evaluare.
rating-comments-heading = Ce au scris locuitorii
rating-question = Cum apreciezi ce s-a făcut?
rating-change = Schimbă-ți evaluarea
rating-score-1 = 1: foarte nesatisfăcător
rating-score-2 = 2: nesatisfăcător
rating-score-3 = 3: nici satisfăcător, nici nesatisfăcător
rating-score-4 = 4: satisfăcător
rating-score-5 = 5: foarte satisfăcător
field-rating-comment = Comentariu (opțional)
hint-rating-comment = Îl citesc funcționarii care răspund de asta; nu este arătat altora. Cel mult 1.000 de caractere.
rating-submit = Trimite evaluarea
rating-sign-in = Conectează-te ca să evaluezi
rating-done = Mulțumim pentru evaluare.
error-rating-score = Alege un punctaj de la 1 la 5.
error-rating-not-yet = Evaluarea este posibilă după închidere sau după realizare.
indicators-link = Cât de bine sunt rezolvate problemele?
indicators-title = Indicatorii serviciilor din { $community }
indicators-intro = Cât de repede sunt rezolvate problemele semnalate și cât de mulțumiți sunt locuitorii, pe tipuri de probleme, pe cartiere și lună de lună. Cifrele sunt recalculate de fiecare dată din toate sesizările și evaluările, așa că istoricul se păstrează.
indicators-contents = Pe această pagină
indicators-by-service = Pe tipuri de probleme
indicators-by-neighbourhood = Pe cartiere
indicators-by-month = Lună de lună
indicators-chart-rating = Barele arată evaluarea medie, de la 1 la 5. Tabelul de mai jos dă toate cifrele.
indicators-chart-days = Barele arată numărul median de zile în care au fost închise problemele închise în acea lună. Tabelul de mai jos dă toate cifrele.
indicators-table-caption = Cifre: { $what }
indicators-name = Denumire
indicators-requests = Semnalate
indicators-closed = Închise
indicators-median-days = Zile până la închidere (mediana)
indicators-average-rating = Evaluare medie
indicators-ratings = Evaluări
indicators-no-neighbourhood = Fără cartier indicat
indicators-month = { $month } { $year }
indicators-results = Evaluări ale celor realizate
indicators-method = Mediana este valoarea din mijloc: jumătate dintre probleme au durat mai puțin, jumătate mai mult. O lună numără problemele semnalate, închise și evaluate în cursul ei.
services-admin-link = Tipuri de probleme
services-admin-title = Tipuri de probleme pe care locuitorii le pot semnala în { $community }
services-admin-intro = Fiecare tip de problemă își poate pune propriile întrebări. Alte aplicații le văd prin API-ul Open311.
services-anonymous-heading = Sesizări fără cont
services-anonymous-on = Persoanele fără cont pot semnala probleme aici, pe acest site și prin alte aplicații.
services-anonymous-off = Doar persoanele conectate pot semnala probleme aici; alte aplicații nu pot trimite sesizări.
services-anonymous-allow = Permite sesizările fără cont
services-anonymous-stop = Cere conectarea
services-list-heading = Tipuri de probleme
services-questions = Întrebări
services-offered = Disponibil
services-offered-yes = Disponibil
services-offered-no = Retras
services-retire = Retrage
services-offer-again = Oferă din nou
services-new-heading = Adaugă un tip de problemă
field-service-name = Nume
field-service-code = Cod
hint-service-code = Litere mici, cifre și cratime, de exemplu gropi. Este publicat după adresa comunității, drept cod de serviciu Open311.
field-service-description = Descriere
field-service-group = Grup (opțional)
hint-service-group = Tipurile de probleme din același grup sunt arătate împreună, de exemplu Drumuri.
field-service-keywords = Cuvinte-cheie (opțional)
hint-service-keywords = Cuvinte pe care oamenii le-ar putea căuta, separate prin virgule.
services-create-submit = Adaugă
error-service-code = Folosește litere mici, cifre și cratime, cel mult 40.
error-service-code-taken = Acest cod este deja folosit.
services-no-questions = Nu pune alte întrebări în afară de descriere și loc.
services-required = obligatorie
services-new-question = Adaugă o întrebare
field-attribute-question = Întrebare
field-attribute-code = Cod
hint-attribute-code = Litere mici, cifre și liniuțe de subliniere, de exemplu dimensiune. Alte aplicații trimit răspunsurile sub acest nume.
field-attribute-type = Tipul răspunsului
field-attribute-values = Variante (pentru o listă)
hint-attribute-values = O variantă pe rând, cel puțin două.
field-attribute-required = Răspunsul este obligatoriu
services-add-question = Adaugă întrebarea
error-attribute-code = Folosește litere mici, cifre și liniuțe de subliniere, cel mult 40.
error-attribute-code-taken = Acest cod de întrebare este deja folosit pentru acest tip de problemă.
error-attribute-values = Dă cel puțin două variante diferite, câte una pe rând.

## Date deschise: raportări de probleme și evaluări

open-data-resource-service-requests = Probleme raportate
open-data-about-service-requests = Problemele raportate de locuitori serviciilor unei comunități și ce s-a întâmplat cu ele; niciodată cine le-a raportat.
open-data-resource-ratings = Evaluări
open-data-about-ratings = Evaluările date de locuitori raportărilor închise și rezultatelor realizate, de la 1 la 5; niciodată cine a evaluat sau ce a scris.
catalog-open311-title = API-ul Open311 GeoReport v2 Piazza
catalog-open311-description = Raportarea unei probleme către serviciile unei comunități și urmărirea a ceea ce se întâmplă cu ea, din orice aplicație compatibilă cu Open311 GeoReport v2.

indicators-download = Descarcă toate cifrele în format CSV

## Schimb de practici: fișe de caz

footer-cases = Practici din care putem învăța
cases-title = Practici din care putem învăța
cases-intro = Practici pe care le-au pus în aplicare comunitățile, descrise astfel încât alții să le poată judeca și să le aplice la rândul lor: ce s-a făcut, pentru cine, cu ce cost și ce a ieșit din ele.
case-new-in = Descrie o practică din { $community }
cases-filter-heading = Găsește o practică
cases-words = Cuvinte
cases-population = Populație
cases-cost = Cost (demarare și funcționare)
cases-with-evidence = Doar practici cu rezultate măsurate
cases-found = { $count ->
    [0] Nu s-a găsit nicio practică
    [one] { $n } practică
    [few] { $n } practici
   *[other] { $n } de practici
}
cases-none = Nicio practică nu se potrivește. Încearcă mai puține filtre.
case-where = Unde
case-source-process = Desfășurată pe Piazza
case-source-process-link = Vezi procesul
case-who = Cine
case-how = Cum
case-what = Ce
case-outcomes = Rezultate
case-no-outcomes = Nu a fost măsurat niciun rezultat.
case-outcomes-caption = Rezultate măsurate
case-learned = Ce s-a învățat
case-steps = Pașii pentru a o reproduce
case-contact-and-licence = Contact și licență
case-written = Descrisă pe
case-new-intro = Descrie practica astfel încât o altă comunitate să poată hotărî dacă i se potrivește și să o poată pune în aplicare: cine a participat, cum, cât a costat și ce a realizat. Toate câmpurile, în afară de titlu, rezumat, domeniul de politică publică și contact, pot rămâne goale.
case-prefilled-from = Completat pe baza procesului „{ $process }”: verifică fiecare câmp înainte de a salva.
case-from-process = Descrie acest proces ca practică
case-partner-row = Partener { $n }
case-outcome-row = Rezultat { $n }
case-create-submit = Publică practica
case-prefill-phase = { $phase }: de la { $from } până la { $to }
case-prefill-channels = Contribuții pe canale: { $channels }.
case-prefill-measured = Progres înregistrat de funcționari în evidența rezultatelor.
field-case-summary = Rezumat în cuvinte simple
hint-case-summary = Două sau trei propoziții pe care le poate înțelege oricine. Cel mult 2.000 de caractere.
field-case-problem = Problema la care a răspuns
field-case-policy-area = Domeniu de politică publică
field-case-target-group = Oamenii la care voia să ajungă
field-case-inclusion = Cum au fost incluși oamenii la care se ajunge cel mai greu
hint-case-inclusion = Canale, locuri, limbi, ajutorul oferit.
field-case-participants = Număr de participanți
field-case-lead = Organizație coordonatoare
field-case-partner = Organizație
field-case-partner-role = Rolul ei
field-case-method = Metodă
hint-case-method = Pașii sau etapele, câte unul pe rând.
field-case-technology = Tehnologie folosită
field-case-setup-cost = Cost de demarare
field-case-running-cost = Cost de funcționare
hint-case-money = În unități întregi ale monedei, de exemplu 12000.
field-case-currency = Moneda
hint-case-currency = Trei litere, de exemplu RON.
field-case-staff = Personal implicat
field-case-volunteers = Voluntari implicați
field-case-funding = Surse de finanțare
hint-case-outcomes = Fiecare rezultat cu indicatorul său: ce s-a măsurat, în ce unitate, de la ce valoare s-a pornit, ținta și ce s-a realizat.
field-outcome-name = Indicator
field-outcome-unit = Unitate
field-outcome-baseline = Valoare de pornire
field-outcome-target = Țintă
field-outcome-achieved = Realizat
field-outcome-period = Perioadă
field-outcome-measured = Cum a fost măsurat
field-case-conditions = Condiții de reușită
field-case-legal = Cerințe legale
field-case-risks = Riscuri și eșecuri
field-case-lessons = Lecții învățate
hint-case-steps = Câte un pas pe rând, în ordine.
field-case-contact = Contact (un rol, nu o persoană)
hint-case-contact = De exemplu: Biroul de participare publică, Primăria Lorenza.
field-case-licence = Licența acestei descrieri
hint-case-licence = Un identificator SPDX, de exemplu CC-BY-4.0.
error-case-number = Introdu un număr întreg, zero sau mai mare, de exemplu 120.
error-case-summary-required = Scrie un rezumat.
target-group-everyone = Toată lumea
target-group-children = Copii
target-group-young-people = Tineri
target-group-older-people = Persoane în vârstă
target-group-people-with-disabilities = Persoane cu dizabilități
target-group-migrants = Migranți și refugiați
target-group-low-income = Persoane cu venituri mici
target-group-women = Femei
target-group-rural-residents = Locuitori din mediul rural
population-band-under-1000 = Sub 1.000 de locuitori
population-band-1000-10000 = Între 1.000 și 10.000 de locuitori
population-band-10000-100000 = Între 10.000 și 100.000 de locuitori
population-band-over-100000 = Peste 100.000 de locuitori
cost-band-under-10000 = Sub 10.000
cost-band-10000-100000 = Între 10.000 și 100.000
cost-band-over-100000 = Peste 100.000
open-data-resource-cases = Practici
open-data-about-cases = Practici pe care le-au pus în aplicare comunitățile: unde, pentru cine, cu ce cost și ce s-a învățat.

## Schimb de practici: reproducere

case-replicate-link = Reprodu în comunitatea mea
case-replicate-title = Reprodu „{ $case }”
case-replicate-intro = În comunitatea ta începe un proces nou cu aceeași structură: etapele, cu durata lor și cu ce permite fiecare, pragul de susțineri și regulile bugetelor. Nu se copiază nicio contribuție. Începe în ziua pe care o alegi, așa că ai timp să-l adaptezi mai întâi.
field-replicate-starts = Începe pe
hint-replicate-starts = Prima zi a primei etape, astăzi sau mai târziu.
case-replicate-submit = Creează procesul
error-replicate-past = Alege ziua de astăzi sau o zi ulterioară.
case-replica-of = Această practică a fost reprodusă după
case-replicas = Unde a fost reprodusă
case-no-replicas = Nu a fost reprodusă încă.
case-replica-of-replica = Reproducere a reproducerii de mai sus:
case-replica-case = propria descriere
case-comparison-caption = Rezultate puse alături, după indicatorii practicii originale
process-replicates = Acest proces a pornit de la practica

field-case-language = Limba acestei descrieri

community-cases = Practici descrise aici
community-no-cases = Aici nu a fost descrisă încă nicio practică.

## Legături între comunități: înfrățiri, coorganizare, grupări regionale, învățare de la colegi

twinning-title = Înfrățirile comunității { $community }
twinning-intro = O înfrățire este un parteneriat pe care îl declară două comunități, de obicei una mare și una mică sau rurală, cu un scop asupra căruia cad amândouă de acord. Fiecare arată pe pagina sa procesele deschise și practicile celeilalte, iar funcționarii uneia îi pot invita pe facilitatorii celeilalte să coorganizeze un proces.
twinning-link = Înfrățiri
twinning-active-heading = Înfrățită cu
twinning-none = Această comunitate nu este încă înfrățită cu nicio alta.
twinning-since = Înfrățite din { $date }
twinning-end-submit = Încheie înfrățirea
twinning-received-heading = Propuneri la care trebuie să răspunzi
twinning-proposed-on = Propusă pe { $date }
twinning-accept-submit = Acceptă
twinning-decline-submit = Refuză
twinning-sent-heading = Propuneri care așteaptă un răspuns
twinning-withdraw-submit = Retrage
twinning-propose-heading = Propune o înfrățire
twinning-no-candidates = Toate celelalte comunități sunt deja înfrățite cu aceasta sau au cu ea o propunere care așteaptă un răspuns.
field-twin-partner = Comunitatea parteneră
option-choose = Alege…
field-twin-purpose = Scopul înfrățirii
hint-twin-purpose = Ce vor cele două comunități să facă împreună și să învețe una de la cealaltă, în câteva propoziții. Apare pe paginile ambelor comunități.
twinning-propose-submit = Propune înfrățirea
twinning-done-proposed = Propunerea a fost trimisă. Funcționarii celeilalte comunități îi vor răspunde.
twinning-done-accepted = Înfrățirea este în vigoare.
twinning-done-ended = Gata: înfrățirea sau propunerea s-a încheiat.
error-twin-itself = O comunitate nu se poate înfrăți cu ea însăși.
error-twinning-purpose-required = Spune care este scopul înfrățirii.
error-twinning-exists = Aceste două comunități sunt deja înfrățite sau între ele există o propunere care așteaptă un răspuns.
community-twins = Comunități înfrățite
twin-open-processes = Procesele ei deschise:
twin-no-open-processes = Momentan nu are niciun proces deschis.
twin-cases = Practicile descrise de ea:
community-nearby-processes = Procese deschise în apropiere
community-nearby-intro = Procesele regiunii și ale celorlalte comunități din ea. Urmărește unul ca să afli când se întâmplă ceva, chiar dacă locuiești în altă parte.
region-open-processes = Procese deschise în regiune
region-participation = Participarea în regiune
region-participation-processes = Procese
region-participation-proposals = Propuneri
region-participation-comments = Comentarii
region-participation-supports = Susțineri
region-participation-people = Persoane care participă
region-participation-total = Întreaga regiune
region-participation-note = Contribuțiile ascunse și cele șterse nu sunt numărate. O persoană care a participat în mai multe comunități este numărată o singură dată în totalul regiunii.

co-run-title = Coorganizare
co-run-intro = Facilitatorii unei comunități înfrățite pot ajuta la desfășurarea acestui proces: după ce acceptă, înregistrează ce spun oamenii întâlniți la standuri și ateliere, planifică întâlniri și introduc buletine de vot pe hârtie, la fel ca facilitatorii comunității înseși.
co-run-none = Încă nimeni dintr-o comunitate înfrățită nu coorganizează acest proces.
co-run-table-caption = Facilitatori invitați să coorganizeze procesul
co-run-person = Facilitator
co-run-status = Stare
co-run-actions = Acțiuni
co-run-since = Coorganizează din { $date }
co-run-invited-on = Invitat pe { $date }, încă fără răspuns
co-run-accept-submit = Acceptă
co-run-decline-submit = Refuză
co-run-leave-submit = Nu mai coorganiza
co-run-withdraw-submit = Retrage
co-run-invite-heading = Invită un facilitator dintr-o comunitate înfrățită
co-run-no-twins = Încă nicio comunitate înfrățită nu are facilitatori pe care să-i poți invita.
field-co-runner = Facilitator
hint-co-runner = Facilitatorii comunităților înfrățite cu aceasta.
co-run-invite-submit = Trimite invitația
co-run-done-invited = Invitația a fost trimisă.
co-run-done-accepted = Acum coorganizezi acest proces.
co-run-done-removed = Gata: facilitatorul nu mai coorganizează acest proces.
co-run-with = Coorganizat cu facilitatori din comunități înfrățite:
error-co-runner-invited = Acest facilitator a fost deja invitat să coorganizeze acest proces.

peer-title = Învățare de la colegi
peer-intro = Întrebări pe care funcționarii, administratorii și facilitatorii le pun comunităților din regiunea lor sau comunității care a pus în aplicare o practică, împreună cu răspunsurile primite. Le citesc doar persoanele care participă în numele comunităților implicate.
peer-ask-link = Pune o întrebare
peer-none = Încă nicio întrebare nu privește comunitățile tale.
peer-answers-count = { $count ->
    [one] { $n } răspuns
    [few] { $n } răspunsuri
   *[other] { $n } de răspunsuri
}
peer-helped = un răspuns a fost de ajutor
peer-asked-cluster = { $community } a întrebat comunitățile din { $region }
peer-asked-case = { $community } a întrebat { $other } despre „{ $case }”
peer-new-title = Întreabă-ți colegii
peer-new-intro = Întreabă ce trebuie să știi înainte să încerci ceva: cum au ajuns la oameni, cât a costat, ce nu a mers. Funcționarii și facilitatorii comunităților pe care le întrebi vor citi întrebarea și îți pot răspunde.
field-peer-community = În numele comunității
field-peer-about = Pe cine întrebi
peer-about-cluster = Comunitățile din regiunea noastră
peer-about-case = { $community }, despre „{ $case }”
field-peer-title = Întrebarea ta, pe un singur rând
field-peer-body = Detalii
hint-peer-body = Ce ai în minte și ce ai vrea să afli. Lasă câte un rând gol între paragrafe.
peer-ask-submit = Întreabă
peer-case-link = Practica despre care se întreabă
peer-no-answers = Încă niciun răspuns.
peer-helped-this = Acest răspuns a fost de ajutor.
peer-mark-helpful = Acest răspuns a fost de ajutor
peer-answer-heading = Răspuns
field-peer-answer = Răspunsul tău
peer-answer-submit = Trimite răspunsul
error-peer-no-region = Această comunitate nu face parte din nicio regiune; întreabă în schimb comunitatea din spatele unei practici.
error-peer-own-case = Această practică aparține chiar comunității tale; întreabă o altă comunitate sau regiunea ta.
case-ask-link = Întreabă { $community } despre ea

notification-twinning-proposed = { $name } a propus, în numele comunității { $title }, o înfrățire cu comunitatea ta.
notification-twinning-accepted = { $title } a acceptat înfrățirea cu comunitatea ta.
notification-co-run-invitation = { $name } te-a invitat să coorganizezi „{ $title }”.
notification-peer-question = { $name } a pus o întrebare comunității tale: „{ $title }”
notification-peer-answer = { $name } a răspuns la „{ $title }”

data-co-running = Procesele pe care ai fost invitat să le coorganizezi
data-peer-questions = Întrebările puse de tine colegilor
data-peer-answers = Răspunsurile date de tine colegilor

## Schimb de practici: corectarea, traducerea și exportul fișelor de caz

case-edit-link = Corectează această descriere
case-edit-title = Corectează „{ $case }”
case-edit-back = Practica
case-edit-submit = Salvează corecturile
case-done-updated = Descrierea a fost corectată.
case-translate-link = Tradu
case-translate-title = Tradu „{ $case }”
case-translate-intro = Scrie într-o altă limbă textul acestei practici, pentru ca comunitățile care îl citesc să poată învăța din ea. Originalul ({ $language }) apare deasupra fiecărui câmp; cifrele, rezultatele și partenerii rămân așa cum sunt.
field-case-translate-into = Limba traducerii
case-translation-exists = deja tradusă, o poți corecta
case-translate-choose = Alege
case-translate-into = În { $language }
case-translate-original = Originalul
case-translate-submit = Salvează traducerea
case-done-translated = Traducerea a fost salvată.
case-translated-from = Traducere ({ $language }) a originalului ({ $original }).
case-versions = Citește-o în
error-case-translation-same = Alege o altă limbă decât cea în care este scrisă practica.
case-participedia-download = Descarcă această practică în formatul fișelor de caz Participedia (JSON)
cases-participedia-download = Descarcă toate practicile în formatul fișelor de caz Participedia (JSON)

open-data-resource-twinnings = Înfrățiri
open-data-about-twinnings = Parteneriatele declarate de două comunități, cu scopul lor: cele acceptate de comunitatea parteneră și data la care s-au încheiat.

meetings-formats-heading = Formate de întâlnire din practică
meetings-formats-intro = Procesul de la care a pornit acesta a ținut aceste întâlniri. Planifică una asemănătoare: formularul preia formatul, durata, numărul de locuri și accesibilitatea, iar tu alegi ziua și locul.
meetings-plan-like = Planifică una asemănătoare
meeting-duration-minutes = { $count ->
    [one] { $n } minut
    [few] { $n } minute
   *[other] { $n } de minute
}
co-run-all-invited = Toți facilitatorii comunităților înfrățite au fost deja invitați.

case-prefill-groups = { $question } (participarea pe grupuri): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = La întrebările comunității tale despre cine participă se adaugă cele pe care le pune comunitatea practicii, dacă a ta nu le pune deja, ca să le poți compara; iar întâlnirile pe care le-a ținut îți sunt propuse ca modele pentru a le planifica pe ale tale.

case-translation-outdated = A fost scrisă înainte de ultima corectare a practicii: originalul poate spune mai mult.
error-case-translation-taken = Altcineva a tradus această practică în această limbă; doar persoana respectivă și comunitatea practicii îi pot modifica traducerea.
notification-twinning-ended = { $title } a încheiat înfrățirea cu comunitatea ta sau a retras ori a refuzat propunerea.
