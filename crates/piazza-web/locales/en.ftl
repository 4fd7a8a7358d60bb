# Piazza — English. Every user-visible string lives here and in its translations.
# Placeables: $n is a number already written for the locale; $count chooses the plural form.

site-name = Piazza
skip-to-content = Skip to main content
nav-label = Main menu
nav-communities = Communities
nav-organisations = Organisations
nav-admin = Administration
nav-account = Your account
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-register = Create an account
language-label = Language
language-submit = Change
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: public services co-created with the people who live here. Open source, no tracking.
# Between the items of a list written inline.
list-separator = { ", " }
back-to-front-page = Go to the front page

date-long = { $day } { $month } { $year }
date-time-utc = { $date }, { $time } UTC
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

front-title = Communities
front-heading = Decide together what your place needs
front-intro = Piazza is where cities, towns and villages shape their public services with the people who live in them. Choose your community to see what is being decided and how to take part.
front-join = Create an account to take part
front-other-communities = Other communities
front-no-communities = There are no communities yet.
region-no-communities = No communities belong to this region yet.
region-communities = Communities in this region
population-count = { $count ->
    [one] { $n } inhabitant
   *[other] { $n } inhabitants
}

community-kind-municipality = Municipality
community-kind-neighbourhood = Neighbourhood
community-kind-rural-community = Rural community
community-kind-region = Region
settlement-type-urban = Urban
settlement-type-peri-urban = Peri-urban
settlement-type-rural = Rural
role-administrator = Community administrator
role-official = Official
role-facilitator = Facilitator
role-moderator = Moderator
helix-role-public-authority = Public authority
helix-role-academia = Academia and research
helix-role-business = Business
helix-role-civil-society = Civil society

community-facts = About this community
community-residents = Residents on Piazza
community-people = Who looks after this community
community-no-roles = Nobody holds a role here yet.
community-organisations = Organisations based here
community-no-organisations = No organisation is based here yet.
community-settings-link = Settings
community-roles-link = Roles
community-settings-title = Settings of { $community }
community-new-title = New community
community-create-submit = Create the community
community-text-legend = Presentation ({ $language })
text-in-language = Language of this text: { $language }.

roles-title = Roles in { $community }
roles-grant-heading = Give someone a role
roles-grant-submit = Give the role
roles-current-heading = Current roles
roles-history-heading = History of roles
roles-revoke-submit = Remove
roles-revoke-whom = the role of { $name }
role-still-held = Still held
column-person = Person
column-since = Since
column-granted = Given
column-revoked = Removed
column-action = Actions
by-person = by { $name }

organisations-title = Organisations
organisations-intro = Public bodies, universities, businesses and civil society groups: the four partners who co-create public services with residents.
organisations-none-in-role = None yet.
organisation-new-link = Register an organisation
organisation-new-title = Register an organisation
organisation-create-submit = Register the organisation
members-heading = { $count ->
    [one] { $n } member
   *[other] { $n } members
}
member-manager = manager
member-add-heading = Add a member
member-add-submit = Add the member
member-remove-submit = Remove
member-remove-whom = { $name } from the organisation

register-title = Create an account
register-intro = You need only a username and a password. Your real name is never required.
register-submit = Create the account
register-have-account = Already have an account?
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgotten your password?
sign-in-no-account = New here?
account-title = Your account
account-username = Your username is { $username }.
account-profile-heading = Your profile
account-change-password-link = Change your password
account-roles-heading = Your roles
account-no-roles = You hold no role in any community.
account-organisations-heading = Your organisations
account-no-organisations = You are not a member of any organisation.
password-title = Change your password
password-submit = Change the password
password-other-sessions = Changing your password signs you out everywhere else.
reset-request-title = Reset your password
reset-request-intro = Enter your username or email address. If the account has an email address, a link to choose a new password will be sent there.
reset-request-submit = Send the link
reset-request-no-email = Without an email address, ask a facilitator or your community administrator for help.
reset-requested-notice = If that account has an email address, a link to reset the password is on its way. The link works for one hour.
reset-title = Choose a new password
reset-submit = Save the new password
reset-link-invalid = This link has expired or has already been used.
reset-request-again = Ask for a new link
reset-mail-subject = Reset your Piazza password
reset-mail-greeting = Hello { $name },
reset-mail-body = Someone asked to reset the password of your Piazza account. To choose a new password, open this link within one hour:
reset-mail-ignore = If you did not ask for this, you can ignore this message: your password stays as it is.
welcome-notice = Welcome to Piazza, { $name }!
saved-notice = Your changes have been saved.

admin-title = Administration
admin-accounts = Accounts
admin-pending-mail = Messages waiting to be sent

field-username = Username
field-username-or-email = Username or email address
field-display-name = Display name
field-display-name-optional = Display name (optional)
field-email-optional = Email address (optional)
field-password = Password
field-new-password = New password
field-current-password = Current password
field-password-confirmation = Type the password again
field-home-community-optional = Your community (optional)
field-name = Name
field-slug = Short name for the address
field-kind = Kind
field-settlement-type = Settlement type
field-population = Population
field-population-optional = Population (optional)
field-region = Region
field-region-optional = Region (optional)
field-default-language = Main language
field-offered-languages = Languages offered
field-languages = Languages
field-tagline = Tagline
field-description = Description
field-description-optional = Description (optional)
field-role = Role
field-helix-role = Kind of organisation
field-community = Community
field-community-optional = Community (optional)
field-website = Website
field-website-optional = Website (optional)
option-none = None
save-submit = Save
hint-username = 3 to 32 characters: lowercase letters, digits, dots, dashes or underscores. Others can see it.
hint-display-name = The name shown beside what you write. It need not be your real name.
hint-email = Only to reset your password. Never shown to anyone.
hint-password = At least 10 characters. A few words you can remember make a good password.
hint-home-community = Where you live or take part.
hint-slug = Lowercase letters, digits and dashes, such as san-vito. It appears in the address of the page.
hint-population = A whole number, such as 8940.
hint-grant-username = The username of the person, as shown on their account page.
hint-member-username = The username of the person to add.
hint-helix-role = Public authority, academia, business or civil society.

error-summary-title = There is a problem
error-prefix = Error:
error-title-prefix = Error:
error-control-characters = Remove the invisible control characters.
error-username-required = Enter a username.
error-username-length = The username must be 3 to 32 characters long.
error-username-characters = Use only lowercase letters, digits, dots, dashes and underscores, starting with a letter or a digit.
error-username-taken = This username is taken. Choose another.
error-display-name-required = Enter a display name.
error-display-name-length = The display name must be at most 60 characters long.
error-email-invalid = Enter an email address like name@example.org, or leave it empty.
error-password-required = Enter a password.
error-password-too-short = The password must be at least 10 characters long.
error-password-too-long = The password must be at most 256 characters long.
error-password-mismatch = The two passwords are different.
error-current-password-wrong = This is not your current password.
error-sign-in-failed = The username or the password is wrong.
error-sign-in-throttled = { $minutes ->
    [one] Too many failed attempts. Try again in { $minutes_shown } minute.
   *[other] Too many failed attempts. Try again in { $minutes_shown } minutes.
}
error-reset-target-required = Enter your username or email address.
error-community-unknown = Choose a community from the list.
error-account-unknown = Nobody has this username.
error-role-already-held = This person already holds this role here.
error-already-member = This person is already a member.
error-last-manager = An organisation needs at least one manager.
error-choose-one = Choose one of the options.
error-name-required = Enter a name.
error-name-length = The name is too long: write a shorter one.
error-slug-required = Enter a short name for the address.
error-slug-invalid = Use 2 to 48 lowercase letters, digits and single dashes, not at the start or the end.
error-slug-taken = This short name is taken. Choose another.
error-population-invalid = Enter the population as a whole number, or leave it empty.
error-parent-self = A community cannot be its own region.
error-parent-not-region = Choose a region.
error-description-length = The description must be at most 2,000 characters long.
error-website-invalid = Enter an address starting with https:// or http://, or leave it empty.
error-not-found-title = Page not found
error-not-found-body = There is no page at this address. Check the address, or start again from the front page.
error-forbidden-title = You may not do this
error-forbidden-body = This page or action is for people with another role. If you think you should have access, ask your community administrator.
error-too-large-title = Too much text
error-too-large-body = What you sent is larger than any form here accepts. Go back, shorten the text and send it again.
error-bad-request-title = The form could not be read
error-bad-request-body = What arrived was not a form this page understands. Go back and send it again.
error-internal-title = Something went wrong
error-internal-body = Piazza could not complete your request. Nothing you typed was saved. Please try again in a moment.

## Participatory processes and proposals

community-processes-link = Participatory processes
processes-title = Participatory processes in { $community }
processes-none = No participatory process has been opened here yet.
process-new-title = Open a participatory process
process-create-submit = Open the process
process-phases-heading = Phases
phase-number = Phase { $n }
process-now-heading = Taking part now
process-nothing-now = There is nothing to do in this process right now.
process-see-proposals = { $count ->
    [0] No proposals yet
    [one] See the { $n } proposal
   *[other] See the { $n } proposals
}
process-timeline-heading = Timeline
process-about-heading = About this process
process-decisions-heading = Decided so far
process-no-decisions = No decision has been taken yet.
easy-read-heading = In easy words
back-to-process = Back to the process
stage-running = Current phase: { $phase }.
stage-not-started = The process opens on { $date }.
stage-waiting = The next phase opens on { $date }.
stage-closed = This process is closed.
phase-current = now
phase-dates = From { $start }
phase-until = to { $end }
phase-allows-nothing = Information only.
phase-kind-inform = Inform
phase-kind-ideate = Ideas
phase-kind-co-design = Co-design
phase-kind-prioritise = Prioritise
phase-kind-implement = Implement
phase-kind-evaluate = Evaluate
activity-proposals = Make proposals
activity-supports = Support proposals
activity-comments = Comment
activity-amendments = Propose amendments
activity-meetings = Attend meetings

proposals-title = Proposals: { $process }
proposals-found = { $count ->
    [one] { $n } proposal
   *[other] { $n } proposals
}
proposals-none = No proposal matches.
proposal-new-title = Make a proposal
proposal-create-submit = Publish the proposal
proposal-authors = Author
proposal-published = Published
former-participant = a former participant
proposal-state-published = Published
proposal-state-withdrawn = Withdrawn by its authors
proposal-state-evaluating = Under evaluation
proposal-state-accepted = Accepted
proposal-state-rejected = Rejected
proposal-state-implemented = Implemented
supports-count = { $count ->
    [one] { $n } support
   *[other] { $n } supports
}
threshold-explained = { $count ->
    [one] With { $n } support a proposal goes to the officials for evaluation.
   *[other] With { $n } supports a proposal goes to the officials for evaluation.
}
proposal-state-merged = Merged into another proposal
proposal-merged-into = merged into
field-merge-into = Merge into (only for a merge)
hint-merge-into = The proposal of this process that takes this one in. Say why in the answer.
error-merge-target = Choose the proposal to merge this one into.
support-submit = Support this proposal
unsupport-submit = Withdraw my support
you-support = You support this proposal.
sign-in-to-support = Sign in to support this proposal
sign-in-to-propose = Sign in to make a proposal
supports-closed = Supports are not being collected now.
withdraw-submit = Withdraw the proposal
official-answer-heading = The official answer
decide-heading = Decide on this proposal
decide-submit = Publish the decision
history-heading = What happened to this proposal
reason-threshold = it reached the number of supports needed
notice-supported = Your support has been counted.
notice-threshold = Your support has been counted, and the proposal now goes to the officials for evaluation.
notice-unsupported = Your support has been withdrawn.
notice-answered = The decision has been published.
notice-withdrawn = The proposal has been withdrawn.
not-now-proposals = Proposals can be made only during a phase that accepts them. Check the timeline of the process.
not-now-supports = Supports can be given or withdrawn only during a phase that collects them.
not-now-activity = The current phase of the process does not allow this.
not-now-proposal-closed = This proposal is closed: it can no longer be supported or withdrawn.
not-now-overtaken = Someone changed this proposal while you were reading it. Here it is as it is now: check it and try again.

