// The text decoder every reader starts with (UTF-8, UTF-16, Windows-1252, doubly encoded UTF-8).
// What it does and checks is in harness.cpp, which the test suite runs over tests/data/fuzz-regressions too.
#include "harness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const crisis::fuzz::Reader read = crisis::fuzz::reader("textdecode");
    read(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
