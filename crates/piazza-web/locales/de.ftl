# Piazza — Deutsch. Jeder für Nutzende sichtbare Text steht hier und in seinen Übersetzungen.
# Platzhalter: $n ist eine bereits für die Sprache geschriebene Zahl; $count wählt die Pluralform.

site-name = Piazza
skip-to-content = Direkt zum Inhalt
nav-label = Hauptmenü
nav-communities = Gemeinschaften
nav-organisations = Organisationen
nav-admin = Administration
nav-account = Ihr Konto
nav-sign-in = Anmelden
nav-sign-out = Abmelden
nav-register = Konto erstellen
language-label = Sprache
language-submit = Ändern
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: öffentliche Dienste, gemeinsam gestaltet mit den Menschen, die hier leben. Offener Quellcode, kein Tracking.
# Zwischen den Einträgen einer Liste, die im Fließtext steht.
list-separator = { ", " }
back-to-front-page = Zur Startseite

date-long = { $day }. { $month } { $year }
date-time-utc = { $date }, { $time } Uhr UTC
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

front-title = Gemeinschaften
front-heading = Entscheiden Sie gemeinsam, was Ihr Ort braucht
front-intro = Auf Piazza gestalten Städte, Gemeinden und Dörfer ihre öffentlichen Dienste zusammen mit den Menschen, die dort leben. Wählen Sie Ihre Gemeinschaft und sehen Sie, was gerade entschieden wird und wie Sie mitmachen können.
front-join = Konto erstellen und mitmachen
front-other-communities = Weitere Gemeinschaften
front-no-communities = Es gibt noch keine Gemeinschaften.
region-no-communities = Zu dieser Region gehören noch keine Gemeinschaften.
region-communities = Gemeinschaften in dieser Region
population-count = { $count ->
    [one] { $n } Einwohnerin oder Einwohner
   *[other] { $n } Einwohnerinnen und Einwohner
}

community-kind-municipality = Stadt oder Gemeinde
community-kind-neighbourhood = Stadtteil
community-kind-rural-community = Ländliche Gemeinde
community-kind-region = Region
settlement-type-urban = Städtisch
settlement-type-peri-urban = Stadtrand
settlement-type-rural = Ländlich
role-administrator = Administration der Gemeinschaft
role-official = Verwaltung
role-facilitator = Prozessbegleitung
role-moderator = Moderation
helix-role-public-authority = Öffentliche Verwaltung
helix-role-academia = Wissenschaft und Forschung
helix-role-business = Wirtschaft
helix-role-civil-society = Zivilgesellschaft

community-facts = Über diese Gemeinschaft
community-residents = Bewohnerinnen und Bewohner auf Piazza
community-people = Wer sich um diese Gemeinschaft kümmert
community-no-roles = Hier hat noch niemand eine Rolle.
community-organisations = Organisationen vor Ort
community-no-organisations = Hier ist noch keine Organisation ansässig.
community-settings-link = Einstellungen
community-roles-link = Rollen
community-settings-title = Einstellungen von { $community }
community-new-title = Neue Gemeinschaft
community-create-submit = Gemeinschaft erstellen
community-text-legend = Vorstellung ({ $language })
text-in-language = Sprache dieses Textes: { $language }.

roles-title = Rollen in { $community }
roles-grant-heading = Jemandem eine Rolle geben
roles-grant-submit = Rolle geben
roles-current-heading = Aktuelle Rollen
roles-history-heading = Frühere Rollen
roles-revoke-submit = Entfernen
roles-revoke-whom = die Rolle von { $name }
role-still-held = Noch aktiv
column-person = Person
column-since = Seit
column-granted = Vergeben
column-revoked = Entfernt
column-action = Aktionen
by-person = von { $name }

organisations-title = Organisationen
organisations-intro = Behörden, Hochschulen, Unternehmen und Gruppen der Zivilgesellschaft: die vier Partner, die öffentliche Dienste gemeinsam mit den Bewohnerinnen und Bewohnern gestalten.
organisations-none-in-role = Noch keine.
organisation-new-link = Organisation eintragen
organisation-new-title = Organisation eintragen
organisation-create-submit = Organisation eintragen
members-heading = { $count ->
    [one] { $n } Mitglied
   *[other] { $n } Mitglieder
}
member-manager = verwaltet
member-add-heading = Mitglied hinzufügen
member-add-submit = Mitglied hinzufügen
member-remove-submit = Entfernen
member-remove-whom = { $name } aus der Organisation

register-title = Konto erstellen
register-intro = Sie brauchen nur einen Benutzernamen und ein Passwort. Ihren echten Namen müssen Sie nie angeben.
register-submit = Konto erstellen
register-have-account = Sie haben schon ein Konto?
sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-forgot = Passwort vergessen?
sign-in-no-account = Neu hier?
account-title = Ihr Konto
account-username = Ihr Benutzername ist { $username }.
account-profile-heading = Ihr Profil
account-change-password-link = Passwort ändern
account-roles-heading = Ihre Rollen
account-no-roles = Sie haben in keiner Gemeinschaft eine Rolle.
account-organisations-heading = Ihre Organisationen
account-no-organisations = Sie sind in keiner Organisation Mitglied.
password-title = Passwort ändern
password-submit = Passwort ändern
password-other-sessions = Wenn Sie Ihr Passwort ändern, werden Sie überall sonst abgemeldet.
reset-request-title = Passwort zurücksetzen
reset-request-intro = Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein. Wenn zum Konto eine E-Mail-Adresse gehört, schicken wir dorthin einen Link, mit dem Sie ein neues Passwort wählen können.
reset-request-submit = Link senden
reset-request-no-email = Ohne E-Mail-Adresse: Bitten Sie die Prozessbegleitung oder die Administration Ihrer Gemeinschaft um Hilfe.
reset-requested-notice = Wenn zu diesem Konto eine E-Mail-Adresse gehört, ist ein Link zum Zurücksetzen des Passworts unterwegs. Der Link gilt eine Stunde lang.
reset-title = Neues Passwort wählen
reset-submit = Neues Passwort speichern
reset-link-invalid = Dieser Link ist abgelaufen oder wurde schon benutzt.
reset-request-again = Neuen Link anfordern
reset-mail-subject = Ihr Passwort für Piazza zurücksetzen
reset-mail-greeting = Hallo { $name },
reset-mail-body = Jemand möchte das Passwort Ihres Piazza-Kontos zurücksetzen. Um ein neues Passwort zu wählen, öffnen Sie innerhalb einer Stunde diesen Link:
reset-mail-ignore = Wenn Sie das nicht angefordert haben, können Sie diese Nachricht einfach ignorieren: Ihr Passwort bleibt, wie es ist.
welcome-notice = Willkommen bei Piazza, { $name }!
saved-notice = Ihre Änderungen wurden gespeichert.

admin-title = Administration
admin-accounts = Konten
admin-pending-mail = Nachrichten, die noch gesendet werden

field-username = Benutzername
field-username-or-email = Benutzername oder E-Mail-Adresse
field-display-name = Anzeigename
field-display-name-optional = Anzeigename (freiwillig)
field-email-optional = E-Mail-Adresse (freiwillig)
field-password = Passwort
field-new-password = Neues Passwort
field-current-password = Aktuelles Passwort
field-password-confirmation = Passwort noch einmal eingeben
field-home-community-optional = Ihre Gemeinschaft (freiwillig)
field-name = Name
field-slug = Kurzname für die Adresse
field-kind = Art
field-settlement-type = Art der Siedlung
field-population = Einwohnerzahl
field-population-optional = Einwohnerzahl (freiwillig)
field-region = Region
field-region-optional = Region (freiwillig)
field-default-language = Hauptsprache
field-offered-languages = Angebotene Sprachen
field-languages = Sprachen
field-tagline = Leitsatz
field-description = Beschreibung
field-description-optional = Beschreibung (freiwillig)
field-role = Rolle
field-helix-role = Art der Organisation
field-community = Gemeinschaft
field-community-optional = Gemeinschaft (freiwillig)
field-website = Website
field-website-optional = Website (freiwillig)
option-none = Keine
save-submit = Speichern
hint-username = 3 bis 32 Zeichen: Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche. Andere können ihn sehen.
hint-display-name = Der Name, der neben Ihren Beiträgen steht. Es muss nicht Ihr echter Name sein.
hint-email = Nur zum Zurücksetzen Ihres Passworts. Wird niemandem gezeigt.
hint-password = Mindestens 10 Zeichen. Ein paar Wörter, die Sie sich merken können, ergeben ein gutes Passwort.
hint-home-community = Wo Sie wohnen oder mitmachen.
hint-slug = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel san-vito. Er steht in der Adresse der Seite.
hint-population = Eine ganze Zahl, zum Beispiel 8940.
hint-grant-username = Der Benutzername der Person, wie er auf ihrer Kontoseite steht.
hint-member-username = Der Benutzername der Person, die Sie hinzufügen möchten.
hint-helix-role = Öffentliche Verwaltung, Wissenschaft, Wirtschaft oder Zivilgesellschaft.

error-summary-title = Es gibt ein Problem
error-prefix = Fehler:
error-title-prefix = Fehler:
error-control-characters = Entfernen Sie die unsichtbaren Steuerzeichen.
error-username-required = Geben Sie einen Benutzernamen ein.
error-username-length = Der Benutzername muss 3 bis 32 Zeichen lang sein.
error-username-characters = Verwenden Sie nur Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche. Das erste Zeichen muss ein Buchstabe oder eine Ziffer sein.
error-username-taken = Dieser Benutzername ist schon vergeben. Wählen Sie einen anderen.
error-display-name-required = Geben Sie einen Anzeigenamen ein.
error-display-name-length = Der Anzeigename darf höchstens 60 Zeichen lang sein.
error-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.org ein oder lassen Sie das Feld leer.
error-password-required = Geben Sie ein Passwort ein.
error-password-too-short = Das Passwort muss mindestens 10 Zeichen lang sein.
error-password-too-long = Das Passwort darf höchstens 256 Zeichen lang sein.
error-password-mismatch = Die beiden Passwörter sind verschieden.
error-current-password-wrong = Das ist nicht Ihr aktuelles Passwort.
error-sign-in-failed = Benutzername oder Passwort ist falsch.
error-sign-in-throttled = { $minutes ->
    [one] Zu viele fehlgeschlagene Versuche. Versuchen Sie es in { $minutes_shown } Minute noch einmal.
   *[other] Zu viele fehlgeschlagene Versuche. Versuchen Sie es in { $minutes_shown } Minuten noch einmal.
}
error-reset-target-required = Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.
error-community-unknown = Wählen Sie eine Gemeinschaft aus der Liste.
error-account-unknown = Diesen Benutzernamen hat niemand.
error-role-already-held = Diese Person hat diese Rolle hier schon.
error-already-member = Diese Person ist schon Mitglied.
error-last-manager = Eine Organisation braucht mindestens eine Person, die sie verwaltet.
error-choose-one = Wählen Sie eine der Möglichkeiten.
error-name-required = Geben Sie einen Namen ein.
error-name-length = Der Name ist zu lang: Schreiben Sie einen kürzeren.
error-slug-required = Geben Sie einen Kurznamen für die Adresse ein.
error-slug-invalid = Verwenden Sie 2 bis 48 Kleinbuchstaben, Ziffern und einzelne Bindestriche, aber keinen Bindestrich am Anfang oder Ende.
error-slug-taken = Dieser Kurzname ist schon vergeben. Wählen Sie einen anderen.
error-population-invalid = Geben Sie die Einwohnerzahl als ganze Zahl ein oder lassen Sie das Feld leer.
error-parent-self = Eine Gemeinschaft kann nicht ihre eigene Region sein.
error-parent-not-region = Wählen Sie eine Region.
error-description-length = Die Beschreibung darf höchstens 2.000 Zeichen lang sein.
error-website-invalid = Geben Sie eine Adresse ein, die mit https:// oder http:// beginnt, oder lassen Sie das Feld leer.
error-not-found-title = Seite nicht gefunden
error-not-found-body = Unter dieser Adresse gibt es keine Seite. Prüfen Sie die Adresse oder beginnen Sie noch einmal auf der Startseite.
error-forbidden-title = Das dürfen Sie nicht
error-forbidden-body = Diese Seite oder Aktion ist für Menschen mit einer anderen Rolle. Wenn Sie meinen, dass Sie Zugang haben sollten, fragen Sie die Administration Ihrer Gemeinschaft.
error-too-large-title = Zu viel Text
error-too-large-body = Was Sie gesendet haben, ist größer, als irgendein Formular hier annimmt. Gehen Sie zurück, kürzen Sie den Text und senden Sie ihn noch einmal.
error-bad-request-title = Das Formular konnte nicht gelesen werden
error-bad-request-body = Was angekommen ist, war kein Formular, das diese Seite versteht. Gehen Sie zurück und senden Sie es noch einmal.
error-internal-title = Etwas ist schiefgelaufen
error-internal-body = Piazza konnte Ihre Anfrage nicht ausführen. Nichts von dem, was Sie eingegeben haben, wurde gespeichert. Bitte versuchen Sie es gleich noch einmal.

## Beteiligungsverfahren und Vorschläge

community-processes-link = Beteiligungsverfahren
processes-title = Beteiligungsverfahren in { $community }
processes-none = Hier wurde noch kein Beteiligungsverfahren eröffnet.
process-new-title = Beteiligungsverfahren eröffnen
process-create-submit = Verfahren eröffnen
process-phases-heading = Phasen
phase-number = Phase { $n }
process-now-heading = Jetzt mitmachen
process-nothing-now = In diesem Verfahren gibt es gerade nichts zu tun.
process-see-proposals = { $count ->
    [0] Noch keine Vorschläge
    [one] { $n } Vorschlag ansehen
   *[other] Die { $n } Vorschläge ansehen
}
process-timeline-heading = Zeitplan
process-about-heading = Über dieses Verfahren
process-decisions-heading = Bisher entschieden
process-no-decisions = Es wurde noch nichts entschieden.
easy-read-heading = In Leichter Sprache
back-to-process = Zurück zum Verfahren
stage-running = Aktuelle Phase: { $phase }.
stage-not-started = Das Verfahren beginnt am { $date }.
stage-waiting = Die nächste Phase beginnt am { $date }.
stage-closed = Dieses Verfahren ist abgeschlossen.
phase-current = jetzt
phase-dates = Ab { $start }
phase-until = bis { $end }
phase-allows-nothing = Nur zur Information.
phase-kind-inform = Informieren
phase-kind-ideate = Ideen sammeln
phase-kind-co-design = Gemeinsam gestalten
phase-kind-prioritise = Auswählen
phase-kind-implement = Umsetzen
phase-kind-evaluate = Auswerten
activity-proposals = Vorschläge machen
activity-supports = Vorschläge unterstützen
activity-comments = Kommentieren
activity-amendments = Änderungen vorschlagen
activity-meetings = An Treffen teilnehmen

proposals-title = Vorschläge: { $process }
proposals-found = { $count ->
    [one] { $n } Vorschlag
   *[other] { $n } Vorschläge
}
proposals-none = Kein Vorschlag passt dazu.
proposal-new-title = Vorschlag machen
proposal-create-submit = Vorschlag veröffentlichen
proposal-authors = Verfasst von
proposal-published = Veröffentlicht
former-participant = eine ehemals teilnehmende Person
proposal-state-published = Veröffentlicht
proposal-state-withdrawn = Von den Verfassenden zurückgezogen
proposal-state-evaluating = Wird geprüft
proposal-state-accepted = Angenommen
proposal-state-rejected = Abgelehnt
proposal-state-implemented = Umgesetzt
supports-count = { $count ->
    [one] { $n } Unterstützung
   *[other] { $n } Unterstützungen
}
threshold-explained = { $count ->
    [one] Mit { $n } Unterstützung geht ein Vorschlag zur Prüfung an die Verwaltung.
   *[other] Mit { $n } Unterstützungen geht ein Vorschlag zur Prüfung an die Verwaltung.
}
proposal-state-merged = Mit einem anderen Vorschlag zusammengelegt
proposal-merged-into = zusammengelegt mit
field-merge-into = Zusammenlegen mit (nur beim Zusammenlegen)
hint-merge-into = Der Vorschlag dieses Verfahrens, der diesen hier aufnimmt. Begründen Sie es in der Antwort.
error-merge-target = Wählen Sie den Vorschlag, mit dem dieser zusammengelegt werden soll.
support-submit = Diesen Vorschlag unterstützen
unsupport-submit = Meine Unterstützung zurückziehen
you-support = Sie unterstützen diesen Vorschlag.
sign-in-to-support = Melden Sie sich an, um diesen Vorschlag zu unterstützen
sign-in-to-propose = Melden Sie sich an, um einen Vorschlag zu machen
supports-closed = Im Moment werden keine Unterstützungen gesammelt.
withdraw-submit = Vorschlag zurückziehen
official-answer-heading = Die Antwort der Verwaltung
decide-heading = Über diesen Vorschlag entscheiden
decide-submit = Entscheidung veröffentlichen
history-heading = Was mit diesem Vorschlag geschah
reason-threshold = er hat die nötige Zahl an Unterstützungen erreicht
notice-supported = Ihre Unterstützung wurde gezählt.
notice-threshold = Ihre Unterstützung wurde gezählt, und der Vorschlag geht jetzt zur Prüfung an die Verwaltung.
notice-unsupported = Ihre Unterstützung wurde zurückgezogen.
notice-answered = Die Entscheidung wurde veröffentlicht.
notice-withdrawn = Der Vorschlag wurde zurückgezogen.
not-now-proposals = Vorschläge können nur in einer Phase gemacht werden, die Vorschläge annimmt. Sehen Sie im Zeitplan des Verfahrens nach.
not-now-supports = Unterstützungen können nur in einer Phase gegeben oder zurückgezogen werden, in der sie gesammelt werden.
not-now-activity = Die aktuelle Phase des Verfahrens erlaubt das nicht.
not-now-proposal-closed = Dieser Vorschlag ist abgeschlossen: Er kann nicht mehr unterstützt oder zurückgezogen werden.
not-now-overtaken = Jemand hat diesen Vorschlag geändert, während Sie ihn gelesen haben. Hier ist er so, wie er jetzt ist: Prüfen Sie ihn und versuchen Sie es noch einmal.

