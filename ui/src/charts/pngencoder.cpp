#include <crisis/ui/charts/pngencoder.h>

#include <QImage>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>
#include <zlib.h>

namespace crisis::ui {
namespace {

constexpr int bytesPerPixel = 3;

/// PNG's filter types (section 9.2 of the PNG specification).
enum class Filter : unsigned char { None = 0, Sub = 1, Up = 2 };

/// Writes image rows [first, last) as PNG scanlines (filter byte + filtered RGB bytes) into out.
void filterRows(const QImage& image, int first, int last, QByteArray& out)
{
    const int width = image.width();
    const qsizetype stride = 1 + qsizetype(width) * bytesPerPixel;
    out.resize(stride * (last - first));
    QByteArray previous(stride - 1, '\0');
    QByteArray current(stride - 1, '\0');
    auto* raw = reinterpret_cast<unsigned char*>(current.data());
    if (first > 0) {
        // The row above the first is the previous half's last: Up refers to it in the one stream.
        const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(first - 1));
        auto* above = reinterpret_cast<unsigned char*>(previous.data());
        for (int x = 0; x < width; ++x) {
            above[x * 3] = static_cast<unsigned char>(qRed(pixels[x]));
            above[x * 3 + 1] = static_cast<unsigned char>(qGreen(pixels[x]));
            above[x * 3 + 2] = static_cast<unsigned char>(qBlue(pixels[x]));
        }
    }
    auto* target = reinterpret_cast<unsigned char*>(out.data());
    for (int y = first; y < last; ++y, target += stride) {
        const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            raw[x * 3] = static_cast<unsigned char>(qRed(pixels[x]));
            raw[x * 3 + 1] = static_cast<unsigned char>(qGreen(pixels[x]));
            raw[x * 3 + 2] = static_cast<unsigned char>(qBlue(pixels[x]));
        }
        const bool repeats = (y > 0) && std::memcmp(raw, previous.constData(), size_t(stride - 1)) == 0;
        if (repeats) {
            target[0] = static_cast<unsigned char>(Filter::Up);
            std::memset(target + 1, 0, size_t(stride - 1));
        } else {
            target[0] = static_cast<unsigned char>(Filter::Sub);
            std::copy(raw, raw + bytesPerPixel, target + 1);
            for (qsizetype i = bytesPerPixel; i < stride - 1; ++i)
                target[1 + i] = static_cast<unsigned char>(raw[i] - raw[i - bytesPerPixel]);
        }
        previous.swap(current);
        raw = reinterpret_cast<unsigned char*>(current.data());
    }
}

/// Raw deflate (no zlib header) of one part of the stream: the last part ends the stream, the others end on a
/// byte boundary (a sync flush) so the next part's data can follow. Returns false if zlib fails.
bool deflatePart(const QByteArray& input, bool last, QByteArray& out)
{
    z_stream stream {};
    if (deflateInit2(&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out.resize(qsizetype(deflateBound(&stream, uLong(input.size()))) + 16);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool done = last ? result == Z_STREAM_END : (result == Z_OK && stream.avail_in == 0);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return done;
}

void appendChunk(QByteArray& png, const char type[4], const QByteArray& data)
{
    std::array<uchar, 4> word {};
    qToBigEndian(quint32(data.size()), word.data());
    png.append(reinterpret_cast<const char*>(word.data()), 4);
    const qsizetype start = png.size();
    png.append(type, 4);
    png.append(data);
    const uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(png.constData() + start), uInt(png.size() - start));
    qToBigEndian(quint32(crc), word.data());
    png.append(reinterpret_cast<const char*>(word.data()), 4);
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

QByteArray encodePng(const QImage& source)
{
    if (source.isNull())
        return {};
    const QImage image = (source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32)
        ? source
        : source.convertToFormat(QImage::Format_RGB32);

    // Two halves filtered and compressed side by side, then joined: the first ends on a byte boundary, the second
    // ends the stream; the checksum of the whole is combined from the halves'.
    const int middle = image.height() / 2;
    QByteArray top, bottom, topDeflated, bottomDeflated;
    bool topOk = false;
    std::thread topWorker([&] {
        filterRows(image, 0, middle, top);
        topOk = deflatePart(top, false, topDeflated);
    });
    filterRows(image, middle, image.height(), bottom);
    const bool bottomOk = deflatePart(bottom, true, bottomDeflated);
    topWorker.join();
    if (!topOk || !bottomOk)
        return {};
    const uLong adler = adler32_combine(adler32(1L, reinterpret_cast<const Bytef*>(top.constData()), uInt(top.size())),
        adler32(1L, reinterpret_cast<const Bytef*>(bottom.constData()), uInt(bottom.size())), bottom.size());

    QByteArray zlibStream;
    zlibStream.reserve(2 + topDeflated.size() + bottomDeflated.size() + 4);
    zlibStream.append(char(0x78)).append(char(0x01)); // deflate, 32 KiB window, fastest level; header checksum ok
    zlibStream.append(topDeflated).append(bottomDeflated).append(bigEndian(quint32(adler)));

    QByteArray header = bigEndian(quint32(image.width())) + bigEndian(quint32(image.height()));
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0)); // 8-bit RGB, no interlace
    QByteArray resolution = bigEndian(quint32(std::max(0, image.dotsPerMeterX())))
        + bigEndian(quint32(std::max(0, image.dotsPerMeterY())));
    resolution.append(char(1)); // per metre

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(64 + zlibStream.size());
    appendChunk(png, "IHDR", header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        appendChunk(png, "pHYs", resolution);
    appendChunk(png, "IDAT", zlibStream);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace crisis::ui
