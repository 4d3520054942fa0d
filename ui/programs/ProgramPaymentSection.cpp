#include "ProgramPaymentSection.h"

#include "ProgramFormWidgets.h"

#include "programs/Program.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

ProgramPaymentSection::ProgramPaymentSection(QWidget* parent)
    : QGroupBox(tr("Payment"), parent), m_payerType(ProgramFormWidgets::partyTypeCombo(this)),
      m_payer(new QLineEdit(this)), m_payeeType(ProgramFormWidgets::partyTypeCombo(this)),
      m_backend(new QComboBox(this)),
      m_maxRows(ProgramFormWidgets::spin(1, 100000, Program::kDefaultMaxBatchRows, this)),
      m_maxBytes(ProgramFormWidgets::spin(1000, 100000000, int(Program::kDefaultMaxFileBytes), this)),
      m_error(ProgramFormWidgets::errorLabel(QStringLiteral("accountsError"), this)),
      m_testConnectionButton(new QPushButton(tr("&Test connection"), this)), m_connectionResult(new QLabel(this))
{
    setFocusProxy(m_payer); // a refusal of the payment part puts the cursor here first
    m_payer->setObjectName(QStringLiteral("payerAccount"));
    m_payeeType->setObjectName(QStringLiteral("payeeIdType"));
    for (const PaymentBackend backend :
         {PaymentBackend::PaymentHubEe, PaymentBackend::G2pConnect, PaymentBackend::FileOnly}) {
        m_backend->addItem(paymentBackendText(backend), int(backend));
    }
    m_backend->setObjectName(QStringLiteral("paymentBackend"));
    buildHubFields();
    m_testConnectionButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testConnectionButton->setToolTip(
        tr("Ask each part of this hub something harmless and say what answers; nothing is sent."));
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));
    m_connectionResult->setWordWrap(true);
    m_connectionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRows(new QFormLayout(this));
    connect(m_hubKind, &QComboBox::currentIndexChanged, this, &ProgramPaymentSection::enableBackendFields);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &ProgramPaymentSection::enableBackendFields);
    connect(m_testConnectionButton, &QPushButton::clicked, this, &ProgramPaymentSection::testConnectionRequested);
    enableBackendFields();
}