field-title = Title
field-summary = Plain-language summary
field-easy-read-optional = Easy-read summary (optional)
field-support-threshold = Supports needed for evaluation
field-phase-kind = Kind of phase
field-starts-on = First day
field-ends-on = Last day
field-phase-allows = During this phase people may
field-proposal-body = Your proposal
field-category = Category
field-category-optional = Category (optional)
field-address = Address
field-address-optional = Address (optional)
field-state = State
field-answered = Official answer
field-sort = Order
field-new-state = New state
field-answer = Public answer
option-any = Any
option-answered = Answered
option-not-answered = Not answered yet
option-no-phase = No phase
sort-shuffled = Shuffled, so that no proposal is favoured
sort-newest = Newest first
sort-supported = Most supported first
filter-submit = Show
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-position = Page { $position }
hint-summary = Say in a few plain sentences what will be decided and how people can take part.
hint-easy-read = Short sentences and common words, for people who find reading hard.
hint-markdown = You can use Markdown: **bold**, *italics*, lists and links.
hint-support-threshold = A whole number, such as 50.
hint-phases = Fill in one row per phase, in order. Leave the rows you do not need empty.
hint-proposal-title = Between 5 and 150 characters: say what you propose.
hint-address = Where it would happen, if it is about a place.
hint-answer = Shown publicly with the decision. Required when the proposal is rejected.
error-summary-required = Write a short summary.
error-summary-length = The summary is too long: keep it under 600 characters.
error-easy-read-length = The easy-read summary is too long: keep it under 1,500 characters.
error-description-required = Write a description.
error-long-description-length = The description is too long: keep it under 20,000 characters.
error-threshold-invalid = Enter a whole number of supports, at least 1.
error-date-invalid = Enter a date like 2026-03-31.
error-phase-ends-before-start = The last day comes before the first day.
error-phase-overlaps = This phase starts before the previous one has ended.
error-phases-required = Give the process at least one phase.
error-title-too-short = The title must be at least 5 characters long.
error-title-required = Enter a title.
error-title-length = The title is too long: keep it to 150 characters at most.
error-body-required = Write your proposal.
error-body-length = The proposal is too long: keep it under 10,000 characters.
error-text-too-long = This is too long.
error-answer-required = Give the reasons for this decision.
error-answer-length = The answer is too long: keep it under 5,000 characters.

## Comments

comments-heading = { $count ->
    [0] Comments
    [one] { $n } comment
   *[other] { $n } comments
}
comments-order = Order:
comments-oldest = oldest first
comments-newest = newest first
comments-supported = most supported first
comments-closed = Comments are not being collected now.
comment-new-heading = Add a comment
comment-submit = Publish the comment
comment-reply-title = Reply to a comment
comment-reply-submit = Publish the reply
comment-reply-link = Reply
comment-edit-title = Edit your comment
comment-edit-link = Edit
comment-delete-submit = Delete
comment-support-submit = Support
comment-number = comment { $n }
comment-edited = edited
comment-deleted = This comment was deleted by its author.
comment-in-reply-to = In reply to { $name }
comment-back = Back to the discussion
sign-in-to-comment = Sign in to comment
field-stance = Your position
field-comment = Your comment
stance-in-favour = In favour
stance-against = Against
stance-neutral = Neutral
error-comment-required = Write your comment.
error-comment-length = The comment is too long: keep it to 3,000 characters at most.
error-reply-too-deep = Replies go at most three levels deep: reply to an earlier comment in this thread.

## Versions of a proposal

not-now-editing = Once a proposal has a support or a comment, its text can no longer be edited directly.
proposal-edit-title = Edit the proposal
proposal-edit-intro = You can change the text until the proposal receives its first support or comment. Every version stays visible to everyone.
proposal-edit-submit = Save the new version
versions-title = History of the text: { $proposal }
versions-intro = Every version of the proposal, newest first, with what changed from the one before it.
version-number = Version { $n }
versions-link = { $count ->
    [one] History of the text (one version)
   *[other] History of the text ({ $n } versions)
}
diff-added = added
diff-removed = removed

## Amendments

amendments-heading = { $count ->
    [0] Amendments
    [one] { $n } amendment
   *[other] { $n } amendments
}
amendment-new-title = Propose an amendment
amendment-new-intro = Change the text as you think it should read and say why. The authors of the proposal accept or reject your amendment, and everyone can read their answer.
amendment-submit = Propose the amendment
amendment-by = Amendment by { $name }
amendment-pending = Waiting for the authors
amendment-accepted = Accepted by the authors
amendment-rejected = Rejected by the authors
amendment-answer = The authors' answer
amendment-accept-submit = Accept this amendment
amendment-reject-submit = Reject this amendment
field-amendment-reason = Reason
field-rejection-reason = Why you reject it (required to reject)
hint-amendment-reason = What your change improves, in a few words.
version-from-amendment = from an amendment by { $name }
error-reason-required = Give a reason.
error-reason-length = The reason is too long: keep it to 1,000 characters at most.
error-amendment-unchanged = The amendment does not change anything yet.

## Co-authors

coauthors-heading = Co-authors
coauthor-invited = invited, waiting for an answer
coauthor-invite-submit = Invite
field-invitee-kind = Invite
field-invitee = Username or short name of the organisation
hint-invitee = A person accepts for themselves; for an organisation, one of its managers accepts.
option-person = a person
option-organisation = an organisation
invitation-heading = You are invited to co-author this proposal
invitation-explained = As a co-author you appear among its authors, may change its text while that is allowed, and answer its amendments.
invitation-accept-submit = Accept
invitation-decline-submit = Decline
invitation-for-organisation = for { $organisation }
account-invitations-heading = Invitations to co-author
notice-invited = The invitation has been sent.
error-invitee-required = Enter a username or the short name of an organisation.
error-organisation-unknown = No organisation has this short name.
error-already-author = This person is already an author of the proposal.
error-already-invited = They have been invited already.

## Moderation
content-kind-proposal = Proposal
content-kind-comment = Comment
content-kind-amendment = Amendment
proposal-number = proposal { $n }
amendment-number = amendment { $n }
report-reason-spam = Spam or advertising
report-reason-offensive = Offensive, hateful or threatening
report-reason-off-topic = Off-topic
report-reason-personal-data = Shares someone’s personal data
report-reason-other = Something else
moderation-state-reported = Reported, still visible
moderation-state-pending = Hidden after reports, waiting for review
moderation-state-hidden = Hidden by a moderator
moderation-state-restored = Restored
moderation-action-hidden-by-reports = Hidden after several reports, until a moderator looks at it
moderation-action-hide = Hidden by a moderator
moderation-action-restore = Restored by a moderator
moderation-action-uphold = Kept hidden after review
moderation-action-block = Person blocked in this community
moderation-action-unblock = Block lifted
not-now-blocked = A moderator has blocked you from taking part in this community. The reason is in the community’s moderation log.
report-link = Report
report-proposal-link = Report this proposal
report-title = Report: { $kind }
report-back = Back to the contribution
report-intro = Tell the moderators what is wrong. They will look at it; the person who wrote it never learns who reported it.
field-report-reason = Why are you reporting it?
field-report-details = More details
hint-report-details = Optional, unless you chose “Something else”. At most 1,000 characters.
report-submit = Send the report
report-recorded = Thank you. Your report has reached the moderators.
report-already = You have reported this already; your earlier report still counts.
report-hidden = Thank you. After several reports it is now hidden until a moderator looks at it.
error-report-own = You cannot report your own contribution.
error-report-details-required = Say in a few words what is wrong.
moderation-hide-now-heading = Hide it now (moderators)
field-public-reason = Public reason
hint-public-reason = Everyone will read this in place of the hidden text and in the moderation log.
moderation-hide-submit = Hide
moderation-restore-submit = Restore
moderation-uphold-submit = Keep hidden
hidden-by-moderator = Hidden by the moderators: { $reason }
hidden-pending-review = Hidden after several reports, until a moderator looks at it.
hidden-proposal-title = Hidden proposal
appeal-link = Appeal this decision
appeal-title = Appeal a moderation decision
appeal-intro = If you think the moderators got it wrong, tell them why. You can appeal once; a moderator will look again and either restore your contribution or keep it hidden.
field-appeal = Why should it be restored?
hint-appeal = At most 2,000 characters.
appeal-submit = Send the appeal
appeal-yours-heading = Your appeal
appeal-waiting = A moderator will look at your appeal.
appeal-answered = A moderator has looked at your appeal. The decision and its reason are shown above.
appeal-not-possible = This contribution is not hidden, or it has been appealed already.
error-appeal-required = Say why it should be restored.
error-appeal-once = A decision can be appealed only once.
moderation-title = Moderation in { $community }
moderation-queue-link = Moderation queue
moderation-log-link = Moderation log
moderation-queue-heading = { $count ->
    [0] Nothing waiting
    [one] { $n } contribution waiting
   *[other] { $n } contributions waiting
}
moderation-queue-empty = Nothing waits for review.
moderation-report-count = { $count ->
    [0] no reports
    [one] { $n } report
   *[other] { $n } reports
}
moderation-appeal-label = The author appeals:
moderation-blocks-heading = Blocked people
moderation-blocks-empty = Nobody is blocked in this community.
moderation-block-heading = Block a person
hint-block-reason = A blocked person can still read everything but can no longer propose, comment, amend, support or report here. The reason is public.
moderation-block-submit = Block
moderation-unblock-submit = Lift the block
error-block-self = You cannot block yourself.
error-already-blocked = This person is blocked already.
moderation-settings-heading = Settings
field-report-threshold = Reports that hide a contribution
hint-report-threshold = A contribution with this many reports is hidden until a moderator looks at it.
error-report-threshold = Enter a whole number from { $min_shown } to { $max_shown }.
moderation-done-hidden = Hidden. The reason is in the public log.
moderation-done-restored = Restored. It is visible again.
moderation-done-upheld = Kept hidden. The author has been answered.
moderation-done-blocked = The person is blocked in this community.
moderation-done-unblocked = The block has been lifted.
moderation-done-threshold = The number of reports has been saved.
moderation-log-title = Moderation log of { $community }
moderation-log-intro = Every contribution hidden or restored and every person blocked here, with the moderators’ reason. Who reported what is never shown.
moderation-log-empty = Nothing has been moderated yet.
moderation-no-reason = No reason given
column-when = When
column-concerning = Concerning
column-reason = Reason

