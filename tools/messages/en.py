"""English catalog."""

WORDS = {
    "error": "error",
    "warning": "warning",
    "fix": "Fix",
    "summary": "Checked {checked} files: {errors} errors, {warnings} warnings.",
    "clean": "Checked {checked} files: no problems.",
    "nothing-staged": "Nothing under records/ is staged for the commit. To check all the "
                      "records: pre-commit run --hook-stage manual check-all-records",
    "text": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "list": "a list",
    "mapping": "a group of fields (name: value)",
    "null": "an empty value",
    "empty": "an empty file",
    "date": "a real date YEAR-MONTH-DAY, e.g. 2025-03-05",
    "time": "a 24-hour time \"HH:MM\" in straight quotes, e.g. \"07:30\"",
    "id": "an id of lowercase ASCII letters, digits and hyphens, e.g. dinh-van-hung",
    "card": "a card number of digits only, in quotes, e.g. \"52012345\"",
    "owner": "an account starting with @, e.g. \"@cell-clerk\"",
    "minItems": "needs at least this many items:",
    "minLength": "must not be empty; minimum length",
    "minimum": "must not be less than",
    "maximum": "must not be more than",
    "regular": "regular",
    "thematic": "thematic",
    "committee": "committee",
    "combined": "regular and thematic",
    "extraordinary": "extraordinary",
    "members": "the roster (members.yaml)",
    "unit": "unit (unit.yaml)",
    "ratings": "ratings (ratings.yaml)",
    "dues": "unpaid dues (dues/YYYY.yaml)",
    "other": "other file",
    "minutes": "minutes",
    "present": "present",
    "absent_excused": "absent_excused",
    "absent_unexcused": "absent_unexcused",
    "admitted": "admitted",
    "full_since": "full_since",
    "joined": "joined",
    "left": "left",
    "exempt.from": "exempt from",
    "exempt.to": "exempt to",
    "date-name": "The meeting date differs from the file name's",
    "year-folder": "The meeting date is not in the year folder",
    "kind-name": "The kind differs from the file name's",
    "UTF-16": "UTF-16",
    "?": "another encoding",
    "yaml-tab": "this line is indented with a Tab character; indent with spaces only",
    "yaml-character": "a value starting with a special character (such as @ or `); quote the "
                      "whole value",
    "yaml-escape": "a \\ inside double quotes; write \\\\ or use single quotes ' '",
    "yaml-control": "a hidden character that is not allowed (usually pasted from another "
                    "document); retype this line",
    "yaml-quote": "a quote opened and never closed",
    "yaml-bracket": "a [ ] or { } bracket opened and never closed, or a missing comma",
    "yaml-colon": "a colon in the wrong place; quote text that contains \": \"",
    "yaml-indent": "indentation out of line with the fields at the same level",
    "yaml-documents": "an extra --- line inside the front matter",
    "yaml-complex-key": "an invalid field name",
    "yaml-other": "malformed structure",
    # v2 (issue 9)
    "away.from": "away from",
    "away.to": "away to",
    "month-year": "A month outside the dues file's year",
    "votes-attendance": "this file's attendance lists have errors (an attendee forgotten or an "
                        "id misspelt), so the count of members present may be what is wrong, "
                        "not the votes",
    "votes-count": "only the cell's own full members present vote",
    "votes-fix-attendance": "Fix this file's attendance problems first (add a forgotten "
                            "attendee to present, correct a misspelt id); correct the votes "
                            "only if this message remains.",
    "votes-fix-count": "Probationary members and members on temporary activity do not vote "
                       "(Party Charter, Art. 3); correct the votes for, against and abstaining.",
    "secretary": "secretary",
    "deputy_secretary": "deputy_secretary",
    "committee_members": "committee_members",
    "body": "the body",
    "word-quotes": "The quotes here are Word's curly quotes (“ ”): retype them as straight "
                   "quotes \".",
    "folded": "Caused by the problem above, gone once it is fixed: {items}.",
    "folded-line": "{code} (line {line})",
    "folded-many": "{count} problems in {files} files",
    "github-more": "{count} more {severity}s in {files} files are not annotated: see them all "
                   "in this step's log.",
    "unchecked": "{count} minutes of the cell could not be checked against the roster; fix "
                 "this and check again.",
}

