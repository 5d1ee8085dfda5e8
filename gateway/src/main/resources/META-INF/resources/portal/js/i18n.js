// UI strings in English and Norwegian Bokmål. t('key', {name}) fills {name} placeholders.
const en = {
  'nav.today': 'Today', 'nav.applications': 'Applications', 'nav.feedback': 'Feedback', 'nav.settings': 'Settings',
  'settings.title': 'Settings', 'settings.intro': 'How Coachline e-mails you your follow-ups.',
  'settings.delivery': 'E-mail', 'settings.delivery.DIGEST': 'One e-mail in the morning with the day’s follow-ups',
  'settings.delivery.EACH': 'One e-mail per follow-up', 'settings.delivery.NONE': 'No e-mail (see them under Today)',
  'reminder.fillIn': 'Write the highlighted parts yourself before you send.',
  'nav.caseload': 'Caseload', 'nav.people': 'People', 'nav.policy': 'Policy', 'nav.reports': 'Reports',
  'logout': 'Log out', 'language': 'Language', 'loading': 'Loading…', 'save': 'Save', 'cancel': 'Cancel',
  'add': 'Add', 'close': 'Close', 'edit': 'Edit', 'back': 'Back', 'none': 'None yet.', 'yes': 'Yes', 'no': 'No',
  'error.generic': 'Something went wrong: {detail}',
  'error.unavailable': '{what} is not available right now. Please try again in a little while.',
  'error.fields': 'Please correct the highlighted fields.',
  'saved': 'Saved.',
  'today.title': 'Today', 'today.intro': 'Follow-ups that are due, each with a ready draft.',
  'today.empty': 'Nothing is due today. Keep searching — and enjoy the calm.',
  'today.upcoming': 'Coming up', 'today.upcoming.empty': 'Nothing planned in the next two weeks.',
  'today.followups': 'Follow-ups',
  'reminder.due': 'Due {date}', 'reminder.overdue': 'Overdue', 'reminder.done': 'Done',
  'reminder.snooze': 'Snooze', 'reminder.snoozeUntil': 'Snooze until', 'reminder.dismiss': 'Dismiss',
  'reminder.copy': 'Copy draft', 'reminder.copied': 'Draft copied to the clipboard.',
  'reminder.subject': 'Subject', 'reminder.draft': 'Draft', 'reminder.why': 'Why now',
  'reminder.marked.done': 'Marked as done.', 'reminder.marked.snoozed': 'Snoozed until {date}.',
  'reminder.marked.dismissed': 'Dismissed.',
  'rule.F1': 'Thank-you note', 'rule.F2': 'Follow-up with a case', 'rule.F3': 'Status check',
  'rule.F4': 'Status after the decision date', 'rule.F5': 'Check on your application', 'rule.F6': 'Ask about the next round',
  'rule.F7': 'Ask for feedback', 'rule.F8': 'Prepare your references', 'rule.F9': 'Closing message',
  'apps.title': 'Applications', 'apps.intro': 'Your job application log.',
  'apps.add': 'Add application', 'apps.export': 'Export CSV', 'apps.import': 'Import CSV',
  'apps.filter.stage': 'Stage', 'apps.filter.all': 'All stages', 'apps.filter.active': 'Active only',
  'apps.filter.search': 'Search', 'apps.empty': 'No applications yet. Add your first one.',
  'apps.count': '{n} applications',
  'app.employer': 'Employer', 'app.position': 'Position', 'app.adUrl': 'Link to the ad', 'app.location': 'Location',
  'app.sector': 'Sector', 'app.source': 'Source', 'app.priority': 'Priority', 'app.stage': 'Stage',
  'app.appliedOn': 'Applied on', 'app.stageSince': 'In stage since', 'app.notes': 'Notes',
  'app.nextContactOn': 'Next planned contact', 'app.lastContactAt': 'Last contact', 'app.decisionExpectedBy': 'Decision expected by',
  'app.created': 'Application added.', 'app.details': 'Details',
  'sector.PUBLIC': 'Public', 'sector.PRIVATE': 'Private', 'sector.NON_PROFIT': 'Non-profit',
  'stage.WISHLIST': 'Wish list', 'stage.APPLIED': 'Applied', 'stage.INTERVIEW': 'Interview',
  'stage.REFERENCE_CHECK': 'Reference check', 'stage.OFFER': 'Offer', 'stage.ACCEPTED': 'Accepted',
  'stage.REJECTED': 'Rejected', 'stage.WITHDRAWN': 'Withdrawn', 'stage.NO_RESPONSE': 'No response', 'stage.ON_HOLD': 'On hold',
  'move.title': 'Move to another stage', 'move.to': 'New stage', 'move.note': 'Note', 'move.reopen': 'Re-open a closed application',
  'move.submit': 'Move', 'move.done': 'Moved to {stage}.', 'move.refused': 'That move is not possible.', 'move.refused.detail': '{from} cannot go straight to {to}.',
  'move.refused.closed': '{from} is closed: re-open it to move it on.',
  'move.allowed': 'Allowed from here:', 'move.allowedReopen': 'Allowed when re-opening:',
  'move.at': 'When', 'move.at.hint': 'The day it happened, if not today.',
  'limit.over': 'You have {n} open applications; your organisation suggests at most {limit}, so that you can follow each of them up well.',
  'limit.toast': 'More open applications than your organisation suggests: see the note on your applications list.',
  'history.title': 'Stage history', 'move.usual': 'Usual next steps', 'move.other': 'Other stages',
  'contacts.title': 'Contacts', 'contact.name': 'Name', 'contact.role': 'Role', 'contact.email': 'E-mail',
  'contact.phone': 'Phone', 'contact.preferred': 'Prefers to be contacted', 'contact.add': 'Add contact', 'contact.added': 'Contact added.',
  'role.INTERVIEWER': 'Interviewer', 'role.HR': 'HR', 'role.RECRUITER': 'Recruiter', 'role.HIRING_MANAGER': 'Hiring manager', 'role.OTHER': 'Other',
  'interviews.title': 'Interviews', 'interview.round': 'Round', 'interview.scheduledAt': 'When', 'interview.format': 'Format',
  'interview.panel': 'Panel', 'interview.schedule': 'Schedule interview', 'interview.scheduled': 'Interview scheduled.',
  'interview.complete': 'Mark as done', 'interview.completed': 'Completed {date}', 'interview.notes': 'Notes',
  'interview.decisionExpectedBy': 'Decision expected by', 'interview.saved': 'Interview completed.',
  'interview.heldAt': 'When did it take place?', 'interview.heldAt.hint': 'The scheduled time unless it moved.',
  'format.PHONE': 'Phone', 'format.VIDEO': 'Video', 'format.ONSITE': 'On site',
  'interactions.title': 'Interactions', 'interaction.at': 'When', 'interaction.channel': 'Channel', 'interaction.direction': 'Direction',
  'interaction.contact': 'With', 'interaction.purpose': 'Purpose', 'interaction.summary': 'What was said', 'interaction.outcome': 'Outcome',
  'interaction.log': 'Log interaction', 'interaction.logged': 'Interaction logged.',
  'channel.EMAIL': 'E-mail', 'channel.PHONE': 'Phone', 'channel.MESSAGE': 'Message', 'channel.IN_PERSON': 'In person', 'channel.VIDEO': 'Video',
  'direction.OUTBOUND': 'I contacted them', 'direction.INBOUND': 'They contacted me',
  'purpose.THANK_YOU': 'Thank you', 'purpose.QUESTION': 'Question', 'purpose.STATUS_CHECK': 'Status check',
  'purpose.FEEDBACK_REQUEST': 'Feedback request', 'purpose.CLOSING': 'Closing', 'purpose.OTHER': 'Other',
  'outcome.NO_ANSWER': 'No answer', 'outcome.ANSWERED': 'Answered', 'outcome.DECISION_PENDING': 'Decision pending',
  'outcome.NEW_DATE_GIVEN': 'New date given', 'outcome.DECIDED': 'Decided',
  'app.reminders': 'Follow-ups for this application',
  'csv.title': 'Import a CSV file', 'csv.choose': 'CSV file', 'csv.upload': 'Upload', 'csv.uploading': 'Uploading… {pct}%',
  'csv.done': 'Imported {n} applications.', 'csv.ignored': 'Ignored columns: {cols}', 'csv.bad': 'Nothing was imported. Fix these rows and try again:',
  'csv.row': 'Row {row}', 'csv.help': 'All or nothing: when one row is wrong, nothing is imported.',
  'csv.check': 'Check the file', 'csv.checking': 'Reading the file…', 'csv.preview': 'How the file will be imported',
  'csv.previewSummary': '{rows} rows ({layout} layout). Map what is unmapped; columns without a field go to the notes.',
  'csv.remembered': 'Your choices from the last file of this layout are applied.', 'csv.column': 'Column', 'csv.field': 'Goes to',
  'csv.sample': 'Example', 'csv.word': 'Word', 'csv.unmapped': 'Not mapped', 'csv.mapColumn': 'Where column {col} goes',
  'csv.mapValue': 'What “{value}” means', 'csv.by.name': 'by name', 'csv.by.alias': 'known name', 'csv.by.seeker': 'your choice',
  'csv.by.default': 'known word', 'csv.dateOrder': 'Dates such as {examples} can be read two ways. How does the file write them?',
  'csv.order.DMY': 'day/month/year', 'csv.order.MDY': 'month/day/year', 'csv.order.YMD': 'year/month/day',
  'csv.importN': 'Import {n} applications',
  'fb.title': 'Feedback', 'fb.intro': 'What each finished process taught you.', 'fb.record': 'Record feedback',
  'fb.application': 'Application', 'fb.outcome': 'Outcome', 'fb.stageReached': 'Stage reached', 'fb.reason': 'Reason given',
  'fb.strengths': 'Strengths', 'fb.weaknesses': 'Weaknesses', 'fb.requested': 'I asked for feedback', 'fb.received': 'I got feedback',
  'fb.better': 'What would have made me a better candidate', 'fb.reflection': 'My reflection on method', 'fb.notes': 'Notes',
  'fb.saved': 'Feedback recorded.', 'fb.empty': 'No feedback recorded yet.', 'fb.debrief': 'Coach debrief',
  'fbo.REJECTED': 'Rejected', 'fbo.OFFER_DECLINED': 'Offer declined', 'fbo.ACCEPTED': 'Accepted', 'fbo.WITHDRAWN': 'Withdrawn',
  'fbo.NO_RESPONSE': 'No response', 'fbo.ON_HOLD': 'On hold', 'fbo.OTHER': 'Other',
  'caseload.title': 'Caseload', 'caseload.intro': 'Your clients’ pipelines at a glance.',
  'caseload.client': 'Client', 'caseload.stages': 'Stages', 'caseload.active': 'Active', 'caseload.overdue': 'Overdue follow-ups',
  'caseload.lastActivity': 'Last activity', 'caseload.lastFeedback': 'Last feedback', 'caseload.empty': 'No clients assigned.',
  'caseload.partial': 'Some numbers are missing: {what} did not answer. What is shown is correct.',
  'caseload.nextDue': 'next {date}', 'unknown': 'unknown',
  'client.title': 'Client pipeline', 'client.applications': 'Applications', 'client.reminders': 'Follow-ups', 'client.feedback': 'Feedback',
  'people.title': 'People', 'people.intro': 'Seekers and coaches of your organisation.', 'people.name': 'Name', 'people.role': 'Role',
  'people.email': 'E-mail', 'people.coach': 'Coach', 'people.assign': 'Move', 'people.assigned': '{name} is now coached by {coach}.',
  'people.create': 'Add a person', 'people.firstName': 'First name', 'people.lastName': 'Last name', 'people.locale': 'Language',
  'people.created': '{name} was added and gets an e-mail to set a password.', 'people.noCoach': '— no coach —',
  'prole.SEEKER': 'Seeker', 'prole.COACH': 'Coach', 'prole.TENANT_ADMIN': 'Admin',
  'policy.title': 'Follow-up policy', 'policy.intro': 'Numbers behind every reminder. Changes re-plan all open applications.',
  'policy.thankYouAfterWorkingDays': 'Thank-you note after (working days)', 'policy.caseFollowUpAfterWorkingDays': 'Follow-up with a case after (working days)',
  'policy.statusWithoutDateMin': 'Status check without a decision date, from (working days)', 'policy.statusWithoutDateMax': '… to (working days)',
  'policy.afterDecisionDateWorkingDays': 'Status after the decision date (working days)', 'policy.applicationNoAnswerWorkingDays': 'Application without answer (working days)',
  'policy.nextRoundExpectedWorkingDays': 'Next round expected within (working days)', 'policy.onHoldStatusWorkingDays': 'On hold: status every (working days)',
  'policy.coolDownDays': 'Cool-down between contacts (days)', 'policy.giveUpAfterUnansweredFollowUps': 'Closing message after unanswered follow-ups',
  'policy.softLimitOpenApplications': 'Soft limit of active applications', 'policy.morningHour': 'Reminders fall due at (hour)',
  'policy.holidaysAdded': 'Extra holidays (YYYY-MM-DD, comma separated)', 'policy.holidaysRemoved': 'Removed public holidays',
  'policy.replan': 'Re-plan: {state} ({done}/{total})',
  'reports.title': 'Reports', 'reports.intro': 'Patterns in feedback.',
  'reports.from': 'From', 'reports.to': 'To', 'reports.sector': 'Sector', 'reports.any': 'Any', 'reports.apply': 'Apply',
  'reports.rejection': 'Most common rejection reasons', 'reports.tags.STRENGTH': 'Strengths', 'reports.tags.WEAKNESS': 'Weaknesses',
  'reports.funnel': 'Stage funnel', 'reports.followup': 'Response rate with and without follow-ups', 'reports.csv': 'CSV',
  'reports.suppressed': 'fewer than 5', 'reports.empty': 'No data for this period.', 'reports.table': 'Show as table',
  'reports.entries': 'Entries', 'reports.applications': 'Applications', 'reports.responseRate': 'Response rate', 'reports.offerRate': 'Offer rate',
  'step.APPLIED': 'Applied', 'step.INTERVIEW': 'Interview', 'step.OFFER': 'Offer', 'step.ACCEPTED': 'Accepted',
  'step.INTERVIEW_TO_DECISION': 'Interview → decision',
  'group.WITH_FOLLOW_UP': 'With follow-ups', 'group.WITHOUT_FOLLOW_UP': 'Without follow-ups',
  'what.reminder': 'The follow-up service', 'what.feedback': 'The feedback service', 'what.tracker': 'The application log',
  'what.reports': 'Reports', 'what.policy': 'The policy', 'what.people': 'The people list',
  'readonly': 'You are viewing a client’s application (read only).',
  'error.noRole': 'Your account has no Coachline role yet. Ask your organisation’s admin.',
  'apps.view': 'View', 'apps.view.board': 'Board', 'apps.view.list': 'List',
  'apps.n.one': '{n} application', 'apps.n.other': '{n} applications',
  'board.closed': 'Closed applications ({n})', 'board.moveDate': 'Moves happened on',
  'board.moveDate.hint': 'A card you move gets this date (default today).',
  'board.help': 'Drag a card to another column, or focus a card and press M (or its Move button) for the move menu.',
  'board.moveTo': 'Move {name} to', 'board.move': 'Move…', 'board.due': 'Due',
  'board.days.one': '{n} day in this stage', 'board.days.other': '{n} days in this stage',
  'reminder.showDraft': 'Show the draft', 'reminder.to': 'To', 'reminder.send': 'Send by e-mail', 'reminder.sentIt': 'Sent it',
  'reminder.marked.sent': 'Logged as sent; the follow-up is done.',
  'story.title': 'What happened', 'story.next': 'Next step', 'story.nextInterview': 'Interview round {round}, {when}',
  'story.closed': 'This application is closed.', 'story.nothingNext': 'Nothing is planned. Log a contact or move the stage when something happens.',
  'story.interviewHeld': 'Interview round {round} ({format}) held', 'story.interviewPlanned': 'Interview round {round} ({format}) planned',
  'story.followUp.planned': 'Follow-up planned', 'story.followUp.done': 'Follow-up done', 'story.followUp.missed': 'Follow-up missed',
  'story.followUp.dismissed': 'Follow-up dismissed', 'story.feedback': 'Feedback recorded', 'fb.entries': 'Recorded feedback',
  'caseload.nudge': 'Needs a nudge', 'caseload.nudgeYes': 'Nudge', 'caseload.filter': 'Find a client', 'caseload.onlyNudge': 'Only those who need a nudge',
  'nav.taxonomy': 'Taxonomy', 'tax.title': 'Reasons and tags', 'tax.intro': 'What seekers pick when they record feedback. Retired items stay on old entries and in reports.',
  'tax.reasons': 'Rejection reasons', 'tax.strengths': 'Strength tags', 'tax.weaknesses': 'Weakness tags', 'tax.code': 'Code',
  'tax.code.hint': 'Lower-case letters, digits and dashes; it never changes.', 'tax.labelEn': 'English label', 'tax.labelNb': 'Norwegian label',
  'tax.labelEnFor': 'English label of {code}', 'tax.labelNbFor': 'Norwegian label of {code}', 'tax.retire': 'Retire', 'tax.revive': 'Revive',
  'tax.retired': 'retired', 'tax.add': 'Add an item', 'tax.added': 'Added.', 'tax.relabelled': 'Labels saved.', 'tax.retiredDone': 'Retired.',
  'tax.revived': 'Revived.', 'tax.actions': 'Actions', 'policy.replanProgress': '{done} of {total} applications re-planned', 'policy.replanDone': 'Re-plan finished: {total} applications re-planned.',
  'policy.replanFailed': 'The re-plan stopped after {done} of {total} applications. Save the policy again to retry.',
  'client.overdue': 'Overdue follow-ups ({n})', 'client.noOverdue': 'Nothing overdue.', 'client.lastFeedback': 'Last feedback',
  'client.allFeedback': 'All feedback ({n})',
  'calendar.title': 'Your follow-ups in your calendar', 'calendar.intro': 'Subscribe once: your calendar app keeps the follow-ups and interviews up to date. The address is secret; anyone with it can read them.',
  'calendar.address': 'Calendar address', 'calendar.copy': 'Copy the address', 'calendar.copied': 'Calendar address copied.',
  'calendar.open': 'Open in your calendar app', 'calendar.renew': 'Make a new address', 'calendar.renewed': 'New address made; the old one no longer works.',
  'calendar.renewConfirm': 'Make a new address? The old one stops working, also in calendars that subscribed to it.',
  'reports.suppressedNote': 'A hatched bar marked “< 5” counts fewer than 5 seekers: its number is hidden so that no one can be singled out.',
  'reports.coach': 'Coach',
  'skip': 'Skip to content', 'reminder.notLogged': 'The follow-up is done, but the contact was not logged ({detail}). Log it on the application.',
  'caseload.noMatch': 'No client matches.', 'caseload.n.one': '{n} client', 'caseload.n.other': '{n} clients',

};