field-title = Titel
field-summary = Zusammenfassung in einfacher Sprache
field-easy-read-optional = Zusammenfassung in Leichter Sprache (freiwillig)
field-support-threshold = Nötige Unterstützungen für die Prüfung
field-phase-kind = Art der Phase
field-starts-on = Erster Tag
field-ends-on = Letzter Tag
field-phase-allows = In dieser Phase können Menschen
field-proposal-body = Ihr Vorschlag
field-category = Thema
field-category-optional = Thema (freiwillig)
field-address = Adresse
field-address-optional = Adresse (freiwillig)
field-state = Status
field-answered = Antwort der Verwaltung
field-sort = Reihenfolge
field-new-state = Neuer Status
field-answer = Öffentliche Antwort
option-any = Alle
option-answered = Beantwortet
option-not-answered = Noch nicht beantwortet
option-no-phase = Keine Phase
sort-shuffled = Gemischt, damit kein Vorschlag bevorzugt wird
sort-newest = Neueste zuerst
sort-supported = Meiste Unterstützung zuerst
filter-submit = Anzeigen
pagination-label = Seiten
pagination-previous = Vorherige Seite
pagination-next = Nächste Seite
pagination-position = Seite { $position }
hint-summary = Sagen Sie in ein paar einfachen Sätzen, was entschieden wird und wie man mitmachen kann.
hint-easy-read = Kurze Sätze und bekannte Wörter, für Menschen, denen Lesen schwerfällt.
hint-markdown = Sie können Markdown verwenden: **fett**, *kursiv*, Listen und Links.
hint-support-threshold = Eine ganze Zahl, zum Beispiel 50.
hint-phases = Füllen Sie für jede Phase eine Zeile aus, der Reihe nach. Zeilen, die Sie nicht brauchen, lassen Sie leer.
hint-proposal-title = Zwischen 5 und 150 Zeichen: Sagen Sie, was Sie vorschlagen.
hint-address = Wo es stattfinden würde, wenn es um einen Ort geht.
hint-answer = Wird mit der Entscheidung öffentlich gezeigt. Pflicht, wenn der Vorschlag abgelehnt wird.
error-summary-required = Schreiben Sie eine kurze Zusammenfassung.
error-summary-length = Die Zusammenfassung ist zu lang: Bleiben Sie unter 600 Zeichen.
error-easy-read-length = Die Zusammenfassung in Leichter Sprache ist zu lang: Bleiben Sie unter 1.500 Zeichen.
error-description-required = Schreiben Sie eine Beschreibung.
error-long-description-length = Die Beschreibung ist zu lang: Bleiben Sie unter 20.000 Zeichen.
error-threshold-invalid = Geben Sie eine ganze Zahl von Unterstützungen ein, mindestens 1.
error-date-invalid = Geben Sie ein Datum wie 2026-03-31 ein.
error-phase-ends-before-start = Der letzte Tag liegt vor dem ersten Tag.
error-phase-overlaps = Diese Phase beginnt, bevor die vorherige zu Ende ist.
error-phases-required = Geben Sie dem Verfahren mindestens eine Phase.
error-title-too-short = Der Titel muss mindestens 5 Zeichen lang sein.
error-title-required = Geben Sie einen Titel ein.
error-title-length = Der Titel ist zu lang: Er darf höchstens 150 Zeichen haben.
error-body-required = Schreiben Sie Ihren Vorschlag.
error-body-length = Der Vorschlag ist zu lang: Bleiben Sie unter 10.000 Zeichen.
error-text-too-long = Das ist zu lang.
error-answer-required = Begründen Sie diese Entscheidung.
error-answer-length = Die Antwort ist zu lang: Bleiben Sie unter 5.000 Zeichen.

## Kommentare

comments-heading = { $count ->
    [0] Kommentare
    [one] { $n } Kommentar
   *[other] { $n } Kommentare
}
comments-order = Reihenfolge:
comments-oldest = älteste zuerst
comments-newest = neueste zuerst
comments-supported = meiste Unterstützung zuerst
comments-closed = Im Moment werden keine Kommentare gesammelt.
comment-new-heading = Kommentar schreiben
comment-submit = Kommentar veröffentlichen
comment-reply-title = Auf einen Kommentar antworten
comment-reply-submit = Antwort veröffentlichen
comment-reply-link = Antworten
comment-edit-title = Ihren Kommentar bearbeiten
comment-edit-link = Bearbeiten
comment-delete-submit = Löschen
comment-support-submit = Unterstützen
comment-number = Kommentar { $n }
comment-edited = bearbeitet
comment-deleted = Dieser Kommentar wurde von der Person gelöscht, die ihn geschrieben hat.
comment-in-reply-to = Antwort an { $name }
comment-back = Zurück zur Diskussion
sign-in-to-comment = Melden Sie sich an, um zu kommentieren
field-stance = Ihre Haltung
field-comment = Ihr Kommentar
stance-in-favour = Dafür
stance-against = Dagegen
stance-neutral = Neutral
error-comment-required = Schreiben Sie Ihren Kommentar.
error-comment-length = Der Kommentar ist zu lang: Er darf höchstens 3.000 Zeichen haben.
error-reply-too-deep = Antworten gehen höchstens drei Ebenen tief: Antworten Sie auf einen früheren Kommentar in diesem Gespräch.

## Versionen eines Vorschlags

not-now-editing = Sobald ein Vorschlag eine Unterstützung oder einen Kommentar hat, kann sein Text nicht mehr direkt bearbeitet werden.
proposal-edit-title = Vorschlag bearbeiten
proposal-edit-intro = Sie können den Text ändern, bis der Vorschlag die erste Unterstützung oder den ersten Kommentar bekommt. Jede Version bleibt für alle sichtbar.
proposal-edit-submit = Neue Version speichern
versions-title = Verlauf des Textes: { $proposal }
versions-intro = Jede Version des Vorschlags, die neueste zuerst, mit den Änderungen gegenüber der vorherigen.
version-number = Version { $n }
versions-link = { $count ->
    [one] Verlauf des Textes (eine Version)
   *[other] Verlauf des Textes ({ $n } Versionen)
}
diff-added = hinzugefügt
diff-removed = entfernt

## Änderungsvorschläge

amendments-heading = { $count ->
    [0] Änderungsvorschläge
    [one] { $n } Änderungsvorschlag
   *[other] { $n } Änderungsvorschläge
}
amendment-new-title = Änderung vorschlagen
amendment-new-intro = Ändern Sie den Text so, wie er Ihrer Meinung nach lauten sollte, und sagen Sie, warum. Die Verfassenden des Vorschlags nehmen Ihren Änderungsvorschlag an oder lehnen ihn ab, und alle können ihre Antwort lesen.
amendment-submit = Änderung vorschlagen
amendment-by = Änderungsvorschlag von { $name }
amendment-pending = Wartet auf die Verfassenden
amendment-accepted = Von den Verfassenden angenommen
amendment-rejected = Von den Verfassenden abgelehnt
amendment-answer = Die Antwort der Verfassenden
amendment-accept-submit = Diesen Änderungsvorschlag annehmen
amendment-reject-submit = Diesen Änderungsvorschlag ablehnen
field-amendment-reason = Begründung
field-rejection-reason = Warum Sie ihn ablehnen (Pflicht zum Ablehnen)
hint-amendment-reason = Was Ihre Änderung verbessert, in ein paar Worten.
version-from-amendment = aus einem Änderungsvorschlag von { $name }
error-reason-required = Geben Sie eine Begründung an.
error-reason-length = Die Begründung ist zu lang: Sie darf höchstens 1.000 Zeichen haben.
error-amendment-unchanged = Der Änderungsvorschlag ändert noch nichts.

## Mitverfassende

coauthors-heading = Mitverfassende
coauthor-invited = eingeladen, wartet auf Antwort
coauthor-invite-submit = Einladen
field-invitee-kind = Einladen
field-invitee = Benutzername oder Kurzname der Organisation
hint-invitee = Eine Person nimmt selbst an; bei einer Organisation nimmt eine Person an, die sie verwaltet.
option-person = eine Person
option-organisation = eine Organisation
invitation-heading = Sie sind eingeladen, diesen Vorschlag mitzuverfassen
invitation-explained = Als Mitverfasserin oder Mitverfasser erscheinen Sie unter den Verfassenden, dürfen den Text ändern, solange das erlaubt ist, und beantworten die Änderungsvorschläge.
invitation-accept-submit = Annehmen
invitation-decline-submit = Ablehnen
invitation-for-organisation = für { $organisation }
account-invitations-heading = Einladungen zum Mitverfassen
notice-invited = Die Einladung wurde verschickt.
error-invitee-required = Geben Sie einen Benutzernamen oder den Kurznamen einer Organisation ein.
error-organisation-unknown = Keine Organisation hat diesen Kurznamen.
error-already-author = Diese Person gehört schon zu den Verfassenden des Vorschlags.
error-already-invited = Diese Person oder Organisation ist schon eingeladen.

## Moderation
content-kind-proposal = Vorschlag
content-kind-comment = Kommentar
content-kind-amendment = Änderungsvorschlag
proposal-number = Vorschlag { $n }
amendment-number = Änderungsvorschlag { $n }
report-reason-spam = Spam oder Werbung
report-reason-offensive = Beleidigend, hasserfüllt oder bedrohlich
report-reason-off-topic = Gehört nicht zum Thema
report-reason-personal-data = Verbreitet persönliche Daten von jemandem
report-reason-other = Etwas anderes
moderation-state-reported = Gemeldet, noch sichtbar
moderation-state-pending = Nach Meldungen ausgeblendet, wartet auf Prüfung
moderation-state-hidden = Von der Moderation ausgeblendet
moderation-state-restored = Wiederhergestellt
moderation-action-hidden-by-reports = Nach mehreren Meldungen ausgeblendet, bis die Moderation es prüft
moderation-action-hide = Von der Moderation ausgeblendet
moderation-action-restore = Von der Moderation wiederhergestellt
moderation-action-uphold = Nach Prüfung weiter ausgeblendet
moderation-action-block = Person in dieser Gemeinschaft gesperrt
moderation-action-unblock = Sperre aufgehoben
not-now-blocked = Die Moderation hat Sie für die Beteiligung in dieser Gemeinschaft gesperrt. Der Grund steht im Moderationsprotokoll der Gemeinschaft.
report-link = Melden
report-proposal-link = Diesen Vorschlag melden
report-title = { $kind } melden
report-back = Zurück zum Beitrag
report-intro = Sagen Sie der Moderation, was nicht stimmt. Sie wird es sich ansehen; die Person, die es geschrieben hat, erfährt nie, wer es gemeldet hat.
field-report-reason = Warum melden Sie es?
field-report-details = Weitere Angaben
hint-report-details = Freiwillig, außer Sie haben „Etwas anderes“ gewählt. Höchstens 1.000 Zeichen.
report-submit = Meldung senden
report-recorded = Danke. Ihre Meldung ist bei der Moderation angekommen.
report-already = Sie haben das schon gemeldet; Ihre frühere Meldung zählt weiterhin.
report-hidden = Danke. Nach mehreren Meldungen ist es jetzt ausgeblendet, bis die Moderation es prüft.
error-report-own = Sie können Ihren eigenen Beitrag nicht melden.
error-report-details-required = Sagen Sie in ein paar Worten, was nicht stimmt.
moderation-hide-now-heading = Jetzt ausblenden (Moderation)
field-public-reason = Öffentliche Begründung
hint-public-reason = Alle lesen das anstelle des ausgeblendeten Textes und im Moderationsprotokoll.
moderation-hide-submit = Ausblenden
moderation-restore-submit = Wiederherstellen
moderation-uphold-submit = Ausgeblendet lassen
hidden-by-moderator = Von der Moderation ausgeblendet: { $reason }
hidden-pending-review = Nach mehreren Meldungen ausgeblendet, bis die Moderation es prüft.
hidden-proposal-title = Ausgeblendeter Vorschlag
appeal-link = Gegen diese Entscheidung Einspruch erheben
appeal-title = Einspruch gegen eine Entscheidung der Moderation
appeal-intro = Wenn Sie meinen, dass die Moderation falsch entschieden hat, sagen Sie ihr, warum. Sie können einmal Einspruch erheben; die Moderation sieht es sich dann noch einmal an und stellt Ihren Beitrag entweder wieder her oder lässt ihn ausgeblendet.
field-appeal = Warum sollte er wiederhergestellt werden?
hint-appeal = Höchstens 2.000 Zeichen.
appeal-submit = Einspruch senden
appeal-yours-heading = Ihr Einspruch
appeal-waiting = Die Moderation wird sich Ihren Einspruch ansehen.
appeal-answered = Die Moderation hat sich Ihren Einspruch angesehen. Die Entscheidung und ihre Begründung stehen oben.
appeal-not-possible = Dieser Beitrag ist nicht ausgeblendet, oder es wurde schon Einspruch erhoben.
error-appeal-required = Sagen Sie, warum er wiederhergestellt werden sollte.
error-appeal-once = Gegen eine Entscheidung kann nur einmal Einspruch erhoben werden.
moderation-title = Moderation in { $community }
moderation-queue-link = Warteliste der Moderation
moderation-log-link = Moderationsprotokoll
moderation-queue-heading = { $count ->
    [0] Nichts wartet
    [one] { $n } Beitrag wartet
   *[other] { $n } Beiträge warten
}
moderation-queue-empty = Nichts wartet auf Prüfung.
moderation-report-count = { $count ->
    [0] keine Meldungen
    [one] { $n } Meldung
   *[other] { $n } Meldungen
}
moderation-appeal-label = Einspruch der Person, die es geschrieben hat:
moderation-blocks-heading = Gesperrte Personen
moderation-blocks-empty = In dieser Gemeinschaft ist niemand gesperrt.
moderation-block-heading = Eine Person sperren
hint-block-reason = Eine gesperrte Person kann weiter alles lesen, aber hier nichts mehr vorschlagen, kommentieren, ändern, unterstützen oder melden. Die Begründung ist öffentlich.
moderation-block-submit = Sperren
moderation-unblock-submit = Sperre aufheben
error-block-self = Sie können sich nicht selbst sperren.
error-already-blocked = Diese Person ist schon gesperrt.
moderation-settings-heading = Einstellungen
field-report-threshold = Meldungen, die einen Beitrag ausblenden
hint-report-threshold = Ein Beitrag mit so vielen Meldungen wird ausgeblendet, bis die Moderation ihn prüft.
error-report-threshold = Geben Sie eine ganze Zahl von { $min_shown } bis { $max_shown } ein.
moderation-done-hidden = Ausgeblendet. Die Begründung steht im öffentlichen Protokoll.
moderation-done-restored = Wiederhergestellt. Es ist wieder sichtbar.
moderation-done-upheld = Bleibt ausgeblendet. Die Person, die es geschrieben hat, hat eine Antwort bekommen.
moderation-done-blocked = Die Person ist in dieser Gemeinschaft gesperrt.
moderation-done-unblocked = Die Sperre wurde aufgehoben.
moderation-done-threshold = Die Zahl der Meldungen wurde gespeichert.
moderation-log-title = Moderationsprotokoll von { $community }
moderation-log-intro = Jeder Beitrag, der hier ausgeblendet oder wiederhergestellt wurde, und jede Person, die hier gesperrt wurde, mit der Begründung der Moderation. Wer was gemeldet hat, wird nie gezeigt.
moderation-log-empty = Bisher wurde nichts moderiert.
moderation-no-reason = Keine Begründung angegeben
column-when = Wann
column-concerning = Betrifft
column-reason = Begründung