MESSAGES = {
    "parse.encoding": (
        "The file is not UTF-8 and cannot be read (it is: {encoding}).",
        "VS Code: click the encoding in the status bar, Save with Encoding, UTF-8. "
        "Notepad: File, Save As, Encoding: UTF-8."),
    "parse.unreadable": (
        "The file cannot be read ({reason}).",
        "Check that the file is still there and may be read; if another program holds it "
        "open, close that program and check again."),
    "parse.bom": (
        "The file starts with a byte-order mark (usually added by Windows Notepad).",
        "Run `tools fix`, or save the file as UTF-8 (not \"UTF-8 with BOM\")."),
    "parse.not-nfc": (
        "Accented text on this line is not in composed form (NFC), usually text copied from "
        "a Mac or another document.",
        "Run `tools fix` to normalize it, or retype the accented words on this line."),
    "parse.no-front-matter": (
        "The minutes lack the front matter between two --- lines at the top.",
        "The first line must be ---, then the fields, then another --- line before the body."),
    "parse.yaml": (
        "Syntax error: {hint}[[ (detail: {other})]].",
        "Correct this line or the one above: one \"name: value\" per line, indentation with "
        "spaces, closed brackets and quotes."),
    "parse.duplicate-key": (
        "The field \"{key}\" is written twice.",
        "Keep one \"{key}\" line and delete the other."),
    "parse.alias": (
        "The file uses YAML anchors, aliases or tags (&, * or !), which records do not allow.",
        "Write the value out in full instead of &, * or !."),
    "parse.too-large": (
        "The file is too large ({size} bytes, at most {limit}).",
        "Records hold text only; do not paste pictures or attachments into them."),
    "parse.not-mapping": (
        "The content is not a list of \"name: value\" fields (it is: {got}).",
        "Write one field per line: the field name, a colon, the value. See the guide's example."),
    "schema.required": (
        "The field {key}[[ ({label})]] is missing.",
        "Add a line \"{key}: ...\" here, indented like the fields of the same group."),
    "schema.type": (
        "The field {key}[[ ({label})]] must be {expected}, not {got}.",
        "[[Write: {typed}. ]]Write a value of the right kind: {expected}."),
    "schema.enum": (
        "\"{value}\" is not a valid value for {key}[[ ({label})]].",
        "Write: {key}: {closest}. The values are: {allowed}."),
    "schema.format": (
        "\"{value}\" in {key}[[ ({label})]] is invalid: {format} expected.",
        "[[Write: {typed}. ]]Rewrite it as {format}.[[ {quotes}]]"),
    "schema.unknown-field": (
        "The field {key} is not part of the records format.",
        "[[Did you mean the field {closest}]][[ ({closest_label})]][[? Change \"{key}\" to "
        "\"{closest}\". ]]Field names are written as in the records format; delete the line if "
        "the field is not needed."),
    "schema.invalid": (
        "The field {key}[[ ({label})]] is invalid: {rule} {limit}.",
        "Correct the value: {rule} {limit}."),
    "layout.file-name": (
        "The file name does not follow minutes/YYYY/YYYY-MM-DD-kind.md, so this meeting is "
        "left out of every rollup.",
        "[[Rename the file to {proposed}. ]]A right name is e.g. "
        "minutes/2025/2025-03-05-regular.md, with a kind among: {kinds}; minutes written in "
        "Word (.docx) or saved as .txt must be copied into a .md file."),
    "layout.date-mismatch": (
        "{mismatch}: the file says \"{value}\", its name or folder \"{name}\".",
        "Correct {field} or rename the file and year folder so they agree."),
    "layout.no-unit": (
        "[[A misspelt folder name? It is close to the existing {closest}. ]]This folder holds "
        "records but has no unit.yaml.",
        "[[Move the records into {closest} and delete this folder. ]]Records belong in an "
        "existing cell's folder; only the repository's keeper sets up a new unit (a unit.yaml)."),
    "layout.minutes-outside-cell": (
        "The file {file} is not in a cell's folder.",
        "Move it into the folder of a cell (a unit.yaml with kind: cell)."),
    "layout.cell-has-children": (
        "The cell {cell} contains another unit.",
        "Cells have no subordinate units: move this folder out, beside the cell."),
    "layout.unexpected-file": (
        "The tools do not read this file: it is not a kind of cell record.",
        "If these are minutes, save them as a .md file named by the rule in minutes/YEAR/; "
        "otherwise delete the file or move it out of records/."),
    "layout.symlink": (
        "This is a symbolic link to {target}, not a real file.",
        "Replace the link with a real file, or delete it."),
    "unit.secretary-not-member": (
        "The secretary \"{member}\" is not an active member in {roster}.",
        "Set secretary to the right id from the roster."),
    "unit.too-few-members": (
        "The cell has only {full} full members (at least {minimum}, Party Charter Article 21).",
        "Report to the superior committee to strengthen or merge the cell."),
    "unit.committee-expected": (
        "The cell has {full} full members ({threshold} or more) but no cell committee.",
        "If the cell has elected a committee, write has_committee: true and committee_members."),
    "unit.committee-not-member": (
        "\"{member}\" in {field} is not an active member in {roster}.",
        "Use the right id from the roster, or remove a member who has left."),
    "roster.duplicate-id": (
        "The member id \"{member}\" appears twice in the roster.",
        "Give each member an id of their own: add a digit to the repeated one, e.g. {member}-2."),
    "roster.duplicate-card": (
        "Card {card} of \"{member}\" is the same as that of \"{other_member}\", active in "
        "{other_path} at the same time.",
        "Check the card number; if the member transferred, write left and left_reason: transfer "
        "in the old cell."),
    "roster.dates": (
        "Member \"{member}\": {date_field} is {value}, before {other_field}, {other_value}.",
        "Full membership and joining the cell come on or after admission; leaving comes after "
        "joining; an exemption or an away period ends on or after it starts."),
    "roster.probation-overdue": (
        "{name} ({member}) was admitted on {admitted}, more than {months} months ago, and is "
        "not yet a full member.",
        "Write full_since if the conversion was approved; otherwise report it to the committee."),
    "minutes.unknown-member": (
        "The id \"{member}\" is not in the roster {roster}.[[ Did you mean \"{closest}\" "
        "({closest_name})?]]",
        "Write the id exactly as in members.yaml (check the spelling), or add the member."),
    "minutes.not-in-cell": (
        "{name} ({member}) was not in the cell on {date} (joined: {joined}[[; left: {left}]]).",
        "Remove the id from these minutes, or correct joined/left in members.yaml."),
    "minutes.attendance-missing": (
        "{name} ({member}) was expected but is in none of the attendance lists.",
        "Add \"{member}\" to present, absent_excused (with the reason) or absent_unexcused."),
    "minutes.attendance-duplicate": (
        "\"{member}\" is listed more than once (again in {list}).",
        "List each member once: present, absent with reason, or absent without reason."),
    "minutes.chair-not-present": (
        "The chair \"{member}\" is not in present.",
        "Add \"{member}\" to present or correct chair."),
    "minutes.secretary-not-present": (
        "The meeting's clerk \"{member}\" is not in present.",
        "Add \"{member}\" to present or correct secretary."),
    "minutes.speaker-not-present": (
        "\"{member}\" spoke but is not in present.",
        "Add \"{member}\" to present or remove them from speakers."),
    "minutes.time-order": (
        "The end time {end} is not after the start time {start}.",
        "Correct start/end on the 24-hour clock, e.g. start: \"14:00\", end: \"16:00\"."),
    "minutes.too-short": (
        "The meeting lasted {minutes} minutes, less than the {minimum} of {document}.",
        "Check the start and end times; if right, the cell must keep to the duration next time."),
    "minutes.future-date": (
        "The meeting date {date} is after today ({today}).",
        "Correct the date; write minutes only after the meeting."),
    "minutes.votes-exceed": (
        "The votes add up to {total}, more than the full members present ({full_present}): "
        "{cause}.",
        "{hint}"),
    "minutes.decision-not-passed": (
        "Marked adopted, but only {votes_for} votes for: not more than half of the {base} "
        "full members counted for the vote.",
        "A resolution needs more than half of the cell's full members, not counting exempt "
        "members or members away who did not attend, suspended members and members absent "
        "with a reason ({document}); correct the votes or write adopted: false."),
    "minutes.topic-missing": (
        "The {kind} meeting has no topic.",
        "Add a topic: line with the subject (a regular meeting without a thematic part has "
        "combined: false)."),
    "minutes.missing-section": (
        "The \"{section}\" part of these {kind} minutes was not found (advice only).",
        "If the minutes have this part, put a heading before it with one of these words: "
        "{keywords}. No Party document prescribes the headings of minutes; the text before the "
        "first heading counts as the opening."),
    "minutes.section-order": (
        "The \"{section}\" part comes before a part that usually precedes it (advice only).",
        "The usual order is: {order}. Nothing to fix if the meeting went as written."),
    "minutes.duplicate": (
        "These minutes have the same date, kind and start time as {other}.",
        "If this is a copy, delete it; if it is another meeting, correct its start time."),
    "minutes.unexcused-absence": (
        "\"{member}\" was absent without reason.",
        "Nothing to fix if true; the cell reminds the member (the meeting cannot be rated good)."),
    "minutes.not-adopted": (
        "The minutes do not say they were adopted (minutes_adopted).",
        "Once the minutes are read out and adopted before closing, write minutes_adopted: true."),
    "minutes.copy-of-previous": (
        "The body is {percent}% the same as the previous minutes ({previous}).",
        "Write what was discussed at this meeting; do not copy earlier minutes."),
    "minutes.exempt-unexcused": (
        "{name} ({member}) is exempt from party work and activities but is listed as absent "
        "without reason.",
        "Exempt members are not summoned and are never absent (Hướng dẫn 12-HD/BTCTW): remove "
        "\"{member}\" from absent_unexcused; if they attended, list them in present."),
    "minutes.rulebook-not-in-force": (
        "The minutes name rulebook: {rulebook}, which applies from {start}[[ to {end}]] and "
        "not on the meeting date {date}.",
        "Remove the rulebook: line (the tools pick the rulebook by the meeting date: here "
        "{in_force}), or correct the meeting date."),
    "minutes.temporary-voter": (
        "The votes add up to {total} only when {temporary} members here on temporary activity "
        "are counted (the cell's full members present: {full_present}).",
        "Members on temporary activity do not vote where the activity is temporary "
        "({document}): record the votes of the cell's own full members only."),
    "unit.probationary-officer": (
        "{name} ({member}) in {officer} is still a probationary member on {date}.",
        "Probationary members may not stand for or elect the Party's leading bodies "
        "({document}). If the member has been recognized as full, write full_since in "
        "members.yaml; otherwise correct {officer}."),
    "unit.temporary-officer": (
        "{name} ({member}) in {officer} is here on temporary activity.",
        "Where the activity is temporary a member neither stands nor votes in elections "
        "({document}): correct {officer}; if the member has transferred here for good, remove "
        "temporary: true."),
    "unit.committee-too-small": (
        "The cell has a committee (has_committee: true) but only {full} full members (a "
        "committee is elected from {threshold}).",
        "Nothing to fix if the committee was elected when the cell was larger and is finishing "
        "its term. From the next cell congress, a cell under {threshold} full members elects a "
        "secretary, not a committee ({document}); then write has_committee: false."),
    "unit.partial-outside-grassroots": (
        "A partial committee (level: partial) must sit inside a grassroots committee, but the "
        "unit above ({parent}) does not have level: grassroots.",
        "Move this folder into the grassroots committee's folder (unit.yaml with level: "
        "grassroots), or correct the level."),
    "roster.probation-too-short": (
        "{name} ({member}): full_since {full_since} is less than {months} months of probation "
        "after admitted {admitted} (the earliest is {earliest}).",
        "Compare admitted and full_since with the admission and recognition decisions and "
        "correct the wrong date ({document}: a probation of {months} months)."),
    # hygiene and protections
    "parse.conflict-marker": (
        "The file still holds {count} merge conflicts, from this line: the <<<<<<<, ======= "
        "and >>>>>>> lines git inserted.",
        "At each, keep the right text (above or below the ======= line, or both), delete the "
        "<<<<<<<, =======, >>>>>>> lines, and save. If unsure, ask the repository's keeper."),
    "layout.case-conflict": (
        "The name \"{name}\" differs from \"{other}\" only in upper and lower case: on Windows "
        "and macOS they are one name.",
        "Keep one file (or folder) and delete the other; names in records/ are lowercase."),
    "layout.too-large": (
        "The file is too large for the records repository ({size} bytes, at most {limit}).",
        "Do not put pictures, scans or Word files in the repository: leave this file out of "
        "the commit (Discard or unselect it) and keep it elsewhere."),
    "roster.member-removed": (
        "The member {name} ({member}) was removed from the roster[[ (replaced by the new id "
        "\"{renamed_to}\")]][[; \"{member}\" is named in {count} minutes, such as {examples}]].",
        "[[Keep the old id: change \"{renamed_to}\" back to \"{member}\", which the minutes "
        "use. ]]Never delete a member from the roster: a member who left keeps their entry, "
        "with left and left_reason added."),
    "record.deleted": (
        "A committed {role} file was deleted. Records are never deleted.",
        "Restore the file (right-click it, Discard). Wrong minutes are corrected with a "
        "corrections entry; a member who leaves gets left; a unit that ends gets dissolved in "
        "unit.yaml."),
    "record.changed-without-correction": (
        "Committed minutes were changed in {what} without a new corrections entry.",
        "Add an entry to corrections with date (the day of the change) and reason (what and "
        "why). If the change was a mistake, discard it."),
    "review.late": (
        "The minutes of {date} were filed on {filed}, {days} days later (more than {limit}).",
        "Nothing to fix if true; the cell should file its minutes sooner after each meeting."),
}

