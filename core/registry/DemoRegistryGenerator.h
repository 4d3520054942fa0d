#pragma once

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes a synthetic, deterministic registry CSV: households of realistic size, names, regions and
// districts, phones, IBANs with valid check digits and bank accounts. A chosen share of rows is
// broken in the ways real registries are (bad IBAN check digits, impossible dates, missing ids...),
// so imports and their error reports can be exercised. The same seed gives the same bytes.
class DemoRegistryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegistryGenerator)

public:
    DemoRegistryGenerator(quint32 seed, double badRowShare);

    bool write(QIODevice* device, qint64 count, QString* error);

    static QStringList header();

private:
    QStringList nextRow(qint64 index);
    void breakRow(QStringList& row);
    QString phone();
    QString iban();
    template <typename List> const auto& pick(const List& list) { return list[m_random.bounded(int(std::size(list)))]; }

    QRandomGenerator m_random;
    double m_badRowShare;
    QString m_householdId;
    int m_householdLeft = 0;
    int m_householdSize = 0;
    QString m_familyName;
    int m_region = 0;
    QString m_lastPayeeType;
    QString m_lastPayeeAddress;
};