## Notifications
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] Notifications ({ $n } new)
   *[other] Notifications ({ $n } new)
}
notifications-title = Your notifications
notifications-empty = Nothing yet. Follow a process or a proposal to hear what happens to it; you follow your own proposals and the discussions you take part in automatically.
notifications-new = New:
notifications-mark-read = Mark all as read
notifications-done-read = All your notifications are marked as read.
notifications-email-heading = Notifications by email
notifications-no-email = Your account has no email address, so Piazza cannot write to you. You can add one on your account page.
field-email-frequency = How often should Piazza write to you?
email-frequency-immediate = At once, one email for each notification
email-frequency-daily = Once a day, a digest of everything new
email-frequency-never = Never; I read them here
notification-new-proposal = { $name } made a new proposal: “{ $title }”
notification-comment = { $name } commented on “{ $title }”
notification-reply = { $name } replied to your comment on “{ $title }”
notification-amendment = { $name } proposed an amendment to “{ $title }”
notification-amendment-answered = Your amendment to “{ $title }”: { $detail }
notification-state-changed = “{ $title }” is now: { $detail }
notification-invitation = { $name } invited you to co-author “{ $title }”
notification-threshold = “{ $title }” has the supports it needed and goes to the officials for evaluation.
notification-awaits-evaluation = “{ $title }” reached its threshold and awaits your evaluation and public answer.
notification-hidden = Your contribution on “{ $title }” was hidden. { $detail }
notification-mail-footer = You receive this because you follow it or took part. Choose how often Piazza writes to you, or stop these emails, at { $link }
digest-mail-subject = { $count ->
    [one] Your news from Piazza: { $n } notification
   *[other] Your news from Piazza: { $n } notifications
}
follow-submit = Follow
unfollow-submit = Stop following
following-now = You follow this and are told what happens to it.

## Search
search-title = Search { $community }
search-results-title = Search results for “{ $query }”
search-label = Words to look for
search-kind-label = Show
search-kind-all = Everything
search-kind-process = Processes
search-kind-proposal = Proposals
search-kind-comment = Comments
search-kind-meeting = Meetings
search-submit = Search
search-count = { $count ->
    [0] No results
    [one] { $n } result
   *[other] { $n } results
}
search-nothing = Nothing matches every one of these words. Try fewer or shorter words, or another spelling.

## Meetings
meeting-format-in-person = In person
meeting-format-online = Online
meeting-format-hybrid = In person and online
meeting-access-step-free = Step-free access
meeting-access-hearing-loop = Hearing loop
meeting-access-sign-language = Sign-language interpretation
meeting-access-interpretation = Spoken-language interpretation
meeting-access-childcare = Childcare
meeting-access-quiet-room = Quiet room
not-now-meeting-over = This meeting is over: registration has closed.
not-now-meetings = Registration for meetings opens only during a phase that holds meetings. Check the timeline of the process.
error-web-address = Enter an address starting with https:// or http://.
error-address-required = Say where the meeting takes place.
error-time-invalid = Enter a time as hours and minutes, such as 18:30.
error-meeting-ends-before-start = The meeting must end after it starts.
error-capacity-invalid = Enter a whole number of places from 1 to 100000, or leave it empty for no limit.
error-minutes-too-early = Minutes can be written once the meeting has begun.
error-minutes-required = Write the minutes.
error-minutes-length = The minutes are too long: keep them to 20,000 characters at most.
process-see-meetings = { $count ->
    [0] No meetings yet
    [one] See the { $n } meeting
   *[other] See the { $n } meetings
}
meetings-title = Meetings of { $process }
meeting-new-title = Plan a meeting
meetings-upcoming = Coming up
meetings-none-upcoming = No meeting is planned yet.
meetings-past = Past meetings
meetings-none-past = No meeting has taken place yet.
field-meeting-description = What the meeting is for
field-meeting-format = Where it happens
field-meeting-address = Address
hint-meeting-address = Needed for a meeting in person. Say how to find the room if it is hard to find.
field-meeting-link = Link to join online
hint-meeting-link = Needed for an online meeting. Only people who registered see it.
field-meeting-date = Date
hint-meeting-date = As year-month-day, such as 2026-12-03.
field-meeting-starts = Starts at
field-meeting-ends = Ends at
hint-meeting-time = As hours and minutes in UTC, such as 18:30.
field-meeting-capacity = Places
hint-meeting-capacity = Leave empty if there is no limit. When the places are taken, people join a waiting list.
field-meeting-access = Accessibility
field-meeting-access-notes = More about accessibility
hint-meeting-access-notes = Optional: for instance which languages are interpreted, or where the quiet room is.
meeting-create-submit = Plan the meeting
field-meeting-when = When
meeting-link-for-registered = Shown to the people who registered.
meeting-places = { $count ->
    [one] { $n } place
   *[other] { $n } places
}
meeting-places-left = { $count ->
    [0] none left
    [one] { $n } left
   *[other] { $n } left
}
meeting-waiting-count = { $count ->
    [one] { $n } person waiting
   *[other] { $n } people waiting
}
meeting-no-limit = No limit
meeting-access-none = Nothing announced yet. Ask the organisers what you need.
meeting-registration-heading = Taking part
meeting-over = This meeting is over.
meeting-you-are-registered = You are registered.
meeting-cancel-submit = Cancel my registration
meeting-you-are-waiting = { $count ->
    [one] You are first on the waiting list.
   *[other] You are number { $n } on the waiting list.
}
meeting-leave-waiting-submit = Leave the waiting list
field-meeting-needs = Anything you need to take part (optional)
hint-meeting-needs = Only the organisers see this: for instance a wheelchair space, or interpretation into a language.
meeting-register-submit = Register
meeting-wait-submit = Join the waiting list
sign-in-to-register = Sign in to register for this meeting
meeting-minutes-heading = Minutes
meeting-no-minutes = The minutes will appear here after the meeting.
meeting-outcomes-heading = Proposals that came out of this meeting
meeting-minutes-form-heading = Write the minutes
field-minutes = Minutes
field-meeting-outcomes = Proposals that came out of the meeting
meeting-minutes-submit = Save the minutes
meeting-registrants-heading = { $count ->
    [0] Nobody has registered yet
    [one] { $n } person registered or waiting
   *[other] { $n } people registered or waiting
}
column-place = Place
column-needs = Needs
meeting-status-registered = Registered
meeting-status-waiting = Waiting list
meeting-done-registered = You are registered. See you there!
meeting-done-waiting = The meeting is full: you are on the waiting list and will be told if a place frees up.
meeting-done-cancelled = Your registration is cancelled.
meeting-done-minutes = The minutes have been saved.
notification-new-meeting = { $name } planned a meeting: “{ $title }”
notification-meeting-place = A place freed up: you are now registered for “{ $title }”.

## Categories and places
category-mobility = Mobility and transport
category-green-spaces = Parks and green spaces
category-public-space = Streets and public space
category-education = Schools and education
category-culture = Culture
category-sport = Sport
category-health = Health
category-social-care = Social care and inclusion
category-housing = Housing
category-energy = Energy
category-environment = Environment and climate
category-economy = Work and local economy
category-safety = Safety
category-digital = Digital services
category-other = Other
sort-commented = Most commented
comments-count = { $count ->
    [0] no comments
    [one] { $n } comment
   *[other] { $n } comments
}
field-neighbourhood = Neighbourhood
field-neighbourhood-optional = Neighbourhood (optional)
field-map-point = Point on a map
hint-map-point = Optional. If you know them, give the latitude and longitude of the place, such as 43.8431 and 10.5061. The address above is enough.
field-latitude = Latitude
field-longitude = Longitude
error-latitude = Enter a latitude between -90 and 90, such as 43.8431, or leave both empty.
error-longitude = Enter a longitude between -180 and 180, such as 10.5061, or leave both empty.
community-neighbourhoods-link = Neighbourhoods
neighbourhoods-title = Neighbourhoods of { $community }
neighbourhoods-intro = Processes can be about some neighbourhoods only, and proposals can say which neighbourhood they concern, so that residents can find what is near them.
neighbourhoods-none = No neighbourhoods yet.
field-neighbourhood-name = Name of the neighbourhood
neighbourhood-add-submit = Add the neighbourhood
error-neighbourhood-exists = This community already has a neighbourhood by that name.
field-process-scope = Which neighbourhoods is it about?
hint-process-scope = Leave all unticked if the process is about the whole community.
process-scope = About:
search-count-many = More than { $n } results

