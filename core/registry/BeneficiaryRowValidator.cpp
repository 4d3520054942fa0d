#include "BeneficiaryRowValidator.h"

#include "csv/Utf8Validity.h"

namespace {

constexpr int kMaxNameLength = 200;
constexpr int kMaxPlaceLength = 100;
constexpr int kMaxIdLength = 64;
constexpr int kMaxPayeeAddressLength = 256;
constexpr int kMaxShortValueLength = 32;
constexpr int kMaxHouseholdSize = 50;

} // namespace

BeneficiaryRowValidator::BeneficiaryRowValidator(const RegistryColumnMapping& mapping, QStringList headers, QDate today)
    : m_mapping(mapping), m_headers(std::move(headers)), m_today(today)
{
}

int BeneficiaryRowValidator::maxLength(RegistryField field)
{
    switch (field) {
    case RegistryField::GivenName:
    case RegistryField::FamilyName:
        return kMaxNameLength;
    case RegistryField::Region:
    case RegistryField::District:
        return kMaxPlaceLength;
    case RegistryField::PayeeAddress:
        return kMaxPayeeAddressLength;
    case RegistryField::RegistryId:
    case RegistryField::HouseholdId:
    case RegistryField::NationalId:
    case RegistryField::Phone:
        return kMaxIdLength;
    case RegistryField::Gender:
    case RegistryField::BirthDate:
    case RegistryField::HouseholdSize:
    case RegistryField::PayeeType:
    case RegistryField::Active:
    case RegistryField::FieldCount:
        return kMaxShortValueLength;
    }
    return kMaxShortValueLength;
}

FieldIssue BeneficiaryRowValidator::issue(RegistryField field, const QString& reason) const
{
    const int column = m_mapping.column(field);
    return column >= 0 ? FieldIssue{m_headers.at(column), reason, column + 1}
                       : FieldIssue{registryFieldName(field), reason, 0};
}

void BeneficiaryRowValidator::addIssue(QList<FieldIssue>& issues, RegistryField field, const QString& reason) const
{
    issues.append(issue(field, reason));
}

FieldIssue BeneficiaryRowValidator::structureIssue(int columnNumber, const QString& reason) const
{
    const QString header =
        columnNumber >= 1 && columnNumber <= m_headers.size() ? m_headers.at(columnNumber - 1) : QString();
    return FieldIssue{header, reason, columnNumber, FieldIssue::Kind::Damage};
}

bool BeneficiaryRowValidator::checkEncoding(const QList<QByteArray>& record, QList<FieldIssue>& issues) const
{
    for (int column = 0; column < record.size(); ++column) {
        const QByteArray& bytes = record.at(column);
        const qsizetype offset = invalidUtf8Offset(bytes);
        if (offset >= 0) {
            issues.append(FieldIssue{m_headers.at(column),
                                     tr("invalid encoding: byte %1 of the field (0x%2) is not UTF-8; save the file "
                                        "as UTF-8")
                                         .arg(offset + 1)
                                         .arg(static_cast<unsigned char>(bytes.at(offset)), 2, 16, QLatin1Char('0')),
                                     column + 1, FieldIssue::Kind::Encoding});
        }
    }
    return issues.isEmpty();
}

QString BeneficiaryRowValidator::text(const QList<QByteArray>& record, RegistryField field,
                                      QList<FieldIssue>& issues) const
{
    const int column = m_mapping.column(field);
    if (column < 0 || column >= record.size()) {
        return {};
    }
    return decoded(record.at(column), field, issues);
}

QString BeneficiaryRowValidator::decoded(const QByteArray& bytes, RegistryField field, QList<FieldIssue>& issues) const
{
    // checkEncoding() has proven every field valid UTF-8.
    const QString value = QString::fromUtf8(bytes).trimmed();
    if (value.size() > maxLength(field)) {
        addIssue(issues, field, tr("too long: %1 characters, at most %2").arg(value.size()).arg(maxLength(field)));
        return {};
    }
    return value;
}

QString BeneficiaryRowValidator::freeText(const QList<QByteArray>& record, RegistryField field,
                                          QList<FieldIssue>& issues, QList<FieldIssue>& warnings) const
{
    const int column = m_mapping.column(field);
    if (column < 0 || column >= record.size() ||
        (!record.at(column).contains('\n') && !record.at(column).contains('\r'))) {
        return text(record, field, issues);
    }
    QByteArray bytes = record.at(column);
    bytes.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    const QString value = decoded(bytes, field, issues);
    if (!value.isEmpty()) {
        warnings.append(issue(field, tr("the value held line breaks; each was turned into a space")));
    }
    return value;
}

void BeneficiaryRowValidator::checkPlainText(const QString& value, RegistryField field, QList<FieldIssue>& issues) const
{
    for (const QChar c : value) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            addIssue(issues, field,
                     tr("holds a control or invisible formatting character (U+%1)")
                         .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            return;
        }
    }
}

bool BeneficiaryRowValidator::validate(const QList<QByteArray>& record, Beneficiary& beneficiary,
                                       QList<FieldIssue>& issues, QList<FieldIssue>& warnings) const
{
    issues.clear();
    warnings.clear();
    if (record.size() != m_headers.size()) {
        issues.append(FieldIssue{
            QString(), tr("the row has %1 fields but the header has %2").arg(record.size()).arg(m_headers.size())});
        return false;
    }
    beneficiary = Beneficiary();
    if (!checkEncoding(record, issues)) {
        return false;
    }

    const QString registryId = text(record, RegistryField::RegistryId, issues);
    QString error;
    const PartyId id = PartyId::create(PartyIdType::RegistryId, registryId, &error);
    if (!id.isValid()) {
        addIssue(issues, RegistryField::RegistryId, error);
    }
    beneficiary.registryId = id.value();

    beneficiary.givenName = text(record, RegistryField::GivenName, issues);
    beneficiary.familyName = text(record, RegistryField::FamilyName, issues);
    checkPlainText(beneficiary.givenName, RegistryField::GivenName, issues);
    checkPlainText(beneficiary.familyName, RegistryField::FamilyName, issues);
    if (beneficiary.givenName.isEmpty() && beneficiary.familyName.isEmpty()) {
        addIssue(issues, RegistryField::FamilyName, tr("a beneficiary needs a given name or a family name"));
    }

    beneficiary.gender = parseGender(text(record, RegistryField::Gender, issues), issues);
    beneficiary.birthDate = parseBirthDate(text(record, RegistryField::BirthDate, issues), issues);
    beneficiary.householdId = text(record, RegistryField::HouseholdId, issues);
    checkPlainText(beneficiary.householdId, RegistryField::HouseholdId, issues);
    beneficiary.householdSize = parseHouseholdSize(text(record, RegistryField::HouseholdSize, issues), issues);
    beneficiary.region = freeText(record, RegistryField::Region, issues, warnings);
    checkPlainText(beneficiary.region, RegistryField::Region, issues);
    beneficiary.district = freeText(record, RegistryField::District, issues, warnings);
    checkPlainText(beneficiary.district, RegistryField::District, issues);

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
    checkPlainText(beneficiary.nationalId, RegistryField::NationalId, issues);
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
    // A header such as "iban" or "msisdn" says the type for rows that leave it empty.
    const auto partyType = type.isEmpty() ? m_mapping.impliedPayeeType() : partyIdTypeFromName(type);
    if (!partyType && type.isEmpty()) {
        addIssue(issues, RegistryField::PayeeType, tr("a payee address is given but no payee type"));
        return {};
    }
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
