#include "domain/PartyId.h"

#include <QTest>

class TestPartyId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void typeNames();
};

void TestPartyId::accepts_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("msisdn e164") << "msisdn"
                                 << "+254 712-345 678"
                                 << "254712345678";
    QTest::newRow("msisdn parentheses") << "MSISDN"
                                        << "(0413) 509.790"
                                        << "0413509790";
    QTest::newRow("iban spaced lowercase") << "iban"
                                           << "de89 3704 0044 0532 0130 00"
                                           << "DE89370400440532013000";
    QTest::newRow("iban GB") << "iban"
                             << "GB82WEST12345698765432"
                             << "GB82WEST12345698765432";
    QTest::newRow("bank account") << "accountNumber"
                                  << "kcb-0012 3456"
                                  << "KCB00123456";
    QTest::newRow("email domain lowercased") << "email"
                                             << "Jane.Doe@Example.ORG"
                                             << "Jane.Doe@example.org";
    QTest::newRow("registry id unicode") << "registry_id" << QString::fromUtf8("BÉN-001")
                                         << QString::fromUtf8("BÉN-001");
}

void TestPartyId::accepts()
{
    QFETCH(QString, type);
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    const auto partyType = partyIdTypeFromName(type);
    QVERIFY(partyType.has_value());
    QString error;
    const PartyId id = PartyId::create(*partyType, input, &error);
    QVERIFY2(id.isValid(), qPrintable(error));
    QCOMPARE(id.value(), normalised);
    QCOMPARE(id.type(), *partyType);
}

void TestPartyId::refuses_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "msisdn"
                           << "   "
                           << "empty";
    QTest::newRow("short phone") << "msisdn"
                                 << "12-34"
                                 << "8 to 15 digits";
    QTest::newRow("long phone") << "msisdn"
                                << "1234567890123456"
                                << "8 to 15 digits";
    QTest::newRow("plus inside") << "msisdn"
                                 << "254+712345678"
                                 << "only hold digits";
    QTest::newRow("letters in phone") << "msisdn"
                                      << "07I2345678"
                                      << "only hold digits";
    QTest::newRow("iban bad check") << "iban"
                                    << "DE00370400440532013000"
                                    << "mod-97";
    QTest::newRow("iban swapped digits") << "iban"
                                         << "DE89370400440532031000"
                                         << "mod-97";
    QTest::newRow("iban no country") << "iban"
                                     << "1289370400440532013000"
                                     << "country code";
    QTest::newRow("iban too short") << "iban"
                                    << "DE8937040044"
                                    << "15 to 34";
    QTest::newRow("iban punctuation") << "iban"
                                      << "DE89-3704-0044-0532-0130-00"
                                      << "letters A-Z and digits";
    QTest::newRow("account too short") << "bank_account"
                                       << "12"
                                       << "4 to 34";
    QTest::newRow("account symbols") << "bank_account"
                                     << "12#456"
                                     << "letters A-Z and digits";
    QTest::newRow("email two at") << "email"
                                  << "a@b@c.org"
                                  << "one @";
    QTest::newRow("email no domain dot") << "email"
                                         << "a@localhost"
                                         << "domain";
    QTest::newRow("email space") << "email"
                                 << "a b@c.org"
                                 << "spaces";
    QTest::newRow("comma smuggled") << "registry_id"
                                    << "BEN-1,BEN-2"
                                    << "comma";
    QTest::newRow("quote smuggled") << "bank_account"
                                    << "1234\"5678"
                                    << "quote";
    QTest::newRow("sql injection") << "registry_id"
                                   << "1'; DROP TABLE beneficiary; --"
                                   << "quote";
    QTest::newRow("newline") << "registry_id"
                             << "BEN\n1"
                             << "invisible";
    QTest::newRow("nul byte") << "registry_id" << QString(QStringLiteral("BEN") + QChar(0) + QStringLiteral("1"))
                              << "invisible";
    QTest::newRow("bidi override") << "msisdn"
                                   << QString(QStringLiteral("254712") + QChar(0x202E) + QStringLiteral("345678"))
                                   << "invisible";
    QTest::newRow("zero width space") << "registry_id"
                                      << QString(QStringLiteral("BEN") + QChar(0x200B) + QStringLiteral("1"))
                                      << "invisible";
    QTest::newRow("space in registry id") << "registry_id"
                                          << "BEN 1"
                                          << "spaces";
    QTest::newRow("registry id too long") << "registry_id" << QString(65, u'x') << "at most 64";
}

void TestPartyId::refuses()
{
    QFETCH(QString, type);
    QFETCH(QString, input);
    QFETCH(QString, reason);
    QString error;
    const PartyId id = PartyId::create(*partyIdTypeFromName(type), input, &error);
    QVERIFY(!id.isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestPartyId::typeNames()
{
    for (const PartyIdType type : {PartyIdType::Msisdn, PartyIdType::BankAccount, PartyIdType::Iban, PartyIdType::Email,
                                   PartyIdType::RegistryId}) {
        QCOMPARE(partyIdTypeFromName(partyIdTypeName(type)), type);
    }
    QCOMPARE(partyIdTypeFromName(u"ACCOUNTID"), PartyIdType::BankAccount);
    QVERIFY(!partyIdTypeFromName(u"bitcoin").has_value());
}

QTEST_GUILESS_MAIN(TestPartyId)
#include "tst_partyid.moc"
