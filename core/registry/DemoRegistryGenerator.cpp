#include "DemoRegistryGenerator.h"

#include "csv/CsvWriter.h"

#include <QDate>
#include <QIODevice>

#include <array>

namespace {

constexpr std::array kGivenNames{
    "Amina", "Baraka", "Chiamaka", "Daniel", "Esther", "Fatuma", "Grace", "Hassan", "Imani",    "Joseph",
    "Kamau", "Lucía",  "Mariam",   "Nia",    "Omar",   "Pendo",  "Rahel", "Samuel", "Thandiwe", "Wanjiru",
    "Yusuf", "Zawadi", "Akinyi",   "Bilal",  "Njeri",  "José",   "Aïcha", "Kofi",   "Otieno",   "Halima",
};
constexpr std::array kFamilyNames{
    "Achieng", "Banda",  "Chebet", "Diallo", "Edwards",  "Faraji", "Gathoni", "Hussein", "Ibrahim", "Jallow",
    "Kariuki", "Mensah", "Mwangi", "Ndlovu", "Ochieng",  "Phiri",  "Rotich",  "Said",    "Tembo",   "Wafula",
    "Njoroge", "Okafor", "Abdi",   "Mutua",  "Nyambura", "García", "Traoré",  "Kiprono", "Moyo",    "Omondi",
};
struct Region
{
    const char* name;
    std::array<const char*, 3> districts;
};
constexpr std::array kRegions{
    Region{"Northern", {"Lodwar", "Kakuma", "Lokichogio"}}, Region{"Coastal", {"Malindi", "Kilifi", "Lamu"}},
    Region{"Central", {"Nyeri", "Murang'a", "Kiambu"}},     Region{"Lake", {"Kisumu", "Homa Bay", "Siaya"}},
    Region{"Highlands", {"Eldoret", "Kericho", "Nakuru"}},  Region{"Eastern", {"Garissa", "Wajir", "Mandera"}},
};
constexpr std::array kBankCodes{"KCBK", "EQBL", "COOP", "NCBA", "ABSA"};

int ibanCheckDigits(const QString& countryCode, const QString& bban)
{
    const QString rearranged = bban + countryCode + QStringLiteral("00");
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + c.digitValue()) % 97;
        } else {
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
        }
    }
    return 98 - remainder;
}

} // namespace

DemoRegistryGenerator::DemoRegistryGenerator(quint32 seed, double badRowShare)
    : m_random(seed), m_badRowShare(badRowShare)
{
}

QStringList DemoRegistryGenerator::header()
{
    return {QStringLiteral("registry_id"),    QStringLiteral("given_name"), QStringLiteral("family_name"),
            QStringLiteral("gender"),         QStringLiteral("birth_date"), QStringLiteral("household_id"),
            QStringLiteral("household_size"), QStringLiteral("region"),     QStringLiteral("district"),
            QStringLiteral("phone"),          QStringLiteral("payee_type"), QStringLiteral("payee_address"),
            QStringLiteral("national_id"),    QStringLiteral("active")};
}

QString DemoRegistryGenerator::phone()
{
    return QStringLiteral("+2547%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QString DemoRegistryGenerator::iban()
{
    // A Kenyan-style IBAN does not exist; use the German layout (bank code 8 digits, account 10).
    const QString bban = QStringLiteral("%1%2")
                             .arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'))
                             .arg(m_random.bounded(Q_INT64_C(10000000000)), 10, 10, QLatin1Char('0'));
    const QString country = QStringLiteral("DE");
    return country + QStringLiteral("%1").arg(ibanCheckDigits(country, bban), 2, 10, QLatin1Char('0')) + bban;
}

QStringList DemoRegistryGenerator::nextRow(qint64 index)
{
    if (m_householdLeft == 0) {
        m_householdSize = 1 + m_random.bounded(8);
        m_householdLeft = m_householdSize;
        m_householdId = QStringLiteral("HH%1").arg(index + 1, 8, 10, QLatin1Char('0'));
        m_familyName = QString::fromUtf8(pick(kFamilyNames));
        m_region = m_random.bounded(int(kRegions.size()));
    }
    --m_householdLeft;
    const Region& region = kRegions.at(size_t(m_region));
    const bool adult = m_householdLeft == m_householdSize - 1 || m_random.bounded(3) == 0;
    const int age = adult ? 18 + m_random.bounded(70) : m_random.bounded(18);
    const QDate birth = QDate(2025, 1, 1).addYears(-age).addDays(m_random.bounded(365));
    const QString mobile = adult ? phone() : QString();
    QString payeeType;
    QString payeeAddress;
    if (adult) {
        const int kind = m_random.bounded(10);
        if (kind < 5) {
            payeeType = QStringLiteral("msisdn");
            payeeAddress = mobile;
        } else if (kind < 8) {
            payeeType = QStringLiteral("iban");
            payeeAddress = iban();
        } else {
            payeeType = QStringLiteral("bank_account");
            payeeAddress = QString::fromLatin1(pick(kBankCodes)) +
                           QStringLiteral("%1").arg(m_random.bounded(Q_INT64_C(10000000000)), 10, 10, QLatin1Char('0'));
        }
    }
    if (!payeeAddress.isEmpty() && !m_lastPayeeAddress.isEmpty() && m_random.bounded(200) == 0) {
        payeeType = m_lastPayeeType; // one account registered twice: a likely duplicate to flag
        payeeAddress = m_lastPayeeAddress;
    }
    if (!payeeAddress.isEmpty()) {
        m_lastPayeeType = payeeType;
        m_lastPayeeAddress = payeeAddress;
    }
    return {QStringLiteral("BEN-%1").arg(index + 1, 8, 10, QLatin1Char('0')),
            QString::fromUtf8(pick(kGivenNames)),
            m_familyName,
            m_random.bounded(2) ? QStringLiteral("F") : QStringLiteral("M"),
            birth.toString(Qt::ISODate),
            m_householdId,
            QString::number(m_householdSize),
            QString::fromLatin1(region.name),
            QString::fromLatin1(pick(region.districts)),
            mobile,
            payeeType,
            payeeAddress,
            QStringLiteral("%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0')),
            m_random.bounded(50) == 0 ? QStringLiteral("0") : QStringLiteral("1")};
}

void DemoRegistryGenerator::breakRow(QStringList& row)
{
    switch (m_random.bounded(6)) {
    case 0:
        row[0].clear(); // missing registry id
        break;
    case 1:
        row[4] = QStringLiteral("1987-02-30"); // impossible date
        break;
    case 2:
        row[10] = QStringLiteral("iban");
        row[11] = QStringLiteral("DE00123456781234567890"); // wrong check digits
        break;
    case 3:
        row[9] = QStringLiteral("12-34"); // too short for a phone number
        break;
    case 4:
        row[6] = QStringLiteral("0"); // no household has zero members
        break;
    default:
        row[3] = QStringLiteral("unknown");
        break;
    }
}

bool DemoRegistryGenerator::write(QIODevice* device, qint64 count, QString* error)
{
    CsvWriter writer(device);
    if (!writer.writeRecord(header())) {
        *error = tr("cannot write: %1").arg(device->errorString());
        return false;
    }
    for (qint64 i = 0; i < count; ++i) {
        QStringList row = nextRow(i);
        if (m_badRowShare > 0 && m_random.generateDouble() < m_badRowShare) {
            breakRow(row);
        }
        if (!writer.writeRecord(row)) {
            *error = tr("cannot write: %1").arg(device->errorString());
            return false;
        }
    }
    return true;
}