SUMMARY = {
    "section": "Section",
    "title": "Summary: {who}, {start} to {end}",
    "structure": "Organizations and members (on {end})",
    "committees": "By committee",
    "cells": "By cell",
    "meetings": "Meetings",
    "attendance": "Attendance",
    "members": "Members the cell must consider",
    "visits": "Superior committee visits",
    "decisions": "Decisions",
    "ratings": "Quality ratings",
    "data_quality": "Data quality",
    "findings": "Findings",
    "item": "Item",
    "value": "Value",
    "grassroots_organizations": "Grassroots party organizations",
    "grassroots_committees": "Grassroots committees",
    "grassroots_cells": "Grassroots cells",
    "subordinate_cells": "Cells under grassroots committees",
    "cells_total": "Cells",
    "members_total": "Members",
    "full_members": "Full members",
    "probationary_members": "Probationary members",
    "village_cells": "Village and residential cells",
    "village_cells_with_committee": "Village cells with a committee",
    "village_secretaries_heads": "Village secretaries who are village heads",
    "village_secretaries_heads_pct": "Village secretaries who are heads (%)",
    "meetings_total": "Meetings",
    "regular": "Regular",
    "thematic": "Thematic",
    "committee": "Committee",
    "extraordinary": "Extraordinary",
    "combined": "Regular combined with thematic",
    "regular_months": "Months with a regular meeting",
    "regular_compliance_pct": "Months with a regular meeting (%)",
    "committee_months": "Months with a committee meeting (cells with a committee)",
    "committee_compliance_pct": "Months with a committee meeting (%)",
    "thematic_quarters": "Quarters with a thematic meeting",
    "thematic_compliance_pct": "Quarters with a thematic meeting (%)",
    "average_minutes": "Average duration (minutes)",
    "expected": "Expected attendances",
    "present": "Attendances",
    "rate_pct": "Attendance rate (%)",
    "unexcused_absences": "Unexcused absences",
    "excused_absences": "Excused absences",
    "participation_pct": "Speakers per member present (%)",
    "members_with_tasks": "Members given a task",
    "unit": "Unit",
    "cell": "Cell",
    "member": "Member",
    "year": "Year",
    "count": "Count",
    "dates": "Dates",
    "reason": "Reason",
    "removal": "consider removal: unexcused absences or unpaid dues in many months",
    "streak": "excused absences at many meetings in a row",
    "thematic_absence": "unexcused absence from thematic meetings",
    "dues": "party dues unpaid in many months",
    "level": "Level",
    "never_visited": "Cells never visited",
    "adopted": "Adopted",
    "rating": "Rating",
    "files_checked": "Files checked",
    "errors": "Errors",
    "warnings": "Warnings",
    "file_with_errors": "Files with errors (run tools validate to see them)",
    "file_partly_counted": "Minutes with errors counted as held, except for",
    "left_attendance": "attendance",
    "left_decisions": "decisions",
    "left_duration": "duration",
    "left_visits": "visits",
    "code": "Code",
    "finding": "Finding",
    "col_organizations": "Grassroots",
    "col_cells": "Cells",
    "col_members": "Members",
    "col_village_cells": "Village cells",
    "col_heads_pct": "% heads",
    "col_regular_pct": "% months",
    "col_thematic_pct": "% quarters",
    "col_attendance_pct": "% attendance",
    "col_regular": "Months",
    "col_thematic": "Quarters",
    "col_unexcused": "Unexcused",
    "col_visits": "Visits",
    "col_findings": "Findings",
    "central": "Central",
    "province": "Province",
    "district": "District",
    "commune": "Commune",
    "grassroots": "Grassroots",
    "partial": "Partial committee",
    "excellent": "Excellent",
    "good": "Good",
    "complete": "Complete",
    "incomplete": "Incomplete",
    "all_records": "all records",
    "none": "None.",
}

FINDINGS = {
    "cadence.missing-regular": "No regular meeting in {month}.",
    "cadence.missing-thematic": "No thematic meeting in {quarter}.",
    "cadence.missing-committee": "No cell committee meeting in {month} (Party Charter, Art. "
                                 "24: the committee meets once a month).",
    "members.removal-review": "{who}, {year}: [[absent without reason from regular meetings "
                              "in {months} months ({dates}); ]][[party dues unpaid without "
                              "reason in {unpaid_months} months ({unpaid}); ]][[in {cells}; "
                              "]]the cell must consider removal ({threshold} months or more in "
                              "a year).",
    "members.excused-streak": "{who} was absent with reason at {count} meetings in a row "
                              "({dates}).",
    "members.thematic-absence": "{who} was absent without reason from thematic meetings "
                                "{count} times in {year} ({dates}); not counted toward removal.",
    "members.dues-unpaid": "{who} did not pay party dues in {count} months of {year} without "
                           "reason ({months}): a ground for removal.",
    "attendance.below-target": "Attendance {rate}% is not above the target of {target}%.",
    "attendance.meeting-below-target": "Meeting of {date}: attendance {rate}% "
                                       "({present}/{expected}) is not above the target of "
                                       "{target}% ({document}).",
    "visits.below-quota": "Visits by {level} members: {visits}, below the quota of {quota} "
                          "({source}).",
    "cells.no-committee": "{full} full members ({threshold} or more) but no cell committee.",
}

REVIEW = {
    "title": "Review of record changes: {base} → {head}",
    "worktree": "work tree",
    "blocking": "Errors to fix before approval",
    "advice": "Advice (does not block approval)",
    "added": "Added",
    "changed": "Changed",
    "deleted": "Deleted",
    "nothing": "No change under records/.",
    "none": "None.",
    "minutes": "minutes",
    "members": "roster",
    "unit": "unit",
    "ratings": "ratings",
    "other": "other file",
    "meeting": "{kind} meeting of {date}: present {present}, absent with reason "
               "{absent_excused}, absent without reason {absent_unexcused}",
    "guests": "{count} guests",
    "decision": "vote \"{text}\": {votes}{adopted}",
    "adopted": ", adopted",
    "rejected": ", not adopted",
    "votes": "for {for}, against {against}, abstain {abstain}",
    "field": "{label}: {before} → {after}",
    "yes": "yes",
    "no": "no",
    "decision-field": "{label} of \"{decision}\": {before} → {after}",
    "decision-added": "decision added: \"{decision}\" ({votes})",
    "decision-removed": "decision removed: \"{decision}\" ({votes})",
    "format-only": "formatting only (BOM, NFC, line endings, quotes), same content",
    "body": "{label}: \"{before}\" → \"{after}\"",
    "body-spacing": "{label}: spaces and line breaks only",
    "member-added": "member added: {member}",
    "member-removed": "member removed: {member}",
    "member-field": "{member}: {label} {before} → {after}",
    "summary": "{entries} files changed; {errors} errors, {warnings} advice.",
}

CLI = {
    "version": "tools, version {version}",
    "version-rulebook": "  rulebook {id}: in force from {start} to {end}",
    "version-rulebook-open": "  rulebook {id}: in force from {start}",
    "cannot-run": "The tool cannot run: {detail}",
    "internal-error": "tools: internal error ({detail}). Please tell the repository's keeper.",
    "not-a-date": "\"{value}\" is not a date YEAR-MONTH-DAY, e.g. 2026-07-06.",
    "staged-alone": "--staged checks what is staged for the commit: not with --since or file "
                    "names.",
    "not-a-folder": "{path} is not a folder inside the repository {root}.",
    "not-a-unit-folder": "{path} is not a unit folder under records/.",
    "year-and-period": "Use --year or --from and --to, not both.",
    "from-and-to": "--from and --to go together, --from first.",
    "not-a-summary": "Cannot read {path} ({detail}); a file made by tools summarize --format "
                     "json is needed.",
    "stray-argument": "Unexpected: {arguments}. Give one folder; to combine JSON summaries, put "
                      "--merge before them.",
    "merge-nothing": "--merge needs at least one JSON summary.",
    "not-a-file": "{path} is not a file.",
    "cannot-merge": "Cannot combine the summaries: {detail}",
    "demo-exists": "{path} exists already; choose an empty folder.",
    "demo-written": "{count} files written under {path}",
    "codeowners-stale": "{path} is not up to date: run tools codeowners.",
    "new-nobody": "No member is expected at a meeting of {cell} on {date}: check the date and "
                  "members.yaml.",
    "new-kind": "The kind of meeting is one of: {kinds}.",
    "new-not-a-cell": "{cell} is not a cell folder (a unit.yaml with kind: cell). Type the cell "
                      "folder's path from the repository's folder.",
    "new-no-roster": "{cell}/members.yaml is missing or has errors: run tools validate and fix "
                     "them first.",
    "init-exists": "{path} exists already; tools init overwrites no file and has written "
                   "nothing. Choose a new folder, or move that file away and run it again.",
    "init-no-toolkit": "Where the toolkit was installed from is unknown (pip recorded no "
                       "repository URL), so the new repository cannot pin its version. Give the "
                       "toolkit repository's URL with --toolkit, e.g. --toolkit "
                       "https://gitlab.example.vn/tinh/tools.git.",
    "init-unit-id": "\"{value}\" cannot be a unit id: lowercase letters without accents, digits "
                    "and hyphens only, e.g. xa-krong.",
    "init-owner": "\"{value}\" is not a GitHub or GitLab account: write @name or @group/name.",
    "init-written": "Made the records repository {path} for {name}. Next: add the cells' "
                    "folders under records/{unit}/ and commit; README.md says how to set up the "
                    "commit check.",
    "exists": "{path} exists already; open it to edit. For a second meeting that day, "
              "add --another.",
    "cannot-write": "Cannot write {path} ({reason}); the file is left as it was.",
    "leftover": "A temporary file {path} remains, perhaps from an interrupted fix; look at "
                "it and delete it if it is not needed (fix deletes no file it did not create).",
    "cache-unwritable": "Cannot write the cache {path}; the results are right, later runs are "
                        "only slower.",
    "fixed": "Fixed {path}: {fixes}.",
    "would-fix": "Would fix {path}: {fixes}.",
    "nothing-to-fix": "Nothing to fix.",
    "no-such-path": "There is no file or folder {path}; check the name and the current "
                    "folder.",
    "outside-repository": "{path} is outside the records repository {root}; only files in "
                          "it are checked or fixed.",
    "not-records": "{path} is not a record: records are under the records/ folder.",
    "no-records": "The folder {path} holds no record file.",
    "through-link": "{path} goes through the symbolic link {link}; nothing is read or written "
                    "through a link. Replace the link with a real folder.",
    "no-ref": "No branch or commit {ref} in this repository; check the name, or git fetch it.",
    "no-merge-base": "{base} and {head} have no commit in common, so where the change starts "
                     "is unknown.",
    "no-merge-base-shallow": "No commit in common between {base} and {head}: this clone holds "
                             "only the last few commits (a shallow clone). Fetch the whole "
                             "history with git fetch --unshallow; in CI set GIT_DEPTH: \"0\" "
                             "(GitLab) or fetch-depth: 0 (GitHub Actions).",
    "fix-too-large": "Skipped {path}: too large ({size} bytes, at most {limit}) to be a record.",
    "fix-link": "Skipped {path}: {link} is a symbolic link; nothing is fixed through a link.",
    "fix-unreadable": "Skipped {path}: it cannot be read ({reason}).",
    "fix-bom": "removed the byte-order mark",
    "fix-eol": "CRLF line endings to LF",
    "fix-nfc": "accents normalized (NFC)",
    "fix-times": "times quoted",
    "fix-time-format": "times written \"HH:MM\"",
    "fix-date-format": "dates written YEAR-MONTH-DAY",
    "docs-stale": "{path} is not up to date with the schemas, the message catalogs and the "
                  "rulebooks: run {command} and commit the files it writes.",
}