const nb = {
  'nav.today': 'I dag', 'nav.applications': 'Søknader', 'nav.feedback': 'Tilbakemeldinger', 'nav.settings': 'Innstillinger',
  'settings.title': 'Innstillinger', 'settings.intro': 'Hvordan Coachline sender deg oppfølgingene på e-post.',
  'settings.delivery': 'E-post', 'settings.delivery.DIGEST': 'Én e-post om morgenen med dagens oppfølginger',
  'settings.delivery.EACH': 'Én e-post per oppfølging', 'settings.delivery.NONE': 'Ingen e-post (se dem under I dag)',
  'reminder.fillIn': 'Skriv de markerte delene selv før du sender.',
  'nav.caseload': 'Kandidater', 'nav.people': 'Personer', 'nav.policy': 'Regler', 'nav.reports': 'Rapporter',
  'logout': 'Logg ut', 'language': 'Språk', 'loading': 'Laster …', 'save': 'Lagre', 'cancel': 'Avbryt',
  'add': 'Legg til', 'close': 'Lukk', 'edit': 'Endre', 'back': 'Tilbake', 'none': 'Ingen ennå.', 'yes': 'Ja', 'no': 'Nei',
  'error.generic': 'Noe gikk galt: {detail}',
  'error.unavailable': '{what} er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
  'error.fields': 'Rett opp feltene som er merket.',
  'saved': 'Lagret.',
  'today.title': 'I dag', 'today.intro': 'Oppfølginger som skal gjøres, hver med et ferdig utkast.',
  'today.empty': 'Ingenting å følge opp i dag. Fortsett å søke – og nyt roen.',
  'today.upcoming': 'Snart', 'today.upcoming.empty': 'Ingenting planlagt de neste to ukene.',
  'today.followups': 'Oppfølginger',
  'reminder.due': 'Frist {date}', 'reminder.overdue': 'Forfalt', 'reminder.done': 'Gjort',
  'reminder.snooze': 'Utsett', 'reminder.snoozeUntil': 'Utsett til', 'reminder.dismiss': 'Avvis',
  'reminder.copy': 'Kopier utkast', 'reminder.copied': 'Utkastet er kopiert.',
  'reminder.subject': 'Emne', 'reminder.draft': 'Utkast', 'reminder.why': 'Hvorfor nå',
  'reminder.marked.done': 'Markert som gjort.', 'reminder.marked.snoozed': 'Utsatt til {date}.',
  'reminder.marked.dismissed': 'Avvist.',
  'rule.F1': 'Takkemelding', 'rule.F2': 'Oppfølging med en sak', 'rule.F3': 'Statussjekk',
  'rule.F4': 'Status etter beslutningsdato', 'rule.F5': 'Sjekk søknaden', 'rule.F6': 'Spør om neste runde',
  'rule.F7': 'Be om tilbakemelding', 'rule.F8': 'Forbered referanser', 'rule.F9': 'Avslutningsmelding',
  'apps.title': 'Søknader', 'apps.intro': 'Søknadsloggen din.',
  'apps.add': 'Ny søknad', 'apps.export': 'Eksporter CSV', 'apps.import': 'Importer CSV',
  'apps.filter.stage': 'Status', 'apps.filter.all': 'Alle statuser', 'apps.filter.active': 'Bare aktive',
  'apps.filter.search': 'Søk', 'apps.empty': 'Ingen søknader ennå. Legg inn den første.',
  'apps.count': '{n} søknader',
  'app.employer': 'Arbeidsgiver', 'app.position': 'Stilling', 'app.adUrl': 'Lenke til annonsen', 'app.location': 'Sted',
  'app.sector': 'Sektor', 'app.source': 'Kilde', 'app.priority': 'Prioritet', 'app.stage': 'Status',
  'app.appliedOn': 'Søkt', 'app.stageSince': 'I status siden', 'app.notes': 'Notater',
  'app.nextContactOn': 'Neste planlagte kontakt', 'app.lastContactAt': 'Siste kontakt', 'app.decisionExpectedBy': 'Beslutning ventet',
  'app.created': 'Søknaden er lagt inn.', 'app.details': 'Detaljer',
  'sector.PUBLIC': 'Offentlig', 'sector.PRIVATE': 'Privat', 'sector.NON_PROFIT': 'Ideell',
  'stage.WISHLIST': 'Ønskeliste', 'stage.APPLIED': 'Søkt', 'stage.INTERVIEW': 'Intervju',
  'stage.REFERENCE_CHECK': 'Referansesjekk', 'stage.OFFER': 'Tilbud', 'stage.ACCEPTED': 'Akseptert',
  'stage.REJECTED': 'Avslag', 'stage.WITHDRAWN': 'Trukket', 'stage.NO_RESPONSE': 'Intet svar', 'stage.ON_HOLD': 'På vent',
  'move.title': 'Flytt til en annen status', 'move.to': 'Ny status', 'move.note': 'Notat', 'move.reopen': 'Gjenåpne en avsluttet søknad',
  'move.submit': 'Flytt', 'move.done': 'Flyttet til {stage}.', 'move.refused': 'Den flyttingen er ikke mulig.', 'move.refused.detail': '{from} kan ikke gå rett til {to}.',
  'move.refused.closed': '{from} er avsluttet: gjenåpne den for å flytte den videre.',
  'move.allowed': 'Mulig herfra:', 'move.allowedReopen': 'Mulig ved gjenåpning:',
  'move.at': 'Når', 'move.at.hint': 'Dagen det skjedde, hvis ikke i dag.',
  'limit.over': 'Du har {n} åpne søknader; organisasjonen din anbefaler høyst {limit}, slik at du kan følge opp hver av dem godt.',
  'limit.toast': 'Flere åpne søknader enn organisasjonen din anbefaler: se merknaden på søknadslisten.',
  'history.title': 'Statushistorikk', 'move.usual': 'Vanlige neste steg', 'move.other': 'Andre statuser',
  'contacts.title': 'Kontakter', 'contact.name': 'Navn', 'contact.role': 'Rolle', 'contact.email': 'E-post',
  'contact.phone': 'Telefon', 'contact.preferred': 'Foretrekker å bli kontaktet', 'contact.add': 'Legg til kontakt', 'contact.added': 'Kontakten er lagt til.',
  'role.INTERVIEWER': 'Intervjuer', 'role.HR': 'HR', 'role.RECRUITER': 'Rekrutterer', 'role.HIRING_MANAGER': 'Ansettende leder', 'role.OTHER': 'Annen',
  'interviews.title': 'Intervjuer', 'interview.round': 'Runde', 'interview.scheduledAt': 'Når', 'interview.format': 'Form',
  'interview.panel': 'Panel', 'interview.schedule': 'Planlegg intervju', 'interview.scheduled': 'Intervjuet er planlagt.',
  'interview.complete': 'Marker som gjennomført', 'interview.completed': 'Gjennomført {date}', 'interview.notes': 'Notater',
  'interview.decisionExpectedBy': 'Beslutning ventet', 'interview.saved': 'Intervjuet er gjennomført.',
  'interview.heldAt': 'Når fant det sted?', 'interview.heldAt.hint': 'Det planlagte tidspunktet, med mindre det ble flyttet.',
  'format.PHONE': 'Telefon', 'format.VIDEO': 'Video', 'format.ONSITE': 'Oppmøte',
  'interactions.title': 'Kontakt', 'interaction.at': 'Når', 'interaction.channel': 'Kanal', 'interaction.direction': 'Retning',
  'interaction.contact': 'Med', 'interaction.purpose': 'Formål', 'interaction.summary': 'Hva ble sagt', 'interaction.outcome': 'Utfall',
  'interaction.log': 'Logg kontakt', 'interaction.logged': 'Kontakten er logget.',
  'channel.EMAIL': 'E-post', 'channel.PHONE': 'Telefon', 'channel.MESSAGE': 'Melding', 'channel.IN_PERSON': 'Personlig', 'channel.VIDEO': 'Video',
  'direction.OUTBOUND': 'Jeg tok kontakt', 'direction.INBOUND': 'De tok kontakt',
  'purpose.THANK_YOU': 'Takk', 'purpose.QUESTION': 'Spørsmål', 'purpose.STATUS_CHECK': 'Statussjekk',
  'purpose.FEEDBACK_REQUEST': 'Be om tilbakemelding', 'purpose.CLOSING': 'Avslutning', 'purpose.OTHER': 'Annet',
  'outcome.NO_ANSWER': 'Intet svar', 'outcome.ANSWERED': 'Svarte', 'outcome.DECISION_PENDING': 'Beslutning ventes',
  'outcome.NEW_DATE_GIVEN': 'Ny dato gitt', 'outcome.DECIDED': 'Avgjort',
  'app.reminders': 'Oppfølginger for denne søknaden',
  'csv.title': 'Importer en CSV-fil', 'csv.choose': 'CSV-fil', 'csv.upload': 'Last opp', 'csv.uploading': 'Laster opp … {pct} %',
  'csv.done': 'Importerte {n} søknader.', 'csv.ignored': 'Ignorerte kolonner: {cols}', 'csv.bad': 'Ingenting ble importert. Rett disse radene og prøv igjen:',
  'csv.row': 'Rad {row}', 'csv.help': 'Alt eller ingenting: er én rad feil, importeres ingenting.',
  'csv.check': 'Sjekk fila', 'csv.checking': 'Leser fila …', 'csv.preview': 'Slik blir fila importert',
  'csv.previewSummary': '{rows} rader ({layout}). Velg hvor det som mangler skal; kolonner uten felt havner i notatene.',
  'csv.remembered': 'Valgene dine fra forrige fil med samme oppsett er brukt.', 'csv.column': 'Kolonne', 'csv.field': 'Går til',
  'csv.sample': 'Eksempel', 'csv.word': 'Ord', 'csv.unmapped': 'Ikke koblet', 'csv.mapColumn': 'Hvor kolonnen {col} skal',
  'csv.mapValue': 'Hva «{value}» betyr', 'csv.by.name': 'etter navn', 'csv.by.alias': 'kjent navn', 'csv.by.seeker': 'ditt valg',
  'csv.by.default': 'kjent ord', 'csv.dateOrder': 'Datoer som {examples} kan leses på to måter. Hvordan skriver fila dem?',
  'csv.order.DMY': 'dag/måned/år', 'csv.order.MDY': 'måned/dag/år', 'csv.order.YMD': 'år/måned/dag',
  'csv.importN': 'Importer {n} søknader',
  'fb.title': 'Tilbakemeldinger', 'fb.intro': 'Hva hver avsluttet prosess lærte deg.', 'fb.record': 'Registrer tilbakemelding',
  'fb.application': 'Søknad', 'fb.outcome': 'Utfall', 'fb.stageReached': 'Kom til', 'fb.reason': 'Oppgitt grunn',
  'fb.strengths': 'Styrker', 'fb.weaknesses': 'Svakheter', 'fb.requested': 'Jeg ba om tilbakemelding', 'fb.received': 'Jeg fikk tilbakemelding',
  'fb.better': 'Hva ville gjort meg til en bedre kandidat', 'fb.reflection': 'Min refleksjon om metode', 'fb.notes': 'Notater',
  'fb.saved': 'Tilbakemeldingen er registrert.', 'fb.empty': 'Ingen tilbakemeldinger ennå.', 'fb.debrief': 'Samtale med veileder',
  'fbo.REJECTED': 'Avslag', 'fbo.OFFER_DECLINED': 'Takket nei til tilbud', 'fbo.ACCEPTED': 'Akseptert', 'fbo.WITHDRAWN': 'Trukket',
  'fbo.NO_RESPONSE': 'Intet svar', 'fbo.ON_HOLD': 'På vent', 'fbo.OTHER': 'Annet',
  'caseload.title': 'Kandidater', 'caseload.intro': 'Kandidatenes søknadsløp i et blikk.',
  'caseload.client': 'Kandidat', 'caseload.stages': 'Statuser', 'caseload.active': 'Aktive', 'caseload.overdue': 'Forfalte oppfølginger',
  'caseload.lastActivity': 'Siste aktivitet', 'caseload.lastFeedback': 'Siste tilbakemelding', 'caseload.empty': 'Ingen kandidater tildelt.',
  'caseload.partial': 'Noen tall mangler: {what} svarte ikke. Det som vises, stemmer.',
  'caseload.nextDue': 'neste {date}', 'unknown': 'ukjent',
  'client.title': 'Kandidatens søknadsløp', 'client.applications': 'Søknader', 'client.reminders': 'Oppfølginger', 'client.feedback': 'Tilbakemeldinger',
  'people.title': 'Personer', 'people.intro': 'Kandidater og veiledere i organisasjonen.', 'people.name': 'Navn', 'people.role': 'Rolle',
  'people.email': 'E-post', 'people.coach': 'Veileder', 'people.assign': 'Flytt', 'people.assigned': '{name} veiledes nå av {coach}.',
  'people.create': 'Legg til en person', 'people.firstName': 'Fornavn', 'people.lastName': 'Etternavn', 'people.locale': 'Språk',
  'people.created': '{name} er lagt til og får en e-post for å velge passord.', 'people.noCoach': '– ingen veileder –',
  'prole.SEEKER': 'Kandidat', 'prole.COACH': 'Veileder', 'prole.TENANT_ADMIN': 'Administrator',
  'policy.title': 'Regler for oppfølging', 'policy.intro': 'Tallene bak hver påminnelse. Endringer planlegger alle åpne søknader på nytt.',
  'policy.thankYouAfterWorkingDays': 'Takkemelding etter (virkedager)', 'policy.caseFollowUpAfterWorkingDays': 'Oppfølging med sak etter (virkedager)',
  'policy.statusWithoutDateMin': 'Statussjekk uten beslutningsdato, fra (virkedager)', 'policy.statusWithoutDateMax': '… til (virkedager)',
  'policy.afterDecisionDateWorkingDays': 'Status etter beslutningsdato (virkedager)', 'policy.applicationNoAnswerWorkingDays': 'Søknad uten svar (virkedager)',
  'policy.nextRoundExpectedWorkingDays': 'Neste runde ventet innen (virkedager)', 'policy.onHoldStatusWorkingDays': 'På vent: status hver (virkedager)',
  'policy.coolDownDays': 'Pause mellom kontakter (dager)', 'policy.giveUpAfterUnansweredFollowUps': 'Avslutningsmelding etter ubesvarte oppfølginger',
  'policy.softLimitOpenApplications': 'Myk grense for aktive søknader', 'policy.morningHour': 'Påminnelser kommer kl.',
  'policy.holidaysAdded': 'Ekstra fridager (ÅÅÅÅ-MM-DD, kommaseparert)', 'policy.holidaysRemoved': 'Fjernede helligdager',
  'policy.replan': 'Ny planlegging: {state} ({done}/{total})',
  'reports.title': 'Rapporter', 'reports.intro': 'Mønstre i tilbakemeldinger.',
  'reports.from': 'Fra', 'reports.to': 'Til', 'reports.sector': 'Sektor', 'reports.any': 'Alle', 'reports.apply': 'Bruk',
  'reports.rejection': 'Vanligste avslagsgrunner', 'reports.tags.STRENGTH': 'Styrker', 'reports.tags.WEAKNESS': 'Svakheter',
  'reports.funnel': 'Trakt', 'reports.followup': 'Svarprosent med og uten oppfølging', 'reports.csv': 'CSV',
  'reports.suppressed': 'færre enn 5', 'reports.empty': 'Ingen data for perioden.', 'reports.table': 'Vis som tabell',
  'reports.entries': 'Antall', 'reports.applications': 'Søknader', 'reports.responseRate': 'Svarprosent', 'reports.offerRate': 'Tilbudsprosent',
  'step.APPLIED': 'Søkt', 'step.INTERVIEW': 'Intervju', 'step.OFFER': 'Tilbud', 'step.ACCEPTED': 'Akseptert',
  'step.INTERVIEW_TO_DECISION': 'Intervju → beslutning',
  'group.WITH_FOLLOW_UP': 'Med oppfølging', 'group.WITHOUT_FOLLOW_UP': 'Uten oppfølging',
  'what.reminder': 'Oppfølgingstjenesten', 'what.feedback': 'Tilbakemeldingstjenesten', 'what.tracker': 'Søknadsloggen',
  'what.reports': 'Rapportene', 'what.policy': 'Reglene', 'what.people': 'Personlisten',
  'readonly': 'Du ser på en kandidats søknad (bare lesing).',
  'error.noRole': 'Kontoen din har ingen rolle i Coachline ennå. Spør administratoren i organisasjonen din.',
  'apps.view': 'Visning', 'apps.view.board': 'Tavle', 'apps.view.list': 'Liste',
  'apps.n.one': '{n} søknad', 'apps.n.other': '{n} søknader',
  'board.closed': 'Avsluttede søknader ({n})', 'board.moveDate': 'Flyttingene skjedde',
  'board.moveDate.hint': 'Et kort du flytter, får denne datoen (i dag om du ikke velger annet).',
  'board.help': 'Dra et kort til en annen kolonne, eller velg et kort og trykk M (eller Flytt-knappen) for flyttemenyen.',
  'board.moveTo': 'Flytt {name} til', 'board.move': 'Flytt …', 'board.due': 'Frist i dag',
  'board.days.one': '{n} dag i denne statusen', 'board.days.other': '{n} dager i denne statusen',
  'reminder.showDraft': 'Vis utkastet', 'reminder.to': 'Til', 'reminder.send': 'Send på e-post', 'reminder.sentIt': 'Sendt',
  'reminder.marked.sent': 'Logget som sendt; oppfølgingen er gjort.',
  'story.title': 'Hva som har skjedd', 'story.next': 'Neste steg', 'story.nextInterview': 'Intervju runde {round}, {when}',
  'story.closed': 'Søknaden er avsluttet.', 'story.nothingNext': 'Ingenting er planlagt. Logg en kontakt eller flytt statusen når noe skjer.',
  'story.interviewHeld': 'Intervju runde {round} ({format}) gjennomført', 'story.interviewPlanned': 'Intervju runde {round} ({format}) planlagt',
  'story.followUp.planned': 'Oppfølging planlagt', 'story.followUp.done': 'Oppfølging gjort', 'story.followUp.missed': 'Oppfølging gått tapt',
  'story.followUp.dismissed': 'Oppfølging avvist', 'story.feedback': 'Tilbakemelding registrert', 'fb.entries': 'Registrerte tilbakemeldinger',
  'caseload.nudge': 'Trenger en påminnelse', 'caseload.nudgeYes': 'Påminn', 'caseload.filter': 'Finn en kandidat', 'caseload.onlyNudge': 'Bare de som trenger en påminnelse',
  'nav.taxonomy': 'Kategorier', 'tax.title': 'Grunner og stikkord', 'tax.intro': 'Det kandidatene velger når de registrerer tilbakemeldinger. Utgåtte valg blir stående på gamle registreringer og i rapporter.',
  'tax.reasons': 'Avslagsgrunner', 'tax.strengths': 'Styrker', 'tax.weaknesses': 'Svakheter', 'tax.code': 'Kode',
  'tax.code.hint': 'Små bokstaver, sifre og bindestrek; den endres aldri.', 'tax.labelEn': 'Engelsk tekst', 'tax.labelNb': 'Norsk tekst',
  'tax.labelEnFor': 'Engelsk tekst for {code}', 'tax.labelNbFor': 'Norsk tekst for {code}', 'tax.retire': 'Ta ut av bruk', 'tax.revive': 'Ta i bruk igjen',
  'tax.retired': 'ute av bruk', 'tax.add': 'Legg til', 'tax.added': 'Lagt til.', 'tax.relabelled': 'Tekstene er lagret.', 'tax.retiredDone': 'Tatt ut av bruk.',
  'tax.revived': 'Tatt i bruk igjen.', 'tax.actions': 'Handlinger', 'policy.replanProgress': '{done} av {total} søknader planlagt på nytt', 'policy.replanDone': 'Ny planlegging ferdig: {total} søknader planlagt på nytt.',
  'policy.replanFailed': 'Den nye planleggingen stoppet etter {done} av {total} søknader. Lagre reglene igjen for å prøve på nytt.',
  'client.overdue': 'Forfalte oppfølginger ({n})', 'client.noOverdue': 'Ingenting har forfalt.', 'client.lastFeedback': 'Siste tilbakemelding',
  'client.allFeedback': 'Alle tilbakemeldinger ({n})',
  'calendar.title': 'Oppfølgingene i kalenderen din', 'calendar.intro': 'Abonner én gang: kalenderappen holder oppfølginger og intervjuer oppdatert. Adressen er hemmelig; alle som har den, kan lese dem.',
  'calendar.address': 'Kalenderadresse', 'calendar.copy': 'Kopier adressen', 'calendar.copied': 'Kalenderadressen er kopiert.',
  'calendar.open': 'Åpne i kalenderappen', 'calendar.renew': 'Lag en ny adresse', 'calendar.renewed': 'Ny adresse laget; den gamle virker ikke lenger.',
  'calendar.renewConfirm': 'Lage en ny adresse? Den gamle slutter å virke, også i kalendere som abonnerer på den.',
  'reports.suppressedNote': 'En skravert stolpe merket «< 5» teller færre enn 5 kandidater: tallet skjules så ingen kan pekes ut.',
  'reports.coach': 'Veileder',
  'skip': 'Hopp til innholdet', 'reminder.notLogged': 'Oppfølgingen er gjort, men kontakten ble ikke logget ({detail}). Logg den på søknaden.',
  'caseload.noMatch': 'Ingen kandidat passer.', 'caseload.n.one': '{n} kandidat', 'caseload.n.other': '{n} kandidater',

};

