#include <crisis/core/columnar/stringdictionary.h>
#include <crisis/core/support/bytehash.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <bitset>
#include <string>
#include <vector>

using namespace crisis::core;

namespace {

// The keys a million-figure dataset hashes: ids that differ in one digit, and short keys of every length.
std::vector<std::string> sequentialIds(int count)
{
    std::vector<std::string> ids;
    ids.reserve(static_cast<size_t>(count));
    for (int i = 1; i <= count; ++i)
        ids.push_back("syn-f-" + std::string(7 - std::to_string(i).size(), '0') + std::to_string(i));
    return ids;
}

} // namespace

TEST(ByteHash, EveryByteAndTheLengthCount)
{
    // Keys of every length to 40, each with one byte changed at every place: each hashes apart from the key, and a
    // key and that key with a zero byte more differ (the length is folded in).
    for (size_t length = 0; length <= 40; ++length) {
        const std::string key(length, 'a');
        const quint64 hash = hashBytes(key, 1);
        EXPECT_EQ(hash, hashBytes(std::string(key), 1)) << "the same bytes, the same hash";
        EXPECT_NE(hash, hashBytes(key + '\0', 1)) << length;
        EXPECT_NE(hash, hashBytes(key, 2)) << "the seed counts";
        for (size_t at = 0; at < length; ++at) {
            std::string changed = key;
            changed[at] = 'b';
            EXPECT_NE(hash, hashBytes(changed, 1)) << length << " at " << at;
        }
    }
}

TEST(ByteHash, SequentialIdsSpreadOverTheLowBits)
{
    // A table of 2^16 slots takes the low 16 bits: 65,536 ids one apart fill it about as evenly as random numbers would
    // (the fullest slot holds 8 or 9, e.g.; a hash that left the low bits to the last digit would put thousands in
    // one), so a lookup probes a few slots, not a run of thousands.
    constexpr size_t slots = 1 << 16;
    std::vector<int> load(slots, 0);
    for (const std::string& id : sequentialIds(static_cast<int>(slots)))
        ++load[hashBytes(id, 0x9e3779b9U) & (slots - 1)];
    const int fullest = *std::max_element(load.cbegin(), load.cend());
    EXPECT_LE(fullest, 12);
    const auto empty = std::count(load.cbegin(), load.cend(), 0);
    // Random keys leave e^-1 of the slots empty: 24,109 of 65,536.
    EXPECT_GT(empty, 23000);
    EXPECT_LT(empty, 25200);
}

TEST(ByteHash, OneBitChangedChangesHalfTheBits)
{
    // Every bit of a 24-byte key flipped in turn: each flips about half of the hash's 64 bits (avalanche), on
    // average and never only a few.
    const std::string key = "src-haiti-mss-2024-07-01";
    const quint64 hash = hashBytes(key, 7);
    double flipped = 0;
    size_t fewest = 64;
    for (size_t bit = 0; bit < key.size() * 8; ++bit) {
        std::string changed = key;
        changed[bit / 8] = static_cast<char>(changed[bit / 8] ^ (1 << (bit % 8)));
        const size_t count = std::bitset<64>(hash ^ hashBytes(changed, 7)).count();
        flipped += static_cast<double>(count);
        fewest = std::min(fewest, count);
    }
    flipped /= static_cast<double>(key.size() * 8);
    EXPECT_GT(flipped, 28.0);
    EXPECT_LT(flipped, 36.0);
    EXPECT_GE(fewest, 16U);
}

TEST(StringDictionary, InternsEachTextOnceAndFindsIt)
{
    // A dictionary grown through many doublings: every text keeps its first code, found again by intern and find.
    StringDictionary dictionary;
    const std::vector<std::string> ids = sequentialIds(50000);
    std::vector<quint32> codes;
    for (const std::string& id : ids)
        codes.push_back(dictionary.intern(id));
    ASSERT_EQ(dictionary.size(), 50001); // and the empty text, code 0
    EXPECT_EQ(dictionary.intern(std::string_view()), 0U);
    for (size_t i = 0; i < ids.size(); ++i) {
        ASSERT_EQ(codes[i], i + 1);
        ASSERT_EQ(dictionary.intern(ids[i]), codes[i]);
        ASSERT_EQ(dictionary.find(QString::fromStdString(ids[i])), codes[i]);
        ASSERT_EQ(dictionary.utf8(codes[i]), ids[i]);
    }
    EXPECT_EQ(dictionary.find(QStringLiteral("syn-f-0050001")), -1);
    EXPECT_EQ(dictionary.text(dictionary.intern(QStringLiteral("Cité Soleil"))), QStringLiteral("Cité Soleil"));
}