# Fields by role and key, as tools review names them
FIELDS = {
    "minutes.kind": "Kind of meeting",
    "minutes.date": "Date",
    "minutes.start": "Start",
    "minutes.end": "End",
    "minutes.place": "Place",
    "minutes.chair": "Chair",
    "minutes.secretary": "Clerk",
    "minutes.present": "Present",
    "minutes.absent_excused": "Absent with reason",
    "minutes.absent_unexcused": "Absent without reason",
    "minutes.guests": "Guests",
    "minutes.guests.name": "Guest's name",
    "minutes.guests.position": "Position",
    "minutes.guests.level": "Guest's level",
    "minutes.topic": "Topic",
    "minutes.combined": "Combined with a thematic meeting",
    "minutes.speakers": "Speakers",
    "minutes.tasks": "Tasks",
    "minutes.tasks.member": "Member tasked",
    "minutes.tasks.task": "Task",
    "minutes.tasks.due": "Due",
    "minutes.decisions": "Decisions",
    "minutes.decisions.text": "Decision",
    "minutes.decisions.number": "Document number",
    "minutes.decisions.votes": "Votes",
    "minutes.decisions.adopted": "Adopted",
    "minutes.minutes_adopted": "Minutes adopted",
    "minutes.quality": "Self-assessed quality",
    "minutes.rulebook": "Rulebook",
    "minutes.corrections": "Corrections",
    "minutes.body": "Body",
    "members.id": "Member id",
    "members.name": "Name",
    "members.card": "Party card number",
    "members.admitted": "Admitted",
    "members.full_since": "Full member since",
    "members.joined": "Joined the cell",
    "members.left": "Left the cell",
    "members.left_reason": "Reason for leaving",
    "members.exempt": "Exempt from party work",
    "members.temporary": "Here on temporary activity",
    "members.away": "Away from this cell's meetings",
    "unit.name": "Name",
    "unit.kind": "Kind of unit",
    "unit.level": "Level",
    "unit.type": "Type of cell",
    "unit.established": "Established",
    "unit.dissolved": "Dissolved",
    "unit.predecessors": "Predecessors",
    "unit.has_committee": "Has a cell committee",
    "unit.secretary": "Secretary",
    "unit.deputy_secretary": "Deputy secretary",
    "unit.committee_members": "Committee members",
    "unit.secretary_is_village_head": "Secretary is the village head",
    "unit.local_rules": "Rules of the party committee",
    "unit.owners": "Folder owners",
}

# The command line's help: commands and options by their path, placeholders (tools/cli/clicklang.py)
HELP = {
    "COMMAND [ARGS]...": "COMMAND [ARGS]...",
    "[OPTIONS]": "[OPTIONS]",
    "METAVAR DATE": "DATE",
    "METAVAR DIR": "DIR",
    "METAVAR FILE": "FILE",
    "METAVAR N": "N",
    "METAVAR REF": "REF",
    "METAVAR YEAR": "YEAR",
    "tools": "Validate and summarize party-cell meeting records kept in git.",
    "tools --version": "Show the version and exit.",
    "tools --root": "Repository root (default: the nearest folder above with records/ or .git).",
    "tools validate": "Check records: the whole records/ tree, or the PATHS given (as pre-commit "
                      "passes them).",
    "tools validate paths": "[PATHS]...",
    "tools validate --format": "Report format.",
    "tools validate --lang": "Language of the messages (also TOOLS_LANG).",
    "tools validate --strict": "Exit 1 on warnings too.",
    "tools validate --today": "Take DATE as today (also TOOLS_TODAY), for reproducible runs.",
    "tools validate --since": "Check what changed since the merge base with REF (for CI), against "
                              "the records at that base, plus the repository-wide card check.",
    "tools validate --staged": "Check what is staged for the next commit, deletions included, "
                               "against the last commit (the commit hook).",
    "tools validate --no-cache": "Check everything afresh (also TOOLS_NO_CACHE=1); the cache never"
                                 " changes an answer, only the time it takes.",
    "tools summarize": "Roll up the records of UNIT (default: all of records/) for a period: "
                       "structure, meetings, attendance, members to consider, visits, decisions, "
                       "ratings, data quality and findings.",
    "tools summarize unit": "[UNIT] | --merge JSON...",
    "tools summarize --year": "Calendar year (default: this year).",
    "tools summarize --from": "First day of the period.",
    "tools summarize --to": "Last day of the period.",
    "tools summarize --format": "Report format.",
    "tools summarize --section": "Only this section (repeatable).",
    "tools summarize --lang": "Language of the report (also TOOLS_LANG).",
    "tools summarize --no-names": "Show member ids instead of names everywhere.",
    "tools summarize --merge": "Combine the JSON summaries given after it (made by tools summarize"
                               " --format json in other repositories) instead of reading records.",
    "tools summarize --today": "Take DATE as today (also TOOLS_TODAY), for reproducible runs.",
    "tools summarize --no-cache": "Read everything afresh (also TOOLS_NO_CACHE=1).",
    "tools demo": "Write synthetic records trees, for demonstrations and benchmarks.",
    "tools demo kbang": "Write a district shaped like Kbang's report into DIRECTORY/records: with "
                        "the defaults, 17 grassroots committees holding 199 cells, 37 grassroots "
                        "cells, 3,814 members, 110 village cells (86 secretaries are village "
                        "heads) and a year of minutes with real-life gaps.",
    "tools demo kbang directory": "DIRECTORY",
    "tools demo kbang --cells": "Number of cells (other counts keep Kbang's proportions).",
    "tools demo kbang --years": "Years of minutes, ending with --year.",
    "tools demo kbang --year": "The last year of minutes (2024: under the 2018 rulebook).",
    "tools demo kbang --seed": "Random seed.",
    "tools init": "Make DIRECTORY a records-only repository, ready for clerks: the top unit's "
                  "unit.yaml, the commit hook and the CI templates pinned to this toolkit's "
                  "version, CODEOWNERS, .gitignore, the editor's settings and a README for "
                  "clerks. Never overwrites a file.",
    "tools init directory": "DIRECTORY",
    "tools init --unit": "The top unit's id (its folder in records/), e.g. xa-krong.",
    "tools init --name": "The unit's official name, with its accents.",
    "tools init --level": "The committee's level.",
    "tools init --owner": "An account that approves the unit's records, e.g. @party-office "
                          "(may be repeated).",
    "tools init --toolkit": "The toolkit repository's URL (default: where pip installed this "
                            "toolkit from).",
    "tools init --lang": "Language of the messages (also TOOLS_LANG).",
    "METAVAR ID": "ID",
    "METAVAR TEXT": "TEXT",
    "METAVAR URL": "URL",
    "METAVAR ACCOUNT": "ACCOUNT",
    "tools new": "Start a meeting's minutes in CELL from a pre-filled file: everyone expected on "
                 "that day in present, the rulebook's headings, and a note on each field. Never "
                 "overwrites a file.",
    "tools new cell": "CELL",
    "tools new --date": "The meeting date.",
    "tools new --kind": "The kind of meeting.",
    "tools new --another": "A second meeting of the same kind that day (file name ends -2, -3...).",
    "tools new --lang": "Language of the messages (also TOOLS_LANG).",
    "tools new --today": "Take DATE as today (also TOOLS_TODAY).",
    "tools fix": "Apply the fixes that cannot change meaning (byte-order mark, NFC, line endings, "
                 "quoting times) and write times and dates in the records' form, to PATHS or all "
                 "of records/. Comments and layout are kept; writes are atomic.",
    "tools fix paths": "[PATHS]...",
    "tools fix --check": "Print the changes as a diff; write nothing.",
    "tools fix --lang": "Language of the messages (also TOOLS_LANG).",
    "tools codeowners": "Write CODEOWNERS from the owners of each unit.yaml (GitHub and GitLab "
                        "syntax).",
    "tools codeowners --output": "Where to write (default: CODEOWNERS at the repository root).",
    "tools codeowners --check": "Fail (exit 1) when the file is not up to date.",
    "tools docs": "Write the reference pages docs/format.md (every file and field) and "
                  "docs/rules.md (every problem code, finding and rulebook), and their English "
                  "versions in docs/en/, from the schemas, the message catalogs and the "
                  "rulebooks.",
    "tools docs --out": "The folder to write them into (default: docs/ at the repository root).",
    "tools docs --check": "Write nothing; fail (exit 1) when a page is not up to date.",
    "tools review": "Report what a change does to the records, for a reviewer: added, changed and "
                    "deleted records in plain words, and the problems of the changed files only.",
    "tools review --base": "The branch the change goes into.",
    "tools review --head": "The changed version (default: the work tree).",
    "tools review --format": "Report format.",
    "tools review --lang": "Language of the report (also TOOLS_LANG).",
    "tools review --late-days": "Minutes committed more days than this after the meeting get a "
                                "warning.",
    "tools review --today": "Take DATE as today (also TOOLS_TODAY).",
    "tools validate --with-cards": "Show party card numbers in full (by default only their last "
                                   "two digits: CI keeps its outputs).",
    "tools summarize --output": "Write the report to FILE instead of standard output (needed for "
                                "xlsx and docx on a terminal).",
    "tools review --with-cards": "Show party card numbers in full (by default only their last two "
                                 "digits: CI keeps its outputs).",
    "tools print": "Print minutes files as documents in the Party's layout (Hướng dẫn "
                   "36-HD/VPTW): A4, the committees and \"ĐẢNG CỘNG SẢN VIỆT NAM\" at the top, "
                   "the opening facts, the body, the votes and the chair's and clerk's signature "
                   "blocks. Files with errors are not printed.",
    "tools print paths": "FILE...",
    "tools print --format": "docx (Word, to edit and print) or pdf (through LibreOffice).",
    "tools print --out": "The folder to write the papers into.",
    "tools print --lang": "Language of the messages and labels (also TOOLS_LANG).",
    "tools print --today": "Take DATE as today (also TOOLS_TODAY).",
}

