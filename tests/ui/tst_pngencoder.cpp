#include "testsupport.h"

#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/charts/pngencoder.h>

#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crisis;

namespace {

/// The image a viewer shows for our PNG: decoded by Qt's own reader (libpng), which checks every chunk's CRC and
/// the zlib stream's checksum.
QImage decoded(const QByteArray& png)
{
    QImage image;
    EXPECT_TRUE(image.loadFromData(png, "PNG")) << "not a PNG Qt's reader opens";
    return image.convertToFormat(QImage::Format_RGB32);
}

/// Differing pixels, compared without alpha: the first few named.
testing::AssertionResult samePixels(const QImage& expected, const QImage& actual)
{
    if (expected.size() != actual.size())
        return testing::AssertionFailure() << "size " << actual.width() << "x" << actual.height() << ", expected "
                                           << expected.width() << "x" << expected.height();
    const QImage opaque = expected.convertToFormat(QImage::Format_RGB32);
    int differing = 0;
    testing::AssertionResult result = testing::AssertionFailure();
    for (int y = 0; y < opaque.height(); ++y)
        for (int x = 0; x < opaque.width(); ++x)
            if (qRgb(qRed(opaque.pixel(x, y)), qGreen(opaque.pixel(x, y)), qBlue(opaque.pixel(x, y)))
                != (actual.pixel(x, y) | 0xff000000u)) {
                if (++differing <= 3)
                    result << "pixel (" << x << "," << y << ") differs; ";
            }
    return differing == 0 ? testing::AssertionSuccess() : (result << differing << " pixels differ");
}

QImage noise(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, 0xff000000u | (random.generate() & 0xffffffu));
    return image;
}

} // namespace

TEST(PngEncoder, EveryPixelComesBackAsDrawn)
{
    // Noise (every row filtered with Sub, nothing to compress), odd sizes (halves of unequal height), and the
    // smallest images (one row: an empty top half).
    for (const QSize size : { QSize(37, 23), QSize(1, 1), QSize(1, 2), QSize(3, 1), QSize(2, 3), QSize(640, 361) }) {
        const QImage image = noise(size.width(), size.height(), quint32(size.width() * 1000 + size.height()));
        EXPECT_TRUE(samePixels(image, decoded(ui::encodePng(image)))) << size.width() << "x" << size.height();
    }
}

TEST(PngEncoder, RepeatedRowsAndRunsOfOneColourComeBackAsDrawn)
{
    // Rows that repeat the row above (filtered with Up), also across the line where the halves meet, and runs
    // broken by single pixels.
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 90; y < 110; ++y)
        for (int x = 0; x < 300; ++x)
            image.setPixel(x, y, (x / 7) % 2 ? qRgb(200, 30, 10) : qRgb(250, 250, 250));
    image.setPixel(150, 99, qRgb(0, 0, 0));
    image.setPixel(299, 100, qRgb(1, 2, 3));
    image.setPixel(0, 0, qRgb(9, 9, 9));
    image.setPixel(299, 199, qRgb(9, 9, 9));
    const QByteArray png = ui::encodePng(image);
    EXPECT_TRUE(samePixels(image, decoded(png)));
    // Runs compress: 180,000 bytes of pixels in a few kilobytes.
    EXPECT_LT(png.size(), 8000);
}

TEST(PngEncoder, TransparencyIsDroppedAndOtherFormatsAreConverted)
{
    QImage translucent(20, 10, QImage::Format_ARGB32);
    translucent.fill(qRgba(10, 120, 230, 40));
    EXPECT_TRUE(samePixels(translucent, decoded(ui::encodePng(translucent))));

    QImage indexed = noise(31, 17, 7).convertToFormat(QImage::Format_RGB888);
    EXPECT_TRUE(samePixels(indexed, decoded(ui::encodePng(indexed))));

    EXPECT_TRUE(ui::encodePng(QImage()).isEmpty());
}

TEST(PngEncoder, TheResolutionIsKept)
{
    QImage image = noise(10, 10, 3);
    image.setDotsPerMeterX(7559); // 192 dpi
    image.setDotsPerMeterY(3780);
    QImage back;
    ASSERT_TRUE(back.loadFromData(ui::encodePng(image), "PNG"));
    EXPECT_EQ(back.dotsPerMeterX(), 7559);
    EXPECT_EQ(back.dotsPerMeterY(), 3780);
}

TEST(PngEncoder, AnExportedChartIsThePageAsDrawn)
{
    ui::ExportContent content;
    content.workspace = test::bundledWorkspace();
    content.chart = core::ChartKind::Casualties;
    ui::ExportOptions options;
    options.format = ui::ExportOptions::Format::Png;
    options.size = QSize(1280, 720);
    options.scale = 2;
    const ui::ChartExporter exporter(content, options);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casualties.png"));
    ASSERT_TRUE(exporter.write(path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QImage page = exporter.toImage();
    ASSERT_EQ(page.size(), QSize(2560, 1440));
    EXPECT_TRUE(samePixels(page, decoded(file.readAll())));
}
