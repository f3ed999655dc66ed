#pragma once

#include <crisis/core/interchange/importing.h>
#include <crisis/core/support/textdecode.h>

namespace crisis::core {

/// TimelineJS (Knight Lab) timelines: its spreadsheet CSV (Year, Month, Day, Time, End Year, ..., Headline, Text,
/// Media, Media Credit, ..., Type, Group) and its JSON ({"title": ..., "events": [{"start_date": ...,
/// "text": {"headline", "text"}, "group"}]}), read as events and written from ours.
///
/// What we write is a timeline TimelineJS shows as it is: the headline, the summary and each citation as a
/// quote with its outlet in the text, the outlets as the media credit, the category as the group. What
/// TimelineJS has no field for (the id, the exact period, category, actors, place and each citation's source
/// and offset) travels in one more member, "crisis_timeline" (JSON) or column "Crisis Timeline" (CSV), which
/// TimelineJS ignores, so that reading the file back gives the same events. Headlines and dates edited in a
/// spreadsheet win over that column.
///
/// A timeline from elsewhere becomes events that cite the file: the file is a new source, and each event's
/// quote is its headline as it stands in the file. HTML in headlines and text is reduced to plain text; a group
/// that is none of our categories makes the event "other"; times of day, eras and media are left out, with a
/// warning.

/// Whether UTF-8 CSV text has a TimelineJS header (Year and Headline among its columns).
bool isTimelineJsCsv(const QByteArray& utf8);
/// Whether a JSON document is a TimelineJS timeline (an "events" array, no "format" of ours).
bool isTimelineJsJson(const QByteArray& utf8);

ParseResult<ImportedData> readTimelineJsCsv(const DecodedText& text, const ImportContext& context);
ParseResult<ImportedData> readTimelineJsJson(const DecodedText& text, const ImportContext& context);

/// The events of data (with the sources they cite), as TimelineJS JSON and as its spreadsheet CSV.
QByteArray writeTimelineJsJson(const Snapshot& data);
QByteArray writeTimelineJsCsv(const Snapshot& data);

/// HTML reduced to the text a reader sees: tags removed, entities decoded, white space collapsed, paragraphs
/// and line breaks kept as blank lines and line breaks.
QString plainTextFromHtml(QStringView html);
/// Text made safe to put in HTML (&, <, > and " escaped).
QString escapeHtml(QStringView text);

} // namespace crisis::core