# Click's own words, by the English text Click gives them (tools/cli/clicklang.py)
CLICK = {
    "required": "required",
    "Usage:": "Usage:",
    "Options": "Options",
    "Commands": "Commands",
    "Positional arguments": "Positional arguments",
    "Show this message and exit.": "Show this message and exit.",
    "Show the version and exit.": "Show the version and exit.",
    "Error: {message}": "Error: {message}",
    "Try '{command} {option}' for help.": "Try '{command} {option}' for help.",
    "Aborted!": "Aborted!",
    "Missing command.": "Missing command.",
    "No such command {name!r}.": "No such command {name!r}.",
    "No such option {name!r}.": "No such option {name!r}.",
    "Did you mean {possibility}?": "Did you mean {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Did you mean one of: {possibilities}?)",
    "Got unexpected extra argument ({args})": "Got unexpected extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Got unexpected extra arguments ({args})",
    "Invalid value for {param_hint}: {message}": "Invalid value for {param_hint}: {message}",
    "Invalid value: {message}": "Invalid value: {message}",
    "Missing argument": "Missing argument",
    "Missing option": "Missing option",
    "Missing parameter": "Missing parameter",
    "Missing parameter: {param_name}": "Missing parameter: {param_name}",
    "Missing {param_type}": "Missing {param_type}",
    "Option {name!r} does not take a value.": "Option {name!r} does not take a value.",
    "Option {name!r} requires an argument.": "Option {name!r} requires an argument.",
    "Option {name!r} requires {nargs} arguments.": "Option {name!r} requires {nargs} arguments.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} takes {nargs} values.",
    "Takes {nargs} values but 1 was given.": "Takes {nargs} values but 1 was given.",
    "Takes {nargs} values but {len} were given.": "Takes {nargs} values but {len} were given.",
    "Could not open file {filename!r}: {message}": "Could not open file {filename!r}: {message}",
    "unknown error": "unknown error",
    "{value!r} is not {choice}.": "{value!r} is not {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is not one of {choices}.",
    "Choose from:\n\t{choices}": "Choose from:\n\t{choices}",
    "{value} is not in the range {range}.": "{value} is not in the range {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is not a valid {number_type}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} is not a valid "
                                                                     "boolean. Recognized values: "
                                                                     "{states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} does not exist.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is a file.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is a directory.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is not readable.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is not writable.",
    "file": "file",
    "directory": "directory",
    "path": "path",
    "default: {default}": "default: {default}",
    "env var: {var}": "env var: {var}",
    "(dynamic)": "(dynamic)",
    "deprecated": "deprecated",
    "Error: invalid input": "Error: invalid input",
}

# The papers that leave the repository: printed minutes (tools print) and the HTML, XLSX and
# DOCX summaries. A printed document's layout follows Hướng dẫn 36-HD/VPTW.
PAPERS = {
    "party": "COMMUNIST PARTY OF VIETNAM",
    "date": "{day}/{month}/{year}",
    "minutes": "Minutes",
    "title-regular": "Regular cell meeting, month {month} of {year}",
    "title-combined": "Regular cell meeting combined with the thematic meeting, month {month} "
                      "of {year}",
    "title-thematic": "Thematic cell meeting, month {month} of {year}",
    "title-committee": "Cell committee meeting, month {month} of {year}",
    "title-extraordinary": "Extraordinary cell meeting, month {month} of {year}",
    "clock": "{hour}:{minute}",
    "time": "Time: from {start} to {end}, {date}.",
    "place": "Place: {place}.",
    "topic": "Topic: {topic}.",
    "chair": "Chair: comrade {name}[[, {role}]].",
    "secretary": "Clerk: comrade {name}[[, {role}]].",
    "role-secretary": "Cell Secretary",
    "role-deputy_secretary": "Deputy Cell Secretary",
    "role-committee_member": "member of the cell committee",
    "members": "Members of the cell: {total} ({full} full, {probationary} probationary)"
               "[[; {exempt} exempt from party work and meetings]][[; {away} away on temporary "
               "activity elsewhere or suspended]][[; {temporary} from elsewhere, here "
               "temporarily]].",
    "summoned": "Expected at the meeting: {count}.",
    "present": "Present: {count}[[ ({names})]].",
    "excused": "Absent with a reason: {count}[[ ({names})]].",
    "unexcused": "Absent without a reason: {count}[[ ({names})]].",
    "guests": "Guests: {names}.",
    "guest": "comrade {name}[[, {position}]]",
    "speakers": "Spoke in the discussion: {names}.",
    "decisions": "Votes",
    "decision": "{text}[[ (no. {number})]]: {for} for, {against} against, {abstain} abstaining; "
                "{result}.",
    "adopted": "adopted",
    "rejected": "not adopted",
    "tasks": "Assignments",
    "task": "Comrade {name}: {task}[[ (due {due})]].",
    "minutes-adopted": "The minutes were read out at the meeting and adopted.",
    "minutes-not-adopted": "The minutes were not adopted before the meeting closed.",
    "quality": "The cell's own assessment of the meeting: {quality}.",
    "quality-good": "good",
    "quality-fair": "fair",
    "quality-average": "average",
    "quality-poor": "poor",
    "correction": "Correction of {date}: {reason}.",
    "chair-sign": "Chair",
    "secretary-sign": "Clerk",
    "sign-note": "(Signature and full name)",
    # tools print
    "no-such-file": "There is no file {path}: check the file and folder name.",
    "not-minutes": "{path} is not a minutes file under records/ "
                   "(<cell>/minutes/<year>/<date>-<kind>.md), so it cannot be printed.",
    "refused": "Not printed: {path} has the errors above. Fix them and print again.",
    "no-papers": "The libraries that write Word and Excel files (python-docx, openpyxl) are not "
                 "installed. Install them with: pip install python-docx openpyxl",
    "no-soffice": "LibreOffice (the soffice command) was not found, so no PDF can be made. On "
                  "Debian/Ubuntu an administrator installs it with: sudo apt-get install "
                  "libreoffice-writer-nogui fonts-liberation2. Or print to Word: --format docx.",
    "no-font": "The Liberation Serif font (for Times New Roman) was not found, so the PDF "
               "would not have the Party's layout. On Debian/Ubuntu install it with: sudo "
               "apt-get install fonts-liberation2.",
    "pdf-failed": "LibreOffice could not convert {path} to PDF: {reason}",
    "binary-terminal": "The {format} format is a binary file and cannot be shown on the "
                       "screen: add --output FILE, e.g. --output report.{format}",
    # the summary as HTML, XLSX and DOCX
    "report": "Report",
    "report-subject": "Cell meetings from {start} to {end}",
    "prepared-by": "Prepared by",
    "recipients": "To:",
    "recipients-file": "- Office file.",
    "headline": "Headline figures",
    "heatmap": "Regular meetings by month",
    "heatmap-note": "Each square is one cell in one month; hover over it for the details. The "
                    "letter in it: T = regular meeting, K = regular meeting combined with the "
                    "thematic one, ✗ = no regular meeting, blank = the cell did not exist yet or "
                    "was dissolved.",
    "quarters": "Thematic meetings by quarter",
    "attendance-bars": "Attendance by cell (target {target}%)",
    "target": "Target",
    "state-regular": "Regular meeting held",
    "state-combined": "Regular meeting combined with the thematic one",
    "state-missing": "No regular meeting",
    "state-absent": "Cell not yet established or dissolved",
    "quarter-held": "Thematic meeting held",
    "quarter-missing": "No thematic meeting",
    "mark-regular": "T",
    "mark-combined": "K",
    "mark-missing": "✗",
    "mark-held": "✓",
    "parent": "Under",
    "path": "Folder",
    "file": "File",
    "files": "Files it rests on",
    "month": "Month",
    "quarter": "Quarter",
    "status": "Status",
    "months-held": "Months with a meeting",
    "months-required": "Months required",
    "quarters-held": "Quarters with a thematic meeting",
    "quarters-required": "Quarters required",
    "committee-months-required": "Months a cell committee must meet",
    "detail": "Error codes, or figures left out",
    "attendance-pct": "Attendance",
    "expected": "Expected attendances",
    "present-count": "Attendances",
    "headline-cells": "Cells",
    "headline-members": "Members",
    "headline-regular": "Months with a regular meeting",
    "headline-thematic": "Quarters with a thematic meeting",
    "headline-attendance": "Attendance",
    "headline-findings": "Findings",
    "headline-committee": "Months with a cell committee meeting",
    "headline-errors": "Files with errors",
    "sheet-headline": "Overview",
    "sheet-committees": "Committees",
    "sheet-cells": "Cells",
    "sheet-months": "By month",
    "sheet-quarters": "By quarter",
    "sheet-members": "Members to consider",
    "sheet-findings": "Findings",
    "sheet-quality": "Data quality",
    "sheet-structure": "Structure",
    "sheet-meetings": "Meetings",
    "sheet-attendance": "Attendance",
    "sheet-visits": "Visits",
    "sheet-decisions": "Decisions",
    "sheet-ratings": "Ratings",
    "legend": "Legend",
    "generated": "Made with tools summarize from the data in records/",
}

