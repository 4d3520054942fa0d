#include "RequestIdGenerator.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace {

constexpr int kCounterBits = 42;
constexpr quint64 kCounterMask = (Q_UINT64_C(1) << kCounterBits) - 1;

void appendHex(char*& out, quint64 value, int digits)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        *out++ = kDigits[(value >> shift) & 0xf];
    }
}

} // namespace

RequestIdGenerator::RequestIdGenerator()
    : m_unixMilliseconds(quint64(QDateTime::currentMSecsSinceEpoch()) & ((Q_UINT64_C(1) << 48) - 1))
      // Start in the lower half, so that no run can wrap the counter.
      ,
      m_counter(QRandomGenerator::system()->generate64() & (kCounterMask >> 1))
{
}

QString RequestIdGenerator::next()
{
    const quint64 counter = m_counter++ & kCounterMask;
    // 48 bits of time, version 7, the counter's top 12 bits | variant 10, its low 30 bits, 32 random bits.
    const quint64 high = (m_unixMilliseconds << 16) | (Q_UINT64_C(7) << 12) | (counter >> 30);
    const quint64 low = (Q_UINT64_C(2) << 62) | ((counter & ((Q_UINT64_C(1) << 30) - 1)) << 32) |
                        QRandomGenerator::global()->generate();
    std::array<char, 36> text;
    char* out = text.data();
    appendHex(out, high >> 32, 8);
    *out++ = '-';
    appendHex(out, high >> 16, 4);
    *out++ = '-';
    appendHex(out, high, 4);
    *out++ = '-';
    appendHex(out, low >> 48, 4);
    *out++ = '-';
    appendHex(out, low, 12);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}
