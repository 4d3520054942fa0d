#include "BeneficiaryRowValidator.h"

#include <QStringDecoder>

namespace {

constexpr int kMaxNameLength = 200;
constexpr int kMaxPlaceLength = 100;
constexpr int kMaxIdLength = 64;
constexpr int kMaxHouseholdSize = 50;

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

BeneficiaryRowValidator::BeneficiaryRowValidator(const RegistryColumnMapping& mapping, QStringList headers, QDate today)
    : m_mapping(mapping)
    , m_headers(std::move(headers))
    , m_today(today)
{
}

QString BeneficiaryRowValidator::columnName(RegistryField field) const
{
    const int column = m_mapping.column(field);
    return column >= 0 ? m_headers.at(column) : registryFieldName(field);
}

void BeneficiaryRowValidator::addIssue(QList<FieldIssue>& issues, RegistryField field, const QString& reason) const
{
    issues.append(FieldIssue{columnName(field), reason});
}

QString BeneficiaryRowValidator::text(const QList<QByteArray>& record, RegistryField field,
                                      QList<FieldIssue>& issues) const
{
    const int column = m_mapping.column(field);
    if (column < 0 || column >= record.size()) {
        return {};
    }
    const QByteArray& bytes = record.at(column);
    if (isAscii(bytes)) {
        return QString::fromLatin1(bytes).trimmed();
    }
    // Stateless: a sequence cut short at the end of the field ("Jos" and the Latin-1 byte 0xE9) is
    // an error, not bytes held back for more input and then silently dropped.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString value = decoder(bytes);
    if (decoder.hasError()) {
        addIssue(issues, field, tr("the text is not valid UTF-8 (save the file as UTF-8)"));
        return {};
    }
    return value.trimmed();
}

void BeneficiaryRowValidator::checkPlainText(const QString& value, RegistryField field, int maxLength,
                                             QList<FieldIssue>& issues) const
{
    if (value.size() > maxLength) {
        addIssue(issues, field, tr("longer than %1 characters").arg(maxLength));
        return;
    }
    for (const QChar c : value) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_NotAssigned
            || category == QChar::Other_PrivateUse || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            addIssue(issues, field, tr("holds a control or invisible formatting character (U+%1)")
                                        .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            return;
        }
    }
}

bool BeneficiaryRowValidator::validate(const QList<QByteArray>& record, Beneficiary& beneficiary,
                                       QList<FieldIssue>& issues) const
{
    issues.clear();
    if (record.size() != m_headers.size()) {
        issues.append(FieldIssue{QString(), tr("the row has %1 fields but the header has %2")
                                                .arg(record.size())
                                                .arg(m_headers.size())});
        return false;
    }
    beneficiary = Beneficiary();

    const QString registryId = text(record, RegistryField::RegistryId, issues);
    QString error;
    const PartyId id = PartyId::create(PartyIdType::RegistryId, registryId, &error);
    if (!id.isValid()) {
        addIssue(issues, RegistryField::RegistryId, error);
    }
    beneficiary.registryId = id.value();

    beneficiary.givenName = text(record, RegistryField::GivenName, issues);
    beneficiary.familyName = text(record, RegistryField::FamilyName, issues);
    checkPlainText(beneficiary.givenName, RegistryField::GivenName, kMaxNameLength, issues);
    checkPlainText(beneficiary.familyName, RegistryField::FamilyName, kMaxNameLength, issues);
    if (beneficiary.givenName.isEmpty() && beneficiary.familyName.isEmpty()) {
        addIssue(issues, RegistryField::FamilyName, tr("a beneficiary needs a given name or a family name"));
    }

    beneficiary.gender = parseGender(text(record, RegistryField::Gender, issues), issues);
    beneficiary.birthDate = parseBirthDate(text(record, RegistryField::BirthDate, issues), issues);
    beneficiary.householdId = text(record, RegistryField::HouseholdId, issues);
    checkPlainText(beneficiary.householdId, RegistryField::HouseholdId, kMaxIdLength, issues);
    beneficiary.householdSize = parseHouseholdSize(text(record, RegistryField::HouseholdSize, issues), issues);
    beneficiary.region = text(record, RegistryField::Region, issues);
    checkPlainText(beneficiary.region, RegistryField::Region, kMaxPlaceLength, issues);
    beneficiary.district = text(record, RegistryField::District, issues);
    checkPlainText(beneficiary.district, RegistryField::District, kMaxPlaceLength, issues);

    const QString phone = text(record, RegistryField::Phone, issues);
    if (!phone.isEmpty()) {
        const PartyId msisdn = PartyId::create(PartyIdType::Msisdn, phone, &error);
        if (msisdn.isValid()) {
            beneficiary.phone = msisdn.value();
        } else {
            addIssue(issues, RegistryField::Phone, error);
        }
    }
    beneficiary.payee = parsePayee(text(record, RegistryField::PayeeType, issues),
                                   text(record, RegistryField::PayeeAddress, issues), issues);
    beneficiary.nationalId = text(record, RegistryField::NationalId, issues);
    checkPlainText(beneficiary.nationalId, RegistryField::NationalId, kMaxIdLength, issues);
    beneficiary.active = parseActive(text(record, RegistryField::Active, issues), issues);
    return issues.isEmpty();
}