## Benachrichtigungen
nav-notifications = Benachrichtigungen
nav-notifications-unread = { $count ->
    [one] Benachrichtigungen ({ $n } neu)
   *[other] Benachrichtigungen ({ $n } neu)
}
notifications-title = Ihre Benachrichtigungen
notifications-empty = Noch nichts. Folgen Sie einem Verfahren oder einem Vorschlag, um zu erfahren, was damit geschieht. Ihren eigenen Vorschlägen und den Diskussionen, an denen Sie teilnehmen, folgen Sie automatisch.
notifications-new = Neu:
notifications-mark-read = Alle als gelesen markieren
notifications-done-read = Alle Ihre Benachrichtigungen sind als gelesen markiert.
notifications-email-heading = Benachrichtigungen per E-Mail
notifications-no-email = Ihr Konto hat keine E-Mail-Adresse, deshalb kann Piazza Ihnen nicht schreiben. Sie können auf Ihrer Kontoseite eine hinzufügen.
field-email-frequency = Wie oft soll Piazza Ihnen schreiben?
email-frequency-immediate = Sofort, eine E-Mail pro Benachrichtigung
email-frequency-daily = Einmal am Tag, eine Übersicht über alles Neue
email-frequency-never = Nie; ich lese sie hier
notification-new-proposal = { $name } hat einen neuen Vorschlag gemacht: „{ $title }“
notification-comment = { $name } hat „{ $title }“ kommentiert
notification-reply = { $name } hat auf Ihren Kommentar zu „{ $title }“ geantwortet
notification-amendment = { $name } hat eine Änderung zu „{ $title }“ vorgeschlagen
notification-amendment-answered = Ihr Änderungsvorschlag zu „{ $title }“: { $detail }
notification-state-changed = „{ $title }“ ist jetzt: { $detail }
notification-invitation = { $name } hat Sie eingeladen, „{ $title }“ mitzuverfassen
notification-threshold = „{ $title }“ hat die nötigen Unterstützungen und geht zur Prüfung an die Verwaltung.
notification-awaits-evaluation = „{ $title }“ hat die nötige Zahl erreicht und wartet auf Ihre Prüfung und öffentliche Antwort.
notification-hidden = Ihr Beitrag zu „{ $title }“ wurde ausgeblendet. { $detail }
notification-mail-footer = Sie bekommen diese Nachricht, weil Sie dem folgen oder mitgemacht haben. Wie oft Piazza Ihnen schreibt, oder ob diese E-Mails aufhören sollen, wählen Sie hier: { $link }
digest-mail-subject = { $count ->
    [one] Ihre Neuigkeiten von Piazza: { $n } Benachrichtigung
   *[other] Ihre Neuigkeiten von Piazza: { $n } Benachrichtigungen
}
follow-submit = Folgen
unfollow-submit = Nicht mehr folgen
following-now = Sie folgen dem und erfahren, was damit geschieht.

## Suche
search-title = { $community } durchsuchen
search-results-title = Suchergebnisse für „{ $query }“
search-label = Gesuchte Wörter
search-kind-label = Anzeigen
search-kind-all = Alles
search-kind-process = Verfahren
search-kind-proposal = Vorschläge
search-kind-comment = Kommentare
search-kind-meeting = Treffen
search-submit = Suchen
search-count = { $count ->
    [0] Keine Ergebnisse
    [one] { $n } Ergebnis
   *[other] { $n } Ergebnisse
}
search-nothing = Nichts passt zu all diesen Wörtern. Versuchen Sie es mit weniger oder kürzeren Wörtern oder mit einer anderen Schreibweise.

## Treffen
meeting-format-in-person = Vor Ort
meeting-format-online = Online
meeting-format-hybrid = Vor Ort und online
meeting-access-step-free = Stufenloser Zugang
meeting-access-hearing-loop = Induktionsschleife für Hörgeräte
meeting-access-sign-language = Gebärdensprachdolmetschen
meeting-access-interpretation = Dolmetschen in andere Sprachen
meeting-access-childcare = Kinderbetreuung
meeting-access-quiet-room = Ruheraum
not-now-meeting-over = Dieses Treffen ist vorbei: Die Anmeldung ist geschlossen.
not-now-meetings = Die Anmeldung zu Treffen ist nur in einer Phase mit Treffen offen. Sehen Sie im Zeitplan des Verfahrens nach.
error-web-address = Geben Sie eine Adresse ein, die mit https:// oder http:// beginnt.
error-address-required = Sagen Sie, wo das Treffen stattfindet.
error-time-invalid = Geben Sie eine Uhrzeit in Stunden und Minuten ein, zum Beispiel 18:30.
error-meeting-ends-before-start = Das Treffen muss nach seinem Beginn enden.
error-capacity-invalid = Geben Sie eine ganze Zahl von Plätzen von 1 bis 100000 ein oder lassen Sie das Feld leer, wenn es keine Grenze gibt.
error-minutes-too-early = Das Protokoll kann erst geschrieben werden, wenn das Treffen begonnen hat.
error-minutes-required = Schreiben Sie das Protokoll.
error-minutes-length = Das Protokoll ist zu lang: Es darf höchstens 20.000 Zeichen haben.
process-see-meetings = { $count ->
    [0] Noch keine Treffen
    [one] { $n } Treffen ansehen
   *[other] Die { $n } Treffen ansehen
}
meetings-title = Treffen von { $process }
meeting-new-title = Treffen planen
meetings-upcoming = Demnächst
meetings-none-upcoming = Es ist noch kein Treffen geplant.
meetings-past = Vergangene Treffen
meetings-none-past = Es hat noch kein Treffen stattgefunden.
field-meeting-description = Worum es bei dem Treffen geht
field-meeting-format = Wo es stattfindet
field-meeting-address = Adresse
hint-meeting-address = Nötig für ein Treffen vor Ort. Sagen Sie, wie man den Raum findet, wenn er schwer zu finden ist.
field-meeting-link = Link zur Online-Teilnahme
hint-meeting-link = Nötig für ein Online-Treffen. Nur angemeldete Personen sehen ihn.
field-meeting-date = Datum
hint-meeting-date = Als Jahr-Monat-Tag, zum Beispiel 2026-12-03.
field-meeting-starts = Beginnt um
field-meeting-ends = Endet um
hint-meeting-time = In Stunden und Minuten in UTC, zum Beispiel 18:30.
field-meeting-capacity = Plätze
hint-meeting-capacity = Leer lassen, wenn es keine Grenze gibt. Wenn alle Plätze vergeben sind, kommen weitere Personen auf eine Warteliste.
field-meeting-access = Barrierefreiheit
field-meeting-access-notes = Mehr zur Barrierefreiheit
hint-meeting-access-notes = Freiwillig: zum Beispiel, in welche Sprachen gedolmetscht wird oder wo der Ruheraum ist.
meeting-create-submit = Treffen planen
field-meeting-when = Wann
meeting-link-for-registered = Wird den angemeldeten Personen gezeigt.
meeting-places = { $count ->
    [one] { $n } Platz
   *[other] { $n } Plätze
}
meeting-places-left = { $count ->
    [0] keiner mehr frei
    [one] { $n } frei
   *[other] { $n } frei
}
meeting-waiting-count = { $count ->
    [one] { $n } Person wartet
   *[other] { $n } Personen warten
}
meeting-no-limit = Keine Grenze
meeting-access-none = Noch nichts angegeben. Fragen Sie die Veranstaltenden, was Sie brauchen.
meeting-registration-heading = Teilnehmen
meeting-over = Dieses Treffen ist vorbei.
meeting-you-are-registered = Sie sind angemeldet.
meeting-cancel-submit = Meine Anmeldung absagen
meeting-you-are-waiting = { $count ->
    [one] Sie sind die erste Person auf der Warteliste.
   *[other] Sie sind Nummer { $n } auf der Warteliste.
}
meeting-leave-waiting-submit = Warteliste verlassen
field-meeting-needs = Was Sie zum Teilnehmen brauchen (freiwillig)
hint-meeting-needs = Nur die Veranstaltenden sehen das: zum Beispiel einen Platz für einen Rollstuhl oder Dolmetschen in eine Sprache.
meeting-register-submit = Anmelden
meeting-wait-submit = Auf die Warteliste setzen
sign-in-to-register = Melden Sie sich bei Piazza an, um sich für dieses Treffen anzumelden
meeting-minutes-heading = Protokoll
meeting-no-minutes = Das Protokoll erscheint hier nach dem Treffen.
meeting-outcomes-heading = Vorschläge aus diesem Treffen
meeting-minutes-form-heading = Protokoll schreiben
field-minutes = Protokoll
field-meeting-outcomes = Vorschläge aus dem Treffen
meeting-minutes-submit = Protokoll speichern
meeting-registrants-heading = { $count ->
    [0] Noch niemand hat sich angemeldet
    [one] { $n } Person angemeldet oder auf der Warteliste
   *[other] { $n } Personen angemeldet oder auf der Warteliste
}
column-place = Platz
column-needs = Bedarf
meeting-status-registered = Angemeldet
meeting-status-waiting = Warteliste
meeting-done-registered = Sie sind angemeldet. Bis bald!
meeting-done-waiting = Das Treffen ist voll: Sie stehen auf der Warteliste und bekommen Bescheid, wenn ein Platz frei wird.
meeting-done-cancelled = Ihre Anmeldung ist abgesagt.
meeting-done-minutes = Das Protokoll wurde gespeichert.
notification-new-meeting = { $name } hat ein Treffen geplant: „{ $title }“
notification-meeting-place = Ein Platz ist frei geworden: Sie sind jetzt für „{ $title }“ angemeldet.

## Themen und Orte
category-mobility = Mobilität und Verkehr
category-green-spaces = Parks und Grünflächen
category-public-space = Straßen und öffentlicher Raum
category-education = Schulen und Bildung
category-culture = Kultur
category-sport = Sport
category-health = Gesundheit
category-social-care = Soziales und Inklusion
category-housing = Wohnen
category-energy = Energie
category-environment = Umwelt und Klima
category-economy = Arbeit und lokale Wirtschaft
category-safety = Sicherheit
category-digital = Digitale Dienste
category-other = Sonstiges
sort-commented = Meiste Kommentare
comments-count = { $count ->
    [0] keine Kommentare
    [one] { $n } Kommentar
   *[other] { $n } Kommentare
}
field-neighbourhood = Stadtteil
field-neighbourhood-optional = Stadtteil (freiwillig)
field-map-point = Punkt auf einer Karte
hint-map-point = Freiwillig. Wenn Sie sie kennen, geben Sie Breitengrad und Längengrad des Ortes an, zum Beispiel 43.8431 und 10.5061. Die Adresse oben reicht aus.
field-latitude = Breitengrad
field-longitude = Längengrad
error-latitude = Geben Sie einen Breitengrad zwischen -90 und 90 ein, zum Beispiel 43.8431, oder lassen Sie beide Felder leer.
error-longitude = Geben Sie einen Längengrad zwischen -180 und 180 ein, zum Beispiel 10.5061, oder lassen Sie beide Felder leer.
community-neighbourhoods-link = Stadtteile
neighbourhoods-title = Stadtteile von { $community }
neighbourhoods-intro = Verfahren können nur einzelne Stadtteile betreffen, und Vorschläge können angeben, welchen Stadtteil sie betreffen. So finden Bewohnerinnen und Bewohner, was in ihrer Nähe ist.
neighbourhoods-none = Noch keine Stadtteile.
field-neighbourhood-name = Name des Stadtteils
neighbourhood-add-submit = Stadtteil hinzufügen
error-neighbourhood-exists = Diese Gemeinschaft hat schon einen Stadtteil mit diesem Namen.
field-process-scope = Welche Stadtteile betrifft es?
hint-process-scope = Lassen Sie alle Kästchen leer, wenn das Verfahren die ganze Gemeinschaft betrifft.
process-scope = Betrifft:
search-count-many = Mehr als { $n } Ergebnisse