## Participatory budgets

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] Budgets
    [one] { $n } budget
   *[other] { $n } budgets
}
budgets-title = Budgets of “{ $process }”
budgets-intro = Residents decide how part of the public budget is spent: each budget lists projects with their cost, and every resident may vote once.
budgets-none = No budget has been opened in this process yet.
budget-new-title = Open a budget
budget-card-line = { $total } · { $style } · counted by { $rule }
budget-ballots = { $count ->
    [0] No ballots yet
    [one] { $n } ballot
   *[other] { $n } ballots
}
budget-see-results = See the results
budget-status-open = Open for voting
budget-status-closed = Voting closed, not yet counted
budget-status-counted = Counted
budget-changeable = You can change your ballot until voting closes.
budget-officials-heading = For officials
budget-locked = Ballots have been cast: the projects, the style and the rule can no longer change.
budget-count-explained = Closing stops voting for good, separates every ballot from its voter and counts. The anonymised ballots are published for anyone to recount.
budget-count-submit = Close voting and count
budget-projects-heading = { $count ->
    [0] No projects on the ballot yet
    [one] { $n } project on the ballot
   *[other] { $n } projects on the ballot
}
budget-off-ballot-heading = Not on the ballot
budget-create-submit = Open the budget
field-budget-description = What the money is for
field-budget-total = Money to spend
hint-budget-total = A whole number, such as 250000.
field-budget-currency = Currency
hint-budget-currency = Three letters, such as EUR.
field-budget-style = How people vote
field-budget-min-choices = Fewest projects a ballot must choose
hint-budget-min-choices = Optional. 0 or empty means no minimum.
field-budget-max-choices = Most projects a ballot may choose (for a ranking: how many places)
hint-budget-max-choices = Optional, except for a ranking. Empty means no limit.
field-budget-min-share = Share of the money a knapsack ballot must use, in percent
hint-budget-min-share = Optional, for knapsack ballots only, such as 80.
field-budget-points = Points each voter spreads
hint-budget-points = Required for cumulative ballots, such as 10.
field-budget-rule = How the ballots are counted
hint-budget-rule = The Method of Equal Shares gives every group of voters a fair share of the money; counting by most votes lets the largest group decide everything.
field-budget-changeable = Voters may change their ballot until voting closes
ballot-style-approval = Choose any projects you support
ballot-style-knapsack = Choose projects that fit in the budget
ballot-style-cumulative = Spread points over projects
ballot-style-ranked = Rank your favourite projects
counting-rule-mes_cost_add1_eqs = the Method of Equal Shares (recommended)
counting-rule-mes_cost_add1_greedy = the Method of Equal Shares, then most votes for what is left
counting-rule-greedy_cost = most votes first
counting-rule-greedy_card = most votes per unit of cost first
counting-rule-phragmen = Phragmén’s method
counting-rule-maxwelfare_cost = the set of projects with the most approved money
counting-rule-greedy_points = most points first
counting-rule-mes_points = the Method of Equal Shares by points
error-whole-number-range = Enter a whole number from { $min_shown } to { $max_shown }.
error-budget-total-required = Enter the money to spend.
error-currency = Enter the currency as three letters, such as EUR.
error-rule-needs-approvals = This rule counts approvals: choose a rule by points for cumulative and ranked ballots.
error-rule-needs-points = This rule counts points: choose it only for cumulative or ranked ballots.
error-max-below-min = The most projects cannot be fewer than the fewest.
error-points-required = Enter how many points each voter spreads.
error-ranks-required = Enter how many places a ranking has.
error-budget-locked = Ballots have been cast, so the budget’s projects can no longer change.
project-new-title = Add a project
field-project-description = What the project does
field-project-cost = Cost
hint-project-cost = A whole number in the budget’s currency.
error-cost-required = Enter the cost.
field-project-proposal = Where it came from
hint-project-proposal = A proposal of this process, or the officials.
option-from-officials = The officials
field-project-image = Picture (a link)
hint-project-image = Optional. An https address of a picture; the page links to it and never loads it.
error-image-address = Enter an address that starts with https://, without spaces.
project-create-submit = Add the project
project-done-added = The project has been added. Review its feasibility to put it on the ballot.
project-from-proposal = See the proposal it came from
project-see-image = See a picture
feasibility-pending = Feasibility not yet reviewed
feasibility-feasible = Feasible
feasibility-infeasible = Not feasible
project-review-legend = Review “{ $title }”
field-feasibility-reason = Public reason (required when not feasible)
error-feasibility-reason-required = Give the public reason why the project is not feasible.
project-review-submit = Save the review
project-done-reviewed = The review has been saved.
ballot-heading = Your ballot
ballot-instructions-approval = Choose the projects you support.
ballot-instructions-knapsack = Choose projects whose costs together fit in the budget.
ballot-instructions-cumulative = Give points to the projects you support.
ballot-instructions-ranked = Give your favourite projects a place, the first being the one you want most.
ballot-points-to-spread = { $count ->
    [one] You have { $n } point to spread.
   *[other] You have { $n } points to spread.
}
ballot-min-share = { $count ->
    [one] Your choice must use at least { $n } percent of the money.
   *[other] Your choice must use at least { $n } percent of the money.
}
ballot-min-choices = { $count ->
    [one] Choose at least { $n } project.
   *[other] Choose at least { $n } projects.
}
ballot-max-choices = { $count ->
    [one] Choose at most { $n } project.
   *[other] Choose at most { $n } projects.
}
ballot-not-ranked = Not ranked
ballot-place = Place { $n }
ballot-chosen = { $count ->
    [0] No project chosen
    [one] { $n } project chosen
   *[other] { $n } projects chosen
}
ballot-cost-left = they cost { $cost }, which leaves { $left }
ballot-points-used = { $used_shown } of { $points_shown } points given
ballot-valid = Your ballot is valid.
ballot-nothing-chosen = Choose projects, then check the total or cast your ballot.
ballot-check-submit = Check the total
ballot-cast-submit = Cast my ballot
ballot-change-submit = Change my ballot
ballot-voted-changeable = You have voted. Your ballot is shown below; you can change it until voting closes, and the last one counts.
ballot-voted-final = You have voted. Your ballot is final.
ballot-no-projects = No project is on the ballot yet.
ballot-sign-in = Sign in to vote
ballot-not-open = Voting is not open now: it happens while the process is in its prioritising phase.
ballot-closed = Voting has closed.
ballot-done-recorded = Your ballot has been recorded.
ballot-done-replaced = Your ballot has been changed; only the new one counts.
ballot-problem-empty = Choose at least one project.
ballot-problem-too-few = { $min ->
    [one] Choose at least { $min_shown } project.
   *[other] Choose at least { $min_shown } projects.
}
ballot-problem-too-many = { $max ->
    [one] Choose at most { $max_shown } project.
   *[other] Choose at most { $max_shown } projects.
}
ballot-problem-over-budget = Your choice costs { $over_shown } more than the budget.
ballot-problem-under-share = Your choice must use at least { $share_shown } percent of the money.
ballot-problem-too-many-points = You may give { $points_shown } points at most.
ballot-problem-points-whole = Points must be whole numbers, 0 or more.
ballot-problem-place-twice = Two projects have place { $place_shown }: give each place once.
ballot-problem-place-range = Places go from 1 to { $places_shown }.
ballot-problem-unknown-project = A chosen project is not on the ballot.
error-ballot-invalid = Your ballot cannot be cast yet: see what needs to change below.
not-now-voting-closed = Voting is not open for this budget now.
not-now-already-voted = You have already voted in this budget, and its ballots cannot be changed.
results-title = Results of “{ $budget }”
results-spent = Money spent
results-left = Money left
results-ballots-heading = Ballots
results-ballots = { $count ->
    [0] No ballots
    [one] { $n } ballot
   *[other] { $n } ballots
}
results-channel = { $channel }: { $n }
channel-online = Online
channel-code = With a voting code
channel-paper = On paper, entered by a facilitator
results-counted = Counted on
results-rule-explained-equal-shares = Counted by the Method of Equal Shares: every voter receives an equal share of the money and spends it only on projects they chose. A project wins when its supporters can pay for it together; the project that costs each of them least comes first.
results-rule-explained-greedy = Counted by most votes: projects in order of votes, each chosen if it still fits in the money left.
results-rule-explained-phragmen = Counted by Phragmén’s method: the cost of each project is spread over its supporters as evenly as possible, and the count stops at the first project that does not fit.
results-rule-explained-max-welfare = Counted as the set of projects that fits in the budget with the most approved money.
results-chart-heading = Votes per project
results-chart-caption = Projects that won are drawn dark, the others light; the numbers are also in the table below.
results-bar-label = { $title }: { $votes }
results-table-heading = Every project and why it won or lost
results-project = Project
results-cost = Cost
results-votes = Votes
results-outcome = Outcome
results-why = Why
results-won = Won
results-lost = Lost
fate-ranked-won = Place { $rank }: { $left } were left when its turn came, enough to pay for it.
fate-ranked-lost = Place { $rank }: only { $left } were left when its turn came, less than its cost.
fate-shared = Chosen at step { $step }: { $payers } supporters paid for it, { $share } each ({ $all } of them paid all they had left).
fate-supporters-short = Its supporters had only { $held } left between them, less than its cost.
fate-completed = Chosen after the equal shares, by most votes: place { $rank }, with { $left } left.
fate-not-completed = Not chosen: place { $rank } by votes, when only { $left } were left.
fate-loaded = Chosen at step { $step }.
fate-stopped-here = It did not fit in the money left, and counting stopped here.
fate-not-reached = Counting stopped before its turn.
fate-optimal-won = Part of the set with the most approved money.
fate-optimal-lost = Not part of the set with the most approved money.
fate-free = Free and supported, so chosen.
fate-unsupported = Nobody voted for it.
results-recount-heading = Recount it yourself
results-recount-explained = The ballots, without any name or time, are published in the Pabulib format. Anyone can count them again with Piazza or other tools and must find the same winners.
results-download = Download the ballots (Pabulib)
results-sha256 = SHA-256 fingerprint of the file:

## Voting codes and paper ballots

budget-codes-status = { $printed_shown } voting codes printed, { $used_shown } used.
field-code-count = How many voting codes to print
hint-code-count = Codes are shown once, to print: Piazza keeps only a fingerprint of each. From 1 to 1,000.
budget-codes-submit = Print voting codes
codes-title = Voting codes for “{ $budget }”
codes-print-now = Print this page now: these codes will not be shown again. Each code allows one ballot.
codes-how = To vote, open this address, type the code and choose your projects. The code works once.
ballot-code-heading = Vote with a code
ballot-paper-heading = Enter a paper ballot
field-voting-code = Voting code
hint-voting-code = The twelve letters and digits printed on your slip, such as ABCD-EFGH-JKLM.
field-paper-reference = Number written on the paper ballot
hint-paper-reference = The same paper cannot be entered twice under the same number.
ballot-code-submit = Cast the ballot with this code
ballot-paper-submit = Enter this paper ballot
ballot-vote-with-code = Vote with a printed code
ballot-enter-paper = Enter paper ballots
ballot-back-to-budget = Back to the budget
ballot-recorded-heading = This is exactly what was recorded:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = The ballot has been recorded. The code cannot be used again.
paper-done-entered = The paper ballot has been entered.
error-code-required = Type the voting code.
error-code-unknown = This code does not exist for this budget. Check the letters and digits.
error-paper-reference = Type the number written on the paper, up to 40 characters.
not-now-code-used = This code has already been used: each code allows one ballot.
not-now-paper-entered = A paper ballot with this number has already been entered.

## Who may vote, census lists and imported elections

