#include <crisis/ui/charts/theme.h>

#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>
#include <memory>

namespace crisis::ui {

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

QColor over(const QColor& color, const QColor& under)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(static_cast<float>(color.redF() * a + under.redF() * (1 - a)),
        static_cast<float>(color.greenF() * a + under.greenF() * (1 - a)),
        static_cast<float>(color.blueF() * a + under.blueF() * (1 - a)));
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("light");
}

std::optional<Theme> themeFromKey(QStringView key)
{
    for (const Theme theme : { Theme::Light, Theme::Dark, Theme::HighContrast }) {
        if (key.compare(themeKey(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

double contrastRatio(const QColor& foreground, const QColor& background, const QColor& under)
{
    const QColor back = over(background, under);
    const double a = luminance(over(foreground, back));
    const double b = luminance(back);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ChartStyle::seriesColor(int index) const
{
    return series.at(static_cast<size_t>(std::max(index, 0)) % series.size());
}

QColor ChartStyle::categoryColor(core::EventCategory category) const
{
    return seriesColor(static_cast<int>(category));
}

QColor ChartStyle::textIn(const QColor& color) const
{
    const QColor opaque = over(color, page);
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mix(opaque, text, step / 10.0);
        if (contrastRatio(candidate, labelBackground, page) >= 4.6 && contrastRatio(candidate, page, page) >= 4.6)
            return candidate;
    }
    return text;
}

QColor ChartStyle::textOn(const QColor& fill)
{
    const QColor white(255, 255, 255);
    const QColor dark(20, 20, 20);
    return contrastRatio(white, fill) >= contrastRatio(dark, fill) ? white : dark;
}

ChartStyle ChartStyle::of(Theme theme)
{
    ChartStyle s;
    s.theme = theme;
    switch (theme) {
    case Theme::Light:
        s.page = Qt::white;
        s.text = QColor(25, 25, 25);
        s.quietText = QColor(70, 70, 70);
        s.grid = QColor(226, 226, 226);
        s.axisLine = QColor(150, 150, 150);
        s.band = QColor(120, 120, 120);
        s.bandLine = QColor(90, 90, 90);
        s.labelBackground = QColor(255, 255, 255, 230);
        s.conflict = QColor(190, 25, 25);
        s.computed = QColor(150, 55, 0);
        s.hatch = QColor(90, 90, 90);
        s.cursor = QColor(200, 30, 30);
        s.selection = QColor(20, 20, 20);
        s.laneShade = QColor(0, 0, 0, 18);
        s.series = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x55, 0x55, 0x55) };
        break;
    case Theme::Dark:
        s.page = QColor(30, 32, 36);
        s.text = QColor(236, 236, 236);
        s.quietText = QColor(192, 194, 198);
        s.grid = QColor(62, 65, 70);
        s.axisLine = QColor(125, 128, 134);
        s.band = QColor(210, 210, 215);
        s.bandLine = QColor(150, 152, 158);
        s.labelBackground = QColor(30, 32, 36, 230);
        s.conflict = QColor(255, 110, 100);
        s.computed = QColor(255, 170, 90);
        s.hatch = QColor(200, 200, 205);
        s.cursor = QColor(255, 92, 80);
        s.selection = QColor(245, 245, 245);
        s.laneShade = QColor(255, 255, 255, 14);
        s.series = { QColor(0x4C, 0xA8, 0xE8), QColor(0xF0, 0x86, 0x3C), QColor(0x2E, 0xC4, 0x96),
            QColor(0xE3, 0x9C, 0xC6), QColor(0xF0, 0xC0, 0x30), QColor(0x9A, 0xD4, 0xF5), QColor(0xA8, 0xA8, 0xA8) };
        break;
    case Theme::HighContrast:
        s.page = Qt::white;
        s.text = Qt::black;
        s.quietText = QColor(25, 25, 25);
        s.grid = QColor(165, 165, 165);
        s.axisLine = Qt::black;
        s.band = QColor(80, 80, 80);
        s.bandLine = QColor(30, 30, 30);
        s.labelBackground = QColor(255, 255, 255, 245);
        s.conflict = QColor(170, 0, 0);
        s.computed = QColor(120, 40, 0);
        s.hatch = QColor(30, 30, 30);
        s.cursor = QColor(190, 0, 0);
        s.selection = Qt::black;
        s.laneShade = QColor(0, 0, 0, 24);
        s.lineScale = 1.5;
        s.series = { QColor(0x00, 0x5A, 0x9C), QColor(0xB0, 0x48, 0x00), QColor(0x00, 0x7A, 0x58),
            QColor(0xA8, 0x3E, 0x80), QColor(0x9A, 0x6A, 0x00), QColor(0x1F, 0x7F, 0xB8), QColor(0x33, 0x33, 0x33) };
        break;
    }
    return s;
}

QPalette themePalette(Theme theme)
{
    if (theme == Theme::Light) {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p = fusion ? fusion->standardPalette() : QPalette();
        // Fusion's placeholder text is about 2.8:1 on white; a hint that cannot be read is no hint.
        p.setColor(QPalette::PlaceholderText, QColor(112, 112, 112));
        // And white on its selection blue is 3.7:1: a deeper blue reads at 5.5:1.
        p.setColor(QPalette::Active, QPalette::Highlight, QColor(30, 108, 172));
        p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(30, 108, 172));
        return p;
    }
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor& active, const QColor& disabled) {
        p.setColor(QPalette::All, role, active);
        p.setColor(QPalette::Disabled, role, disabled);
    };
    if (theme == Theme::Dark) {
        const QColor text(232, 232, 232);
        const QColor off(128, 130, 135);
        set(QPalette::Window, QColor(37, 39, 43), QColor(37, 39, 43));
        set(QPalette::WindowText, text, off);
        set(QPalette::Base, QColor(30, 32, 36), QColor(37, 39, 43));
        set(QPalette::AlternateBase, QColor(42, 44, 49), QColor(42, 44, 49));
        set(QPalette::ToolTipBase, QColor(52, 54, 59), QColor(52, 54, 59));
        set(QPalette::ToolTipText, text, text);
        set(QPalette::PlaceholderText, QColor(165, 167, 172), off);
        set(QPalette::Text, text, off);
        set(QPalette::Button, QColor(48, 50, 55), QColor(42, 44, 49));
        set(QPalette::ButtonText, text, off);
        set(QPalette::BrightText, QColor(255, 110, 100), QColor(255, 110, 100));
        set(QPalette::Light, QColor(72, 75, 80), QColor(72, 75, 80));
        set(QPalette::Midlight, QColor(58, 60, 65), QColor(58, 60, 65));
        set(QPalette::Mid, QColor(96, 99, 105), QColor(96, 99, 105));
        set(QPalette::Dark, QColor(22, 23, 26), QColor(22, 23, 26));
        set(QPalette::Shadow, QColor(0, 0, 0), QColor(0, 0, 0));
        set(QPalette::Highlight, QColor(44, 98, 170), QColor(70, 72, 78));
        set(QPalette::HighlightedText, Qt::white, off);
        set(QPalette::Link, QColor(122, 182, 255), QColor(122, 182, 255));
        set(QPalette::LinkVisited, QColor(186, 156, 255), QColor(186, 156, 255));
        return p;
    }
    // High contrast: black on white, a strong blue selection.
    const QColor off(95, 95, 95);
    set(QPalette::Window, Qt::white, Qt::white);
    set(QPalette::WindowText, Qt::black, off);
    set(QPalette::Base, Qt::white, Qt::white);
    set(QPalette::AlternateBase, QColor(238, 238, 238), QColor(238, 238, 238));
    set(QPalette::ToolTipBase, Qt::white, Qt::white);
    set(QPalette::ToolTipText, Qt::black, Qt::black);
    set(QPalette::PlaceholderText, QColor(70, 70, 70), off);
    set(QPalette::Text, Qt::black, off);
    set(QPalette::Button, QColor(240, 240, 240), QColor(240, 240, 240));
    set(QPalette::ButtonText, Qt::black, off);
    set(QPalette::BrightText, QColor(170, 0, 0), QColor(170, 0, 0));
    set(QPalette::Light, Qt::white, Qt::white);
    set(QPalette::Midlight, QColor(220, 220, 220), QColor(220, 220, 220));
    set(QPalette::Mid, QColor(110, 110, 110), QColor(110, 110, 110));
    set(QPalette::Dark, QColor(60, 60, 60), QColor(60, 60, 60));
    set(QPalette::Shadow, Qt::black, Qt::black);
    set(QPalette::Highlight, QColor(0, 0, 150), QColor(110, 110, 110));
    set(QPalette::HighlightedText, Qt::white, Qt::white);
    set(QPalette::Link, QColor(0, 0, 170), QColor(0, 0, 170));
    set(QPalette::LinkVisited, QColor(90, 0, 140), QColor(90, 0, 140));
    return p;
}

QColor quietTextColor(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    for (int step = 3; step >= 0; --step) {
        const QColor quiet = mix(text, back, step / 10.0);
        if (contrastRatio(quiet, back) >= 4.6)
            return quiet;
    }
    return text;
}

QColor errorTextColor(const QPalette& palette)
{
    const QColor back = palette.color(QPalette::Window);
    return luminance(back) < 0.2 ? QColor(255, 125, 115) : QColor(0xb0, 0x00, 0x20);
}

QColor conflictTextColor(const QPalette& palette, QPalette::ColorRole background)
{
    const QColor back = palette.color(background);
    return luminance(back) < 0.2 ? QColor(255, 120, 110) : QColor(0xc8, 0x1e, 0x1e);
}

} // namespace crisis::ui