## Bürgerhaushalte

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] Budgets
    [one] { $n } Budget
   *[other] { $n } Budgets
}
budgets-title = Budgets von „{ $process }“
budgets-intro = Die Bewohnerinnen und Bewohner entscheiden, wofür ein Teil des öffentlichen Haushalts ausgegeben wird: Jedes Budget zeigt Projekte mit ihren Kosten, und alle Bewohnerinnen und Bewohner dürfen einmal abstimmen.
budgets-none = In diesem Verfahren wurde noch kein Budget eröffnet.
budget-new-title = Budget eröffnen
budget-card-line = { $total } · { $style } · Zählweise: { $rule }
budget-ballots = { $count ->
    [0] Noch keine Stimmzettel
    [one] { $n } Stimmzettel
   *[other] { $n } Stimmzettel
}
budget-see-results = Ergebnisse ansehen
budget-status-open = Abstimmung läuft
budget-status-closed = Abstimmung beendet, noch nicht ausgezählt
budget-status-counted = Ausgezählt
budget-changeable = Sie können Ihren Stimmzettel ändern, bis die Abstimmung endet.
budget-officials-heading = Für die Verwaltung
budget-locked = Es wurden schon Stimmzettel abgegeben: Die Projekte, die Art der Abstimmung und die Zählweise können sich nicht mehr ändern.
budget-count-explained = Das Beenden schließt die Abstimmung endgültig, trennt jeden Stimmzettel von der Person, die ihn abgegeben hat, und zählt aus. Die anonymisierten Stimmzettel werden veröffentlicht, damit alle nachzählen können.
budget-count-submit = Abstimmung beenden und auszählen
budget-projects-heading = { $count ->
    [0] Noch keine Projekte auf dem Stimmzettel
    [one] { $n } Projekt auf dem Stimmzettel
   *[other] { $n } Projekte auf dem Stimmzettel
}
budget-off-ballot-heading = Nicht auf dem Stimmzettel
budget-create-submit = Budget eröffnen
field-budget-description = Wofür das Geld ist
field-budget-total = Geld, das ausgegeben werden kann
hint-budget-total = Eine ganze Zahl, zum Beispiel 250000.
field-budget-currency = Währung
hint-budget-currency = Drei Buchstaben, zum Beispiel EUR.
field-budget-style = Wie abgestimmt wird
field-budget-min-choices = Wie viele Projekte ein Stimmzettel mindestens wählen muss
hint-budget-min-choices = Freiwillig. 0 oder leer heißt: kein Minimum.
field-budget-max-choices = Wie viele Projekte ein Stimmzettel höchstens wählen darf (bei einer Rangfolge: wie viele Plätze)
hint-budget-max-choices = Freiwillig, außer bei einer Rangfolge. Leer heißt: keine Grenze.
field-budget-min-share = Anteil des Geldes, den ein Stimmzettel „passend zum Budget“ mindestens nutzen muss, in Prozent
hint-budget-min-share = Freiwillig, nur für Stimmzettel „passend zum Budget“, zum Beispiel 80.
field-budget-points = Punkte, die jede Person verteilt
hint-budget-points = Pflicht für Stimmzettel mit Punkten, zum Beispiel 10.
field-budget-rule = Wie die Stimmzettel gezählt werden
hint-budget-rule = Die Methode der gleichen Anteile gibt jeder Gruppe von Abstimmenden einen fairen Anteil am Geld; bei der Zählung nach den meisten Stimmen entscheidet die größte Gruppe über alles.
field-budget-changeable = Abstimmende dürfen ihren Stimmzettel ändern, bis die Abstimmung endet
ballot-style-approval = Alle Projekte wählen, die Sie unterstützen
ballot-style-knapsack = Projekte wählen, die ins Budget passen
ballot-style-cumulative = Punkte auf Projekte verteilen
ballot-style-ranked = Ihre Lieblingsprojekte in eine Reihenfolge bringen
counting-rule-mes_cost_add1_eqs = Methode der gleichen Anteile (empfohlen)
counting-rule-mes_cost_add1_greedy = Methode der gleichen Anteile, danach meiste Stimmen für den Rest
counting-rule-greedy_cost = meiste Stimmen zuerst
counting-rule-greedy_card = meiste Stimmen pro Kosteneinheit zuerst
counting-rule-phragmen = Methode von Phragmén
counting-rule-maxwelfare_cost = die Auswahl von Projekten mit dem meisten befürworteten Geld
counting-rule-greedy_points = meiste Punkte zuerst
counting-rule-mes_points = Methode der gleichen Anteile nach Punkten
error-whole-number-range = Geben Sie eine ganze Zahl von { $min_shown } bis { $max_shown } ein.
error-budget-total-required = Geben Sie das Geld ein, das ausgegeben werden kann.
error-currency = Geben Sie die Währung mit drei Buchstaben ein, zum Beispiel EUR.
error-rule-needs-approvals = Diese Zählweise zählt Zustimmungen: Wählen Sie für Stimmzettel mit Punkten oder mit Rangfolge eine Zählweise nach Punkten.
error-rule-needs-points = Diese Zählweise zählt Punkte: Wählen Sie sie nur für Stimmzettel mit Punkten oder mit Rangfolge.
error-max-below-min = Die Höchstzahl an Projekten darf nicht kleiner sein als die Mindestzahl.
error-points-required = Geben Sie ein, wie viele Punkte jede Person verteilt.
error-ranks-required = Geben Sie ein, wie viele Plätze eine Rangfolge hat.
error-budget-locked = Es wurden schon Stimmzettel abgegeben, deshalb können sich die Projekte des Budgets nicht mehr ändern.
project-new-title = Projekt hinzufügen
field-project-description = Was das Projekt macht
field-project-cost = Kosten
hint-project-cost = Eine ganze Zahl in der Währung des Budgets.
error-cost-required = Geben Sie die Kosten ein.
field-project-proposal = Woher es kommt
hint-project-proposal = Ein Vorschlag aus diesem Verfahren oder von der Verwaltung.
option-from-officials = Die Verwaltung
field-project-image = Bild (als Link)
hint-project-image = Freiwillig. Eine https-Adresse eines Bildes; die Seite verlinkt es nur und lädt es nie.
error-image-address = Geben Sie eine Adresse ohne Leerzeichen ein, die mit https:// beginnt.
project-create-submit = Projekt hinzufügen
project-done-added = Das Projekt wurde hinzugefügt. Prüfen Sie, ob es machbar ist, damit es auf den Stimmzettel kommt.
project-from-proposal = Den Vorschlag ansehen, aus dem es stammt
project-see-image = Ein Bild ansehen
feasibility-pending = Machbarkeit noch nicht geprüft
feasibility-feasible = Machbar
feasibility-infeasible = Nicht machbar
project-review-legend = „{ $title }“ prüfen
field-feasibility-reason = Öffentliche Begründung (Pflicht, wenn nicht machbar)
error-feasibility-reason-required = Geben Sie die öffentliche Begründung an, warum das Projekt nicht machbar ist.
project-review-submit = Prüfung speichern
project-done-reviewed = Die Prüfung wurde gespeichert.
ballot-heading = Ihr Stimmzettel
ballot-instructions-approval = Wählen Sie die Projekte, die Sie unterstützen.
ballot-instructions-knapsack = Wählen Sie Projekte, deren Kosten zusammen ins Budget passen.
ballot-instructions-cumulative = Geben Sie den Projekten, die Sie unterstützen, Punkte.
ballot-instructions-ranked = Geben Sie Ihren Lieblingsprojekten einen Platz. Auf Platz 1 kommt das Projekt, das Sie am meisten wollen.
ballot-points-to-spread = { $count ->
    [one] Sie haben { $n } Punkt zu verteilen.
   *[other] Sie haben { $n } Punkte zu verteilen.
}
ballot-min-share = { $count ->
    [one] Ihre Auswahl muss mindestens { $n } Prozent des Geldes nutzen.
   *[other] Ihre Auswahl muss mindestens { $n } Prozent des Geldes nutzen.
}
ballot-min-choices = { $count ->
    [one] Wählen Sie mindestens { $n } Projekt.
   *[other] Wählen Sie mindestens { $n } Projekte.
}
ballot-max-choices = { $count ->
    [one] Wählen Sie höchstens { $n } Projekt.
   *[other] Wählen Sie höchstens { $n } Projekte.
}
ballot-not-ranked = Ohne Platz
ballot-place = Platz { $n }
ballot-chosen = { $count ->
    [0] Kein Projekt gewählt
    [one] { $n } Projekt gewählt
   *[other] { $n } Projekte gewählt
}
ballot-cost-left = sie kosten { $cost }, es bleiben { $left }
ballot-points-used = { $used_shown } von { $points_shown } Punkten vergeben
ballot-valid = Ihr Stimmzettel ist gültig.
ballot-nothing-chosen = Wählen Sie Projekte, dann prüfen Sie die Summe oder geben Sie Ihren Stimmzettel ab.
ballot-check-submit = Summe prüfen
ballot-cast-submit = Stimmzettel abgeben
ballot-change-submit = Stimmzettel ändern
ballot-voted-changeable = Sie haben abgestimmt. Ihr Stimmzettel steht unten; Sie können ihn ändern, bis die Abstimmung endet, und der letzte zählt.
ballot-voted-final = Sie haben abgestimmt. Ihr Stimmzettel ist endgültig.
ballot-no-projects = Es steht noch kein Projekt auf dem Stimmzettel.
ballot-sign-in = Melden Sie sich an, um abzustimmen
ballot-not-open = Die Abstimmung ist gerade nicht offen: Sie findet statt, während das Verfahren in der Phase „Auswählen“ ist.
ballot-closed = Die Abstimmung ist beendet.
ballot-done-recorded = Ihr Stimmzettel wurde gespeichert.
ballot-done-replaced = Ihr Stimmzettel wurde geändert; nur der neue zählt.
ballot-problem-empty = Wählen Sie mindestens ein Projekt.
ballot-problem-too-few = { $min ->
    [one] Wählen Sie mindestens { $min_shown } Projekt.
   *[other] Wählen Sie mindestens { $min_shown } Projekte.
}
ballot-problem-too-many = { $max ->
    [one] Wählen Sie höchstens { $max_shown } Projekt.
   *[other] Wählen Sie höchstens { $max_shown } Projekte.
}
ballot-problem-over-budget = Ihre Auswahl kostet { $over_shown } mehr als das Budget.
ballot-problem-under-share = Ihre Auswahl muss mindestens { $share_shown } Prozent des Geldes nutzen.
ballot-problem-too-many-points = Sie dürfen höchstens { $points_shown } Punkte vergeben.
ballot-problem-points-whole = Punkte müssen ganze Zahlen sein, 0 oder mehr.
ballot-problem-place-twice = Zwei Projekte haben Platz { $place_shown }: Vergeben Sie jeden Platz nur einmal.
ballot-problem-place-range = Die Plätze gehen von 1 bis { $places_shown }.
ballot-problem-unknown-project = Ein gewähltes Projekt steht nicht auf dem Stimmzettel.
error-ballot-invalid = Ihr Stimmzettel kann noch nicht abgegeben werden: Sehen Sie unten, was sich ändern muss.
not-now-voting-closed = Für dieses Budget ist die Abstimmung gerade nicht offen.
not-now-already-voted = Sie haben bei diesem Budget schon abgestimmt, und seine Stimmzettel können nicht geändert werden.
results-title = Ergebnisse von „{ $budget }“
results-spent = Ausgegebenes Geld
results-left = Übriges Geld
results-ballots-heading = Stimmzettel
results-ballots = { $count ->
    [0] Keine Stimmzettel
    [one] { $n } Stimmzettel
   *[other] { $n } Stimmzettel
}
results-channel = { $channel }: { $n }
channel-online = Online
channel-code = Mit einem Abstimmungscode
channel-paper = Auf Papier, eingegeben von der Prozessbegleitung
results-counted = Ausgezählt am
results-rule-explained-equal-shares = Gezählt nach der Methode der gleichen Anteile: Jede abstimmende Person bekommt einen gleichen Anteil am Geld und gibt ihn nur für Projekte aus, die sie gewählt hat. Ein Projekt gewinnt, wenn seine Unterstützenden es gemeinsam bezahlen können; das Projekt, das jede dieser Personen am wenigsten kostet, kommt zuerst.
results-rule-explained-greedy = Gezählt nach den meisten Stimmen: Die Projekte kommen in der Reihenfolge ihrer Stimmen dran, und jedes wird gewählt, wenn es noch in das übrige Geld passt.
results-rule-explained-phragmen = Gezählt nach der Methode von Phragmén: Die Kosten jedes Projekts werden so gleichmäßig wie möglich auf seine Unterstützenden verteilt, und die Zählung endet beim ersten Projekt, das nicht mehr passt.
results-rule-explained-max-welfare = Gezählt als die Auswahl von Projekten, die ins Budget passt und das meiste befürwortete Geld hat.
results-chart-heading = Stimmen pro Projekt
results-chart-caption = Projekte, die gewonnen haben, sind dunkel gezeichnet, die anderen hell; die Zahlen stehen auch in der Tabelle unten.
results-bar-label = { $title }: { $votes }
results-table-heading = Alle Projekte und warum sie gewonnen oder verloren haben
results-project = Projekt
results-cost = Kosten
results-votes = Stimmen
results-outcome = Ergebnis
results-why = Warum
results-won = Gewonnen
results-lost = Verloren
fate-ranked-won = Platz { $rank }: Als es an der Reihe war, waren noch { $left } übrig, genug, um es zu bezahlen.
fate-ranked-lost = Platz { $rank }: Als es an der Reihe war, waren nur noch { $left } übrig, weniger als seine Kosten.
fate-shared = In Schritt { $step } gewählt: { $payers } Unterstützende haben es bezahlt, jeweils { $share } ({ $all } von ihnen haben alles bezahlt, was sie noch hatten).
fate-supporters-short = Seine Unterstützenden hatten zusammen nur noch { $held } übrig, weniger als seine Kosten.
fate-completed = Nach den gleichen Anteilen gewählt, nach den meisten Stimmen: Platz { $rank }, mit { $left } übrig.
fate-not-completed = Nicht gewählt: Platz { $rank } nach Stimmen, als nur noch { $left } übrig waren.
fate-loaded = In Schritt { $step } gewählt.
fate-stopped-here = Es passte nicht mehr in das übrige Geld, und die Zählung endete hier.
fate-not-reached = Die Zählung endete, bevor es an der Reihe war.
fate-optimal-won = Teil der Auswahl mit dem meisten befürworteten Geld.
fate-optimal-lost = Nicht Teil der Auswahl mit dem meisten befürworteten Geld.
fate-free = Kostenlos und unterstützt, deshalb gewählt.
fate-unsupported = Niemand hat dafür gestimmt.
results-recount-heading = Selbst nachzählen
results-recount-explained = Die Stimmzettel werden ohne Namen und ohne Uhrzeit im Pabulib-Format veröffentlicht. Alle können sie mit Piazza oder anderen Werkzeugen noch einmal zählen und müssen auf dieselben gewinnenden Projekte kommen.
results-download = Stimmzettel herunterladen (Pabulib)
results-sha256 = SHA-256-Fingerabdruck der Datei:

## Abstimmungscodes und Stimmzettel auf Papier

budget-codes-status = { $printed_shown } Abstimmungscodes gedruckt, { $used_shown } benutzt.
field-code-count = Wie viele Abstimmungscodes gedruckt werden sollen
hint-code-count = Die Codes werden nur einmal zum Drucken gezeigt: Piazza speichert von jedem nur einen Fingerabdruck. Von 1 bis 1.000.
budget-codes-submit = Abstimmungscodes drucken
codes-title = Abstimmungscodes für „{ $budget }“
codes-print-now = Drucken Sie diese Seite jetzt: Diese Codes werden nicht noch einmal gezeigt. Jeder Code erlaubt einen Stimmzettel.
codes-how = Zum Abstimmen öffnen Sie diese Adresse, geben den Code ein und wählen Ihre Projekte. Der Code funktioniert nur einmal.
ballot-code-heading = Mit einem Code abstimmen
ballot-paper-heading = Stimmzettel auf Papier eingeben
field-voting-code = Abstimmungscode
hint-voting-code = Die zwölf Buchstaben und Ziffern auf Ihrem Zettel, zum Beispiel ABCD-EFGH-JKLM.
field-paper-reference = Nummer auf dem Stimmzettel aus Papier
hint-paper-reference = Derselbe Zettel kann nicht zweimal unter derselben Nummer eingegeben werden.
ballot-code-submit = Stimmzettel mit diesem Code abgeben
ballot-paper-submit = Diesen Stimmzettel eingeben
ballot-vote-with-code = Mit einem gedruckten Code abstimmen
ballot-enter-paper = Stimmzettel auf Papier eingeben
ballot-back-to-budget = Zurück zum Budget
ballot-recorded-heading = Genau das wurde gespeichert:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = Der Stimmzettel wurde gespeichert. Der Code kann nicht noch einmal benutzt werden.
paper-done-entered = Der Stimmzettel auf Papier wurde eingegeben.
error-code-required = Geben Sie den Abstimmungscode ein.
error-code-unknown = Diesen Code gibt es für dieses Budget nicht. Prüfen Sie die Buchstaben und Ziffern.
error-paper-reference = Geben Sie die Nummer auf dem Zettel ein, höchstens 40 Zeichen.
not-now-code-used = Dieser Code wurde schon benutzt: Jeder Code erlaubt nur einen Stimmzettel.
not-now-paper-entered = Ein Stimmzettel auf Papier mit dieser Nummer wurde schon eingegeben.

## Wer abstimmen darf, Melderegister-Listen und importierte Abstimmungen

not-now-needs-voter-details = Dieses Budget fragt nach Ihrem Geburtsdatum oder Ihrem Bezirk, bevor Sie abstimmen.
not-now-needs-census = Bei diesem Budget müssen Sie sich vor dem Abstimmen mit der Melderegister-Liste bestätigen lassen.
not-now-too-young = Sie sind jünger als das Mindestalter für dieses Budget.
not-now-outside-districts = Dieses Budget ist für Bewohnerinnen und Bewohner anderer Bezirke.
not-now-group-full = Sie haben schon in so vielen Budgets dieser Gruppe abgestimmt, wie eine Person darf.
budget-who-may-vote = Wer abstimmen darf
field-budget-min-age = Mindestalter (freiwillig)
hint-budget-min-age = In Jahren. Leer lassen, wenn Menschen jeden Alters abstimmen dürfen.
field-budget-census-only = Abstimmende müssen sich mit der Melderegister-Liste bestätigen lassen
hint-budget-census-only = Angemeldete Bewohnerinnen und Bewohner bestätigen sich dann einmal mit ihrer Ausweisnummer und ihrem Geburtsdatum; Codes und Stimmzettel auf Papier werden vor Ort geprüft.
field-budget-districts = Bewohnerinnen und Bewohner welcher Bezirke dürfen abstimmen?
hint-budget-districts = Lassen Sie alle Kästchen leer, wenn alle Bewohnerinnen und Bewohner abstimmen dürfen.
field-budget-group = Gruppe von Budgets (freiwillig)
hint-budget-group = Budgets dieses Verfahrens mit demselben Gruppennamen teilen sich eine Grenze: zum Beispiel „Bezirke“, damit jede Person in einem Bezirksbudget ihrer Wahl abstimmt.
field-budget-group-limit = In wie vielen Budgets der Gruppe eine Person abstimmen darf
hint-budget-group-limit = Eine ganze Zahl; 1, wenn leer.
error-group-name = Schreiben Sie einen Gruppennamen mit höchstens 80 Zeichen.
error-group-name-required = Geben Sie der Gruppe, für die die Grenze gilt, einen Namen.
budget-edit-title = „{ $title }“ ändern
budget-edit-submit = Budget speichern
budget-edit-link = Budget ändern
budget-edit-locked = Es wurden schon Stimmzettel abgegeben: Jetzt können sich nur noch Titel und Beschreibung ändern, damit sich keine Regel ändert, während abgestimmt wird.
budget-done-changed = Das Budget wurde gespeichert.
field-project-district = Bezirk (freiwillig)
option-whole-community = Die ganze Gemeinschaft
eligibility-min-age = Bewohnerinnen und Bewohner ab { $age } Jahren.
eligibility-districts = Bewohnerinnen und Bewohner von: { $districts }.
eligibility-census = Bewohnerinnen und Bewohner, die sich mit der Melderegister-Liste bestätigt haben.
eligibility-group = Dieses Budget gehört zur Gruppe „{ $group }“: Jede Person darf in { $limit } ihrer Budgets abstimmen.
ballot-give-details = Ihre Angaben machen
results-districts-heading = Ergebnisse nach Bezirk
results-district = Bezirk
results-district-projects = Geförderte Projekte
results-district-spent = Ausgegebenes Geld
results-whole-community = Die ganze Gemeinschaft
results-district-funded = { $won } von { $of }
channel-imported = importiert
budget-import-title = Frühere Abstimmung importieren
budget-import-intro = Spielen Sie einen Bürgerhaushalt nach, der anderswo stattgefunden hat: Eine Pabulib-Datei (das offene Format für Abstimmungen über Bürgerhaushalte) wird zu einem Budget dieses Verfahrens, mit seinen Projekten und Stimmzetteln, bereit zum Auszählen hier.
field-pabulib-file = Pabulib-Datei
hint-pabulib-file = Eine .pb-Datei mit den Abschnitten META, PROJECTS und VOTES. Beträge müssen ganze Einheiten der Währung sein.
budget-import-submit = Abstimmung importieren
budget-done-imported = Die Abstimmung wurde importiert. Zählen Sie sie aus, um die Ergebnisse zu sehen.
error-pabulib-line = Die Datei kann in Zeile { $line } nicht gelesen werden. Prüfen Sie diese Zeile anhand des Pabulib-Formats.
error-pabulib-file = Die Datei ist keine Pabulib-Datei mit Projekten und einem Budget.
error-pabulib-decimals = Die Datei enthält Beträge mit Nachkommastellen; Budgets hier haben nur ganze Einheiten ihrer Währung.
error-pabulib-too-many = Die Datei hat mehr als { $most } Stimmzettel.
census-title = Melderegister-Liste
census-intro = Laden Sie die Liste der Personen hoch, die abstimmen dürfen, als CSV: eine Person pro Zeile mit einer Ausweisnummer, einem Geburtsdatum (JJJJ-MM-TT) und, wenn Sie möchten, dem Namen ihres Bezirks. Piazza speichert von jeder Ausweisnummer und jedem Geburtsdatum nur einen mit einem geheimen Schlüssel gebildeten Fingerabdruck, nie die Angaben selbst. Eine neue Liste ersetzt die alte; wer schon bestätigt ist, bleibt bestätigt.
census-status = Die Liste hat { $entries } Einträge; { $claimed } wurden zum Bestätigen benutzt.
census-none = Es wurde noch keine Melderegister-Liste hochgeladen.
field-census-file = Melderegister-Liste (CSV)
hint-census-file = Zum Beispiel: AB1234567,1990-04-21,Centro
census-submit = Liste hochladen
census-done-loaded = Die Melderegister-Liste wurde mit { $entries } Einträgen geladen.
error-census-line = In Zeile { $line } fehlen eine Ausweisnummer und ein Geburtsdatum im Format JJJJ-MM-TT.
error-census-district = Zeile { $line } nennt einen Bezirk, den diese Gemeinschaft nicht hat.
error-census-too-long = Die Liste ist zu lang.
error-census-empty = Die Datei enthält niemanden. Wählen Sie die CSV-Datei der Melderegister-Liste.
voter-details-title = Ihre Angaben zum Abstimmen
voter-details-intro = Manche Budgets sind für Bewohnerinnen und Bewohner bestimmter Bezirke oder eines bestimmten Alters. Was Sie hier angeben, wird nur benutzt, um zu prüfen, ob Sie abstimmen dürfen; es wird nie jemandem gezeigt.
voter-details-verified = Die Melderegister-Liste hat Ihre Angaben bestätigt.
voter-details-declared = Sie haben diese Angaben selbst gemacht.
field-birth-date = Geburtsdatum
hint-birth-date = Im Format JJJJ-MM-TT, zum Beispiel 1990-04-21.
field-voter-district = Ihr Bezirk
voter-census-heading = Mit der Melderegister-Liste bestätigen
voter-census-intro = Geben Sie Ihre Ausweisnummer und Ihr Geburtsdatum so ein, wie die Gemeinde sie gespeichert hat. Jeder Eintrag der Liste kann nur ein einziges Konto bestätigen.
field-identity = Ausweisnummer
hint-identity = Leerzeichen, Bindestriche und Großbuchstaben spielen keine Rolle.
voter-census-submit = Bestätigen
voter-declare-heading = Ihre Angaben machen
voter-declare-intro = Bei Budgets, die keine Melderegister-Liste verlangen, reicht es, Ihr Geburtsdatum und Ihren Bezirk anzugeben.
voter-declare-submit = Meine Angaben speichern
error-identity-required = Geben Sie Ihre Ausweisnummer ein.
error-birth-date = Schreiben Sie ein echtes Geburtsdatum im Format JJJJ-MM-TT.
error-census-none = Diese Gemeinschaft hat keine Melderegister-Liste zum Bestätigen.
error-census-unknown = Kein Eintrag der Melderegister-Liste hat diese Ausweisnummer und dieses Geburtsdatum. Prüfen Sie beides oder fragen Sie bei der Gemeinde nach.
error-census-used = Dieser Eintrag der Melderegister-Liste hat schon ein anderes Konto bestätigt. Wenn Sie das nicht waren, fragen Sie bei der Gemeinde nach.
error-details-verified = Die Melderegister-Liste hat Ihre Angaben bestätigt; sie können hier nicht geändert werden.
community-census-link = Melderegister-Liste