not-now-needs-voter-details = This budget asks for your birth date or your district before you vote.
not-now-needs-census = This budget asks you to verify against the census list before you vote.
not-now-too-young = You are younger than the minimum age for this budget.
not-now-outside-districts = This budget is for residents of other districts.
not-now-group-full = You have already voted in as many budgets of this group as one person may.
budget-who-may-vote = Who may vote
field-budget-min-age = Minimum age (optional)
hint-budget-min-age = In years. Leave empty if people of every age may vote.
field-budget-census-only = Voters must verify against the census list
hint-budget-census-only = Signed-in residents then verify once with their identity number and birth date; codes and paper ballots are checked in person.
field-budget-districts = Residents of which districts may vote?
hint-budget-districts = Leave all unticked if every resident may vote.
field-budget-group = Group of budgets (optional)
hint-budget-group = Budgets of this process with the same group name share a limit: for instance “districts”, so that each person votes in one district budget of their choice.
field-budget-group-limit = Budgets of the group one person may vote in
hint-budget-group-limit = A whole number; 1 if left empty.
error-group-name = Write a group name of up to 80 characters.
error-group-name-required = Name the group the limit is for.
budget-edit-title = Change “{ $title }”
budget-edit-submit = Save the budget
budget-edit-link = Change the budget
budget-edit-locked = Ballots have been cast: only the title and the description can change now, so that no rule changes under the voters.
budget-done-changed = The budget has been saved.
field-project-district = District (optional)
option-whole-community = The whole community
eligibility-min-age = Residents aged { $age } or older.
eligibility-districts = Residents of: { $districts }.
eligibility-census = Residents who have verified against the census list.
eligibility-group = This budget is one of the group “{ $group }”: each person may vote in { $limit } of its budgets.
ballot-give-details = Give your details
results-districts-heading = Results per district
results-district = District
results-district-projects = Projects funded
results-district-spent = Money spent
results-whole-community = The whole community
results-district-funded = { $won } of { $of }
channel-imported = imported
budget-import-title = Import a past election
budget-import-intro = Replay a participatory budget held elsewhere: a Pabulib file (the open format of participatory-budgeting elections) becomes a budget of this process with its projects and ballots, ready to be counted here.
field-pabulib-file = Pabulib file
hint-pabulib-file = A .pb file with META, PROJECTS and VOTES sections. Amounts must be whole units of the currency.
budget-import-submit = Import the election
budget-done-imported = The election has been imported. Count it to see its results.
error-pabulib-line = The file cannot be read at line { $line }. Check that line against the Pabulib format.
error-pabulib-file = The file is not a Pabulib file with projects and a budget.
error-pabulib-decimals = The file has amounts with decimals; budgets here hold whole units of their currency.
error-pabulib-too-many = The file has more than { $most } ballots.
census-title = Census list
census-intro = Upload the list of people who may vote, as CSV: one person per line with an identity number, a birth date (YYYY-MM-DD) and, if you like, the name of their district. Piazza keeps only a keyed fingerprint of each identity number and birth date, never the numbers themselves. A new list replaces the old one; people who have verified stay verified.
census-status = The list has { $entries } entries; { $claimed } have been used to verify.
census-none = No census list has been uploaded yet.
field-census-file = Census list (CSV)
hint-census-file = For example: AB1234567,1990-04-21,Centro
census-submit = Upload the list
census-done-loaded = The census list has been loaded with { $entries } entries.
error-census-line = Line { $line } needs an identity number and a birth date written YYYY-MM-DD.
error-census-district = Line { $line } names a district this community does not have.
error-census-too-long = The list is too long.
error-census-empty = The file holds nobody. Choose the CSV file of the census list.
voter-details-title = Your details for voting
voter-details-intro = Some budgets are for residents of certain districts or of a certain age. What you give here is used only to check that you may vote; it is never shown to anyone.
voter-details-verified = The census list has confirmed your details.
voter-details-declared = You have declared these details.
field-birth-date = Birth date
hint-birth-date = Written YYYY-MM-DD, for example 1990-04-21.
field-voter-district = Your district
voter-census-heading = Verify with the census list
voter-census-intro = Type your identity number and birth date as the municipality has them. Each entry of the list can verify one account only.
field-identity = Identity number
hint-identity = Spaces, dashes and capitals do not matter.
voter-census-submit = Verify
voter-declare-heading = Declare your details
voter-declare-intro = For budgets that do not ask for the census list, declaring your birth date and district is enough.
voter-declare-submit = Save my details
error-identity-required = Type your identity number.
error-birth-date = Write a real birth date as YYYY-MM-DD.
error-census-none = This community has no census list to verify against.
error-census-unknown = No entry of the census list has this identity number and birth date. Check both, or ask the municipality.
error-census-used = This entry of the census list has already verified another account. If that was not you, ask the municipality.
error-details-verified = The census list has confirmed your details; they cannot be changed here.
community-census-link = Census list

## Erasing one's account

account-erase-link = Delete my account
erase-title = Delete my account
erase-intro = Deleting your account cannot be undone. This is what happens:
erase-goes = Your name, username, email address, sessions, roles, follows, supports and voting details are deleted at once.
erase-stays = Your proposals and comments stay readable, but are shown as written by “a former participant”.
erase-ballots = Your ballots in participatory budgets stay counted, and nobody can tell any more that they were yours.
erase-meetings = Your places at meetings still to come go to the next people waiting.
erase-final = If you want a copy of your data, download it first.
hint-erase-password = Type your password to confirm that it is you.
erase-submit = Delete my account for good
erase-done-title = Your account has been deleted
erase-done = Your account and everything that identified you have been deleted. Thank you for taking part.
erase-done-home = Back to the front page
account-data-link = See and download your data
data-title = Your data
data-intro = This is everything Piazza holds about you. The download holds all of it, as one JSON file and one CSV file per kind of record, in a zip.
data-download = Download my data (zip)
data-joined = Joined
data-everything = What is kept, and how much
data-what = What
data-how-many = How many
data-records = { $count ->
    [one] { $n } record
   *[other] { $n } records
}
data-not-kept = Not kept: your password (only a fingerprint that cannot be turned back into it), and which ballot was yours once voting has closed.
data-profile = Your profile
data-sign-ins = Signed-in sessions
data-password-resets = Password reset requests
data-roles = Roles in communities
data-organisations = Organisations you belong to
data-proposals = Proposals you wrote
data-proposal-versions = Versions of proposals you wrote
data-co-authorships = Proposals you were invited to co-author
data-amendments = Amendments you proposed
data-comments = Comments you wrote
data-proposal-supports = Proposals you support
data-comment-supports = Comments you support
data-meeting-registrations = Meetings you registered for
data-follows = What you follow
data-notifications = Notifications for you
data-reports = Contributions you reported
data-blocks = Blocks by moderators
data-budget-votes = Budgets you voted in
data-voting-details = Your details for voting
data-email = Email address

## Consent

account-consents-link = Your consents
consents-title = Your consents
consents-intro = Piazza asks before it uses your data for anything beyond what you do yourself. Each answer is kept with the date and the version of the notice you read. Withdrawing is one click, like giving.
consent-purpose-taking-part = Taking part
consent-purpose-contact = Being contacted
consent-purpose-demographics = Statistics on who takes part
consent-purpose-research = Research on contributions
consent-notice-taking-part = Piazza keeps what you write, support and vote, with your display name, so that your community can see and answer it. You can delete your account at any time.
consent-notice-contact = Piazza may write to you by email about what you follow and about your community's processes. You decide how often in your account.
consent-notice-demographics = If you answer optional questions about yourself (age band, gender, neighbourhood and the like), Piazza keeps the answers apart from your name and uses them only to count, in groups of at least five people, who takes part and who is missing.
consent-notice-research = Researchers may study your contributions, without your name, to learn how participation works. Nothing is published that could identify you.
consent-state-not-given = You have not given this consent.
consent-state-granted = You gave this consent on { $date }.
consent-state-withdrawn = You withdrew this consent on { $date }.
consent-state-asked-again = The notice has changed since you consented: read it again and answer, please. Until then, it does not count.
consent-grant = I agree
consent-withdraw = Withdraw my consent
consent-done-saved = Your answer has been recorded.
consents-ledger-heading = Everything you have answered
consents-ledger-empty = You have not answered anything yet.
consents-when = When
consents-purpose = About
consents-answer = Answer
consents-how = How
consents-version = Notice version
consents-basis = Legal basis
consent-granted = agreed
consent-withdrawn = withdrew
consent-channel-online = online
consent-channel-paper = on paper
consent-channel-phone = by phone
consent-channel-by = { $channel }, recorded by { $name }
legal-basis-consent = consent (GDPR art. 6.1.a)
legal-basis-explicit-consent = explicit consent (GDPR art. 9.2.a)
data-consents = Your consents

## Record of processing

community-privacy-link = How your data is used
processing-title = How { $community } uses personal data
processing-intro = This record of processing is generated from what Piazza actually keeps and from this instance's retention periods, so it is always up to date.
processing-caption = What is kept, why, and for how long
processing-what = What
processing-why = Why
processing-basis = Legal basis
processing-kept = Kept for
processing-who = Who can see it
processing-kept-days = { $count ->
    [one] { $n } day
   *[other] { $n } days
}
processing-account = Your account: username, display name, email address, language, and a fingerprint of your password
processing-account-why = To let you sign in and take part under a name you choose
processing-contributions = Proposals, comments, amendments and meeting minutes
processing-contributions-why = Public participation: so that everyone can read, discuss and answer them
processing-votes = Supports and budget ballots
processing-votes-why = To count them
processing-meetings = Meeting registrations and what you said you need to attend
processing-meetings-why = To organise meetings everyone can attend
processing-notifications = Your notifications
processing-notifications-why = To tell you what happened to what you follow
processing-mail = Mail sent to you
processing-mail-why = To deliver notifications, digests and password resets, and to retry when delivery fails
processing-security = Sessions and failed sign-in attempts
processing-security-why = To keep accounts safe from people guessing passwords
processing-eligibility = The census list and your details for voting (birth date, district)
processing-eligibility-why = To check who may vote in a participatory budget
processing-consents = Your consents and their history
processing-consents-why = To prove what you agreed to, and when
processing-moderation = Reports and moderation decisions
processing-moderation-why = To keep discussions respectful, openly
processing-kept-until-erased = Until you delete your account
processing-kept-contributions = As long as the process is public; if you delete your account they stay, without your name
processing-kept-votes = Counted for good; who voted is forgotten when you delete your account, and which ballot was yours is forgotten when voting closes
processing-kept-meeting-needs = Your needs: { $days } after the meeting; the registration itself: until you delete your account
processing-kept-security = Sessions until they expire; failed sign-ins for one day
processing-kept-eligibility = The census list until it is replaced, kept only as keyed fingerprints; your details until you delete your account
processing-kept-moderation = As long as the content it concerns; the public log keeps decisions, never who reported
processing-who-you-and-operators = You, and the people who run this instance
processing-who-everyone = Everyone
processing-who-totals = Nobody one by one: only totals are published
processing-who-organisers = The organisers of the meeting in { $community }
processing-who-you = Only you
processing-who-operators = The people who run this instance, to fix delivery problems
processing-who-nobody = Nobody: it is checked automatically
processing-who-moderators = The moderators of { $community }
legal-basis-public-task = a task in the public interest (GDPR art. 6.1.e)
legal-basis-legitimate-interest = legitimate interest in security (GDPR art. 6.1.f)
legal-basis-legal-obligation = a legal obligation (GDPR art. 6.1.c and 7.1)
processing-rights = You can see and download your data, give and withdraw consent, and delete your account at any time.

## Accessibility statement and barriers

footer-accessibility = Accessibility statement and reporting a barrier
community-barriers-link = Accessibility barriers reported
accessibility-title = Accessibility statement
accessibility-commitment = Piazza is made so that everyone can take part: on a cheap phone and a slow line, without JavaScript, with a keyboard or a screen reader, and in a right-to-left language. This statement follows the EU Web Accessibility Directive (2016/2102).
accessibility-status-heading = How accessible it is
accessibility-status = Piazza aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. The pages listed below are checked automatically; some barriers can only be found by people, so please tell us about any you meet.
accessibility-how-heading = How it is checked
accessibility-how-axe = Every page is checked with axe-core in a real browser against WCAG 2.2 AA, signed out and signed in with each role, in a left-to-right and a right-to-left language.
accessibility-how-no-script = Every page works with JavaScript turned off, including ballots and forms.
accessibility-how-keyboard = Registering and signing in are tested with the keyboard alone; focus is always visible.
accessibility-how-languages = Pages are translated in full; text people write keeps its own language and direction.
accessibility-limits-heading = Known limits
accessibility-limit-maps = Places are given as addresses and coordinates; no map is drawn.
accessibility-limit-content = What people write (proposals, comments, images by link) is theirs: it may lack image descriptions or plain language. Easy-read summaries exist where the authors wrote them.
accessibility-enforcement-heading = If you are not satisfied
accessibility-enforcement = If the answer to a report does not satisfy you, you can turn to your country's enforcement body for the Web Accessibility Directive (in Italy, AgID).
barrier-heading = Report a barrier
barrier-intro = Tell us what stopped you or made things hard. Your report reaches the administrators of the community you choose, or of this instance.
field-barrier-page = Page (optional)
hint-barrier-page = Its address, or what it was called.
field-barrier-description = What went wrong?
hint-barrier-description = What you tried to do, and what happened. Mention your device or assistive technology if you like.
field-barrier-community = Which community does it concern?
option-barrier-instance = None in particular
field-barrier-contact = How can we answer you? (optional)
hint-barrier-contact = An email address or a phone number. Leave it empty to report anonymously.
barrier-submit = Send the report
barrier-done-reported = Thank you: your report has been sent to the administrators.
error-barrier-page = Write the page's address or name in up to 500 characters.
error-barrier-description-required = Describe what went wrong.
error-barrier-contact = Write an address or number in up to 200 characters.
barrier-reports-title = Accessibility barriers reported
barrier-reports-none = Nobody has reported a barrier in this community.
barrier-reports-contact = Answer to:

