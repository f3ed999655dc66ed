// A table from elsewhere (CSV or JSON records) with a mapping: the mapping on the first line, the table below.
// What it does and checks is in harness.cpp, which the test suite runs over tests/data/fuzz-regressions too.
#include "harness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const crisis::fuzz::Reader read = crisis::fuzz::reader("table");
    read(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
