#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/model/source.h>
#include <crisis/core/model/vocabulary.h>

#include <QString>

namespace crisis::ui {

/// The words the interface uses for core's vocabulary.
QString statusLabel(core::FigureStatus status);
QString categoryLabel(core::EventCategory category);
/// "occurred", "expected", "proposed".
QString eventStatusLabel(core::EventStatus status);
/// What the status means, for a tooltip or a slide: "Expected: announced as due, not reported as done."; empty
/// for an event that occurred.
QString eventStatusNote(core::EventStatus status);
/// What a figure measures, in words: "Homicides: women", or for a share, "Displaced people: children (share)".
QString figureMetricLabel(const core::Workspace& workspace, qsizetype row);
/// Outlet, author, date (with "inferred" and its reason) and document, as rich text for a tooltip.
QString sourceToolTip(const core::Source& source);
/// Text from data as a tooltip that shows it as it is: escaped into rich text (a tooltip's plain text would be
/// read as HTML when it looks like some, "<b>" and all), line breaks kept, and cut after a few thousand characters
/// so that a 100 KB quote does not become a tooltip larger than the screen.
QString plainToolTip(const QString& text);
/// Text from data as rich text's plain content: escaped, control characters but tab and line breaks dropped,
/// and cut after maxLength characters with an ellipsis.
QString escapedForRichText(const QString& text, qsizetype maxLength = 4000);

} // namespace crisis::ui