void ProgramPaymentSection::buildHubFields()
{
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("hubTenant"));
    m_paymentMode = new QLineEdit(QStringLiteral("MOJALOOP"), this);
    m_hubKind = new QComboBox(this);
    m_hubKind->setObjectName(QStringLiteral("hubKind"));
    m_hubKind->addItem(tr("At these addresses"), QString());
    m_hubKind->addItem(tr("PayDesk's sandbox (no real money)"), QStringLiteral("sandbox"));
    m_hubBulkUrl = new QLineEdit(this);
    m_hubBulkUrl->setObjectName(QStringLiteral("hubBulkUrl"));
    m_hubBulkUrl->setPlaceholderText(QStringLiteral("https://bulk.hub.example:8443"));
    m_hubOpsUrl = new QLineEdit(this);
    m_hubOpsUrl->setObjectName(QStringLiteral("hubOpsUrl"));
    m_hubOpsUrl->setPlaceholderText(QStringLiteral("https://ops.hub.example"));
    m_allowPlainHttp = new QCheckBox(tr("Allow plain &http (trusted network only)"), this);
    m_allowPlainHttp->setObjectName(QStringLiteral("hubAllowPlainHttp"));
    m_allowPlainHttp->setToolTip(
        tr("Without it, PayDesk reaches a hub on another computer only over https: with it, payment files "
           "and passwords cross the network unencrypted."));
    m_opsUser = new QLineEdit(this);
    m_opsUser->setObjectName(QStringLiteral("hubOpsUser"));
    m_opsUser->setPlaceholderText(tr("empty: the operations app asks for no token"));
    m_opsPassword = new QLineEdit(this);
    m_opsPassword->setObjectName(QStringLiteral("hubOpsPassword"));
    m_opsPassword->setEchoMode(QLineEdit::Password);
    m_opsPassword->setPlaceholderText(tr("kept in the system keychain, never in the database"));
    m_partyLookupUrl = new QLineEdit(this);
    m_partyLookupUrl->setObjectName(QStringLiteral("partyLookupUrl"));
    m_partyLookupUrl->setPlaceholderText(tr("empty: payees are not looked up before approval"));
    m_partyLookupUrl->setToolTip(tr("A Mojaloop SDK scheme adapter's outbound API: before approval, every payee is "
                                    "looked up there (GET /parties) and those it does not know are findings. With "
                                    "PayDesk's sandbox, any address here has the sandbox answer."));
    m_mapperUrl = new QLineEdit(this);
    m_mapperUrl->setObjectName(QStringLiteral("mapperUrl"));
    m_mapperUrl->setPlaceholderText(QStringLiteral("https://mapper.example/g2pconnect"));
    m_mapperCallbackUrl = new QLineEdit(this);
    m_mapperCallbackUrl->setObjectName(QStringLiteral("mapperCallbackUrl"));
    m_mapperCallbackUrl->setPlaceholderText(tr("empty: ask the mapper synchronously"));
    m_mapperCallbackUrl->setToolTip(tr("Where the mapper posts its answers when it is asked asynchronously "
                                       "(http://this-computer:8700/callback/mapper)"));
    m_senderId = new QLineEdit(this);
    m_senderId->setObjectName(QStringLiteral("g2pSenderId"));
    m_senderId->setPlaceholderText(QStringLiteral("paydesk"));
    m_signingKeyId = new QLineEdit(this);
    m_signingKeyId->setObjectName(QStringLiteral("g2pSigningKeyId"));
    m_signingKeyId->setPlaceholderText(tr("empty: requests are not signed"));
}

void ProgramPaymentSection::addRows(QFormLayout* form)
{
    form->addRow(tr("Payer account type:"), m_payerType);
    form->addRow(tr("Payer account:"), m_payer);
    form->addRow(tr("Pay beneficiaries by:"), m_payeeType);
    form->addRow(tr("Payment backend:"), m_backend);
    form->addRow(tr("Hub tenant:"), m_tenant);
    form->addRow(tr("Hub payment mode:"), m_paymentMode);
    form->addRow(tr("Hub:"), m_hubKind);
    form->addRow(tr("Bulk processor or G2P Connect receiver:"), m_hubBulkUrl);
    form->addRow(tr("Hub operations app:"), m_hubOpsUrl);
    form->addRow(QString(), m_allowPlainHttp);
    form->addRow(tr("Operations-app user:"), m_opsUser);
    form->addRow(tr("Its password:"), m_opsPassword);
    form->addRow(tr("Payee lookup before approval:"), m_partyLookupUrl);
    form->addRow(tr("ID-to-account mapper:"), m_mapperUrl);
    form->addRow(tr("Mapper answers to:"), m_mapperCallbackUrl);
    form->addRow(tr("G2P Connect sender id:"), m_senderId);
    form->addRow(tr("Signing key id (Ed25519):"), m_signingKeyId);
    form->addRow(tr("Rows per batch, at most:"), m_maxRows);
    form->addRow(tr("Batch file bytes, at most:"), m_maxBytes);
    form->addRow(m_error);
    form->addRow(m_testConnectionButton);
    form->addRow(m_connectionResult);
}

void ProgramPaymentSection::enableBackendFields()
{
    const auto backend = PaymentBackend(m_backend->currentData().toInt());
    const bool hub = backend == PaymentBackend::PaymentHubEe;
    const bool g2pConnect = backend == PaymentBackend::G2pConnect;
    const bool addresses = m_hubKind->currentData().toString().isEmpty();
    m_tenant->setEnabled(hub);
    m_paymentMode->setEnabled(hub);
    m_hubKind->setEnabled(hub || g2pConnect);
    m_hubBulkUrl->setEnabled((hub || g2pConnect) && addresses);
    m_hubOpsUrl->setEnabled(hub && addresses);
    m_allowPlainHttp->setEnabled((hub || g2pConnect) && addresses);
    m_opsUser->setEnabled(hub && addresses);
    m_opsPassword->setEnabled(hub && addresses);
    m_partyLookupUrl->setEnabled(hub);
    m_mapperUrl->setEnabled(g2pConnect && addresses);
    m_mapperCallbackUrl->setEnabled(g2pConnect);
    m_senderId->setEnabled(g2pConnect);
    m_signingKeyId->setEnabled(g2pConnect);
}

