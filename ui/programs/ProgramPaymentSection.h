#pragma once

#include <QGroupBox>

struct Program;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The program form's "Payment" part: the payer account, how beneficiaries are paid, the payment
// backend and its hub or G2P Connect settings, the batch limits, and the connection test's button
// and answer. Only the fields of the chosen backend (and of a hub at its own addresses) can be typed.
class ProgramPaymentSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProgramPaymentSection(QWidget* parent = nullptr);

    void showProgram(const Program& program);
    void clear();
    // Reads the fields into program; false, with the reason in error, when the payer account is wrong.
    bool read(Program* program, QString* error) const;
    // The operations app's password as typed (never saved with the program).
    QString typedPassword() const;
    void showError(const QString& message);
    QLabel* errorLabel() const { return m_error; }
    QLabel* connectionResultLabel() const { return m_connectionResult; }
    void setTesting(bool testing);
    void showConnectionResult(const QString& text);

Q_SIGNALS:
    void testConnectionRequested();

private:
    void buildHubFields();
    void addRows(QFormLayout* form);
    void enableBackendFields();

    QComboBox* m_payerType;
    QLineEdit* m_payer;
    QComboBox* m_payeeType;
    QComboBox* m_backend;
    QLineEdit* m_tenant = nullptr;
    QLineEdit* m_paymentMode = nullptr;
    QComboBox* m_hubKind = nullptr;
    QLineEdit* m_hubBulkUrl = nullptr;
    QLineEdit* m_hubOpsUrl = nullptr;
    QCheckBox* m_allowPlainHttp = nullptr;
    QLineEdit* m_opsUser = nullptr;
    QLineEdit* m_opsPassword = nullptr;
    QLineEdit* m_partyLookupUrl = nullptr;
    QLineEdit* m_mapperUrl = nullptr;
    QLineEdit* m_mapperCallbackUrl = nullptr;
    QLineEdit* m_senderId = nullptr;
    QLineEdit* m_signingKeyId = nullptr;
    QSpinBox* m_maxRows;
    QSpinBox* m_maxBytes;
    QLabel* m_error;
    QPushButton* m_testConnectionButton;
    QLabel* m_connectionResult;
};