export const dictionaries = { en, nb };
let current = 'en';

export function setLocale(tag) {
  const lang = String(tag || 'en').toLowerCase().replace('_', '-');
  current = lang.startsWith('nb') || lang.startsWith('no') || lang.startsWith('nn') ? 'nb' : 'en';
  document.documentElement.lang = current;
  return current;
}

// Dates and times in the user's profile time zone (GET /api/me), not the browser's; undefined = the browser's.
let zone;
export function setTimeZone(tz) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    zone = tz || undefined;
  } catch {
    zone = undefined;
  }
  Object.keys(dateFormats).forEach((k) => delete dateFormats[k]);
}

export function locale() {
  return current;
}

export function t(key, params = {}) {
  const text = dictionaries[current][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? ''));
}

/** A counted phrase: plural('apps.n', 1) → '1 application' / '1 søknad' (keys '<key>.one', '<key>.other'). */
export function plural(key, n) {
  const form = new Intl.PluralRules(current === 'nb' ? 'nb-NO' : 'en-GB').select(n);
  return t(`${key}.${form === 'one' ? 'one' : 'other'}`, { n });
}

/** A label of an enumeration value, e.g. label('stage', 'APPLIED'); the raw value when none is known. */
export function label(prefix, value) {
  if (value === null || value === undefined || value === '') return '';
  const key = `${prefix}.${value}`;
  const text = dictionaries[current][key] ?? en[key];
  return text ?? String(value).replace(/_/g, ' ').toLowerCase();
}

