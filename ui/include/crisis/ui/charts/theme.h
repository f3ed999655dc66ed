#pragma once

#include <crisis/core/model/vocabulary.h>

#include <QColor>
#include <QPalette>
#include <QString>

#include <array>
#include <optional>

namespace crisis::ui {

/// How the app and its charts look: light, dark, or high contrast for a projector (the presenter's own setting).
enum class Theme : quint8 { Light, Dark, HighContrast };

/// "light", "dark", "high-contrast": as the command line and the settings file write a theme.
QString themeKey(Theme theme);
std::optional<Theme> themeFromKey(QStringView key);

/// The colours of a chart, the timeline and an exported page in one theme. Every text colour reads at 4.5:1 or
/// more against the page and the labels' background (tests/ui/tst_theme.cpp computes it).
struct ChartStyle
{
    Theme theme = Theme::Light;
    QColor page; ///< behind everything: the page, the chart and its plot
    QColor text; ///< titles, values, the legend
    QColor quietText; ///< subtitles, axes' labels, events' captions, notes, sources
    QColor grid;
    QColor axisLine;
    QColor band; ///< an event's band over the plot (opaque: the caller sets its alpha)
    QColor bandLine; ///< an event's line, a label's leader
    QColor labelBackground; ///< behind labels over the plot (translucent)
    QColor conflict; ///< reports that disagree
    QColor computed; ///< values we computed (the shortfall)
    QColor hatch; ///< the shortfall's hatching
    QColor cursor; ///< the presenter's date
    QColor selection; ///< the ring around the selected mark
    QColor laneShade; ///< every other year on the timeline
    /// Wider lines and rings where the theme is for a projector.
    double lineScale = 1;
    /// Okabe-Ito (told apart with colour vision deficiencies), lightened for a dark page.
    std::array<QColor, 7> series;

    QColor seriesColor(int index) const;
    QColor categoryColor(core::EventCategory category) const;
    /// Text drawn in a series' colour over the labels' background: the colour itself where it reads at 4.5:1, else
    /// moved toward the text colour until it does.
    QColor textIn(const QColor& color) const;
    /// White or near black, whichever reads better on a fill.
    static QColor textOn(const QColor& fill);

    static ChartStyle of(Theme theme);
};

/// The widgets' palette of a theme, for the Fusion style.
QPalette themePalette(Theme theme);

/// Text quieter than the window's (subtitles, hints), still at 4.5:1 or more on its background.
QColor quietTextColor(const QPalette& palette);
/// Red for an error's text, readable on the window's background (light or dark).
QColor errorTextColor(const QPalette& palette);
/// Red for a warning such as "Conflicting reports", readable on a view's base or a tooltip's (light or dark).
QColor conflictTextColor(const QPalette& palette, QPalette::ColorRole background = QPalette::Base);

/// WCAG 2 contrast ratio of two colours (1 to 21), each composited over `under` where translucent.
double contrastRatio(const QColor& foreground, const QColor& background, const QColor& under = Qt::white);

} // namespace crisis::ui
