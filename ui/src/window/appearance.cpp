#include <crisis/ui/window/appearance.h>

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>
#include <QWidget>

namespace crisis::ui {

namespace {

Theme s_applied = Theme::Light;

} // namespace

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return QStringLiteral("system");
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<ThemeChoice> themeChoiceFromKey(QStringView key)
{
    for (const ThemeChoice choice : { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark }) {
        if (key.compare(themeChoiceKey(choice), Qt::CaseInsensitive) == 0)
            return choice;
    }
    return std::nullopt;
}

Theme desktopTheme()
{
    // Said outright (tests; a desktop without the portal): CRISIS_DESKTOP_COLOR_SCHEME=dark or light.
    if (const QByteArray said = qgetenv("CRISIS_DESKTOP_COLOR_SCHEME"); !said.isEmpty())
        return said == "dark" || said == "prefer-dark" ? Theme::Dark : Theme::Light;
    // No session bus named: no desktop to ask (and no bus started just to ask it).
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return Theme::Light;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Theme::Light;
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"), QStringLiteral("org.freedesktop.portal.Settings"),
        QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    const QDBusMessage reply = bus.call(call, QDBus::Block, 250);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return Theme::Light;
    // Read returns the value wrapped in a variant, which some portals wrap once more.
    QVariant value = reply.arguments().constFirst();
    for (int unwrap = 0; unwrap < 3 && value.canConvert<QDBusVariant>(); ++unwrap)
        value = value.value<QDBusVariant>().variant();
    // 0: no preference, 1: prefer dark, 2: prefer light.
    return value.toUInt() == 1 ? Theme::Dark : Theme::Light;
}

Theme resolveTheme(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return Theme::Light;
    case ThemeChoice::Dark:
        return Theme::Dark;
    case ThemeChoice::System:
        return desktopTheme();
    }
    return Theme::Light;
}

void applyApplicationTheme(Theme theme)
{
    s_applied = theme;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return;
    // A style asked for with -style (or QT_STYLE_OVERRIDE) is the user's: kept, with the theme's palette.
    const bool styleChosen = app->property("crisisStyleChosen").toBool();
    if (!styleChosen && QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(themePalette(theme));
    QToolTip::setPalette(themePalette(theme)); // a platform theme may have set the tooltips' own
    // A widget with a style sheet of its own keeps the palette it was polished with: polished again, it takes the
    // new one (the records table and the source panel carry a focus frame's style sheet).
    const QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    }
}

Theme applicationTheme()
{
    return s_applied;
}

} // namespace crisis::ui