## Das eigene Konto löschen

account-erase-link = Mein Konto löschen
erase-title = Mein Konto löschen
erase-intro = Das Löschen Ihres Kontos kann nicht rückgängig gemacht werden. Das passiert dabei:
erase-goes = Sofort gelöscht werden: Ihr Name, Ihr Benutzername, Ihre E-Mail-Adresse, Ihre Sitzungen, Rollen und Unterstützungen, alles, dem Sie folgen, und Ihre Angaben zum Abstimmen.
erase-stays = Ihre Vorschläge und Kommentare bleiben lesbar, werden aber so angezeigt, als hätte sie „eine ehemals teilnehmende Person“ geschrieben.
erase-ballots = Ihre Stimmzettel in Bürgerhaushalten bleiben gezählt, und niemand kann mehr erkennen, dass sie von Ihnen waren.
erase-meetings = Ihre Plätze bei kommenden Treffen gehen an die nächsten Personen auf der Warteliste.
erase-final = Wenn Sie eine Kopie Ihrer Daten möchten, laden Sie sie vorher herunter.
hint-erase-password = Geben Sie Ihr Passwort ein, um zu bestätigen, dass Sie es sind.
erase-submit = Mein Konto endgültig löschen
erase-done-title = Ihr Konto wurde gelöscht
erase-done = Ihr Konto und alles, was Sie erkennbar machte, wurden gelöscht. Danke, dass Sie mitgemacht haben.
erase-done-home = Zurück zur Startseite
account-data-link = Ihre Daten ansehen und herunterladen
data-title = Ihre Daten
data-intro = Das ist alles, was Piazza über Sie speichert. Der Download enthält alles davon, als eine JSON-Datei und eine CSV-Datei pro Art von Eintrag, in einer ZIP-Datei.
data-download = Meine Daten herunterladen (ZIP)
data-joined = Dabei seit
data-everything = Was gespeichert ist und wie viel
data-what = Was
data-how-many = Wie viele
data-records = { $count ->
    [one] { $n } Eintrag
   *[other] { $n } Einträge
}
data-not-kept = Nicht gespeichert: Ihr Passwort (nur ein Fingerabdruck, aus dem es sich nicht zurückgewinnen lässt) und welcher Stimmzettel Ihrer war, sobald die Abstimmung beendet ist.
data-profile = Ihr Profil
data-sign-ins = Angemeldete Sitzungen
data-password-resets = Anfragen zum Zurücksetzen des Passworts
data-roles = Rollen in Gemeinschaften
data-organisations = Organisationen, zu denen Sie gehören
data-proposals = Vorschläge, die Sie geschrieben haben
data-proposal-versions = Versionen von Vorschlägen, die Sie geschrieben haben
data-co-authorships = Vorschläge, zu deren Mitverfassen Sie eingeladen wurden
data-amendments = Änderungen, die Sie vorgeschlagen haben
data-comments = Kommentare, die Sie geschrieben haben
data-proposal-supports = Vorschläge, die Sie unterstützen
data-comment-supports = Kommentare, die Sie unterstützen
data-meeting-registrations = Treffen, zu denen Sie sich angemeldet haben
data-follows = Dinge, denen Sie folgen
data-notifications = Benachrichtigungen für Sie
data-reports = Beiträge, die Sie gemeldet haben
data-blocks = Sperren durch die Moderation
data-budget-votes = Budgets, bei denen Sie abgestimmt haben
data-voting-details = Ihre Angaben zum Abstimmen
data-email = E-Mail-Adresse

## Einwilligung

account-consents-link = Ihre Einwilligungen
consents-title = Ihre Einwilligungen
consents-intro = Piazza fragt Sie, bevor es Ihre Daten für etwas nutzt, das über das hinausgeht, was Sie selbst tun. Jede Antwort wird mit dem Datum und der Version des Hinweises gespeichert, den Sie gelesen haben. Widerrufen geht mit einem Klick, genau wie Einwilligen.
consent-purpose-taking-part = Mitmachen
consent-purpose-contact = Kontaktaufnahme
consent-purpose-demographics = Statistik darüber, wer mitmacht
consent-purpose-research = Forschung über Beiträge
consent-notice-taking-part = Piazza speichert, was Sie schreiben, unterstützen und abstimmen, zusammen mit Ihrem Anzeigenamen, damit Ihre Gemeinschaft es sehen und darauf antworten kann. Sie können Ihr Konto jederzeit löschen.
consent-notice-contact = Piazza darf Ihnen per E-Mail schreiben, über Dinge, denen Sie folgen, und über die Verfahren Ihrer Gemeinschaft. Wie oft, entscheiden Sie in Ihrem Konto.
consent-notice-demographics = Wenn Sie freiwillige Fragen über sich beantworten (Altersgruppe, Geschlecht, Stadtteil und Ähnliches), speichert Piazza die Antworten getrennt von Ihrem Namen und nutzt sie nur, um in Gruppen von mindestens fünf Personen zu zählen, wer mitmacht und wer fehlt.
consent-notice-research = Forschende dürfen Ihre Beiträge ohne Ihren Namen untersuchen, um zu verstehen, wie Beteiligung funktioniert. Es wird nichts veröffentlicht, was Sie erkennbar machen könnte.
consent-state-not-given = Sie haben diese Einwilligung nicht gegeben.
consent-state-granted = Sie haben diese Einwilligung am { $date } gegeben.
consent-state-withdrawn = Sie haben diese Einwilligung am { $date } widerrufen.
consent-state-asked-again = Der Hinweis hat sich geändert, seit Sie eingewilligt haben: Bitte lesen Sie ihn noch einmal und antworten Sie. Bis dahin zählt die Einwilligung nicht.
consent-grant = Ich willige ein
consent-withdraw = Meine Einwilligung widerrufen
consent-done-saved = Ihre Antwort wurde gespeichert.
consents-ledger-heading = Alles, was Sie geantwortet haben
consents-ledger-empty = Sie haben noch nichts geantwortet.
consents-when = Wann
consents-purpose = Betrifft
consents-answer = Antwort
consents-how = Wie
consents-version = Version des Hinweises
consents-basis = Rechtsgrundlage
consent-granted = eingewilligt
consent-withdrawn = widerrufen
consent-channel-online = online
consent-channel-paper = auf Papier
consent-channel-phone = per Telefon
consent-channel-by = { $channel }, erfasst von { $name }
legal-basis-consent = Einwilligung (DSGVO Art. 6 Abs. 1 lit. a)
legal-basis-explicit-consent = ausdrückliche Einwilligung (DSGVO Art. 9 Abs. 2 lit. a)
data-consents = Ihre Einwilligungen

## Verzeichnis der Verarbeitungstätigkeiten