QString BeneficiaryRowValidator::parseGender(const QString& value, QList<FieldIssue>& issues) const
{
    const QString key = value.toLower();
    if (key.isEmpty()) {
        return {};
    }
    if (key == u"f" || key == u"female" || key == u"woman") {
        return QStringLiteral("F");
    }
    if (key == u"m" || key == u"male" || key == u"man") {
        return QStringLiteral("M");
    }
    if (key == u"o" || key == u"x" || key == u"other") {
        return QStringLiteral("O");
    }
    addIssue(issues, RegistryField::Gender, tr("\"%1\" is not a gender (use F, M, O or leave it empty)").arg(value));
    return {};
}

QDate BeneficiaryRowValidator::parseBirthDate(const QString& value, QList<FieldIssue>& issues) const
{
    if (value.isEmpty()) {
        return {};
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid() || value.size() != 10) {
        addIssue(issues, RegistryField::BirthDate, tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(value));
        return {};
    }
    if (date > m_today) {
        addIssue(issues, RegistryField::BirthDate, tr("%1 is in the future").arg(value));
        return {};
    }
    if (date.year() < 1900) {
        addIssue(issues, RegistryField::BirthDate, tr("%1 is before 1900").arg(value));
        return {};
    }
    return date;
}

int BeneficiaryRowValidator::parseHouseholdSize(const QString& value, QList<FieldIssue>& issues) const
{
    if (value.isEmpty()) {
        return 1;
    }
    bool ok = false;
    const int size = value.toInt(&ok);
    if (!ok || size < 1 || size > kMaxHouseholdSize) {
        addIssue(issues, RegistryField::HouseholdSize,
                 tr("\"%1\" is not a household size from 1 to %2").arg(value).arg(kMaxHouseholdSize));
        return 1;
    }
    return size;
}

bool BeneficiaryRowValidator::parseActive(const QString& value, QList<FieldIssue>& issues) const
{
    const QString key = value.toLower();
    if (key.isEmpty() || key == u"1" || key == u"true" || key == u"yes" || key == u"y") {
        return true;
    }
    if (key == u"0" || key == u"false" || key == u"no" || key == u"n") {
        return false;
    }
    addIssue(issues, RegistryField::Active, tr("\"%1\" is not yes/no, true/false or 1/0").arg(value));
    return true;
}

PartyId BeneficiaryRowValidator::parsePayee(const QString& type, const QString& address,
                                            QList<FieldIssue>& issues) const
{
    if (type.isEmpty() && address.isEmpty()) {
        return {};
    }
    if (address.isEmpty()) {
        addIssue(issues, RegistryField::PayeeAddress, tr("a payee type is given but no payee address"));
        return {};
    }
    const auto partyType = partyIdTypeFromName(type);
    if (!partyType) {
        addIssue(issues, RegistryField::PayeeType,
                 tr("\"%1\" is not a payee type (msisdn, bank_account, iban, email or registry_id)").arg(type));
        return {};
    }
    QString error;
    const PartyId payee = PartyId::create(*partyType, address, &error);
    if (!payee.isValid()) {
        addIssue(issues, RegistryField::PayeeAddress, error);
    }
    return payee;
}
