#pragma once

#include "FieldIssue.h"
#include "RegistryColumnMapping.h"

#include "domain/Beneficiary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// Turns one raw CSV record of a registry file into a valid, normalised Beneficiary, or into the
// list of what is wrong with it (column and reason for each problem).
class BeneficiaryRowValidator
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryRowValidator)

public:
    BeneficiaryRowValidator(const RegistryColumnMapping& mapping, QStringList headers, QDate today);

    // Returns true and fills beneficiary when the record is valid; otherwise fills issues.
    bool validate(const QList<QByteArray>& record, Beneficiary& beneficiary, QList<FieldIssue>& issues) const;

private:
    QString text(const QList<QByteArray>& record, RegistryField field, QList<FieldIssue>& issues) const;
    QString columnName(RegistryField field) const;
    void addIssue(QList<FieldIssue>& issues, RegistryField field, const QString& reason) const;
    void checkPlainText(const QString& value, RegistryField field, int maxLength, QList<FieldIssue>& issues) const;

    QString parseGender(const QString& value, QList<FieldIssue>& issues) const;
    QDate parseBirthDate(const QString& value, QList<FieldIssue>& issues) const;
    int parseHouseholdSize(const QString& value, QList<FieldIssue>& issues) const;
    bool parseActive(const QString& value, QList<FieldIssue>& issues) const;
    PartyId parsePayee(const QString& type, const QString& address, QList<FieldIssue>& issues) const;

    const RegistryColumnMapping& m_mapping;
    QStringList m_headers;
    QDate m_today;
};