community-privacy-link = Wie Ihre Daten genutzt werden
processing-title = Wie { $community } personenbezogene Daten nutzt
processing-intro = Dieses Verzeichnis der Verarbeitungstätigkeiten wird aus dem erzeugt, was Piazza tatsächlich speichert, und aus den Speicherfristen dieser Instanz. Deshalb ist es immer aktuell.
processing-caption = Was gespeichert wird, warum und wie lange
processing-what = Was
processing-why = Warum
processing-basis = Rechtsgrundlage
processing-kept = Speicherdauer
processing-who = Wer es sehen kann
processing-kept-days = { $count ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
processing-account = Ihr Konto: Benutzername, Anzeigename, E-Mail-Adresse, Sprache und ein Fingerabdruck Ihres Passworts
processing-account-why = Damit Sie sich anmelden und unter einem Namen Ihrer Wahl mitmachen können
processing-contributions = Vorschläge, Kommentare, Änderungsvorschläge und Protokolle von Treffen
processing-contributions-why = Öffentliche Beteiligung: damit alle sie lesen, besprechen und beantworten können
processing-votes = Unterstützungen und Stimmzettel für Budgets
processing-votes-why = Um sie zu zählen
processing-meetings = Anmeldungen zu Treffen und was Sie nach Ihren Angaben zur Teilnahme brauchen
processing-meetings-why = Um Treffen zu organisieren, an denen alle teilnehmen können
processing-notifications = Ihre Benachrichtigungen
processing-notifications-why = Um Ihnen mitzuteilen, was mit dem geschehen ist, dem Sie folgen
processing-mail = An Sie gesendete E-Mails
processing-mail-why = Um Benachrichtigungen, Übersichten und Links zum Zurücksetzen des Passworts zuzustellen und es erneut zu versuchen, wenn die Zustellung fehlschlägt
processing-security = Sitzungen und fehlgeschlagene Anmeldeversuche
processing-security-why = Um Konten vor Menschen zu schützen, die Passwörter erraten wollen
processing-eligibility = Die Melderegister-Liste und Ihre Angaben zum Abstimmen (Geburtsdatum, Bezirk)
processing-eligibility-why = Um zu prüfen, wer bei einem Bürgerhaushalt abstimmen darf
processing-consents = Ihre Einwilligungen und ihr Verlauf
processing-consents-why = Um nachzuweisen, wozu Sie eingewilligt haben und wann
processing-moderation = Meldungen und Entscheidungen der Moderation
processing-moderation-why = Um Diskussionen respektvoll zu halten, und zwar transparent
processing-kept-until-erased = Bis Sie Ihr Konto löschen
processing-kept-contributions = Solange das Verfahren öffentlich ist; wenn Sie Ihr Konto löschen, bleiben sie ohne Ihren Namen erhalten
processing-kept-votes = Dauerhaft gezählt; wer abgestimmt hat, wird vergessen, wenn Sie Ihr Konto löschen, und welcher Stimmzettel Ihrer war, wird vergessen, wenn die Abstimmung endet
processing-kept-meeting-needs = Ihr Bedarf: { $days } nach dem Treffen; die Anmeldung selbst: bis Sie Ihr Konto löschen
processing-kept-security = Sitzungen, bis sie ablaufen; fehlgeschlagene Anmeldungen einen Tag lang
processing-kept-eligibility = Die Melderegister-Liste, bis sie ersetzt wird, nur als mit einem geheimen Schlüssel gebildete Fingerabdrücke gespeichert; Ihre Angaben, bis Sie Ihr Konto löschen
processing-kept-moderation = So lange wie der Inhalt, den sie betreffen; das öffentliche Protokoll behält die Entscheidungen, nie aber, wer gemeldet hat
processing-who-you-and-operators = Sie und die Menschen, die diese Instanz betreiben
processing-who-everyone = Alle
processing-who-totals = Niemand einzeln: Es werden nur Gesamtzahlen veröffentlicht
processing-who-organisers = Die Veranstaltenden des Treffens in { $community }
processing-who-you = Nur Sie
processing-who-operators = Die Menschen, die diese Instanz betreiben, um Probleme bei der Zustellung zu beheben
processing-who-nobody = Niemand: Es wird automatisch geprüft
processing-who-moderators = Die Moderation von { $community }
legal-basis-public-task = eine Aufgabe im öffentlichen Interesse (DSGVO Art. 6 Abs. 1 lit. e)
legal-basis-legitimate-interest = berechtigtes Interesse an Sicherheit (DSGVO Art. 6 Abs. 1 lit. f)
legal-basis-legal-obligation = eine rechtliche Verpflichtung (DSGVO Art. 6 Abs. 1 lit. c und Art. 7 Abs. 1)
processing-rights = Sie können Ihre Daten jederzeit ansehen und herunterladen, Einwilligungen geben und widerrufen und Ihr Konto löschen.

## Erklärung zur Barrierefreiheit und Barrieren

footer-accessibility = Erklärung zur Barrierefreiheit und Barriere melden
community-barriers-link = Gemeldete Barrieren
accessibility-title = Erklärung zur Barrierefreiheit
accessibility-commitment = Piazza ist so gemacht, dass alle mitmachen können: auf einem günstigen Handy und mit einer langsamen Verbindung, ohne JavaScript, mit einer Tastatur oder einem Screenreader und in einer Sprache, die von rechts nach links geschrieben wird. Diese Erklärung folgt der EU-Richtlinie über den barrierefreien Zugang zu Websites (2016/2102).
accessibility-status-heading = Wie barrierefrei es ist
accessibility-status = Piazza strebt an, die Richtlinien für barrierefreie Webinhalte (WCAG) 2.2 auf Stufe AA zu erfüllen. Die unten genannten Seiten werden automatisch geprüft; manche Barrieren können nur Menschen finden, deshalb sagen Sie uns bitte, wenn Sie auf eine stoßen.
accessibility-how-heading = Wie geprüft wird
accessibility-how-axe = Jede Seite wird mit axe-core in einem echten Browser nach WCAG 2.2 AA geprüft, abgemeldet und angemeldet mit jeder Rolle, in einer Sprache, die von links nach rechts, und einer, die von rechts nach links geschrieben wird.
accessibility-how-no-script = Jede Seite funktioniert mit ausgeschaltetem JavaScript, auch Stimmzettel und Formulare.
accessibility-how-keyboard = Registrieren und Anmelden werden nur mit der Tastatur getestet; der Fokus ist immer sichtbar.
accessibility-how-languages = Die Seiten sind vollständig übersetzt; Texte, die Menschen schreiben, behalten ihre eigene Sprache und Schreibrichtung.
accessibility-limits-heading = Bekannte Grenzen
accessibility-limit-maps = Orte werden als Adressen und Koordinaten angegeben; es wird keine Karte gezeichnet.
accessibility-limit-content = Was Menschen schreiben (Vorschläge, Kommentare, Bilder als Link), gehört ihnen: Es kann sein, dass Bildbeschreibungen oder einfache Sprache fehlen. Zusammenfassungen in Leichter Sprache gibt es dort, wo die Verfassenden sie geschrieben haben.
accessibility-enforcement-heading = Wenn Sie nicht zufrieden sind
accessibility-enforcement = Wenn Sie mit der Antwort auf eine Meldung nicht zufrieden sind, können Sie sich an die Durchsetzungsstelle Ihres Landes für die Richtlinie über den barrierefreien Zugang zu Websites wenden (in Italien: AgID).
barrier-heading = Barriere melden
barrier-intro = Sagen Sie uns, was Sie aufgehalten oder Ihnen Schwierigkeiten gemacht hat. Ihre Meldung geht an die Administration der Gemeinschaft, die Sie wählen, oder dieser Instanz.
field-barrier-page = Seite (freiwillig)
hint-barrier-page = Die Adresse der Seite oder wie sie hieß.
field-barrier-description = Was ist schiefgelaufen?
hint-barrier-description = Was Sie tun wollten und was passiert ist. Nennen Sie gern Ihr Gerät oder Ihre assistive Technologie.
field-barrier-community = Welche Gemeinschaft betrifft es?
option-barrier-instance = Keine bestimmte
field-barrier-contact = Wie können wir Ihnen antworten? (freiwillig)
hint-barrier-contact = Eine E-Mail-Adresse oder eine Telefonnummer. Lassen Sie das Feld leer, um anonym zu melden.
barrier-submit = Meldung senden
barrier-done-reported = Danke: Ihre Meldung wurde an die Administration gesendet.
error-barrier-page = Schreiben Sie die Adresse oder den Namen der Seite mit höchstens 500 Zeichen.
error-barrier-description-required = Beschreiben Sie, was schiefgelaufen ist.
error-barrier-contact = Schreiben Sie eine Adresse oder Nummer mit höchstens 200 Zeichen.
barrier-reports-title = Gemeldete Barrieren
barrier-reports-none = In dieser Gemeinschaft hat noch niemand eine Barriere gemeldet.
barrier-reports-contact = Antwort an:

## Anzeige-Einstellungen

footer-display = Anzeige-Einstellungen
display-heading = Anzeige-Einstellungen
display-intro = Wählen Sie, wie Seiten angezeigt werden. Wenn Sie angemeldet sind, wird Ihre Wahl mit Ihrem Konto gespeichert; sonst merkt sich dieser Browser sie.
display-legend = Seiten anzeigen:
display-preference-large-text = mit größerer Schrift
display-preference-high-contrast = mit stärkerem Kontrast
display-preference-reduced-motion = ohne Bewegung
display-submit = Anzeige-Einstellungen speichern

## Repräsentation: was Menschen über sich sagen und wer mitmacht.
age-band-under-16 = Unter 16 Jahren
age-band-16-24 = 16 bis 24 Jahre
age-band-25-44 = 25 bis 44 Jahre
age-band-45-64 = 45 bis 64 Jahre
age-band-65-plus = 65 Jahre und älter
gender-woman = Frau
gender-man = Mann
gender-another = Anderes Geschlecht
about-you-title = Über Sie
about-you-link = Erzählen Sie uns etwas über sich
about-you-intro = Diese Fragen helfen Ihrer Gemeinschaft zu sehen, wer mitmacht und wer fehlt, damit sie auf diese Menschen zugehen und sie fragen kann. Jede Frage ist freiwillig.
about-you-age-band = Ihr Alter
about-you-gender = Ihr Geschlecht
about-you-neighbourhood = Wo Sie wohnen
about-you-prefer-not-to-say = Möchte ich nicht sagen
about-you-no-answer = Keine Antwort
about-you-submit = Meine Antworten speichern
about-you-done-saved = Ihre Antworten sind gespeichert.
about-you-withdraw = Einwilligung widerrufen: Ihre Antworten werden dann sofort gelöscht.
about-you-needs-consent = Sie haben in diese Fragen nicht eingewilligt, deshalb wird keine davon gestellt.
about-you-give-consent = Einwilligung geben oder widerrufen
error-demographics-consent = Diese Antworten können nur mit einer Einwilligung in die Fragen über sich selbst gespeichert werden.
representation-link = Wer mitmacht
representation-process-link = Wer bei diesem Verfahren mitmacht
representation-title = Wer in { $community } mitmacht
representation-title-process = Wer mitmacht: { $process }
representation-intro = Die Menschen, die mitgemacht haben, Gruppe für Gruppe, im Vergleich zu den Menschen, die hier leben. Nur Personen, die eingewilligt haben, beantworten die Fragen; Gruppen mit weniger als fünf Personen werden nie gezeigt.
representation-participants = Menschen, die mitgemacht haben: { $people }.
representation-too-few = Bisher haben weniger als fünf Personen mitgemacht: Es kann noch nichts gezeigt werden.
representation-no-reference = Die Gemeinschaft hat ihre Bevölkerung noch nicht eingetragen, deshalb lassen sich keine Beteiligungsquoten berechnen.
representation-caption = Beteiligung nach Gruppe: { $question }
representation-group = Gruppe
representation-people = Menschen, die mitgemacht haben
representation-reference-share = Anteil an der Bevölkerung
representation-rate = Je 10.000 Einwohnerinnen und Einwohner
representation-relative = Im Vergleich zur Gruppe, die am meisten mitmacht
representation-hidden = weniger als 5
representation-not-answered = Nicht geantwortet
representation-under-represented = unterrepräsentiert
representation-percent = { $n } %
representation-score = Repräsentationswert: { $score } (die Quote der niedrigsten Gruppe geteilt durch die der höchsten; 100 % heißt, dass alle Gruppen gleich stark mitmachen).
representation-score-partial = Gruppen, die zu klein sind, um gezeigt zu werden, sind nicht berücksichtigt.
representation-furthest-behind = Die Gruppe „{ $group }“ macht am wenigsten mit: { $rate } je 10.000 Einwohnerinnen und Einwohner, gegenüber { $best } bei der Gruppe, die am meisten mitmacht.
representation-outreach-age-band = Anregung: Gehen Sie dorthin, wo Menschen der Altersgruppe „{ $group }“ ohnehin sind (Schulen, Vereine, Tagesstätten, Märkte), und bieten Sie neben der Website auch Papier und Telefon an.
representation-outreach-gender = Anregung: Fragen Sie Menschen der Gruppe „{ $group }“, was sie fernhält; halten Sie Treffen zu anderen Zeiten ab, mit Kinderbetreuung, und erfassen Sie ihre Meinungen auf Papier oder per Telefon.
representation-outreach-neighbourhood = Anregung: Machen Sie einen Infostand oder einen Workshop im Stadtteil { $group } und erfassen Sie dort, was die Menschen sagen, mit dem Formular der Prozessbegleitung.
representation-outreach-community = Anregung: Arbeiten Sie mit den Organisationen zusammen, denen Menschen der Gruppe „{ $group }“ vertrauen, und lassen Sie die Prozessbegleitung ihre Meinungen dort sammeln, wo sie sich treffen.
representation-method = So wird gezählt: Eine Person macht mit, wenn sie etwas vorschlägt, kommentiert, unterstützt, sich zu einem Treffen anmeldet oder abstimmt. Wenn eine Gruppe ausgeblendet ist, wird auch ein zweiter Wert ausgeblendet, damit sich der ausgeblendete nicht aus der Gesamtzahl errechnen lässt.
representation-csv = Als CSV herunterladen
representation-setup-link = Bevölkerung und Fragen
representation-setup-title = Bevölkerung und Fragen
representation-setup-done = Gespeichert.
reference-heading = Die Bevölkerung
reference-intro = Geben Sie an, wie viele Einwohnerinnen und Einwohner zu jeder Gruppe gehören, laut Zensus oder Melderegister. Lassen Sie eine Gruppe leer, wenn Sie es nicht wissen.
reference-submit = Bevölkerung speichern
error-reference-people = Schreiben Sie eine ganze Zahl von Personen oder lassen Sie das Feld leer.
question-heading = Eine eigene Frage
question-intro = Fragen Sie nach etwas, bei dem Ihre Gemeinschaft Menschen besser erreichen möchte, etwa nach einer Migrationsgeschichte oder einer Behinderung. Man kann immer angeben, dass man es lieber nicht sagen möchte.
field-question-label = Die Frage
hint-question-label = Zum Beispiel: Sind Sie in einem anderen Land geboren?
field-question-options = Die Antworten, eine pro Zeile
hint-question-options = Zwischen 2 und 12 Antworten.
question-submit = Frage hinzufügen
error-question-options = Schreiben Sie zwischen 2 und 12 verschiedene Antworten, eine pro Zeile, jede mit weniger als 100 Zeichen.
channels-heading = Wie die Beiträge eingegangen sind
channels-caption = Beiträge nach Weg
channels-channel = Weg
channels-proposals = Vorschläge
channels-comments = Kommentare
channels-supports = Unterstützungen
channels-total = Gesamt
contribution-channel-online = Online
contribution-channel-paper = Auf Papier
contribution-channel-phone = Per Telefon
contribution-channel-workshop = Bei einem Workshop
contribution-channel-street-stand = An einem Infostand

## Modus der Prozessbegleitung: Beiträge, die für jemanden erfasst werden.
assisted-link = Für jemanden erfassen
assisted-title = Einen Beitrag für jemanden erfassen
assisted-intro = Schreiben Sie auf, was eine Person bei einem Workshop, an einem Infostand, auf Papier oder am Telefon gesagt hat. Sie bekommt einen Beleg mit einem Code, um es später in ihrem eigenen Konto wiederzufinden, wenn sie möchte.
assisted-person-heading = Die Person
assisted-adding-for = Wird zum Beleg von { $name } hinzugefügt.
field-assisted-name = Name oder Initialen
hint-assisted-name = So, wie die Person neben dem, was sie gesagt hat, erscheinen möchte. Initialen reichen.
field-assisted-channel = Wie es gesammelt wurde
field-assisted-event = Wo und wann
hint-assisted-event = Zum Beispiel: Infostand, Samstagsmarkt, Piazza Grande
field-assisted-consents = Wozu die Person eingewilligt hat
hint-assisted-consents = Kreuzen Sie nur an, was die Person auf dem Papierformular angekreuzt hat oder wozu sie am Telefon Ja gesagt hat, nachdem sie den Hinweis gehört hat. „Mitmachen“ ist nötig, um zu speichern, was sie gesagt hat.
error-assisted-taking-part = Die Person muss in „Mitmachen“ einwilligen, bevor gespeichert werden kann, was sie gesagt hat.
error-event-required = Schreiben Sie, wo und wann es gesammelt wurde.
error-event-length = Bleiben Sie unter 150 Zeichen.
assisted-about-heading = Fragen über die Person (freiwillig)
assisted-contribution-heading = Was die Person gesagt hat
field-assisted-kind = Art des Beitrags
assisted-kind-proposal = Ein neuer Vorschlag
assisted-kind-comment = Ein Kommentar zu einem Vorschlag
assisted-kind-support = Unterstützung für einen Vorschlag
field-assisted-proposal = Welcher Vorschlag
hint-assisted-proposal = Für einen Kommentar oder eine Unterstützung.
assisted-proposal-option = Nr. { $number }:
field-assisted-stance = Bei einem Kommentar: Haltung der Person
hint-assisted-title = Für einen neuen Vorschlag.
field-assisted-body = In den Worten der Person
hint-assisted-body = Für einen neuen Vorschlag oder einen Kommentar.
assisted-submit = Erfassen
receipt-title = Beleg
receipt-recorded = Erfasst. Geben Sie diesen Beleg der Person, ausgedruckt oder von Hand abgeschrieben.
receipt-for = Beleg für { $name }
receipt-process = Verfahren
receipt-date = Datum
receipt-about = Betrifft
receipt-code-label = Ihr Code:
receipt-how-to-claim = So finden Sie, was Sie gesagt haben, in Ihrem eigenen Konto: Melden Sie sich bei Piazza an (oder erstellen Sie ein Konto), öffnen Sie „Übernehmen, was für Sie erfasst wurde“ und geben Sie diesen Code ein.
receipt-code-once = Dieser Code wird nur jetzt gezeigt. Bewahren Sie ihn sicher auf: Wer ihn hat, kann diese Beiträge übernehmen.
receipt-same-code = Dieser Beitrag wurde zum früheren Beleg der Person hinzugefügt: Mit demselben Code lässt er sich übernehmen.
receipt-another-same = Noch etwas für dieselbe Person erfassen
receipt-another-person = Für eine andere Person erfassen
paper-form-link = Papierformular zum Ausdrucken
paper-form-title = Papierformular: { $process }
paper-form-intro = Füllen Sie dieses Formular aus und geben Sie es der Prozessbegleitung von { $community }. Sie gibt es genau so ein, wie Sie es geschrieben haben, und gibt Ihnen einen Beleg.
paper-form-print = Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers.
paper-form-you = Über Sie
paper-form-consents = Kreuzen Sie an, wozu Sie einwilligen. „Mitmachen“ ist nötig, damit gespeichert wird, was Sie schreiben.
paper-form-say = Was Sie sagen möchten
paper-form-support-numbers = Die Nummern der Vorschläge, die Sie unterstützen
paper-form-comment-number = Die Nummer des Vorschlags, den Sie kommentieren
paper-form-proposals = Die bisherigen Vorschläge
paper-form-receipt = Sie bekommen einen Beleg mit einem Code: Damit können Sie später in Ihrem eigenen Konto wiederfinden, was Sie gesagt haben.
claim-title = Übernehmen, was für Sie erfasst wurde
claim-link = Übernehmen, was für Sie erfasst wurde
claim-intro = Wenn die Prozessbegleitung Ihre Vorschläge, Kommentare oder Unterstützungen erfasst und Ihnen einen Beleg gegeben hat, geben Sie hier dessen Code ein: Dann gehört alles Ihnen, mit Ihren Einwilligungen.
field-claim-code = Der Code auf Ihrem Beleg
hint-claim-code = Zwölf Buchstaben und Ziffern, zum Beispiel ABCD-EFGH-JKLM.
claim-submit = Übernehmen
error-claim-code-required = Geben Sie den Code auf Ihrem Beleg ein.
error-claim-code-unknown = Kein Beleg hat diesen Code, oder er wurde schon übernommen. Prüfen Sie die Buchstaben und Ziffern.

## Repräsentation und Prozessbegleitung in den eigenen Daten und im Verzeichnis der Verarbeitungstätigkeiten.
data-about-you = Ihre Antworten über sich
processing-demographics = Ihre Antworten über sich (Altersgruppe, Geschlecht, Stadtteil und die eigenen Fragen der Gemeinschaft)
processing-demographics-why = Um zu zählen, wer mitmacht und wer fehlt, damit die Gemeinschaft diese Menschen erreichen kann
processing-kept-demographics = Bis Sie Ihre Einwilligung widerrufen oder Ihr Konto löschen; beides löscht sie sofort
processing-assisted = Beiträge und Einwilligungen, die die Prozessbegleitung für eine Person erfasst hat, die auf Papier, per Telefon, bei einem Workshop oder an einem Infostand mitgemacht hat
processing-assisted-why = Damit auch Menschen ohne Konto mitmachen und später wiederfinden können, was sie gesagt haben
processing-kept-assisted = Bis sie mit dem Code des Belegs übernommen werden, danach als Ihre eigenen Beiträge; der Code selbst wird nur als Fingerabdruck gespeichert
processing-who-facilitators = Die Prozessbegleitung von { $community } und, was öffentlich ist, alle
representation-share-of-all = Anteil an allen, die mitgemacht haben

## Wege auf der Seite des Verfahrens, Einwilligungen bei der Kontoerstellung, Leichte Sprache nach Wahl der Lesenden.
channels-count = { $channel }: { $count }
register-consents = Wozu Sie einwilligen (Sie können das jederzeit in Ihrem Konto ändern)
display-preference-easy-read = mit Fassungen in Leichter Sprache zuerst, wo es sie gibt
easy-read-full-text = Der vollständige Text
easy-read-choose = Fassungen in Leichter Sprache immer zuerst anzeigen
easy-read-write = Fassung in Leichter Sprache schreiben
easy-read-save = Fassung in Leichter Sprache speichern
notice-easy-read = Die Fassung in Leichter Sprache wurde gespeichert.
consents-asked-again-account = Ein Hinweis, zu dem Sie eingewilligt haben, hat sich geändert: Lesen Sie ihn noch einmal und geben Sie Ihre Antwort.

## Prozessbegleitung: wenn nichts erfasst werden kann, und nach dem Übernehmen.
assisted-nothing-now = In diesem Verfahren kann gerade nichts erfasst werden: Die aktuelle Phase nimmt keine Vorschläge, Kommentare oder Unterstützungen an.
claim-done-all = Alles, was für Sie erfasst wurde, ist jetzt in Ihrem Konto: Ihre Vorschläge, Kommentare, Unterstützungen und Einwilligungen.

## Umsetzungsbericht: was entschieden wurde, bis zur Umsetzung verfolgt.
result-status-planned = Geplant
result-status-in-progress = In Umsetzung
result-status-done = Umgesetzt
result-status-cancelled = Gestrichen
process-see-results = { $count ->
    [0] Sie haben gesagt, wir haben gehandelt
    [one] Sie haben gesagt, wir haben gehandelt: { $n } Ergebnis
   *[other] Sie haben gesagt, wir haben gehandelt: { $n } Ergebnisse
}
accountability-title = Sie haben gesagt, wir haben gehandelt: { $process }
results-intro = Was die Verwaltung nach diesem Verfahren umzusetzen zugesagt hat und wie weit jeder Punkt gekommen ist. Jedes Ergebnis verweist auf die Vorschläge und Projekte, aus denen es stammt.
results-none = Noch keine Ergebnisse erfasst.
result-new-title = Ergebnis erfassen
result-new-submit = Ergebnis erfassen
result-progress = Fortschritt
result-progress-derived = der Durchschnitt seiner Teile
result-parts = Seine Teile
result-comes-from = Es stammt aus
result-timeline = Was geschah
result-no-updates = Noch keine Aktualisierungen.
result-update-heading = Aktualisierung hinzufügen
result-update-submit = Aktualisierung hinzufügen
result-done-updated = Die Aktualisierung wurde hinzugefügt.
result-fate-heading = Was daraus wurde
field-result-description = Was umgesetzt wird
field-result-parent = Teil von
hint-result-parent = Ein Ergebnis kann Teil eines größeren sein, dessen Fortschritt dann der Durchschnitt seiner Teile ist.
field-result-status = Status
field-result-progress = Fortschritt in Prozent
hint-result-progress = Eine ganze Zahl von 0 bis 100. Ein umgesetztes Ergebnis zählt als 100.
field-result-starts = Beginnt am
field-result-ends = Endet am
hint-date = Zum Beispiel 2027-03-31.
field-result-planned = Eingeplantes Geld
field-result-spent = Ausgegebenes Geld
hint-result-money = Ein ganzer Betrag, ohne Währung.
field-result-proposals = Die Vorschläge, aus denen es stammt
field-result-projects = Die Budgetprojekte, aus denen es stammt
field-result-update = Was geschah
field-cancel-reason = Warum es gestrichen wurde
hint-cancel-reason = Nötig, wenn der Status „Gestrichen“ ist: Die Menschen lesen die Begründung neben dem Ergebnis.
error-result-number = Schreiben Sie eine ganze Zahl im angegebenen Bereich oder lassen Sie das Feld leer.
error-cancel-reason = Sagen Sie, warum es gestrichen wurde.
error-update-required = Schreiben Sie, was geschehen ist.

## Offene Daten: Downloads und die Lese-API.
footer-open-data = Offene Daten
open-data-link = Offene Daten: die Daten dieser Gemeinschaft herunterladen
open-data-title = Offene Daten
open-data-title-community = Offene Daten von { $community }
open-data-intro = Alles, was hier öffentlich ist, kann heruntergeladen und weiterverwendet werden: als CSV für Tabellenkalkulationen, als JSON und als GeoJSON für Karten, wo Dinge einen Ort haben. Jede Datei enthält immer die neuesten Daten.
open-data-licence = Lizenz: { $licence }. Geben Sie bei der Weiterverwendung an, woher die Daten stammen.
open-data-caption = Die Dateien, je eine für jede Art von Inhalt
open-data-what = Was
open-data-files = Dateien
open-data-datapackage = Beschreibung jeder Datei und jedes Feldes (datapackage.json)
open-data-api = Die Lese-API, beschrieben in OpenAPI
open-data-privacy = Es werden keine persönlichen Daten veröffentlicht: keine E-Mail-Adressen, keine Antworten auf die Fragen über sich selbst außer als Anzahlen von fünf oder mehr, nichts, was die Moderation ausgeblendet hat, und Personen, die ihr Konto gelöscht haben, erscheinen als niemand.

## Offene Daten: die Namen der Datensätze und der DCAT-Katalog

open-data-resource-communities = Gemeinschaften
open-data-about-communities = Städte, Gemeinden, Dörfer, Stadtteile und Regionen, die Beteiligungsverfahren durchführen.
open-data-resource-organisations = Organisationen
open-data-about-organisations = Behörden, Hochschulen, Unternehmen und Zivilgesellschaft, die sich beteiligen.
open-data-resource-processes = Beteiligungsverfahren
open-data-about-processes = Beteiligungsverfahren: eine Frage an die Bewohnerinnen und Bewohner, in Phasen.
open-data-resource-proposals = Vorschläge
open-data-about-proposals = Vorschläge, die Bewohnerinnen und Bewohner in Verfahren gemacht haben, mit ihrem Status und der Antwort der Verwaltung.
open-data-resource-comments = Kommentare
open-data-about-comments = Kommentare zu Verfahren und Vorschlägen, mit ihrer Haltung.
open-data-resource-meetings = Treffen
open-data-about-meetings = Treffen vor Ort, online oder hybrid, mit ihrem Protokoll, sobald sie stattgefunden haben.
open-data-resource-budgets = Bürgerhaushalte
open-data-about-budgets = Bürgerhaushalte: Geld, über das die Bewohnerinnen und Bewohner per Abstimmung entscheiden.
open-data-resource-projects = Projekte der Bürgerhaushalte
open-data-about-projects = Projekte der Bürgerhaushalte, mit ihrer Prüfung und, sobald ausgezählt ist, ihren Stimmen.
open-data-resource-results = Ergebnisse
open-data-about-results = Was die Verwaltung umzusetzen zugesagt hat und wie weit sie damit gekommen ist.
open-data-resource-moderation-log = Moderationsprotokoll
open-data-about-moderation-log = Jede Moderationsentscheidung, so wie das öffentliche Protokoll sie zeigt, ohne Angabe, wer gemeldet hat.
open-data-catalog = Katalog dieser Datensätze, in DCAT-AP 3:
catalog-title = Offene Daten von Piazza
catalog-description = Alles Öffentliche in den Gemeinschaften dieser Piazza-Instanz, von dem, was Bewohnerinnen und Bewohner vorgeschlagen und diskutiert haben, bis zu dem, was entschieden und umgesetzt wurde, als Dateien zum Herunterladen und über eine Lese-API.
catalog-publisher = Piazza auf { $host }
catalog-everywhere = alle Gemeinschaften
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = Eine Tabelle für Tabellenkalkulationen, eine Zeile pro Eintrag. Zellen, die eine Tabellenkalkulation als Formel lesen würde, sind abgesichert.
catalog-distribution-json = Eine Liste von Objekten, eines pro Eintrag, mit denselben Feldern wie die Tabelle.
catalog-distribution-geojson = Die Einträge, die einen Ort haben, als Punkte für eine Karte.
catalog-api-title = Lese-API von Piazza
catalog-api-description = Alles Öffentliche jeder Gemeinschaft, Seite für Seite, filterbar nach Gemeinschaft und nach Datum. Beschrieben in OpenAPI 3.1.
catalog-keyword-participation = Beteiligung
catalog-keyword-open-government = Open Government

## Rückmeldungen an die Dienste: Probleme melden, Anliegen, Bewertungen und Kennzahlen

request-status-open = Gemeldet
request-status-acknowledged = Von der Verwaltung gesehen
request-status-in-progress = In Bearbeitung
request-status-closed = Abgeschlossen
attribute-type-text = Längerer Text
attribute-type-string = Kurzer Text
attribute-type-number = Zahl
attribute-type-datetime = Datum
attribute-type-singlevaluelist = Eine Antwort aus einer Liste
attribute-type-multivaluelist = Mehrere Antworten aus einer Liste
report-channel-web = auf dieser Website
report-channel-open311 = über eine andere Anwendung (Open311)
notification-request-updated = Ihre Meldung „{ $title }“ ist jetzt: { $detail }
data-service-requests = Probleme, die Sie gemeldet haben
data-ratings = Ihre Bewertungen
problem-report-link = Problem melden
problem-report-title = Ein Problem in { $community } melden
problem-report-intro = Ist etwas kaputt, verschmutzt oder im Weg? Sagen Sie es denen, die sich darum kümmern. Sie können verfolgen, was aus Ihrer Meldung wird, und das Ergebnis bewerten, sobald sie erledigt ist.
problem-report-sign-in-first = Um hier ein Problem zu melden, müssen Sie angemeldet sein.
problem-report-no-services = Hier können noch keine Arten von Problemen gemeldet werden.
problem-report-choose = Um welche Art von Problem geht es?
problem-report-form-title = Meldung: { $service }
problem-report-public-notice = Ihre Meldung und der Ort sind öffentlich, damit andere sehen, dass das Problem bekannt ist. Ihr Name und Ihre Kontaktdaten werden nie gezeigt.
problem-report-submit = Meldung senden
field-request-description = Was ist das Problem?
hint-request-description = Beschreiben Sie, was Sie sehen und wo genau. Höchstens 4.000 Zeichen.
field-request-address = Wo ist es?
hint-request-location = Eine Adresse oder eine Beschreibung des Ortes. Geben Sie eine Adresse, einen Punkt auf einer Karte oder beides an.
field-request-email = Ihre E-Mail-Adresse (freiwillig)
hint-request-email = Nur um Ihnen einmal mitzuteilen, was getan wurde; sie wird vergessen, sobald Ihre Meldung abgeschlossen ist, und nie gezeigt.
field-optional-mark = (freiwillig)
hint-attribute-number = Eine Zahl, zum Beispiel 3 oder 2,5.
error-request-location = Geben Sie an, wo das Problem ist: eine Adresse oder einen Punkt auf einer Karte.
error-request-description-length = Die Beschreibung darf höchstens 4.000 Zeichen lang sein.
error-attribute-required = Beantworten Sie diese Frage.
error-attribute-number = Geben Sie eine Zahl ein, zum Beispiel 3 oder 2,5.
error-attribute-datetime = Geben Sie ein Datum wie 2026-03-31 ein.
requests-link = Gemeldete Probleme
requests-title = Gemeldete Probleme in { $community }
requests-intro = Alle hier gemeldeten Probleme, die neuesten zuerst, mit dem, was die Verwaltung unternommen hat. Wer sie gemeldet hat, wird nie gezeigt.
requests-none = Es wurde kein passendes Problem gemeldet.
option-all = Alle
field-request-status = Status
field-request-service = Art des Problems
request-title = Gemeldetes Problem: { $service }
request-done-reported = Danke: Ihre Meldung wurde gesendet. Sie können sie auf dieser Seite verfolgen.
request-done-updated = Der Status wurde aktualisiert, und die meldende Person wurde benachrichtigt.
request-reported-on = Gemeldet
field-request-expected = Voraussichtlich erledigt bis
request-expected-by = voraussichtlich erledigt bis { $date }
request-no-updates = Die Verwaltung hat dazu noch nichts geschrieben.
request-update-heading = Status aktualisieren
field-request-note = Öffentliche Notiz
hint-request-note = Was getan wurde oder getan wird. Die meldende Person erhält diese Notiz.
error-request-note-required = Schreiben Sie eine Notiz für die meldende Person.
field-request-expected-optional = Voraussichtlich erledigt bis (freiwillig)
request-update-submit = Aktualisieren und die meldende Person benachrichtigen
request-mail-subject = Ihre Meldung zu { $service }: { $status }
request-mail-body = Ihre Meldung ist jetzt: { $status }.

    { $note }

    Hier können Sie sie ansehen: { $link }
rating-heading = Wie ist es gelaufen?
rating-summary = Durchschnittlich { $average } von 5 Punkten. Bewertungen: { $count }.
rating-none = Noch hat niemand eine Bewertung abgegeben.
rating-comments-heading = Was Bewohnerinnen und Bewohner geschrieben haben
rating-question = Wie zufrieden sind Sie mit dem, was getan wurde?
rating-change = Ihre Bewertung ändern
rating-score-1 = 1: sehr unzufrieden
rating-score-2 = 2: unzufrieden
rating-score-3 = 3: weder zufrieden noch unzufrieden
rating-score-4 = 4: zufrieden
rating-score-5 = 5: sehr zufrieden
field-rating-comment = Kommentar (freiwillig)
hint-rating-comment = Wird von der zuständigen Verwaltung gelesen und anderen nicht gezeigt. Höchstens 1.000 Zeichen.
rating-submit = Bewertung senden
rating-sign-in = Melden Sie sich an, um zu bewerten
rating-done = Danke für Ihre Bewertung.
error-rating-score = Wählen Sie eine Punktzahl von 1 bis 5.
error-rating-not-yet = Bewerten können Sie erst, wenn es abgeschlossen oder umgesetzt ist.
indicators-link = Wie gut werden Probleme erledigt?
indicators-title = Kennzahlen der Dienste von { $community }
indicators-intro = Wie schnell gemeldete Probleme erledigt werden und wie zufrieden die Bewohnerinnen und Bewohner sind, nach Art des Problems, nach Stadtteil und Monat für Monat. Die Zahlen werden jedes Mal neu aus allen Meldungen und Bewertungen berechnet, so bleibt der Verlauf erhalten.
indicators-contents = Auf dieser Seite
indicators-by-service = Nach Art des Problems
indicators-by-neighbourhood = Nach Stadtteil
indicators-by-month = Monat für Monat
indicators-chart-rating = Die Balken zeigen die durchschnittliche Bewertung von 1 bis 5. Die Tabelle unten enthält alle Zahlen.
indicators-chart-days = Die Balken zeigen den Median der Tage, die es dauerte, die in diesem Monat abgeschlossenen Probleme abzuschließen. Die Tabelle unten enthält alle Zahlen.
indicators-table-caption = Zahlen: { $what }
indicators-name = Bezeichnung
indicators-requests = Gemeldet
indicators-closed = Abgeschlossen
indicators-median-days = Median der Tage bis zum Abschluss
indicators-average-rating = Durchschnittliche Bewertung
indicators-ratings = Bewertungen
indicators-no-neighbourhood = Kein Stadtteil angegeben
indicators-month = { $month } { $year }
indicators-results = Bewertungen des Umgesetzten
indicators-method = Der Median ist der mittlere Wert: Die Hälfte der Probleme brauchte weniger Zeit, die andere Hälfte mehr. Ein Monat zählt die Probleme, die in ihm gemeldet, abgeschlossen und bewertet wurden.
services-admin-link = Arten von Problemen
services-admin-title = Arten von Problemen, die Bewohnerinnen und Bewohner in { $community } melden können
services-admin-intro = Jede Art von Problem kann eigene Fragen stellen. Andere Anwendungen sehen sie über die Open311-API.
services-anonymous-heading = Meldungen ohne Konto
services-anonymous-on = Menschen ohne Konto können hier Probleme melden, auf dieser Website und über andere Anwendungen.
services-anonymous-off = Nur angemeldete Menschen können hier Probleme melden; andere Anwendungen können keine Meldungen einreichen.
services-anonymous-allow = Meldungen ohne Konto erlauben
services-anonymous-stop = Anmeldung verlangen
services-list-heading = Arten von Problemen
services-questions = Fragen
services-offered = Angeboten
services-offered-yes = Angeboten
services-offered-no = Eingestellt
services-retire = Einstellen
services-offer-again = Wieder anbieten
services-new-heading = Art von Problem hinzufügen
field-service-name = Name
field-service-code = Code
hint-service-code = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel schlagloch. Er wird nach der Adresse der Gemeinschaft als Open311-Servicecode veröffentlicht.
field-service-description = Beschreibung
field-service-group = Gruppe (freiwillig)
hint-service-group = Arten von Problemen derselben Gruppe werden zusammen gezeigt, zum Beispiel Straßen.
field-service-keywords = Suchbegriffe (freiwillig)
hint-service-keywords = Wörter, nach denen Menschen suchen könnten, durch Kommas getrennt.
services-create-submit = Hinzufügen
error-service-code = Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, höchstens 40.
error-service-code-taken = Dieser Code wird schon verwendet.
services-no-questions = Außer der Beschreibung und dem Ort werden keine Fragen gestellt.
services-required = Pflichtangabe
services-new-question = Frage hinzufügen
field-attribute-question = Frage
field-attribute-code = Code
hint-attribute-code = Kleinbuchstaben, Ziffern und Unterstriche, zum Beispiel breite. Andere Anwendungen senden Antworten unter diesem Namen.
field-attribute-type = Art der Antwort
field-attribute-values = Auswahlmöglichkeiten (für eine Liste)
hint-attribute-values = Eine Auswahlmöglichkeit pro Zeile, mindestens zwei.
field-attribute-required = Eine Antwort ist nötig
services-add-question = Frage hinzufügen
error-attribute-code = Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche, höchstens 40.
error-attribute-code-taken = Dieser Fragencode wird für diese Art von Problem schon verwendet.
error-attribute-values = Geben Sie mindestens zwei verschiedene Auswahlmöglichkeiten an, eine pro Zeile.

## Offene Daten: Problemmeldungen und Bewertungen

open-data-resource-service-requests = Gemeldete Probleme
open-data-about-service-requests = Probleme, die Bewohnerinnen und Bewohner den Diensten einer Gemeinschaft gemeldet haben, und was daraus geworden ist; nie, wer sie gemeldet hat.
open-data-resource-ratings = Bewertungen
open-data-about-ratings = Bewertungen abgeschlossener Meldungen und umgesetzter Ergebnisse durch Bewohnerinnen und Bewohner, von 1 bis 5; nie, wer bewertet hat oder was geschrieben wurde.
catalog-open311-title = Open311-GeoReport-v2-API von Piazza
catalog-open311-description = Ein Problem den Diensten einer Gemeinschaft melden und verfolgen, was daraus wird, aus jeder Anwendung, die Open311 GeoReport v2 unterstützt.

indicators-download = Alle Zahlen als CSV herunterladen

## Praxisaustausch: Praxisbeispiele

footer-cases = Aus der Praxis lernen
cases-title = Aus der Praxis lernen
cases-intro = Praxisbeispiele, die Gemeinschaften umgesetzt haben, so beschrieben, dass andere sie beurteilen und selbst umsetzen können: was getan wurde, für wen, zu welchen Kosten und was daraus geworden ist.
case-new-in = Ein Praxisbeispiel aus { $community } beschreiben
cases-filter-heading = Ein Praxisbeispiel finden
cases-words = Wörter
cases-population = Einwohnerzahl
cases-cost = Kosten (Aufbau und Betrieb)
cases-with-evidence = Nur Praxisbeispiele mit gemessenen Wirkungen
cases-found = { $count ->
    [0] Kein Praxisbeispiel gefunden
    [one] { $n } Praxisbeispiel
   *[other] { $n } Praxisbeispiele
}
cases-none = Kein Praxisbeispiel passt. Versuchen Sie es mit weniger Filtern.
case-where = Wo
case-source-process = Auf Piazza durchgeführt
case-source-process-link = Verfahren ansehen
case-who = Wer
case-how = Wie
case-what = Was
case-outcomes = Wirkungen
case-no-outcomes = Es wurde keine Wirkung gemessen.
case-outcomes-caption = Gemessene Wirkungen
case-learned = Was man daraus gelernt hat
case-steps = Schritte zum Nachmachen
case-contact-and-licence = Kontakt und Lizenz
case-written = Beschrieben am
case-new-intro = Beschreiben Sie das Praxisbeispiel so, dass eine andere Gemeinschaft entscheiden kann, ob es zu ihr passt, und es selbst umsetzen kann: wer mitgemacht hat, wie, was es gekostet und was es erreicht hat. Alle Felder außer Titel, Zusammenfassung, Politikfeld und Kontakt dürfen leer bleiben.
case-prefilled-from = Aus dem Verfahren „{ $process }“ vorausgefüllt: Prüfen Sie jedes Feld, bevor Sie speichern.
case-from-process = Dieses Verfahren als Praxisbeispiel beschreiben
case-partner-row = Partnerorganisation { $n }
case-outcome-row = Wirkung { $n }
case-create-submit = Praxisbeispiel veröffentlichen
case-prefill-phase = { $phase }: { $from } bis { $to }
case-prefill-channels = Beiträge nach Weg: { $channels }.
case-prefill-measured = Fortschritt, wie ihn die Verwaltung in der Ergebnisverfolgung erfasst hat.
field-case-summary = Zusammenfassung in einfacher Sprache
hint-case-summary = Zwei oder drei Sätze, die alle verstehen. Höchstens 2.000 Zeichen.
field-case-problem = Das Problem, auf das es reagierte
field-case-policy-area = Politikfeld
field-case-target-group = Wen es erreichen wollte
field-case-inclusion = Wie die am schwersten Erreichbaren einbezogen wurden
hint-case-inclusion = Wege, Orte, Sprachen, geleistete Hilfe.
field-case-participants = Zahl der Teilnehmenden
field-case-lead = Federführende Organisation
field-case-partner = Organisation
field-case-partner-role = Ihre Rolle
field-case-method = Methode
hint-case-method = Die Schritte oder Phasen, jeweils in einer eigenen Zeile.
field-case-technology = Eingesetzte Technik
field-case-setup-cost = Aufbaukosten
field-case-running-cost = Betriebskosten
hint-case-money = In ganzen Einheiten der Währung, zum Beispiel 12000.
field-case-currency = Währung
hint-case-currency = Drei Buchstaben, zum Beispiel EUR.
field-case-staff = Beteiligtes Personal
field-case-volunteers = Beteiligte Ehrenamtliche
field-case-funding = Finanzierungsquellen
hint-case-outcomes = Jede Wirkung mit ihrer Kennzahl: was gemessen wurde, in welcher Einheit, der Ausgangswert, der Zielwert und was erreicht wurde.
field-outcome-name = Kennzahl
field-outcome-unit = Einheit
field-outcome-baseline = Ausgangswert
field-outcome-target = Zielwert
field-outcome-achieved = Erreicht
field-outcome-period = Zeitraum
field-outcome-measured = Wie gemessen wurde
field-case-conditions = Erfolgsbedingungen
field-case-legal = Rechtliche Voraussetzungen
field-case-risks = Risiken und Fehlschläge
field-case-lessons = Gewonnene Erkenntnisse
hint-case-steps = Ein Schritt pro Zeile, der Reihe nach.
field-case-contact = Kontakt (eine Funktion, keine Person)
hint-case-contact = Zum Beispiel: Büro für Bürgerbeteiligung, Gemeinde Lorenza.
field-case-licence = Lizenz dieser Beschreibung
hint-case-licence = Eine SPDX-Kennung, zum Beispiel CC-BY-4.0.
error-case-number = Geben Sie eine ganze Zahl von null oder mehr ein, zum Beispiel 120.
error-case-summary-required = Schreiben Sie eine Zusammenfassung.
target-group-everyone = Alle
target-group-children = Kinder
target-group-young-people = Jugendliche
target-group-older-people = Ältere Menschen
target-group-people-with-disabilities = Menschen mit Behinderungen
target-group-migrants = Zugewanderte und Geflüchtete
target-group-low-income = Menschen mit geringem Einkommen
target-group-women = Frauen
target-group-rural-residents = Menschen auf dem Land
population-band-under-1000 = Unter 1.000 Einwohnerinnen und Einwohnern
population-band-1000-10000 = 1.000 bis 10.000 Einwohnerinnen und Einwohner
population-band-10000-100000 = 10.000 bis 100.000 Einwohnerinnen und Einwohner
population-band-over-100000 = Über 100.000 Einwohnerinnen und Einwohner
cost-band-under-10000 = Unter 10.000
cost-band-10000-100000 = 10.000 bis 100.000
cost-band-over-100000 = Über 100.000
open-data-resource-cases = Praxisbeispiele
open-data-about-cases = Praxisbeispiele, die Gemeinschaften umgesetzt haben, mit Ort, Zielgruppe, Kosten und gewonnenen Erkenntnissen.

## Praxisaustausch: Übernahme

case-replicate-link = In meiner Gemeinschaft übernehmen
case-replicate-title = „{ $case }“ übernehmen
case-replicate-intro = In Ihrer Gemeinschaft beginnt ein neues Verfahren mit demselben Aufbau: die Phasen mit ihrer Dauer und dem, was in jeder möglich ist, die nötige Zahl an Unterstützungen und die Regeln der Budgets. Kein Beitrag wird kopiert. Es beginnt an dem Tag, den Sie wählen, so bleibt Zeit, es vorher anzupassen.
field-replicate-starts = Beginnt am
hint-replicate-starts = Der erste Tag der ersten Phase, heute oder später.
case-replicate-submit = Verfahren erstellen
error-replicate-past = Wählen Sie heute oder einen späteren Tag.
case-replica-of = Dieses Praxisbeispiel wurde übernommen von
case-replicas = Wo es übernommen wurde
case-no-replicas = Noch nirgends übernommen.
case-replica-of-replica = Übernahme der Übernahme darüber:
case-replica-case = eigene Beschreibung
case-comparison-caption = Wirkungen im Vergleich, nach den Kennzahlen des ursprünglichen Praxisbeispiels
process-replicates = Dieses Verfahren geht zurück auf das Praxisbeispiel

field-case-language = Sprache dieser Beschreibung

community-cases = Praxisbeispiele von hier
community-no-cases = Hier wurde noch kein Praxisbeispiel beschrieben.

## Verbindungen zwischen Gemeinschaften: Partnerschaften, gemeinsame Prozessbegleitung, regionale Verbünde, voneinander lernen

twinning-title = Partnerschaften von { $community }
twinning-intro = Eine Partnerschaft schließen zwei Gemeinschaften, meist eine große und eine kleine oder ländliche, für einen Zweck, auf den sich beide einigen. Jede zeigt auf ihrer Seite die offenen Verfahren und Praxisbeispiele der anderen, und die Verwaltung der einen kann die Prozessbegleitung der anderen einladen, ein Verfahren mitzubegleiten.
twinning-link = Partnerschaften
twinning-active-heading = Partnerschaft mit
twinning-none = Diese Gemeinschaft hat noch keine Partnerschaft mit einer anderen.
twinning-since = Partnerschaft seit dem { $date }
twinning-end-submit = Partnerschaft beenden
twinning-received-heading = Zu beantwortende Vorschläge
twinning-proposed-on = Vorgeschlagen am { $date }
twinning-accept-submit = Annehmen
twinning-decline-submit = Ablehnen
twinning-sent-heading = Vorschläge, die auf eine Antwort warten
twinning-withdraw-submit = Zurückziehen
twinning-propose-heading = Partnerschaft vorschlagen
twinning-no-candidates = Alle anderen Gemeinschaften haben schon eine Partnerschaft mit dieser Gemeinschaft oder einen Vorschlag, der auf Antwort wartet.
field-twin-partner = Künftige Partnergemeinschaft
option-choose = Bitte wählen…
field-twin-purpose = Zweck der Partnerschaft
hint-twin-purpose = Was die beiden Gemeinschaften gemeinsam tun und voneinander lernen wollen, in ein paar Sätzen. Das steht auf den Seiten beider Gemeinschaften.
twinning-propose-submit = Partnerschaft vorschlagen
twinning-done-proposed = Der Vorschlag wurde gesendet. Die Verwaltung der anderen Gemeinschaft wird ihn beantworten.
twinning-done-accepted = Die Partnerschaft gilt jetzt.
twinning-done-ended = Erledigt: Die Partnerschaft oder der Vorschlag ist beendet.
error-twin-itself = Eine Gemeinschaft kann keine Partnerschaft mit sich selbst eingehen.
error-twinning-purpose-required = Sagen Sie, wozu die Partnerschaft dient.
error-twinning-exists = Diese beiden Gemeinschaften haben schon eine Partnerschaft, oder ein Vorschlag zwischen ihnen wartet auf Antwort.
community-twins = Partnergemeinschaften
twin-open-processes = Offene Verfahren dort:
twin-no-open-processes = Dort gibt es gerade kein offenes Verfahren.
twin-cases = Praxisbeispiele von dort:
community-nearby-processes = Offene Verfahren in der Nähe
community-nearby-intro = Verfahren der Region und der anderen Gemeinschaften darin. Folgen Sie einem davon, um zu erfahren, wenn etwas geschieht, auch wenn Sie anderswo wohnen.
region-open-processes = Offene Verfahren in der Region
region-participation = Beteiligung in der Region
region-participation-processes = Verfahren
region-participation-proposals = Vorschläge
region-participation-comments = Kommentare
region-participation-supports = Unterstützungen
region-participation-people = Menschen, die mitmachen
region-participation-total = Die ganze Region
region-participation-note = Ausgeblendete und gelöschte Beiträge werden nicht gezählt. Wer in mehreren Gemeinschaften mitgemacht hat, zählt in der Summe für die Region nur einmal.

co-run-title = Gemeinsame Prozessbegleitung
co-run-intro = Die Prozessbegleitung einer Partnergemeinschaft kann helfen, dieses Verfahren zu begleiten: Sobald sie annimmt, erfasst sie, was Menschen an Infoständen und bei Workshops sagen, plant Treffen und gibt Stimmzettel auf Papier ein, so wie die Prozessbegleitung der eigenen Gemeinschaft.
co-run-none = Bisher begleitet niemand aus einer Partnergemeinschaft dieses Verfahren mit.
co-run-table-caption = Zur Mitbegleitung des Verfahrens eingeladene Personen
co-run-person = Prozessbegleitung
co-run-status = Status
co-run-actions = Aktionen
co-run-since = Begleitet seit dem { $date } mit
co-run-invited-on = Am { $date } eingeladen, noch keine Antwort
co-run-accept-submit = Annehmen
co-run-decline-submit = Ablehnen
co-run-leave-submit = Nicht mehr mitbegleiten
co-run-withdraw-submit = Zurückziehen
co-run-invite-heading = Jemanden aus der Prozessbegleitung einer Partnergemeinschaft einladen
co-run-no-twins = In keiner Partnergemeinschaft gibt es bisher jemanden aus der Prozessbegleitung, den Sie einladen könnten.
field-co-runner = Person aus der Prozessbegleitung
hint-co-runner = Die Prozessbegleitung der Partnergemeinschaften dieser Gemeinschaft.
co-run-invite-submit = Einladung senden
co-run-done-invited = Die Einladung wurde verschickt.
co-run-done-accepted = Sie begleiten dieses Verfahren jetzt mit.
co-run-done-removed = Erledigt: Die Person begleitet dieses Verfahren nicht mehr mit.
co-run-with = Mitbegleitet von der Prozessbegleitung aus Partnergemeinschaften:
error-co-runner-invited = Diese Person wurde schon eingeladen, dieses Verfahren mitzubegleiten.

peer-title = Voneinander lernen
peer-intro = Fragen, die Verwaltung, Administration und Prozessbegleitung den Gemeinschaften ihrer Region stellen oder der Gemeinschaft, die ein Praxisbeispiel umgesetzt hat, mit den Antworten darauf. Lesen können sie nur die Menschen, die für die beteiligten Gemeinschaften mitwirken.
peer-ask-link = Eine Frage stellen
peer-none = Bisher betrifft keine Frage Ihre Gemeinschaften.
peer-answers-count = { $count ->
    [one] { $n } Antwort
   *[other] { $n } Antworten
}
peer-helped = eine Antwort hat geholfen
peer-asked-cluster = { $community } hat die Gemeinschaften der Region { $region } gefragt
peer-asked-case = { $community } hat { $other } zu „{ $case }“ gefragt
peer-new-title = Kolleginnen und Kollegen fragen
peer-new-intro = Fragen Sie, was Sie wissen müssen, bevor Sie etwas ausprobieren: wie die Menschen erreicht wurden, was es gekostet hat, was schiefgegangen ist. Verwaltung und Prozessbegleitung der Gemeinschaften, die Sie fragen, lesen Ihre Frage und können antworten.
field-peer-community = Im Namen von
field-peer-about = Wen fragen
peer-about-cluster = Die Gemeinschaften unserer Region
peer-about-case = { $community }, zu „{ $case }“
field-peer-title = Ihre Frage in einer Zeile
field-peer-body = Einzelheiten
hint-peer-body = Was Sie vorhaben und was Sie wissen möchten. Lassen Sie zwischen Absätzen eine Leerzeile.
peer-ask-submit = Frage stellen
peer-case-link = Das Praxisbeispiel, um das es geht
peer-no-answers = Noch keine Antwort.
peer-helped-this = Diese Antwort hat geholfen.
peer-mark-helpful = Diese Antwort hat geholfen
peer-answer-heading = Antwort
field-peer-answer = Ihre Antwort
peer-answer-submit = Antwort senden
error-peer-no-region = Diese Gemeinschaft gehört zu keiner Region; fragen Sie stattdessen die Gemeinschaft hinter einem Praxisbeispiel.
error-peer-own-case = Dieses Praxisbeispiel stammt aus Ihrer eigenen Gemeinschaft; fragen Sie eine andere Gemeinschaft oder Ihre Region.
case-ask-link = { $community } dazu fragen

notification-twinning-proposed = { $name } hat im Namen von { $title } eine Partnerschaft mit Ihrer Gemeinschaft vorgeschlagen.
notification-twinning-accepted = { $title } hat die Partnerschaft mit Ihrer Gemeinschaft angenommen.
notification-co-run-invitation = { $name } hat Sie eingeladen, „{ $title }“ mitzubegleiten.
notification-peer-question = { $name } hat Ihrer Gemeinschaft eine Frage gestellt: „{ $title }“
notification-peer-answer = { $name } hat auf „{ $title }“ geantwortet

data-co-running = Verfahren, zu deren Mitbegleitung Sie eingeladen wurden
data-peer-questions = Fragen, die Sie Kolleginnen und Kollegen gestellt haben
data-peer-answers = Antworten, die Sie Kolleginnen und Kollegen gegeben haben

## Praxisaustausch: Praxisbeispiele korrigieren, übersetzen und exportieren

case-edit-link = Diese Beschreibung korrigieren
case-edit-title = „{ $case }“ korrigieren
case-edit-back = Das Praxisbeispiel
case-edit-submit = Korrekturen speichern
case-done-updated = Die Beschreibung wurde korrigiert.
case-translate-link = Übersetzen
case-translate-title = „{ $case }“ übersetzen
case-translate-intro = Schreiben Sie den Text dieses Praxisbeispiels in einer anderen Sprache, damit Gemeinschaften, die ihn lesen, daraus lernen können. Das Original ({ $language }) steht über jedem Feld; Zahlen, Wirkungen und Partnerorganisationen bleiben, wie sie sind.
field-case-translate-into = Zielsprache
case-translation-exists = bereits übersetzt, kann korrigiert werden
case-translate-choose = Auswählen
case-translate-into = Auf { $language }
case-translate-original = Original
case-translate-submit = Übersetzung speichern
case-done-translated = Die Übersetzung wurde gespeichert.
case-translated-from = Übersetzung ({ $language }) aus dem Original ({ $original }).
case-versions = Lesen auf
error-case-translation-same = Wählen Sie eine andere Sprache als die, in der das Praxisbeispiel geschrieben ist.
case-participedia-download = Dieses Praxisbeispiel im Fallformat von Participedia herunterladen (JSON)
cases-participedia-download = Alle Praxisbeispiele im Fallformat von Participedia herunterladen (JSON)

open-data-resource-twinnings = Partnerschaften
open-data-about-twinnings = Partnerschaften, die zwei Gemeinschaften geschlossen haben, mit ihrem Zweck: die von der Partnergemeinschaft angenommenen, und wann sie endeten.

meetings-formats-heading = Treffenformate aus dem Praxisbeispiel
meetings-formats-intro = Das Verfahren, von dem dieses ausging, hat diese Treffen abgehalten. Planen Sie ein ähnliches: Das Formular übernimmt Format, Dauer, Plätze und Barrierefreiheit, und Sie wählen Tag und Ort.
meetings-plan-like = Ein ähnliches Treffen planen
meeting-duration-minutes = { $count ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
co-run-all-invited = Alle Personen aus der Prozessbegleitung der Partnergemeinschaften wurden bereits eingeladen.

case-prefill-groups = { $question } (Beteiligung nach Gruppe): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = Die Fragen Ihrer Gemeinschaft dazu, wer teilnimmt, werden um die ergänzt, die die Gemeinschaft des Praxisbeispiels stellt, sofern Ihre sie noch nicht stellt, damit sich beide vergleichen lassen; und die Treffen, die sie abgehalten hat, werden Ihnen als Vorlagen für Ihre eigenen angeboten.

case-translation-outdated = Sie wurde vor der letzten Korrektur des Praxisbeispiels geschrieben: Das Original kann mehr enthalten.
error-case-translation-taken = Jemand anderes hat dieses Praxisbeispiel in diese Sprache übersetzt; nur diese Person und die Gemeinschaft des Praxisbeispiels können die Übersetzung ändern.
notification-twinning-ended = { $title } hat die Partnerschaft mit Ihrer Gemeinschaft beendet oder den Vorschlag zurückgezogen oder abgelehnt.
