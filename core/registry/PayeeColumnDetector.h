#pragma once

#include "RegistryColumnMapping.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Finds the columns a registry import would leave out although they look like payee accounts: by
// their header ("bank account", "wallet", "payee...") or by their values (IBANs, international
// phone numbers, financial addresses), so that the officer is told before the import, not after.
class PayeeColumnDetector
{
    Q_DECLARE_TR_FUNCTIONS(PayeeColumnDetector)

public:
    static constexpr int kSampleRows = 200;

    PayeeColumnDetector(const RegistryColumnMapping& mapping, QStringList headers);

    // Looks at one data record; only the first kSampleRows count.
    void observe(const QList<QByteArray>& record);
    // One translated warning per ignored column that looks like payee data.
    QStringList warnings() const;

private:
    struct Column
    {
        int index = 0;
        bool headerLooksLikePayee = false;
        int values = 0;
        int payeeLikeValues = 0;
    };

    static bool headerLooksLikePayee(const QString& header);
    static bool valueLooksLikePayee(const QByteArray& value);

    QStringList m_headers;
    QList<Column> m_ignoredColumns;
    bool m_payeeMapped = false;
    int m_rowsSeen = 0;
};