# The reference pages (tools docs): their words
DOCS = {
    "generated": "> This page is written by `./dev tools docs` (`tools docs` once the toolkit is "
                 "installed) from the toolkit's JSON Schemas, message catalogs and rulebooks: do "
                 "not edit it by hand. CI runs `tools docs --check` so that it never drifts from "
                 "the toolkit.",
    "format-title": "The records' format: files and fields",
    "format-intro": "Each field gives: its name (written exactly as below), in brackets the "
                    "Vietnamese label the messages use, what it means, its type, the values it "
                    "may take, whether it is required, and an example (from the sample records "
                    "in `records/` where one holds it). A field inside another is written with a "
                    "dot; `[]` is an item of a list; `<id>` is an id (of a member, of a part of "
                    "a meeting), `<level>` a level, `<YYYY>` a year. No other field is allowed. "
                    "What each problem code means is on the page "
                    "[Problem codes, findings and rulebooks](rules.md).",
    "files": "The files",
    "tree": "A records repository is a tree of folders under `records/` that follows the Party's "
            "hierarchy: each folder is a unit (its name is the unit's id: lower-case letters "
            "without accents, digits, hyphens) and holds a `unit.yaml`; a cell's folder also "
            "holds `members.yaml` and may hold `ratings.yaml`, a `dues/` folder and a "
            "`minutes/` folder. Any folder may hold a `README.md` for notes. The rulebooks come "
            "with the toolkit.",
    "file": "File",
    "content": "Content",
    "minutes-names": "Minutes are in the cell's `minutes/<YYYY>/`, named `<YYYY-MM-DD>-<kind>.md`: "
                     "the meeting's date (equal to the `date` field, its year to the year "
                     "folder) and the kind of meeting, one of {kinds} (equal to the `kind` "
                     "field). A second meeting of the same kind on one day adds `-2`, `-3`…, "
                     "e.g. `minutes/2025/2025-03-05-regular-2.md`. The file holds the front "
                     "matter (YAML between two `---` lines at the top) and then the body "
                     "(Markdown, with `#` headings).",
    "file-unit": "In the folder of every unit (committee or cell).",
    "file-members": "In the folder of every cell. A member who leaves keeps their entry, with "
                    "`left` and `left_reason` added.",
    "file-ratings": "In a cell's folder (optional).",
    "file-dues": "In a cell's `dues/` folder, one file a year (optional).",
    "file-minutes": "The front matter at the top of the minutes; the body after it is free text "
                    "under headings (the parts the rulebook advises, see "
                    "[Problem codes, findings and rulebooks](rules.md)).",
    "file-rulebook": "The rulebooks come with the toolkit, one file per document; a records "
                     "repository may add its own. Each rulebook's parameters are in "
                     "[Problem codes, findings and rulebooks](rules.md).",
    "type": "Type",
    "allowed": "Values",
    "required": "Required",
    "example": "Example",
    "yes": "yes",
    "no": "no",
    "or": " or ",
    "list-of": " (each item: {item})",
    "required-with": "yes, with {fields}",
    "required-when": "yes, when {conditions}",
    "pattern": "matching `{pattern}`",
    "range": "from {low} to {high}",
    "at-least": "{low} or more",
    "not-empty": "not empty",
    "min-items": "at least {count} items",
    "each-item": "each item: {what}",
    "each-key": "each key: {what}",
    "each-value": "each value: {what}",
    "format-month": "a month YEAR-MONTH, e.g. 2025-03",
    "rules-title": "Problem codes, findings of a summary, and rulebooks",
    "rules-intro": "Every message has a fixed code that does not change with the language or the "
                   "wording. The messages below are examples, with sample names and figures; "
                   "in a real check they name the record's file, line and values. How each "
                   "field is written is on the page [Record format](format.md).",
    "codes": "Problem codes",
    "codes-intro": "An *error* blocks the commit and makes `tools validate` exit 1; a *warning* "
                   "does not (unless `--strict`), but should be read and looked into.",
    "code": "Code",
    "severity": "Severity",
    "severity-error": "blocks the commit",
    "severity-warning": "does not block the commit",
    "when": "When",
    "message": "Message (example)",
    "fix": "Fix",
    "fixable": "`tools fix` mends it.",
    "history": "Only when compared with the records committed before (the commit hook, CI and "
               "`tools review`).",
    "source": "Source",
    "findings": "Findings of a summary",
    "findings-intro": "`tools summarize` lists these findings in its Findings section, each with "
                      "the files it rests on. A finding is not a fault in a file: it is something "
                      "the cell or its committee should look into.",
    "rulebooks": "Rulebooks",
    "rulebooks-intro": "Each meeting is judged by the rulebook in force on its date; a committee "
                       "may set its own rules for the units below it (`local_rules` in "
                       "`unit.yaml`). Each parameter names the document behind it.",
    "document": "Document",
    "in-force": "In force",
    "in-force-open": "today",
    "parameter": "Parameter",
    "label": "Label",
    "value": "Value",
    "sources": "The documents behind them",
}

