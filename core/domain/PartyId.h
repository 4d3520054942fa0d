#pragma once

#include "PartyIdType.h"

#include <QCoreApplication>
#include <QString>

// A validated, normalised party identifier: what a payment is addressed to.
// Values never contain commas, quotes, control or invisible formatting characters, so they can
// travel in a Payment Hub EE CSV unchanged.
class PartyId
{
    Q_DECLARE_TR_FUNCTIONS(PartyId)

public:
    PartyId() = default;

    // Validates and normalises; on failure returns an invalid PartyId and sets error to a translated reason.
    static PartyId create(PartyIdType type, QStringView value, QString* error = nullptr);

    bool isValid() const { return !m_value.isEmpty(); }
    PartyIdType type() const { return m_type; }
    const QString& value() const { return m_value; }

    friend bool operator==(const PartyId& a, const PartyId& b)
    {
        return a.m_type == b.m_type && a.m_value == b.m_value;
    }

    // True when text holds a character no identifier may carry (control, format, comma, quotes).
    static bool hasForbiddenCharacter(QStringView text);

private:
    PartyId(PartyIdType type, QString value);

    static QString normaliseMsisdn(QStringView text, QString* error);
    static QString normaliseBankAccount(QStringView text, QString* error);
    static QString normaliseIban(QStringView text, QString* error);
    static QString normaliseEmail(QStringView text, QString* error);
    static QString normaliseRegistryId(QStringView text, QString* error);
    static QString normaliseFinancialAddress(QStringView text, QString* error);

    PartyIdType m_type = PartyIdType::Msisdn;
    QString m_value;
};