## Display preferences

footer-display = Display preferences
display-heading = Display preferences
display-intro = Choose how pages are shown. Signed in, your choice is remembered with your account; otherwise this browser remembers it.
display-legend = Show pages with
display-preference-large-text = larger text
display-preference-high-contrast = higher contrast
display-preference-reduced-motion = no movement
display-submit = Save the display preferences

## Representation: what people tell about themselves, and who takes part.
age-band-under-16 = Under 16
age-band-16-24 = 16 to 24
age-band-25-44 = 25 to 44
age-band-45-64 = 45 to 64
age-band-65-plus = 65 and over
gender-woman = Woman
gender-man = Man
gender-another = Another gender
about-you-title = About you
about-you-link = Tell us about yourself
about-you-intro = These questions help your community see who takes part and who is missing, so that it can go and ask them. Every question is optional.
about-you-age-band = Your age
about-you-gender = Your gender
about-you-neighbourhood = Where you live
about-you-prefer-not-to-say = Prefer not to say
about-you-no-answer = No answer
about-you-submit = Save my answers
about-you-done-saved = Your answers are saved.
about-you-withdraw = Withdraw your consent: your answers are then deleted at once.
about-you-needs-consent = You have not given your consent to these questions, so none are asked.
about-you-give-consent = Give or withdraw your consent
error-demographics-consent = These answers can only be kept with consent to the questions about oneself.
representation-link = Who takes part
representation-process-link = Who takes part in this process
representation-title = Who takes part in { $community }
representation-title-process = Who takes part in { $process }
representation-intro = The people who took part, group by group, against the people who live here. Only people who consented answer the questions; groups of fewer than five people are never shown.
representation-participants = People who took part: { $people }.
representation-too-few = Fewer than five people have taken part so far: nothing can be shown yet.
representation-no-reference = The community has not entered its population yet, so participation rates cannot be worked out.
representation-caption = Participation by group: { $question }
representation-group = Group
representation-people = People who took part
representation-share-of-all = Share of all who took part
representation-reference-share = Share of the population
representation-rate = Per 10,000 residents
representation-relative = Compared with the group that takes part most
representation-hidden = fewer than 5
representation-not-answered = Did not answer
representation-under-represented = under-represented
representation-percent = { $n }%
representation-score = Representation score: { $score } (the lowest group's rate divided by the highest's; 100% means every group takes part alike).
representation-score-partial = Groups too small to be shown are left out.
representation-furthest-behind = { $group } takes part least: { $rate } per 10,000 residents, against { $best } for the group that takes part most.
representation-outreach-age-band = Suggestion: go where people aged { $group } already are (schools, clubs, day centres, markets) and offer paper and phone as well as the website.
representation-outreach-gender = Suggestion: ask people of the group “{ $group }” what keeps them away; hold meetings at other times, with childcare, and record their views on paper or by phone.
representation-outreach-neighbourhood = Suggestion: hold a street stand or a workshop in { $group } and record what people say there with the facilitator's form.
representation-outreach-community = Suggestion: work with the organisations that people of the group “{ $group }” trust, and let facilitators gather their views where they meet.
representation-method = How it is counted: a person takes part by proposing, commenting, supporting, registering for a meeting or voting. When one group is hidden, a second cell is hidden too, so that the hidden one cannot be worked out from the total.
representation-csv = Download as CSV
representation-setup-link = Population and questions
representation-setup-title = Population and questions
representation-setup-done = Saved.
reference-heading = The population
reference-intro = Enter how many residents belong to each group, from the census or the civil register. Leave a group empty when you do not know.
reference-submit = Save the population
error-reference-people = Write a whole number of people, or leave it empty.
question-heading = A question of your own
question-intro = Ask about something your community wants to reach better, such as a migrant background or a disability. People may always prefer not to say.
field-question-label = The question
hint-question-label = For example: Were you born in another country?
field-question-options = The answers, one per line
hint-question-options = Between 2 and 12 answers.
question-submit = Add the question
error-question-options = Write between 2 and 12 different answers, one per line, each under 100 characters.
channels-heading = How contributions came in
channels-caption = Contributions by channel
channels-channel = Channel
channels-proposals = Proposals
channels-comments = Comments
channels-supports = Supports
channels-total = Total
contribution-channel-online = Online
contribution-channel-paper = On paper
contribution-channel-phone = By phone
contribution-channel-workshop = At a workshop
contribution-channel-street-stand = At a street stand

## Facilitator mode: contributions recorded on someone's behalf.
assisted-link = Record on someone's behalf
assisted-title = Record a contribution on someone's behalf
assisted-intro = Write down what a person said at a workshop, a street stand, on paper or by phone. They get a receipt with a code to find it later in their own account, if they want one.
assisted-person-heading = The person
assisted-adding-for = Adding to the receipt of { $name }.
field-assisted-name = Name or initials
hint-assisted-name = As the person wants to appear beside what they said. Initials are enough.
field-assisted-channel = How it was gathered
field-assisted-event = Where and when
hint-assisted-event = For example: Street stand, Saturday market, Piazza Grande
field-assisted-consents = What the person agreed to
hint-assisted-consents = Tick only what the person ticked on the paper form, or said yes to on the phone after hearing the notice. Taking part is needed to keep what they said.
error-assisted-taking-part = The person must agree to taking part before what they said can be kept.
error-event-required = Write where and when it was gathered.
error-event-length = Keep it under 150 characters.
assisted-about-heading = Questions about the person (optional)
assisted-contribution-heading = What the person said
field-assisted-kind = Kind of contribution
assisted-kind-proposal = A new proposal
assisted-kind-comment = A comment on a proposal
assisted-kind-support = Support for a proposal
field-assisted-proposal = Which proposal
hint-assisted-proposal = For a comment or a support.
assisted-proposal-option = No. { $number }:
field-assisted-stance = For a comment: the person is
hint-assisted-title = For a new proposal.
field-assisted-body = In the person's words
hint-assisted-body = For a new proposal or a comment.
assisted-submit = Record it
receipt-title = Receipt
receipt-recorded = Recorded. Give this receipt to the person, printed or copied by hand.
receipt-for = Receipt for { $name }
receipt-process = Process
receipt-date = Date
receipt-about = About
receipt-code-label = Your code:
receipt-how-to-claim = To find what you said in your own account: sign in to Piazza (or create an account), open “Claim what was recorded for you” and type this code.
receipt-code-once = This code is shown only now. Keep it safe: whoever has it can claim these contributions.
receipt-same-code = This contribution was added to the person's earlier receipt: the same code claims it.
receipt-another-same = Record something else for the same person
receipt-another-person = Record for someone else
paper-form-link = Printable paper form
paper-form-title = Paper form: { $process }
paper-form-intro = Fill in this form and hand it to a facilitator of { $community }. They will type it in exactly as you wrote it and give you a receipt.
paper-form-print = Print this page with your browser's print command.
paper-form-you = About you
paper-form-consents = Tick what you agree to. Taking part is needed for what you write to be kept.
paper-form-say = What you want to say
paper-form-support-numbers = The numbers of the proposals you support
paper-form-comment-number = The number of the proposal you comment on
paper-form-proposals = The proposals so far
paper-form-receipt = You will receive a receipt with a code: with it you can later find what you said in your own account.
claim-title = Claim what was recorded for you
claim-link = Claim what was recorded for you
claim-intro = If a facilitator recorded your proposals, comments or supports and gave you a receipt, type its code here: everything becomes yours, with your consents.
field-claim-code = The code on your receipt
hint-claim-code = Twelve letters and digits, for example ABCD-EFGH-JKLM.
claim-submit = Claim
error-claim-code-required = Type the code on your receipt.
error-claim-code-unknown = No receipt has this code, or it was already claimed. Check the letters and digits.

