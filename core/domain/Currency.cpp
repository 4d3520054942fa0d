#include "Currency.h"

#include <array>

namespace {

struct CurrencyEntry
{
    const char* code;
    int exponent;
};

// ISO 4217 active codes with an exponent other than 2, and the common two-digit ones.
// Codes not listed here are refused rather than guessed.
constexpr std::array kCurrencies{
    CurrencyEntry{"AED", 2}, CurrencyEntry{"AFN", 2}, CurrencyEntry{"ALL", 2}, CurrencyEntry{"AMD", 2},
    CurrencyEntry{"AOA", 2}, CurrencyEntry{"ARS", 2}, CurrencyEntry{"AUD", 2}, CurrencyEntry{"AZN", 2},
    CurrencyEntry{"BAM", 2}, CurrencyEntry{"BDT", 2}, CurrencyEntry{"BGN", 2}, CurrencyEntry{"BHD", 3},
    CurrencyEntry{"BIF", 0}, CurrencyEntry{"BOB", 2}, CurrencyEntry{"BRL", 2}, CurrencyEntry{"BWP", 2},
    CurrencyEntry{"BYN", 2}, CurrencyEntry{"CAD", 2}, CurrencyEntry{"CDF", 2}, CurrencyEntry{"CHF", 2},
    CurrencyEntry{"CLF", 4}, CurrencyEntry{"CLP", 0}, CurrencyEntry{"CNY", 2}, CurrencyEntry{"COP", 2},
    CurrencyEntry{"CVE", 2}, CurrencyEntry{"CZK", 2}, CurrencyEntry{"DJF", 0}, CurrencyEntry{"DKK", 2},
    CurrencyEntry{"DOP", 2}, CurrencyEntry{"DZD", 2}, CurrencyEntry{"EGP", 2}, CurrencyEntry{"ERN", 2},
    CurrencyEntry{"ETB", 2}, CurrencyEntry{"EUR", 2}, CurrencyEntry{"GBP", 2}, CurrencyEntry{"GEL", 2},
    CurrencyEntry{"GHS", 2}, CurrencyEntry{"GMD", 2}, CurrencyEntry{"GNF", 0}, CurrencyEntry{"GTQ", 2},
    CurrencyEntry{"HNL", 2}, CurrencyEntry{"HTG", 2}, CurrencyEntry{"IDR", 2}, CurrencyEntry{"INR", 2},
    CurrencyEntry{"IQD", 3}, CurrencyEntry{"ISK", 0}, CurrencyEntry{"JOD", 3}, CurrencyEntry{"JPY", 0},
    CurrencyEntry{"KES", 2}, CurrencyEntry{"KGS", 2}, CurrencyEntry{"KHR", 2}, CurrencyEntry{"KMF", 0},
    CurrencyEntry{"KRW", 0}, CurrencyEntry{"KWD", 3}, CurrencyEntry{"KZT", 2}, CurrencyEntry{"LAK", 2},
    CurrencyEntry{"LBP", 2}, CurrencyEntry{"LKR", 2}, CurrencyEntry{"LRD", 2}, CurrencyEntry{"LSL", 2},
    CurrencyEntry{"LYD", 3}, CurrencyEntry{"MAD", 2}, CurrencyEntry{"MDL", 2}, CurrencyEntry{"MGA", 2},
    CurrencyEntry{"MMK", 2}, CurrencyEntry{"MNT", 2}, CurrencyEntry{"MRU", 2}, CurrencyEntry{"MWK", 2},
    CurrencyEntry{"MXN", 2}, CurrencyEntry{"MYR", 2}, CurrencyEntry{"MZN", 2}, CurrencyEntry{"NAD", 2},
    CurrencyEntry{"NGN", 2}, CurrencyEntry{"NIO", 2}, CurrencyEntry{"NPR", 2}, CurrencyEntry{"OMR", 3},
    CurrencyEntry{"PEN", 2}, CurrencyEntry{"PHP", 2}, CurrencyEntry{"PKR", 2}, CurrencyEntry{"PYG", 0},
    CurrencyEntry{"RWF", 0}, CurrencyEntry{"SDG", 2}, CurrencyEntry{"SLE", 2}, CurrencyEntry{"SOS", 2},
    CurrencyEntry{"SSP", 2}, CurrencyEntry{"SZL", 2}, CurrencyEntry{"THB", 2}, CurrencyEntry{"TJS", 2},
    CurrencyEntry{"TND", 3}, CurrencyEntry{"TRY", 2}, CurrencyEntry{"TZS", 2}, CurrencyEntry{"UAH", 2},
    CurrencyEntry{"UGX", 0}, CurrencyEntry{"USD", 2}, CurrencyEntry{"UYU", 2}, CurrencyEntry{"UZS", 2},
    CurrencyEntry{"VND", 0}, CurrencyEntry{"VUV", 0}, CurrencyEntry{"XAF", 0}, CurrencyEntry{"XOF", 0},
    CurrencyEntry{"XPF", 0}, CurrencyEntry{"YER", 2}, CurrencyEntry{"ZAR", 2}, CurrencyEntry{"ZMW", 2},
    CurrencyEntry{"ZWG", 2},
};

} // namespace

Currency::Currency(QString code, int exponent) : m_code(std::move(code)), m_exponent(exponent) {}

Currency Currency::fromCode(QStringView code)
{
    const QString upper = code.trimmed().toString().toUpper();
    for (const auto& entry : kCurrencies) {
        if (upper == QLatin1String(entry.code)) {
            return Currency(upper, entry.exponent);
        }
    }
    return {};
}
