// crisis-render-icon SVG OUTDIR SIZE...: renders the scalable icon to OUTDIR/SIZExSIZE/apps/NAME.png for each
// size, the hicolor theme's layout, at build time (the PNGs are built from the SVG, never kept in the repository).
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "crisis-render-icon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // Nothing is shown: the offscreen platform lets the tool run on a build machine without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 4)
        return fail(QStringLiteral("usage: crisis-render-icon SVG OUTDIR SIZE..."));

    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid())
        return fail(arguments.at(1) + QStringLiteral(": not a valid SVG"));
    const QString name = QFileInfo(arguments.at(1)).completeBaseName();
    for (const QString& sizeText : arguments.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0 || size > 1024)
            return fail(sizeText + QStringLiteral(": not an icon size"));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString folder = arguments.at(2) + QStringLiteral("/%1x%1/apps").arg(size);
        const QString file = folder + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!QDir().mkpath(folder) || !image.save(file, "PNG"))
            return fail(file + QStringLiteral(": cannot write"));
    }
    return 0;
}
