#include "SecretPrompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SecretPrompt::SecretPrompt(const QString& question, const QString& problem, const QString& keychainProblem,
                           QWidget* parent)
    : QDialog(parent), m_secret(new QLineEdit(this)), m_keep(new QCheckBox(tr("&Keep it in the system keychain"), this))
{
    setWindowTitle(tr("PayDesk needs a secret"));
    auto* layout = new QVBoxLayout(this);
    auto* questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);
    questionLabel->setBuddy(m_secret);
    layout->addWidget(questionLabel);
    if (!problem.isEmpty()) {
        auto* problemLabel = new QLabel(problem, this);
        problemLabel->setObjectName(QStringLiteral("secretProblem"));
        problemLabel->setWordWrap(true);
        problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(problemLabel);
    }
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(question);
    layout->addWidget(m_secret);
    m_keep->setObjectName(QStringLiteral("keepInKeychain"));
    m_keep->setChecked(keychainProblem.isEmpty());
    m_keep->setEnabled(keychainProblem.isEmpty());
    layout->addWidget(m_keep);
    if (!keychainProblem.isEmpty()) {
        auto* note = new QLabel(
            tr("No system keychain can keep it (%1): PayDesk keeps it until it closes, writes it nowhere, and asks "
               "again next time.")
                .arg(keychainProblem),
            this);
        note->setObjectName(QStringLiteral("secretKeychainNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SecretPrompt::secret() const
{
    return m_secret->text();
}

bool SecretPrompt::keepInKeychain() const
{
    return m_keep->isEnabled() && m_keep->isChecked();
}
