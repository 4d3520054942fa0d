#include "Utf8Validity.h"

#include <cstring>

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the valid sequence starting at data[at], or 0 when it is not one.
qsizetype sequenceLength(const unsigned char* data, qsizetype at, qsizetype size)
{
    const unsigned char lead = data[at];
    qsizetype length = 0;
    unsigned char low = 0x80; // bounds of the second byte, excluding overlongs and surrogates
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (at + length > size || data[at + 1] < low || data[at + 1] > high) {
        return 0;
    }
    for (qsizetype i = 2; i < length; ++i) {
        if (!isContinuation(data[at + i])) {
            return 0;
        }
    }
    return length;
}

} // namespace

qsizetype invalidUtf8Offset(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype at = 0;
    while (at < size) {
        // Plain ASCII, eight bytes at a time: most of a registry file.
        if (at + 8 <= size) {
            quint64 word = 0;
            std::memcpy(&word, data + at, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                at += 8;
                continue;
            }
        }
        if (data[at] < 0x80) {
            ++at;
            continue;
        }
        const qsizetype length = sequenceLength(data, at, size);
        if (length == 0) {
            return at;
        }
        at += length;
    }
    return -1;
}