# When each problem code is given and each finding made (docs/rules.md)
WHEN = {
    "parse.encoding": "The file is not saved as UTF-8.",
    "parse.unreadable": "The file cannot be read (no permission, deleted meanwhile).",
    "parse.bom": "A hidden byte-order mark at the start of the file.",
    "parse.not-nfc": "Vietnamese letters in decomposed form (often from a Mac).",
    "parse.no-front-matter": "No front matter between two `---` lines.",
    "parse.yaml": "A syntax error in the front matter.",
    "parse.duplicate-key": "A field written twice.",
    "parse.alias": "The special YAML signs `&`, `*`, `!` are used.",
    "parse.too-large": "The file is over 1 MB.",
    "parse.not-mapping": "The front matter is not `name: value` lines.",
    "schema.required": "A required field is missing.",
    "schema.type": "A value of the wrong type (text, number, true/false, list…).",
    "schema.enum": "A value not in the list of allowed values.",
    "schema.format": "A date, time, id or card number in the wrong form.",
    "schema.unknown-field": "An unknown field name (usually a typo).",
    "schema.invalid": "A value that breaks another condition (empty, negative…).",
    "layout.file-name": "A file in `minutes/` with a wrong name or type (`.docx`, `.md.txt`, "
                        "`.MD`).",
    "layout.date-mismatch": "The file name, the year folder and the front matter disagree.",
    "layout.no-unit": "A folder without `unit.yaml`.",
    "layout.minutes-outside-cell": "Minutes or a roster outside a cell's folder.",
    "layout.cell-has-children": "A cell's folder holds another unit.",
    "layout.unexpected-file": "A file the toolkit does not know in the records.",
    "layout.symlink": "A symbolic link instead of a real file.",
    "unit.secretary-not-member": "The secretary is not in the roster.",
    "unit.too-few-members": "A cell with fewer than {min_full_members} full members.",
    "unit.committee-expected": "A cell with {committee_full_members} or more full members and no "
                               "cell committee.",
    "unit.committee-not-member": "A committee member or deputy secretary not in the roster.",
    "roster.duplicate-id": "Two members with the same id.",
    "roster.duplicate-card": "One party card active in two cells at the same time.",
    "roster.dates": "A member's dates in the wrong order.",
    "roster.probation-overdue": "Over {probation_months} months of probation without a full "
                                "membership date.",
    "minutes.unknown-member": "An id not in the roster.",
    "minutes.not-in-cell": "A member who had not joined, or had left, the cell on the day.",
    "minutes.attendance-missing": "Someone missing from the attendance.",
    "minutes.attendance-duplicate": "Someone written twice in the attendance.",
    "minutes.chair-not-present": "The chair is not present.",
    "minutes.secretary-not-present": "The clerk is not present.",
    "minutes.speaker-not-present": "A speaker is not present.",
    "minutes.time-order": "The end time is not after the start time.",
    "minutes.too-short": "The meeting is shorter than the minimum.",
    "minutes.future-date": "The meeting date is after today.",
    "minutes.votes-exceed": "More votes than full members present.",
    "minutes.decision-not-passed": "Marked adopted without more than half in favour.",
    "minutes.topic-missing": "A thematic meeting without its topic.",
    "minutes.missing-section": "A part of the meeting not found (advice).",
    "minutes.section-order": "The parts in an unusual order (advice).",
    "minutes.duplicate": "Two minutes with the same date, kind and start time.",
    "minutes.unexcused-absence": "A member absent without reason.",
    "minutes.not-adopted": "The minutes are not marked as adopted.",
    "minutes.copy-of-previous": "The body is nearly the same as the previous minutes'.",
    "minutes.exempt-unexcused": "An exempt member recorded as absent without reason.",
    "minutes.rulebook-not-in-force": "`rulebook:` names a rulebook not in force on the day.",
    "minutes.temporary-voter": "The votes add up only with members here on temporary activity.",
    "unit.probationary-officer": "A secretary, deputy or committee member on probation.",
    "unit.temporary-officer": "A secretary, deputy or committee member here on temporary "
                              "activity.",
    "unit.committee-too-small": "A cell committee in a cell with fewer than "
                                "{committee_full_members} full members.",
    "unit.partial-outside-grassroots": "A partial committee not inside a grassroots committee.",
    "roster.probation-too-short": "A full membership date less than {probation_months} months "
                                  "after admission.",
    "parse.conflict-marker": "Merge conflict markers `<<<<<<<`, `>>>>>>>` left in the file.",
    "layout.case-conflict": "Two names that differ only in case.",
    "layout.too-large": "A file (picture, scan…) over 1 MB in the repository.",
    "roster.member-removed": "A member deleted from the roster, or their id changed.",
    "record.deleted": "A committed record deleted.",
    "record.changed-without-correction": "Committed minutes changed without a new correction.",
    "review.late": "Minutes submitted more than 30 days after the meeting.",
    # findings of a summary
    "cadence.missing-regular": "A month of the cell's existence without regular meeting "
                               "minutes (a regular meeting combined with a thematic one "
                               "counts).",
    "cadence.missing-thematic": "A quarter of the cell's existence without a thematic meeting "
                                "(a regular meeting with combined: true counts).",
    "cadence.missing-committee": "A cell with a committee and a month without committee "
                                 "meeting minutes.",
    "members.removal-review": "A member absent without reason from regular meetings, or "
                              "without paying dues without reason, in the rulebook's number of "
                              "months of a year or more (across every cell they were in).",
    "members.excused-streak": "A member absent with reason at more meetings in a row than the "
                              "rulebook's number.",
    "members.thematic-absence": "A member absent without reason from thematic meetings (listed, "
                                "not counted toward removal).",
    "members.dues-unpaid": "The dues file records a member's dues unpaid without reason in the "
                           "rulebook's number of months of a year or more.",
    "attendance.below-target": "A cell's attendance over the period not above the rulebook's "
                               "target.",
    "attendance.meeting-below-target": "A meeting's attendance not above the rulebook's target.",
    "visits.below-quota": "Members of a committee level visited the cell fewer times than the "
                          "quota (the committee's local_rules, else the rulebook's).",
    "cells.no-committee": "A cell with the rulebook's number of full members or more whose "
                          "unit.yaml records no cell committee.",
}