const dateFormats = {};
export function fmtDate(value) {
  if (!value) return '';
  // a date alone (2026-11-02) is that day wherever the reader is; an instant is the day it was in the user's zone
  const day = value.length === 10;
  const d = day ? new Date(value + 'T12:00:00Z') : new Date(value);
  if (isNaN(d)) return value;
  const key = `${current}:${day}`;
  const f = dateFormats[key] ??= new Intl.DateTimeFormat(current === 'nb' ? 'nb-NO' : 'en-GB',
    { day: 'numeric', month: 'short', year: 'numeric', timeZone: day ? 'UTC' : zone });
  return f.format(d);
}

export function fmtDateTime(value) {
  if (!value) return '';
  const d = new Date(value);
  if (isNaN(d)) return value;
  return new Intl.DateTimeFormat(current === 'nb' ? 'nb-NO' : 'en-GB',
    { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(d);
}

export function fmtRelative(value) {
  if (!value) return '';
  const d = new Date(value);
  if (isNaN(d)) return value;
  const days = Math.round((d.getTime() - Date.now()) / 86400000);
  const rtf = new Intl.RelativeTimeFormat(current === 'nb' ? 'nb-NO' : 'en-GB', { numeric: 'auto' });
  if (Math.abs(days) < 1) {
    const hours = Math.round((d.getTime() - Date.now()) / 3600000);
    return rtf.format(hours, 'hour');
  }
  if (Math.abs(days) < 45) return rtf.format(days, 'day');
  return fmtDate(value);
}

export function fmtPercent(value) {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(current === 'nb' ? 'nb-NO' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
