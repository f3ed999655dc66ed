#pragma once

#include <crisis/core/source.h>
#include <crisis/core/vocabulary.h>

#include <QString>

namespace crisis::ui {

/// The words the interface uses for core's vocabulary.
QString statusLabel(core::FigureStatus status);
QString categoryLabel(core::EventCategory category);
/// Outlet, author, date (with "inferred" and its reason) and document, as rich text for a tooltip.
QString sourceToolTip(const core::Source& source);

} // namespace crisis::ui
