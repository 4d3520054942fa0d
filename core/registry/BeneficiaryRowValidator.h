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
//
// Every field of the record, mapped or not, must be well-formed UTF-8: a record holding any other
// byte is refused as "invalid encoding" with the column and the byte's place, never decoded some
// other way or stored with the byte dropped. Free-text places (region, district) may hold line
// breaks, as a spreadsheet writes a multi-line cell: each line break (CRLF, CR or LF) becomes one
// space and the row is imported with a warning. Names and identifiers refuse control and
// invisible formatting characters, line breaks included.
class BeneficiaryRowValidator
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryRowValidator)

public:
    BeneficiaryRowValidator(const RegistryColumnMapping& mapping, QStringList headers, QDate today);

    // The longest value each field takes, in characters (documented in docs/registry-import.md).
    static int maxLength(RegistryField field);

    // Returns true and fills beneficiary when the record is valid; otherwise fills issues. Values
    // imported but changed by a documented rule are listed in warnings.
    bool validate(const QList<QByteArray>& record, Beneficiary& beneficiary, QList<FieldIssue>& issues,
                  QList<FieldIssue>& warnings) const;

    // What the CSV reader found broken in a record's quoting, as an issue of its column.
    FieldIssue structureIssue(int columnNumber, const QString& reason) const;

private:
    bool checkEncoding(const QList<QByteArray>& record, QList<FieldIssue>& issues) const;
    QString text(const QList<QByteArray>& record, RegistryField field, QList<FieldIssue>& issues) const;
    QString decoded(const QByteArray& bytes, RegistryField field, QList<FieldIssue>& issues) const;
    QString freeText(const QList<QByteArray>& record, RegistryField field, QList<FieldIssue>& issues,
                     QList<FieldIssue>& warnings) const;
    FieldIssue issue(RegistryField field, const QString& reason) const;
    void addIssue(QList<FieldIssue>& issues, RegistryField field, const QString& reason) const;
    void checkPlainText(const QString& value, RegistryField field, QList<FieldIssue>& issues) const;

    QString parseGender(const QString& value, QList<FieldIssue>& issues) const;
    QDate parseBirthDate(const QString& value, QList<FieldIssue>& issues) const;
    int parseHouseholdSize(const QString& value, QList<FieldIssue>& issues) const;
    bool parseActive(const QString& value, QList<FieldIssue>& issues) const;
    PartyId parsePayee(const QString& type, const QString& address, QList<FieldIssue>& issues) const;

    const RegistryColumnMapping& m_mapping;
    QStringList m_headers;
    QDate m_today;
};