void ProgramPaymentSection::showProgram(const Program& program)
{
    m_payerType->setCurrentIndex(m_payerType->findData(int(program.payer.type())));
    m_payer->setText(program.payer.value());
    m_payeeType->setCurrentIndex(m_payeeType->findData(int(program.payeeIdType)));
    m_backend->setCurrentIndex(m_backend->findData(int(program.backend)));
    const HubSettings& hub = program.hubSettings;
    m_tenant->setText(hub.tenant);
    m_paymentMode->setText(hub.paymentMode);
    m_hubKind->setCurrentIndex(qMax(0, m_hubKind->findData(hub.hub)));
    m_hubBulkUrl->setText(hub.bulkUrl);
    m_hubOpsUrl->setText(hub.opsUrl);
    m_allowPlainHttp->setChecked(hub.allowPlainHttp);
    m_opsUser->setText(hub.opsUser);
    m_opsPassword->clear();
    m_partyLookupUrl->setText(hub.partyLookupUrl);
    m_mapperUrl->setText(hub.mapperUrl);
    m_mapperCallbackUrl->setText(hub.mapperCallbackUrl);
    m_senderId->setText(hub.senderId);
    m_signingKeyId->setText(hub.signingKeyId);
    m_maxRows->setValue(program.maxBatchRows);
    m_maxBytes->setValue(int(program.maxFileBytes));
}

void ProgramPaymentSection::clear()
{
    m_payer->clear();
    m_tenant->clear();
    m_connectionResult->clear();
    showError(QString());
}

bool ProgramPaymentSection::read(Program* program, QString* error) const
{
    program->payer = PartyId::create(PartyIdType(m_payerType->currentData().toInt()), m_payer->text(), error);
    if (!program->payer.isValid()) {
        return false;
    }
    program->payeeIdType = PartyIdType(m_payeeType->currentData().toInt());
    program->backend = PaymentBackend(m_backend->currentData().toInt());
    HubSettings& hub = program->hubSettings;
    hub.tenant = m_tenant->text().trimmed();
    hub.paymentMode = m_paymentMode->text().trimmed();
    hub.hub = m_hubKind->currentData().toString();
    hub.bulkUrl = m_hubBulkUrl->text().trimmed();
    hub.opsUrl = m_hubOpsUrl->text().trimmed();
    hub.opsUser = m_opsUser->text().trimmed();
    hub.partyLookupUrl = m_partyLookupUrl->text().trimmed();
    hub.mapperUrl = m_mapperUrl->text().trimmed();
    hub.mapperCallbackUrl = m_mapperCallbackUrl->text().trimmed();
    hub.senderId = m_senderId->text().trimmed();
    hub.signingKeyId = m_signingKeyId->text().trimmed();
    hub.allowPlainHttp = m_allowPlainHttp->isChecked();
    program->maxBatchRows = m_maxRows->value();
    program->maxFileBytes = m_maxBytes->value();
    return true;
}

QString ProgramPaymentSection::typedPassword() const
{
    return m_opsPassword->text();
}

void ProgramPaymentSection::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProgramPaymentSection::setTesting(bool testing)
{
    m_testConnectionButton->setEnabled(!testing);
    if (testing) {
        m_connectionResult->setText(tr("Testing the connection to the hub…"));
    }
}

void ProgramPaymentSection::showConnectionResult(const QString& text)
{
    m_connectionResult->setText(text);
}