# The schemas' labels and descriptions in English, by kind and field path (docs/en/format.md);
# the Vietnamese ones are the schemas' own `title` and `description`
SCHEMA = {
    "unit:": ("Party unit (unit.yaml)",
              "A party committee or cell. The folder's name is the unit's id."),
    "members:": ("Roster (members.yaml)",
                 "The cell's members, with when they joined and left, their exemptions and the "
                 "times they were away from the cell's meetings."),
    "ratings:": ("Yearly quality ratings (ratings.yaml)", "One line a year: YEAR: rating."),
    "dues:": ("Unpaid party dues (dues/YEAR.yaml)",
              "The months of a year in which members did not pay their dues; only those are "
              "written. A month with a reason has a valid reason."),
    "minutes:": ("Minutes (front matter)",
                 "The facts at the top of each minutes file, between two --- lines."),
    "rulebook:": ("Rulebook", "Parameters taken from the Party's documents; minutes are checked "
                              "by the rulebook in force on the meeting's date."),
    "unit:name": ("Name", "The official name, with accents, e.g. Chi bộ làng Sơ Lam."),
    "unit:kind": ("Kind of unit", "committee: a party committee (with units below it); cell: a "
                                  "party cell (which meets and has members)."),
    "unit:level": ("Level", "Committees only: central, province, district, commune, grassroots "
                            "or partial (a partial committee, under a grassroots committee)."),
    "unit:type": ("Type of cell", "Cells only: village, residential (a town quarter), agency, "
                                  "public-service, state-enterprise, private-enterprise, "
                                  "education, armed-forces, other."),
    "unit:established": ("Established", "The date the unit was founded, YEAR-MONTH-DAY."),
    "unit:dissolved": ("Dissolved", "The date the unit ended (merged, dissolved). Its records "
                                    "are kept."),
    "unit:predecessors": ("Predecessors", "The ids of the units this one replaces."),
    "unit:has_committee": ("Has a cell committee",
                           "true if the cell elected a cell committee; false if not."),
    "unit:secretary": ("Secretary", "The secretary's id in the roster (members.yaml)."),
    "unit:deputy_secretary": ("Deputy secretary", "The deputy secretary's id in the roster."),
    "unit:committee_members": ("Committee members", "The ids of the cell committee's members "
                                                    "(the secretary included) in the roster."),
    "unit:secretary_is_village_head": ("Secretary is the village head",
                                       "Village and residential cells: true if the secretary is "
                                       "also the head of the village or quarter."),
    "unit:local_rules": ("Rules of the party committee",
                         "Rules set by a competent committee for every unit below it; each "
                         "entry names the decision that set it."),
    "unit:local_rules[].source": ("Decision", "Its number, date and issuer, e.g. \"Quyết định "
                                              "15-QĐ/ĐU, 2025-11-20, Đảng ủy xã Krong\"."),
    "unit:local_rules[].effective_from": ("In force from", "The first day the rule applies."),
    "unit:local_rules[].effective_to": ("In force until",
                                        "The last day the rule applies; null if open-ended."),
    "unit:local_rules[].min_duration_small_cell": (
        "Meeting length of small cells",
        "A cell with at most max_full_members full members meets for at least minutes minutes "
        "(Hướng dẫn 42-HD/BTCTW lets a competent committee set this)."),
    "unit:local_rules[].min_duration_small_cell.max_full_members": (
        "Most full members", "The rule applies to cells with at most this many full members."),
    "unit:local_rules[].min_duration_small_cell.minutes": (
        "Fewest minutes", "The shortest meeting, in minutes."),
    "unit:local_rules[].visit_quota": (
        "Visits by superior committee members",
        "The fewest visits a year to each cell's meetings by committee members of each level, "
        "e.g. {province: 2, commune: 6}."),
    "unit:owners": ("Folder owners", "The git server accounts that may change this folder, e.g. "
                                     "\"@van-thu-chi-bo\"."),
    "members:members": ("Members", "One entry per member, each starting with a dash."),
    "members:members[].id": ("Member id", "Unique in the cell: the name in lower case without "
                                          "accents, joined by hyphens, e.g. dinh-van-hung."),
    "members:members[].name": ("Name", "The full name, with accents."),
    "members:members[].card": ("Party card number",
                               "The party card number, in quotes, e.g. \"52012345\"."),
    "members:members[].admitted": ("Admitted", "The day of admission to the Party (the start of "
                                               "probation)."),
    "members:members[].full_since": ("Full member since", "The day full membership was "
                                                          "granted. Empty while on probation."),
    "members:members[].joined": ("Joined the cell", "The day the member began to meet in this "
                                                    "cell (admitted or transferred in)."),
    "members:members[].left": ("Left the cell",
                               "The day the member stopped meeting in this cell."),
    "members:members[].left_reason": ("Reason for leaving", "transfer; deceased; removed "
                                                            "(name struck off); expelled; other."),
    "members:members[].temporary": (
        "Here on temporary activity",
        "true for a member of another unit meeting here temporarily: called to meetings and "
        "counted in attendance, but not in the cell's membership, and not voting."),
    "members:members[].away": (
        "Away from this cell's meetings",
        "The periods the member did not meet in this cell: on temporary activity elsewhere or "
        "suspended. Then they are not expected at meetings nor counted for votes."),
    "members:members[].away[].from": ("Away from", "The first day away."),
    "members:members[].away[].to": ("Away until", "The last day; null if open-ended."),
    "members:members[].away[].kind": ("Kind", "temporary: temporary activity elsewhere; "
                                              "suspended: suspended from party activity."),
    "members:members[].away[].note": ("Note", "E.g. At the advanced political theory course "
                                              "in Hà Nội."),
    "members:members[].exempt": ("Exempt from party work",
                                 "The periods of exemption from party work and meetings."),
    "members:members[].exempt[].from": ("Exempt from", "The first day of the exemption."),
    "members:members[].exempt[].to": ("Exempt until", "The last day; null if open-ended."),
    "members:members[].exempt[].reason": ("Reason", "E.g. Old age, poor health."),
    "ratings:<YYYY>": ("Rating", "excellent: tasks completed excellently; good: completed well; "
                                 "complete: completed; incomplete: not completed."),
    "dues:unpaid": ("Unpaid dues", "One line per member: the member's id, then the list of "
                                   "unpaid months."),
    "dues:unpaid.<id>": ("Unpaid months", "One item per month: {month: 2025-03}, with a reason "
                                          "if there is a valid one."),
    "dues:unpaid.<id>[].month": ("Month", "The unpaid month, YEAR-MONTH, e.g. 2025-03."),
    "dues:unpaid.<id>[].reason": ("Reason", "The valid reason, if any, e.g. In hospital."),
    "minutes:kind": ("Kind of meeting", "regular: regular meeting; thematic: thematic meeting; "
                                        "committee: cell committee meeting; extraordinary: "
                                        "extraordinary meeting."),
    "minutes:date": ("Date", "The meeting's date, YEAR-MONTH-DAY; equal to the date in the file "
                             "name."),
    "minutes:start": ("Start", "The start time, \"HH:MM\", e.g. \"07:30\"."),
    "minutes:end": ("End", "The end time, \"HH:MM\", e.g. \"09:45\"."),
    "minutes:place": ("Place", "Where the meeting was held, e.g. Nhà văn hóa làng Sơ Lam."),
    "minutes:chair": ("Chair", "The chair's id in the roster; must be present."),
    "minutes:secretary": ("Clerk", "The id of the meeting's clerk; must be present."),
    "minutes:present": ("Present", "The ids of the members present."),
    "minutes:absent_excused": ("Absent with reason",
                               "One line each: member id: reason for the absence."),
    "minutes:absent_excused.<id>": ("Reason for absence", "Why the member was absent."),
    "minutes:absent_unexcused": ("Absent without reason",
                                 "The ids of the members absent without reason."),
    "minutes:guests": ("Guests", "Delegates of superior committees and other guests."),
    "minutes:guests[].name": ("Guest's name", "The guest's full name."),
    "minutes:guests[].position": ("Position", "The guest's position, e.g. Bí thư Tỉnh ủy."),
    "minutes:guests[].level": ("Guest's level", "The guest's committee level: central, "
                                                "province, district, commune, grassroots."),
    "minutes:topic": ("Topic", "The thematic meeting's topic; required for thematic meetings."),
    "minutes:combined": ("Combined with a thematic meeting",
                         "true if this regular meeting also held the thematic meeting."),
    "minutes:speakers": ("Speakers", "The ids of the members who spoke; must be present."),
    "minutes:tasks": ("Tasks", "Tasks given to members for the coming month."),
    "minutes:tasks[].member": ("Member tasked", "The id of the member given the task."),
    "minutes:tasks[].task": ("Task", "What the task is."),
    "minutes:tasks[].due": ("Due", "The day it is due."),
    "minutes:decisions": ("Decisions", "What the cell voted on."),
    "minutes:decisions[].text": ("Decision", "What was voted on."),
    "minutes:decisions[].number": ("Document number",
                                   "The resolution's number, in quotes, e.g. \"03-NQ/CB\"."),
    "minutes:decisions[].votes": ("Votes", "The votes for, against and abstaining."),
    "minutes:decisions[].votes.for": ("For", "Members voting for."),
    "minutes:decisions[].votes.against": ("Against", "Members voting against."),
    "minutes:decisions[].votes.abstain": ("Abstain", "Members abstaining."),
    "minutes:decisions[].adopted": ("Adopted", "true if it was adopted."),
    "minutes:minutes_adopted": ("Minutes adopted", "true if the minutes were read out and "
                                                   "adopted before the meeting closed."),
    "minutes:quality": ("Self-assessed quality", "good; fair; average; poor."),
    "minutes:rulebook": ("Rulebook", "The rulebook's id, e.g. hd42-2025; leave it out to choose "
                                     "by the meeting's date."),
    "minutes:corrections": ("Corrections", "Each change made to minutes already approved."),
    "minutes:corrections[].date": ("Correction date", "The day of the change."),
    "minutes:corrections[].reason": ("Reason for correction", "What was changed and why."),
    "rulebook:id": ("Rulebook id", "Equal to the file name, e.g. hd42-2025."),
    "rulebook:document": ("Document", "The main document's number and date, as messages cite "
                                      "it, e.g. Hướng dẫn 12-HD/BTCTW ngày 6-7-2018."),
    "rulebook:title": ("Title", "The document's full title."),
    "rulebook:sources": ("Sources", "The numbers and dates of the documents behind it."),
    "rulebook:sources[].document": ("Document number", "E.g. Hướng dẫn 12-HD/BTCTW."),
    "rulebook:sources[].date": ("Date issued", "The day the document was issued."),
    "rulebook:sources[].point": ("Article, clause, point", "Where in the document, e.g. Điều 24 "
                                                           "khoản 2; điểm 9.3.2."),
    "rulebook:sources[].about": ("What it says", "The article, clause or content used."),
    "rulebook:sources[].parameters": (
        "Parameters it stands behind",
        "The rulebook's parameters (and the rules voting_base, officers, temporary_members) "
        "taken from this document."),
    "rulebook:effective_from": ("In force from", "The first day it applies."),
    "rulebook:effective_to": ("In force until", "The last day it applies; null if in force."),
    "rulebook:regular_per_month": ("Regular meetings a month",
                                   "The fewest regular meetings a month."),
    "rulebook:thematic_per_quarter": ("Thematic meetings a quarter",
                                      "The fewest thematic meetings a quarter."),
    "rulebook:min_minutes": ("Minimum length (minutes)", "The shortest meeting by kind; "
                                                         "combined: regular with thematic."),
    "rulebook:min_minutes.regular": ("Regular", "Minutes."),
    "rulebook:min_minutes.thematic": ("Thematic", "Minutes."),
    "rulebook:min_minutes.combined": ("Combined", "Minutes."),
    "rulebook:min_minutes.committee": ("Committee meeting", "Minutes."),
    "rulebook:min_minutes.extraordinary": ("Extraordinary", "Minutes."),
    "rulebook:attendance_target": ("Attendance target",
                                   "Present over expected, e.g. 0.85."),
    "rulebook:removal_review_months": (
        "Months of unexcused absence before a removal review",
        "Months of a year with an unexcused absence after which the cell must consider "
        "removing the member."),
    "rulebook:excused_streak": ("Excused absences in a row", "More excused absences in a row in "
                                                             "a year are listed for the cell."),
    "rulebook:committee_full_members": ("Full members for a cell committee", "A cell with this "
                                        "many full members or more elects a cell committee."),
    "rulebook:min_full_members": ("Fewest full members", "The fewest full members of a cell."),
    "rulebook:probation_months": ("Probation (months)", "Past this without full membership, a "
                                                        "warning."),
    "rulebook:visit_quota": ("Visits by superior committees", "Visits a year by committee "
                             "members to each cell, by level; null if not set."),
    "rulebook:parts": ("Parts of a meeting", "By kind of meeting, the parts it usually has, in "
                       "order; advice only (minutes.missing-section is a warning): no Party "
                       "document prescribes the headings of minutes."),
    "rulebook:parts.regular": ("Regular", "The parts' ids, e.g. [opening, content, closing]."),
    "rulebook:parts.thematic": ("Thematic", "The parts' ids."),
    "rulebook:parts.committee": ("Committee meeting", "The parts' ids."),
    "rulebook:parts.extraordinary": ("Extraordinary", "The parts' ids."),
    "rulebook:document_titles": ("Words opening the document's title", "A heading starting "
                                 "with these words (e.g. Biên bản) is the document's title, not "
                                 "a part of the meeting."),
    "rulebook:part_headings": ("How each part is found", "Each part: its suggested heading and "
                               "keywords; a heading (of any level) holding a keyword is that "
                               "part."),
    "rulebook:part_headings.<id>.title": ("Heading", "The heading tools new writes and messages "
                                                     "name, e.g. Nội dung."),
    "rulebook:part_headings.<id>.keywords": (
        "Keywords", "A heading holding one of these words (ignoring case, numbering and the "
                    "word Phần) is this part."),
    "rulebook:part_headings.<id>.unheaded": (
        "Counts the unheaded text", "true: the text before the first heading (where real "
                                    "minutes give the time, place and who came) is this part "
                                    "too."),
}
