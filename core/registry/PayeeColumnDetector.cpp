#include "PayeeColumnDetector.h"

#include "domain/PartyId.h"

namespace {

constexpr int kMinimumValues = 3;

} // namespace

PayeeColumnDetector::PayeeColumnDetector(const RegistryColumnMapping& mapping, QStringList headers)
    : m_headers(std::move(headers)), m_payeeMapped(mapping.column(RegistryField::PayeeAddress) >= 0)
{
    const QList<RegistryColumnMapping::Match>& matches = mapping.matches();
    for (int i = 0; i < matches.size() && i < m_headers.size(); ++i) {
        if (matches.at(i) == RegistryColumnMapping::Match::Ignored) {
            m_ignoredColumns.append(Column{i, headerLooksLikePayee(m_headers.at(i)), 0, 0});
        }
    }
}

bool PayeeColumnDetector::headerLooksLikePayee(const QString& header)
{
    const QString key = registryHeaderKey(header);
    for (const char* word : {"payee", "account", "iban", "msisdn", "wallet", "bank", "momo", "financialaddress"}) {
        if (key.contains(QLatin1String(word))) {
            return true;
        }
    }
    return key == u"fa";
}

bool PayeeColumnDetector::valueLooksLikePayee(const QByteArray& value)
{
    const QString text = QString::fromUtf8(value).trimmed();
    if (text.startsWith(u'+')) {
        return PartyId::create(PartyIdType::Msisdn, text).isValid();
    }
    return PartyId::create(PartyIdType::Iban, text).isValid() ||
           (text.contains(u':') && PartyId::create(PartyIdType::FinancialAddress, text).isValid());
}

void PayeeColumnDetector::observe(const QList<QByteArray>& record)
{
    if (m_rowsSeen >= kSampleRows) {
        return;
    }
    ++m_rowsSeen;
    for (Column& column : m_ignoredColumns) {
        if (column.index < record.size() && !record.at(column.index).trimmed().isEmpty()) {
            ++column.values;
            column.payeeLikeValues += valueLooksLikePayee(record.at(column.index)) ? 1 : 0;
        }
    }
}

QStringList PayeeColumnDetector::warnings() const
{
    QStringList warnings;
    for (const Column& column : m_ignoredColumns) {
        const bool valuesLookLikePayee = column.values >= kMinimumValues && column.payeeLikeValues * 2 >= column.values;
        if (!column.headerLooksLikePayee && !valuesLookLikePayee) {
            continue;
        }
        const QString header = m_headers.at(column.index);
        warnings.append(
            m_payeeMapped
                ? tr("The column \"%1\" looks like payee accounts but is not imported; map it if it holds the account "
                     "to pay (\"%1=payee_address\").")
                      .arg(header)
                : tr("The column \"%1\" looks like payee accounts but is not imported, so every beneficiary would be "
                     "imported without a payee account; map it (\"%1=payee_address\", and its type column to "
                     "payee_type).")
                      .arg(header));
    }
    return warnings;
}
