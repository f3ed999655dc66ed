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

} // namespace crisis::ui
