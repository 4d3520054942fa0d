#include "PartyIdType.h"

#include <QCoreApplication>

QString partyIdTypeName(PartyIdType type)
{
    switch (type) {
    case PartyIdType::Msisdn:
        return QStringLiteral("msisdn");
    case PartyIdType::BankAccount:
        return QStringLiteral("bank_account");
    case PartyIdType::Iban:
        return QStringLiteral("iban");
    case PartyIdType::Email:
        return QStringLiteral("email");
    case PartyIdType::RegistryId:
        return QStringLiteral("registry_id");
    case PartyIdType::FinancialAddress:
        return QStringLiteral("fa");
    }
    return {};
}

std::optional<PartyIdType> partyIdTypeFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(u'_').remove(u'-').remove(u' ');
    if (key == u"msisdn" || key == u"phone" || key == u"mobile") {
        return PartyIdType::Msisdn;
    }
    if (key == u"bankaccount" || key == u"accountnumber" || key == u"accountid" || key == u"account") {
        return PartyIdType::BankAccount;
    }
    if (key == u"iban") {
        return PartyIdType::Iban;
    }
    if (key == u"email") {
        return PartyIdType::Email;
    }
    if (key == u"registryid" || key == u"functionalid") {
        return PartyIdType::RegistryId;
    }
    if (key == u"fa" || key == u"financialaddress") {
        return PartyIdType::FinancialAddress;
    }
    return std::nullopt;
}

QString partyIdTypeText(PartyIdType type)
{
    switch (type) {
    case PartyIdType::Msisdn:
        return QCoreApplication::translate("PartyIdType", "phone number (MSISDN)");
    case PartyIdType::BankAccount:
        return QCoreApplication::translate("PartyIdType", "bank account");
    case PartyIdType::Iban:
        return QCoreApplication::translate("PartyIdType", "IBAN");
    case PartyIdType::Email:
        return QCoreApplication::translate("PartyIdType", "email address");
    case PartyIdType::RegistryId:
        return QCoreApplication::translate("PartyIdType", "registry id, through the ID-to-account mapper");
    case PartyIdType::FinancialAddress:
        return QCoreApplication::translate("PartyIdType", "financial address");
    }
    return partyIdTypeName(type);
}
