#pragma once

#include <crisis/ui/charts/theme.h>

#include <optional>

namespace crisis::ui {

/// What the user picked in View → Theme (or --theme): the desktop's preference, or light or dark whatever it is.
enum class ThemeChoice : quint8 { System, Light, Dark };

QString themeChoiceKey(ThemeChoice choice);
std::optional<ThemeChoice> themeChoiceFromKey(QStringView key);

/// The desktop's colour scheme, from the freedesktop portal's org.freedesktop.appearance color-scheme setting over
/// the session bus: dark where it says "prefer dark", light where it says otherwise or cannot be asked (no session
/// bus, no portal, no answer within a quarter of a second). CRISIS_DESKTOP_COLOR_SCHEME=dark|light says it instead.
/// Read when the window opens and when System is chosen.
Theme desktopTheme();

/// The theme a choice comes to on this desktop.
Theme resolveTheme(ThemeChoice choice);

/// Restyles the whole application: the Fusion style (which draws with the palette it is given, unlike the
/// platform styles) unless the user chose a style with -style, and the theme's palette. Windows that draw their
/// own colours (charts, the timeline, the source panel) follow through their change events.
void applyApplicationTheme(Theme theme);

/// The theme last applied to the application (light until one is).
Theme applicationTheme();

} // namespace crisis::ui
