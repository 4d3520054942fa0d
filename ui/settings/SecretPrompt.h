#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks the officer for a secret (a hub password, a key's passphrase), hidden as it is typed, and
// whether to keep it in the system keychain. Where no keychain answers, the box says so and why:
// PayDesk then keeps the secret until it closes and writes it nowhere.
class SecretPrompt : public QDialog
{
    Q_OBJECT

public:
    // problem: why the officer is asked again (a wrong passphrase), or empty; keychainProblem: why no
    // keychain can keep it, or empty when one can.
    SecretPrompt(const QString& question, const QString& problem, const QString& keychainProblem,
                 QWidget* parent = nullptr);

    QString secret() const;
    bool keepInKeychain() const;

private:
    QLineEdit* m_secret;
    QCheckBox* m_keep;
};
