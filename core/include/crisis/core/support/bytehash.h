#pragma once

#include <QtGlobal>

#include <cstring>
#include <string_view>

namespace crisis::core {

/// A hash of a short byte string for the columnar table's dictionaries and id index, which hash every text field
/// of every figure read (seven a figure: a million figures, seven million keys of a few bytes to a few dozen).
/// Eight bytes at a time, each folded into the state by a 64×64-bit multiply whose halves are xored (every bit of
/// the word reaches every bit of the result); the last four to eight bytes read as two overlapping halves, the last
/// one to three as their first, middle and last; the length folded in last, so that keys of different lengths
/// differ. Over a million-figure dataset's keys, Qt's qHashBits took 78 ns a key on the 2-core machine of
/// 2026-12-08 and this 5 ns (bench_scale's HashFigureKeys): loading from SQLite fell by a third. Not a defence
/// against keys chosen to collide.
inline quint64 hashBytes(std::string_view bytes, quint64 seed)
{
    constexpr quint64 odd1 = 0x9e3779b97f4a7c15ULL; // 2^64 / golden ratio
    constexpr quint64 odd2 = 0xc2b2ae3d27d4eb4fULL;
    constexpr quint64 odd3 = 0x165667b19e3779f9ULL;
    const auto fold = [](quint64 a, quint64 b) {
#ifdef __SIZEOF_INT128__
        __extension__ using Wide = unsigned __int128; // GCC's and Clang's, outside ISO C++
        const Wide product = static_cast<Wide>(a) * b;
        return static_cast<quint64>(product) ^ static_cast<quint64>(product >> 64);
#else
        // The same product by 32-bit halves where there is no 128-bit integer.
        const quint64 aLow = a & 0xffffffffU;
        const quint64 aHigh = a >> 32;
        const quint64 bLow = b & 0xffffffffU;
        const quint64 bHigh = b >> 32;
        const quint64 lowLow = aLow * bLow;
        const quint64 middle = (lowLow >> 32) + (aHigh * bLow & 0xffffffffU) + aLow * bHigh;
        const quint64 high = aHigh * bHigh + (aHigh * bLow >> 32) + (middle >> 32);
        return ((middle << 32) | (lowLow & 0xffffffffU)) ^ high;
#endif
    };
    const auto read = [](const char* at, auto word) {
        std::memcpy(&word, at, sizeof word);
        return static_cast<quint64>(word);
    };
    const char* at = bytes.data();
    size_t left = bytes.size();
    quint64 state = seed ^ odd1;
    for (; left > 8; at += 8, left -= 8)
        state = fold(state ^ read(at, quint64()), odd2);
    quint64 last = 0;
    if (left >= 4) {
        last = read(at, quint32()) << 32 | read(at + left - 4, quint32());
    } else if (left > 0) {
        const auto byte = [](char c) { return static_cast<quint64>(static_cast<unsigned char>(c)); };
        last = byte(at[0]) << 16 | byte(at[left / 2]) << 8 | byte(at[left - 1]);
    }
    return fold(state ^ last ^ odd3, static_cast<quint64>(bytes.size()) ^ odd2);
}

} // namespace crisis::core