## Representation and facilitator mode in one's data and the record of processing.
data-about-you = Your answers about yourself
processing-demographics = Your answers about yourself (age band, gender, neighbourhood and the community's own questions)
processing-demographics-why = To count who takes part and who is missing, so that the community can reach them
processing-kept-demographics = Until you withdraw your consent or delete your account; both delete them at once
processing-assisted = Contributions and consents a facilitator recorded for a person met on paper, by phone, at a workshop or a street stand
processing-assisted-why = To let people without an account take part, and find what they said later
processing-kept-assisted = Until claimed with the receipt's code, then as your own contributions; the code itself is kept only as a fingerprint
processing-who-facilitators = The facilitators of { $community }, and everyone for what is public
channels-count = { $channel }: { $count }
register-consents = What you agree to (you can change it at any time in your account)
display-preference-easy-read = easy-read versions first, where they exist
easy-read-full-text = The full text
easy-read-choose = Always show easy-read versions first
easy-read-write = Write the easy-read version
easy-read-save = Save the easy-read version
notice-easy-read = The easy-read version is saved.
consents-asked-again-account = A notice you agreed to has changed: read it again and give your answer.
assisted-nothing-now = Nothing can be recorded in this process now: its current phase takes no proposals, comments or supports.
claim-done-all = Everything recorded for you is now in your account: your proposals, comments, supports and consents.

## The accountability tracker: what was decided, tracked to delivery.
result-status-planned = Planned
result-status-in-progress = In progress
result-status-done = Done
result-status-cancelled = Cancelled
process-see-results = { $count ->
    [0] You said, we did
    [one] You said, we did: { $n } result
   *[other] You said, we did: { $n } results
}
accountability-title = You said, we did: { $process }
results-intro = What the authority committed to deliver after this process, and how far each thing has got. Each result links to the proposals and projects it comes from.
results-none = No results recorded yet.
result-new-title = Record a result
result-new-submit = Record the result
result-progress = Progress
result-progress-derived = the average of its parts
result-parts = Its parts
result-comes-from = It comes from
result-timeline = What happened
result-no-updates = No updates yet.
result-update-heading = Add an update
result-update-submit = Add the update
result-done-updated = The update is added.
result-fate-heading = What became of it
field-result-description = What will be delivered
field-result-parent = Part of
hint-result-parent = A result may be a part of a larger one, whose progress is then the average of its parts.
field-result-status = Status
field-result-progress = Progress, in percent
hint-result-progress = A whole number from 0 to 100. A result done counts as 100.
field-result-starts = Starts on
field-result-ends = Ends on
hint-date = For example 2027-03-31.
field-result-planned = Money planned
field-result-spent = Money spent
hint-result-money = A whole amount, without the currency.
field-result-proposals = The proposals it comes from
field-result-projects = The budget projects it comes from
field-result-update = What happened
field-cancel-reason = Why it was cancelled
hint-cancel-reason = Needed when the status is cancelled: people read it beside the result.
error-result-number = Write a whole number in the range given, or leave it empty.
error-cancel-reason = Say why it was cancelled.
error-update-required = Write what happened.

## Open data: downloads and the read API.
footer-open-data = Open data
open-data-link = Open data: download this community's data
open-data-title = Open data
open-data-title-community = Open data of { $community }
open-data-intro = Everything public here can be downloaded and reused: as CSV for spreadsheets, as JSON, and as GeoJSON for maps where things have a place. Each file always holds the latest data.
open-data-licence = Licence: { $licence }. Say where the data comes from when you reuse it.
open-data-caption = The files, one kind of thing each
open-data-what = What
open-data-files = Files
open-data-datapackage = Description of every file and field (datapackage.json)
open-data-api = The read API, described in OpenAPI
open-data-privacy = No personal data is published: no email addresses, no answers about oneself except counts of five or more, nothing hidden by moderation, and people who deleted their account appear as nobody.

## Open data: the names of the datasets and the DCAT catalogue

open-data-resource-communities = Communities
open-data-about-communities = Cities, towns, villages, neighbourhoods and regions that run processes.
open-data-resource-organisations = Organisations
open-data-about-organisations = Public bodies, universities, businesses and civil society taking part.
open-data-resource-processes = Processes
open-data-about-processes = Participatory processes: a question put to residents, in phases.
open-data-resource-proposals = Proposals
open-data-about-proposals = Proposals residents made in processes, with their state and the officials' answer.
open-data-resource-comments = Comments
open-data-about-comments = Comments on processes and proposals, with their stance.
open-data-resource-meetings = Meetings
open-data-about-meetings = Meetings in person, online or hybrid, with their minutes once held.
open-data-resource-budgets = Participatory budgets
open-data-about-budgets = Participatory budgets: money residents decide on by vote.
open-data-resource-projects = Budget projects
open-data-about-projects = Projects of participatory budgets, with their review and, once counted, their votes.
open-data-resource-results = Results
open-data-about-results = What the authority committed to deliver, and how far it has got.
open-data-resource-moderation-log = Moderation log
open-data-about-moderation-log = Every moderation decision, as the public log shows it, without who reported.
open-data-catalog = Catalogue of these datasets, in DCAT-AP 3:
catalog-title = Piazza open data
catalog-description = Everything public in the communities of this Piazza, from what residents proposed and discussed to what was decided and delivered, as files to download and through a read API.
catalog-publisher = Piazza at { $host }
catalog-everywhere = all communities
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = A table for spreadsheets, one row per item. Cells that a spreadsheet would read as a formula are guarded.
catalog-distribution-json = A list of objects, one per item, with the same fields as the table.
catalog-distribution-geojson = The items that have a place, as points for a map.
catalog-api-title = Piazza read API
catalog-api-description = Every public thing of every community, page by page, filtered by community and by date. Described in OpenAPI 3.1.
catalog-keyword-participation = participation
catalog-keyword-open-government = open government

## Service feedback: reporting problems, requests, ratings and indicators

request-status-open = Reported
request-status-acknowledged = Seen by the officials
request-status-in-progress = Being dealt with
request-status-closed = Closed
attribute-type-text = Longer text
attribute-type-string = Short text
attribute-type-number = Number
attribute-type-datetime = Date
attribute-type-singlevaluelist = One choice from a list
attribute-type-multivaluelist = Several choices from a list
report-channel-web = on this website
report-channel-open311 = through another application (Open311)
notification-request-updated = Your report “{ $title }” is now: { $detail }
data-service-requests = Problems you reported
data-ratings = Your ratings
problem-report-link = Report a problem
problem-report-title = Report a problem in { $community }
problem-report-intro = Something broken, dirty or in the way? Tell the people who look after it. You can follow what happens to your report, and rate the result once it is dealt with.
problem-report-sign-in-first = Sign in to report a problem here.
problem-report-no-services = No kinds of problem can be reported here yet.
problem-report-choose = What kind of problem is it?
problem-report-form-title = Report: { $service }
problem-report-public-notice = Your report and the place are public, so that others see it is known. Your name and how to reach you are never shown.
problem-report-submit = Send the report
field-request-description = What is the problem?
hint-request-description = Say what you see and where exactly. At most 4,000 characters.
field-request-address = Where is it?
hint-request-location = An address or a description of the place. Give an address, a point on a map, or both.
field-request-email = Your email (optional)
hint-request-email = Only to tell you once what was done; it is forgotten when your report is closed and never shown.
field-optional-mark = (optional)
hint-attribute-number = A number, such as 3 or 2.5.
error-request-location = Say where the problem is: give an address or a point on a map.
error-request-description-length = The description must be at most 4,000 characters long.
error-attribute-required = Answer this question.
error-attribute-number = Enter a number, such as 3 or 2.5.
error-attribute-datetime = Enter a date like 2026-03-31.
requests-link = Reported problems
requests-title = Problems reported in { $community }
requests-intro = Every problem reported here, newest first, with what the officials did about it. Who reported it is never shown.
requests-none = No problem has been reported that matches.
option-all = All
field-request-status = Status
field-request-service = Kind of problem
request-title = Reported problem: { $service }
request-done-reported = Thank you: your report was sent. You can follow it on this page.
request-done-updated = The status was updated and the person who reported it was told.
request-reported-on = Reported
field-request-expected = Expected to be dealt with by
request-expected-by = expected by { $date }
request-no-updates = The officials have not written anything about it yet.
request-update-heading = Update the status
field-request-note = Public note
hint-request-note = What was done or will be done. The person who reported it receives this note.
error-request-note-required = Write a note for the person who reported it.
field-request-expected-optional = Expected to be dealt with by (optional)
request-update-submit = Update and tell the reporter
request-mail-subject = Your report about { $service }: { $status }
request-mail-body = Your report is now: { $status }.

    { $note }

    See it here: { $link }
rating-heading = How did it go?
rating-summary = Rated { $average } out of 5 by { $count }.
rating-none = Nobody has rated it yet.
rating-comments-heading = What residents wrote
rating-question = How satisfied are you with what was done?
rating-change = Change your rating
rating-score-1 = 1: very dissatisfied
rating-score-2 = 2: dissatisfied
rating-score-3 = 3: neither satisfied nor dissatisfied
rating-score-4 = 4: satisfied
rating-score-5 = 5: very satisfied
field-rating-comment = Comment (optional)
hint-rating-comment = Read by the officials who answer for it; not shown to others. At most 1,000 characters.
rating-submit = Send your rating
rating-sign-in = Sign in to rate it
rating-done = Thank you for your rating.
error-rating-score = Choose a score from 1 to 5.
error-rating-not-yet = It can be rated once it is closed or done.
indicators-link = How well are problems dealt with?
indicators-title = Service indicators of { $community }
indicators-intro = How quickly reported problems are dealt with and how satisfied residents are, per kind of problem, per neighbourhood and month by month. The figures are counted afresh from every report and rating, so the history is kept.
indicators-contents = On this page
indicators-by-service = Per kind of problem
indicators-by-neighbourhood = Per neighbourhood
indicators-by-month = Month by month
indicators-chart-rating = Bars show the average rating, from 1 to 5. The table below gives every figure.
indicators-chart-days = Bars show the median number of days it took to close the problems closed that month. The table below gives every figure.
indicators-table-caption = Figures: { $what }
indicators-name = For
indicators-requests = Reported
indicators-closed = Closed
indicators-median-days = Median days to close
indicators-average-rating = Average rating
indicators-ratings = Ratings
indicators-no-neighbourhood = No neighbourhood given
indicators-month = { $month } { $year }
indicators-results = Ratings of what was delivered
indicators-method = The median is the middle value: half the problems took less time, half took more. A month counts the problems reported, closed and rated in it.
services-admin-link = Kinds of problem
services-admin-title = Kinds of problem residents can report in { $community }
services-admin-intro = Each kind of problem can ask its own questions. Other applications see them through the Open311 API.
services-anonymous-heading = Reports without an account
services-anonymous-on = People without an account can report problems here, on this website and through other applications.
services-anonymous-off = Only people signed in can report problems here; other applications cannot file reports.
services-anonymous-allow = Allow reports without an account
services-anonymous-stop = Ask people to sign in
services-list-heading = Kinds of problem
services-questions = Questions
services-offered = Offered
services-offered-yes = Offered
services-offered-no = Retired
services-retire = Retire
services-offer-again = Offer again
services-new-heading = Add a kind of problem
field-service-name = Name
field-service-code = Code
hint-service-code = Lower-case letters, digits and hyphens, such as potholes. It is published after the community's address, as the Open311 service code.
field-service-description = Description
field-service-group = Group (optional)
hint-service-group = Kinds of problem in the same group are shown together, such as Roads.
field-service-keywords = Keywords (optional)
hint-service-keywords = Words people might search for, separated by commas.
services-create-submit = Add it
error-service-code = Use lower-case letters, digits and hyphens, at most 40.
error-service-code-taken = This code is already used.
services-no-questions = It asks no questions besides the description and the place.
services-required = required
services-new-question = Add a question
field-attribute-question = Question
field-attribute-code = Code
hint-attribute-code = Lower-case letters, digits and underscores, such as size. Other applications send answers under this name.
field-attribute-type = Type of answer
field-attribute-values = Choices (for a list)
hint-attribute-values = One choice per line, at least two.
field-attribute-required = An answer is required
services-add-question = Add the question
error-attribute-code = Use lower-case letters, digits and underscores, at most 40.
error-attribute-code-taken = This question code is already used for this kind of problem.
error-attribute-values = Give at least two different choices, one per line.

## Open data: service requests and ratings

open-data-resource-service-requests = Reported problems
open-data-about-service-requests = Problems residents reported to a community's services, and what became of them; never who reported them.
open-data-resource-ratings = Ratings
open-data-about-ratings = Residents' ratings of closed reports and of delivered results, from 1 to 5; never who rated or what they wrote.
catalog-open311-title = Piazza Open311 GeoReport v2 API
catalog-open311-description = Report a problem to a community's services and follow what becomes of it, from any application that speaks Open311 GeoReport v2.

indicators-download = Download every figure as CSV

## Practice exchange: cases

footer-cases = Practices to learn from
cases-title = Practices to learn from
cases-intro = Practices communities ran, described so that others can judge them and run them too: what was done, for whom, at what cost, and what came of it.
case-new-in = Describe a practice of { $community }
cases-filter-heading = Find a practice
cases-words = Words
cases-population = Population
cases-cost = Cost (set-up and running)
cases-with-evidence = Only practices with measured outcomes
cases-found = { $count ->
    [0] No practice found
    [one] { $n } practice
   *[other] { $n } practices
}
cases-none = No practice matches. Try fewer filters.
case-where = Where
case-source-process = Run on Piazza
case-source-process-link = See the process
case-who = Who
case-how = How
case-what = What
case-outcomes = Outcomes
case-no-outcomes = No outcome was measured.
case-outcomes-caption = Outcomes measured
case-learned = What was learned
case-steps = Steps to replicate it
case-contact-and-licence = Contact and licence
case-written = Described on
case-new-intro = Describe the practice so that another community can decide whether it suits them and run it: who took part, how, what it cost and what it achieved. Every field but the title, the summary, the policy area and the contact can be left empty.
case-prefilled-from = Filled in from the process “{ $process }”: check every field before saving.
case-from-process = Describe this process as a practice
case-partner-row = Partner { $n }
case-outcome-row = Outcome { $n }
case-create-submit = Publish the practice
case-prefill-phase = { $phase }: { $from } to { $to }
case-prefill-channels = Contributions by channel: { $channels }.
case-prefill-measured = Progress recorded by the officials in the results tracker.
field-case-summary = Summary in plain language
hint-case-summary = Two or three sentences anyone can understand. At most 2,000 characters.
field-case-problem = The problem it answered
field-case-policy-area = Policy area
field-case-target-group = People it set out to reach
field-case-inclusion = How the hardest-to-reach were included
hint-case-inclusion = Channels, places, languages, help given.
field-case-participants = Number of participants
field-case-lead = Lead organisation
field-case-partner = Organisation
field-case-partner-role = Its role
field-case-method = Method
hint-case-method = The steps or phases, one per line.
field-case-technology = Technology used
field-case-setup-cost = Set-up cost
field-case-running-cost = Running cost
hint-case-money = In whole units of the currency, such as 12000.
field-case-currency = Currency
hint-case-currency = Three letters, such as EUR.
field-case-staff = Staff involved
field-case-volunteers = Volunteers involved
field-case-funding = Funding sources
hint-case-outcomes = Each outcome with its indicator: what was measured, in which unit, where it started, the target and what was achieved.
field-outcome-name = Indicator
field-outcome-unit = Unit
field-outcome-baseline = Baseline
field-outcome-target = Target
field-outcome-achieved = Achieved
field-outcome-period = Period
field-outcome-measured = How it was measured
field-case-conditions = Conditions for success
field-case-legal = Legal requirements
field-case-risks = Risks and failures
field-case-lessons = Lessons learned
hint-case-steps = One step per line, in order.
field-case-contact = Contact (a role, not a person)
hint-case-contact = Such as: Participation office, Municipality of Lorenza.
field-case-licence = Licence of this description
hint-case-licence = An SPDX identifier, such as CC-BY-4.0.
error-case-number = Enter a whole number of zero or more, such as 120.
error-case-summary-required = Write a summary.
target-group-everyone = Everyone
target-group-children = Children
target-group-young-people = Young people
target-group-older-people = Older people
target-group-people-with-disabilities = People with disabilities
target-group-migrants = Migrants and refugees
target-group-low-income = People on low incomes
target-group-women = Women
target-group-rural-residents = Rural residents
population-band-under-1000 = Under 1,000 inhabitants
population-band-1000-10000 = 1,000 to 10,000 inhabitants
population-band-10000-100000 = 10,000 to 100,000 inhabitants
population-band-over-100000 = Over 100,000 inhabitants
cost-band-under-10000 = Under 10,000
cost-band-10000-100000 = 10,000 to 100,000
cost-band-over-100000 = Over 100,000
open-data-resource-cases = Practices
open-data-about-cases = Practices communities ran, with where, for whom, at what cost and what was learned.

## Practice exchange: replication

case-replicate-link = Replicate in my community
case-replicate-title = Replicate “{ $case }”
case-replicate-intro = A new process starts in your community with the same structure: the phases with their lengths and what each allows, the support threshold and the budgets' rules. No contribution is copied. It opens on the day you choose, so there is time to adapt it first.
field-replicate-starts = Opens on
hint-replicate-starts = The first day of the first phase, today or later.
case-replicate-submit = Create the process
error-replicate-past = Choose today or a later day.
case-replica-of = This practice was replicated from
case-replicas = Where it has been replicated
case-no-replicas = Not replicated yet.
case-replica-of-replica = Replica of the replica above:
case-replica-case = its own description
case-comparison-caption = Outcomes side by side, on the original's indicators
process-replicates = This process was started from the practice

field-case-language = Language of this description

community-cases = Practices described here
community-no-cases = No practice has been described here yet.

## Links between communities: twinnings, co-running, regional clusters, peer learning

twinning-title = Twinnings of { $community }
twinning-intro = A twinning is a partnership two communities declare, typically a large one and a small or rural one, with a purpose both agree on. Each shows the other's open processes and practices on its page, and the officials of one can invite the other's facilitators to co-run a process.
twinning-link = Twinnings
twinning-active-heading = Twinned with
twinning-none = This community is not twinned with any other yet.
twinning-since = Twinned since { $date }
twinning-end-submit = End the twinning
twinning-received-heading = Proposals to answer
twinning-proposed-on = Proposed on { $date }
twinning-accept-submit = Accept
twinning-decline-submit = Decline
twinning-sent-heading = Proposals awaiting an answer
twinning-withdraw-submit = Withdraw
twinning-propose-heading = Propose a twinning
twinning-no-candidates = Every other community is already twinned with this one or has a proposal to answer.
field-twin-partner = Community to twin with
option-choose = Choose…
field-twin-purpose = Purpose of the twinning
hint-twin-purpose = What the two communities want to do together and learn from each other, in a few sentences. Both communities' pages show it.
twinning-propose-submit = Propose the twinning
twinning-done-proposed = The proposal was sent. The other community's officials will answer it.
twinning-done-accepted = The twinning is in force.
twinning-done-ended = Done: the twinning or the proposal has ended.
error-twin-itself = A community cannot twin with itself.
error-twinning-purpose-required = Say what the twinning is for.
error-twinning-exists = These two communities are already twinned, or a proposal between them awaits an answer.
community-twins = Twinned communities
twin-open-processes = Its open processes:
twin-no-open-processes = It has no open process at the moment.
twin-cases = Practices it described:
community-nearby-processes = Open processes nearby
community-nearby-intro = Processes of the region and of the other communities in it. Follow one to hear when something happens, even if you live elsewhere.
region-open-processes = Open processes in the region
region-participation = Participation in the region
region-participation-processes = Processes
region-participation-proposals = Proposals
region-participation-comments = Comments
region-participation-supports = Supports
region-participation-people = People taking part
region-participation-total = The whole region
region-participation-note = Hidden and deleted contributions are not counted. A person who took part in several communities counts once in the region's total.

co-run-title = Co-running
co-run-intro = Facilitators of a twinned community can help run this process: once they accept, they record what people met at stands and workshops say, plan meetings and enter paper ballots, as the community's own facilitators do.
co-run-none = Nobody from a twinned community co-runs this process yet.
co-run-table-caption = Facilitators invited to co-run the process
co-run-person = Facilitator
co-run-status = Status
co-run-actions = Actions
co-run-since = Co-running since { $date }
co-run-invited-on = Invited on { $date }, not answered yet
co-run-accept-submit = Accept
co-run-decline-submit = Decline
co-run-leave-submit = Stop co-running
co-run-withdraw-submit = Withdraw
co-run-invite-heading = Invite a facilitator of a twinned community
co-run-no-twins = No twinned community has facilitators to invite yet.
field-co-runner = Facilitator
hint-co-runner = Facilitators of the communities twinned with this one.
co-run-invite-submit = Send the invitation
co-run-done-invited = The invitation was sent.
co-run-done-accepted = You now co-run this process.
co-run-done-removed = Done: the facilitator no longer co-runs this process.
co-run-with = Co-run with facilitators of twinned communities:
error-co-runner-invited = This facilitator has already been invited to co-run this process.

peer-title = Peer learning
peer-intro = Questions officials, administrators and facilitators ask the communities of their region, or the community that ran a practice, with the answers they got. Only the people who take part for the communities involved read them.
peer-ask-link = Ask a question
peer-none = No question involves your communities yet.
peer-answers-count = { $count ->
    [one] { $n } answer
   *[other] { $n } answers
}
peer-helped = an answer helped
peer-asked-cluster = { $community } asked the communities of { $region }
peer-asked-case = { $community } asked { $other } about “{ $case }”
peer-new-title = Ask your peers
peer-new-intro = Ask what you need to know before trying something: how they reached people, what it cost, what went wrong. The officials and facilitators of the communities you ask will read it and can answer.
field-peer-community = Asking for
field-peer-about = Ask whom
peer-about-cluster = The communities of our region
peer-about-case = { $community }, about “{ $case }”
field-peer-title = Your question, in one line
field-peer-body = Details
hint-peer-body = What you have in mind, and what you would like to know. Leave blank lines between paragraphs.
peer-ask-submit = Ask
peer-case-link = The practice asked about
peer-no-answers = No answer yet.
peer-helped-this = This answer helped.
peer-mark-helpful = This answer helped
peer-answer-heading = Answer
field-peer-answer = Your answer
peer-answer-submit = Send the answer
error-peer-no-region = This community belongs to no region; ask the community behind a practice instead.
error-peer-own-case = This practice is your own community's; ask another community or your region.
case-ask-link = Ask { $community } about it

notification-twinning-proposed = { $name } proposed, for { $title }, to twin with your community.
notification-twinning-accepted = { $title } accepted to twin with your community.
notification-co-run-invitation = { $name } invited you to co-run “{ $title }”.
notification-peer-question = { $name } asked your community a question: “{ $title }”
notification-peer-answer = { $name } answered “{ $title }”

data-co-running = Processes you were invited to co-run
data-peer-questions = Questions you asked your peers
data-peer-answers = Answers you gave your peers

## Practice exchange: correcting, translating and exporting cases

case-edit-link = Correct this description
case-edit-title = Correct “{ $case }”
case-edit-back = The practice
case-edit-submit = Save the corrections
case-done-updated = The description was corrected.
case-translate-link = Translate
case-translate-title = Translate “{ $case }”
case-translate-intro = Write this practice's words in another language, so that communities that read it can learn from it. The original, in { $language }, is shown above each field; figures, outcomes and partners stay as they are.
field-case-translate-into = Translate into
case-translation-exists = translated already, to correct
case-translate-choose = Choose
case-translate-into = In { $language }
case-translate-original = Original
case-translate-submit = Save the translation
case-done-translated = The translation was saved.
case-translated-from = Translated into { $language } from { $original }.
case-versions = Read it in
error-case-translation-same = Choose a language other than the one the practice is written in.
case-participedia-download = Download this practice in Participedia's case format (JSON)
cases-participedia-download = Download every practice in Participedia's case format (JSON)

open-data-resource-twinnings = Twinnings
open-data-about-twinnings = Partnerships two communities declared, with their purpose: those the partner accepted, and when they ended.

meetings-formats-heading = Meeting formats from the practice
meetings-formats-intro = The process this one was started from held these meetings. Plan one like it: the form starts with its format, length, capacity and accessibility, and you choose the day and the place.
meetings-plan-like = Plan one like it
meeting-duration-minutes = { $count ->
    [one] { $n } minute
   *[other] { $n } minutes
}
co-run-all-invited = Every facilitator of the twinned communities has been invited already.

case-prefill-groups = { $question } (participation by group): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = Your community's questions about who takes part gain those the practice's community asks, when yours does not ask them yet, so that both can be compared; and the meetings it held are offered as models to plan yours.

case-translation-outdated = It was written before the practice was last corrected: the original may say more.
error-case-translation-taken = Someone else translated this practice into this language; only they and the practice’s community may change their translation.
notification-twinning-ended = { $title } ended the twinning with your community, or withdrew or declined its proposal.
