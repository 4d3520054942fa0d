#include "PartyId.h"

#include <QRegularExpression>

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

QString setError(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return {};
}

// Upper-cased letters A-Z and digits, dropping the separators; false on any other character.
bool upperAlphanumeric(QStringView text, QStringView separators, QString* out)
{
    out->reserve(text.size());
    for (const QChar c : text) {
        if (separators.contains(c)) {
            continue;
        }
        const QChar upper = c.toUpper();
        if (!isAsciiDigit(upper) && !isAsciiUpper(upper)) {
            return false;
        }
        *out += upper;
    }
    return true;
}

// ISO 13616 mod-97 over the rearranged IBAN, computed digit by digit so no big integer is needed.
bool ibanChecksumIsValid(const QString& iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (isAsciiDigit(c)) {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder == 1;
}

} // namespace

PartyId::PartyId(PartyIdType type, QString value) : m_type(type), m_value(std::move(value)) {}

bool PartyId::hasForbiddenCharacter(QStringView text)
{
    for (const QChar c : text) {
        const auto category = c.category();
        if (c == u',' || c == u'"' || c == u'\'' || category == QChar::Other_Control ||
            category == QChar::Other_Format || category == QChar::Other_Surrogate ||
            category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            return true;
        }
    }
    return false;
}

PartyId PartyId::create(PartyIdType type, QStringView value, QString* error)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("the identifier is empty"));
        return {};
    }
    if (hasForbiddenCharacter(trimmed)) {
        setError(error, tr("the identifier contains a comma, a quote or an invisible character"));
        return {};
    }
    QString normalised;
    switch (type) {
    case PartyIdType::Msisdn:
        normalised = normaliseMsisdn(trimmed, error);
        break;
    case PartyIdType::BankAccount:
        normalised = normaliseBankAccount(trimmed, error);
        break;
    case PartyIdType::Iban:
        normalised = normaliseIban(trimmed, error);
        break;
    case PartyIdType::Email:
        normalised = normaliseEmail(trimmed, error);
        break;
    case PartyIdType::RegistryId:
        normalised = normaliseRegistryId(trimmed, error);
        break;
    case PartyIdType::FinancialAddress:
        normalised = normaliseFinancialAddress(trimmed, error);
        break;
    }
    if (normalised.isEmpty()) {
        return {};
    }
    return PartyId(type, normalised);
}

QString PartyId::normaliseMsisdn(QStringView text, QString* error)
{
    // E.164: an optional '+', then 8 to 15 digits; spaces, dots, dashes and parentheses are dropped.
    QString digits;
    digits.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == u'+' && i == 0) {
            continue;
        } else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return setError(error, tr("a phone number may only hold digits, spaces, dashes and a leading +"));
        }
    }
    if (digits.size() < 8 || digits.size() > 15) {
        return setError(error, tr("a phone number has 8 to 15 digits, this one has %1").arg(digits.size()));
    }
    return digits;
}

QString PartyId::normaliseBankAccount(QStringView text, QString* error)
{
    QString account;
    if (!upperAlphanumeric(text, u" -", &account)) {
        return setError(error, tr("a bank account number may only hold letters A-Z and digits"));
    }
    if (account.size() < 4 || account.size() > 34) {
        return setError(error, tr("a bank account number has 4 to 34 characters, this one has %1").arg(account.size()));
    }
    return account;
}

QString PartyId::normaliseIban(QStringView text, QString* error)
{
    QString iban;
    if (!upperAlphanumeric(text, u" ", &iban)) {
        return setError(error, tr("an IBAN may only hold letters A-Z and digits"));
    }
    if (iban.size() < 15 || iban.size() > 34) {
        return setError(error, tr("an IBAN has 15 to 34 characters, this one has %1").arg(iban.size()));
    }
    if (!isAsciiUpper(iban.at(0)) || !isAsciiUpper(iban.at(1)) || !isAsciiDigit(iban.at(2)) ||
        !isAsciiDigit(iban.at(3))) {
        return setError(error, tr("an IBAN starts with a two-letter country code and two check digits"));
    }
    if (!ibanChecksumIsValid(iban)) {
        return setError(error, tr("the IBAN check digits do not match (mod-97 check failed)"));
    }
    return iban;
}

QString PartyId::normaliseEmail(QStringView text, QString* error)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0 || at == text.size() - 1 || text.count(u'@') != 1) {
        return setError(error, tr("an email address has one @ with text on both sides"));
    }
    const QStringView local = text.left(at);
    const QString domain = text.mid(at + 1).toString().toLower();
    if (text.size() > 254 || local.size() > 64) {
        return setError(error, tr("the email address is too long"));
    }
    for (const QChar c : text) {
        if (c.isSpace() || c == u'<' || c == u'>' || c == u';' || c == u'(' || c == u')') {
            return setError(error, tr("an email address may not hold spaces or <>;() characters"));
        }
    }
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u"..")) {
        return setError(error, tr("the email domain \"%1\" is not valid").arg(domain));
    }
    return local.toString() + u'@' + domain;
}

QString PartyId::normaliseRegistryId(QStringView text, QString* error)
{
    if (text.size() > 64) {
        return setError(error, tr("a registry id has at most 64 characters"));
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            return setError(error, tr("a registry id may not hold spaces"));
        }
    }
    return text.toString();
}

QString PartyId::normaliseFinancialAddress(QStringView text, QString* error)
{
    // G2P Connect: a scheme, a colon, the id, and optionally "@" and the provider, with no spaces
    // ("account:123456@rhino.dfsp1.bank_acc", "phone:+254700000001", "token:sub@nationalId").
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*:[^@\\s]+(@[^@\\s]+)?$"));
    if (text.size() > 255) {
        return setError(error, tr("a financial address has at most 255 characters"));
    }
    if (!pattern.match(text).hasMatch()) {
        return setError(error, tr("a financial address reads type:id or type:id@provider, without spaces"));
    }
    const qsizetype colon = text.indexOf(u':');
    return text.left(colon).toString().toLower() + text.mid(colon).toString();
}
